// Saved scenarios: a zustand store over one key of browser storage, as a thin adapter around
// the pure restore step (./savedScenarioChecks). What cannot be used is set aside under
// QUARANTINE_KEY, never deleted, and reported as codes in `problems`.
//
// Several tabs share the key, so no tab writes its own copy of the list: every write
// re-reads the stored list and changes only its own entry (by id), and every tab re-reads
// when another writes (the `storage` event). A change that could not be stored (storage
// full or unavailable) stays in this tab and is applied again on top of each re-read until
// a write succeeds, under the data set it was made on only (each change is tagged with it).
// Entries this tab cannot use (a newer scenario format, names its data set lacks, another
// data set's) are written back as they were, and a list from a newer version is not written
// over at all: other tabs and versions may still use them.
//
// Loading is explicit: nothing touches storage until `initSavedScenarios(dataset)` (the saved
// list in the scenario panel calls it; calling it again is harmless). The store and zod live
// in the panel's lazily loaded code, never on the first screen.

import { create } from 'zustand';
import {
  browserStorage,
  readText,
  watchKey,
  writeText,
  type StorageFailure,
  type StorageSource,
} from '@/lib/storage';
import { BUNDLED_DATASET_ID, datasetIdOf } from '@/lib/datasetId';
import type { Dataset, Scenario } from '@/model';
import type { ScenarioChange } from './file';
import { toScenarioFile, type ScenarioFile } from './fileFormat';
import { SAVED_SCENARIO_LIMITS } from './limits';
import {
  restoreSavedScenario,
  restoreSavedScenarios,
  storedListText,
  type OpenProblem,
  type QuarantinedItem,
  type SavedScenario,
  type SavedScenarioProblem,
} from './savedScenarioChecks';
import { normalizeScenario } from './sliders';
import { presetScenario } from './urlCodec';

export {
  SAVED_SCENARIOS_VERSION,
  type EntryRef,
  type OpenProblem,
  type SavedScenario,
  type SavedScenarioProblem,
} from './savedScenarioChecks';

export const SAVED_SCENARIOS_KEY = 'fulcrum.scenarios';
export const QUARANTINE_KEY = 'fulcrum.scenarios.quarantine';

/** The name of a scenario saved without one, unless the caller gives a translated one. */
const UNTITLED = 'Untitled scenario';

/** Why the last write did not reach storage. */
export type SaveError =
  | StorageFailure
  /** damaged data could not be set aside first, so nothing was written over it */
  | { code: 'quarantine-full' }
  /** the stored list was written by a newer version of Fulcrum: this tab does not write over it */
  | { code: 'newer-version' };

interface SavedScenariosState {
  entries: SavedScenario[];
  /** what was wrong with stored data (shown to the user until dismissed) */
  problems: SavedScenarioProblem[];
  /** why the last write to storage failed; null once writing works */
  saveError: SaveError | null;
  /** the last deleted entry and where it stood, for undo */
  lastDeleted: { entry: SavedScenario; index: number } | null;
  /** true once the stored list has been read (or found unreadable) */
  hydrated: boolean;
}

type OpenResult =
  | {
      ok: true;
      data: {
        scenario: Scenario;
        presetId: string | null;
        /** what was changed to fit the sliders (a hand-edited or older entry), for the report */
        changes: ScenarioChange[];
      };
    }
  | { ok: false; problem: OpenProblem };

interface SavedScenariosActions {
  /** saves a new entry (always new, even with a name already used); `untitled` names a nameless one */
  saveAs: (
    name: string,
    scenario: Scenario,
    presetId?: string | null,
    untitled?: string,
  ) => SavedScenario;
  /** saves over an existing entry, keeping its name; false when there is no such entry */
  overwrite: (id: string, scenario: Scenario, presetId?: string | null) => boolean;
  rename: (id: string, name: string, description?: string) => void;
  /** a copy placed after the original; `copyName` names it (default "<name> (copy)") */
  duplicate: (id: string, copyName?: (name: string) => string) => SavedScenario | null;
  remove: (id: string) => void;
  /** brings back the last deleted entry at its place */
  undoRemove: () => void;
  /** the entry as a complete scenario for the working store, checked against the data set */
  open: (id: string) => OpenResult;
  dismissProblems: () => void;
}

export type SavedScenariosStore = SavedScenariosState & SavedScenariosActions;

/** A change to the stored list that touches one entry only, applied to the newest list. */
type Change = (entries: readonly SavedScenario[]) => SavedScenario[];

/** Puts an entry in place of the one with its id, else at `at` (default: the end). */
const put =
  (entry: SavedScenario, at?: number): Change =>
  (entries) => {
    if (entries.some((e) => e.id === entry.id))
      return entries.map((e) => (e.id === entry.id ? entry : e));
    const next = [...entries];
    next.splice(Math.min(at ?? next.length, next.length), 0, entry);
    return next;
  };

/** Puts a new entry just after the one with id `after` (at the end when that is gone). */
const putAfter =
  (entry: SavedScenario, after: string): Change =>
  (entries) => {
    const index = entries.findIndex((e) => e.id === after);
    return put(entry, index < 0 ? undefined : index + 1)(entries);
  };

const update =
  (id: string, change: (entry: SavedScenario) => SavedScenario): Change =>
  (entries) =>
    entries.map((e) => (e.id === id ? change(e) : e));

const remove =
  (id: string): Change =>
  (entries) =>
    entries.filter((e) => e.id !== id);

export interface SavedScenariosOptions {
  /** where to store (default: the browser's localStorage, through src/lib/storage.ts) */
  storage?: StorageSource;
  /** calls back when another tab changes a key (default: the `storage` event) */
  watch?: (key: string, onChange: () => void) => () => void;
  now?: () => Date;
  newId?: () => string;
}

function defaultId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The same value with the same problem is reported once, wherever it stands in the list. */
const problemKey = (problem: SavedScenarioProblem, raw: unknown) =>
  JSON.stringify([problem.code, raw]);

/**
 * A saved-scenarios store bound to a storage. The app uses `useSavedScenarios`; tests
 * create their own over an in-memory storage. Nothing is read before `hydrate(dataset)`.
 */
export function createSavedScenariosStore(options: SavedScenariosOptions = {}) {
  const source = options.storage ?? browserStorage;
  const watch = options.watch ?? watchKey;
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? defaultId;

  let dataset: Dataset | null = null;
  let unwatch: (() => void) | null = null;
  /**
   * this tab's changes not yet in storage, oldest first, each tagged with the data set it was
   * made on: only the current data set's are applied (another's entry never shows under this
   * one), and a successful write settles only those
   */
  let unsaved: { datasetId: string; change: Change }[] = [];
  /** the current data set's unsaved changes, applied to a list */
  const applyUnsaved = (entries: SavedScenario[]) => {
    const current = datasetIdOf(dataset);
    return unsaved.reduce((list, u) => (u.datasetId === current ? u.change(list) : list), entries);
  };
  /** set-aside items not yet written to QUARANTINE_KEY */
  let pendingQuarantine: QuarantinedItem[] = [];
  /** every problem reported so far (dismissed ones too), so a re-read does not repeat one */
  const reported = new Set<string>();
  /** the stored entries as last read, shown while storage cannot be read */
  let lastStored: SavedScenario[] = [];

  const store = create<SavedScenariosStore>()((set, get) => {
    const fileOf = (scenario: Scenario, name: string, description: string): ScenarioFile => {
      const s = dataset ? normalizeScenario(dataset, scenario) : scenario;
      return toScenarioFile({ ...s, name, description });
    };
    const knownPreset = (presetId: string | null | undefined) =>
      presetId && (!dataset || presetScenario(dataset, presetId)) ? presetId : undefined;
    const cut = (text: string, max: number) => text.slice(0, max);

    return {
      entries: [],
      problems: [],
      saveError: null,
      lastDeleted: null,
      hydrated: false,

      saveAs: (name, scenario, presetId, untitled = UNTITLED) => {
        const cleanName = cut(name.trim(), SAVED_SCENARIO_LIMITS.name) || untitled;
        const description = cut(scenario.description ?? '', SAVED_SCENARIO_LIMITS.description);
        const at = now();
        const preset = knownPreset(presetId);
        const entry: SavedScenario = {
          id: newId(),
          name: cleanName,
          description,
          createdAt: at,
          updatedAt: at,
          scenario: fileOf(scenario, cleanName, description),
          ...(preset ? { presetId: preset } : {}),
          // Remembers its data set; the bundled one is the default (entries saved before).
          ...(datasetIdOf(dataset) !== BUNDLED_DATASET_ID
            ? { datasetId: datasetIdOf(dataset) }
            : {}),
        };
        commit(put(entry));
        return entry;
      },
      overwrite: (id, scenario, presetId) => {
        refresh();
        if (!get().entries.some((e) => e.id === id)) return false;
        const preset = knownPreset(presetId);
        const at = now();
        commit(
          update(id, (e) => {
            const { presetId: _old, ...rest } = e;
            const description = cut(
              scenario.description ?? e.description,
              SAVED_SCENARIO_LIMITS.description,
            );
            return {
              ...rest,
              description,
              updatedAt: at,
              scenario: fileOf(scenario, e.name, description),
              ...(preset ? { presetId: preset } : {}),
            };
          }),
        );
        return true;
      },
      rename: (id, name, description) => {
        const at = now();
        commit(
          update(id, (e) => {
            const cleanName = cut(name.trim(), SAVED_SCENARIO_LIMITS.name) || e.name;
            const cleanDescription =
              description === undefined
                ? e.description
                : cut(description, SAVED_SCENARIO_LIMITS.description);
            return {
              ...e,
              name: cleanName,
              description: cleanDescription,
              updatedAt: at,
              scenario: { ...e.scenario, name: cleanName, description: cleanDescription },
            };
          }),
        );
      },
      duplicate: (id, copyName = (name) => `${name} (copy)`) => {
        refresh();
        const original = get().entries.find((e) => e.id === id);
        if (!original) return null;
        const at = now();
        const name = cut(copyName(original.name), SAVED_SCENARIO_LIMITS.name);
        const copy: SavedScenario = {
          ...original,
          id: newId(),
          name,
          createdAt: at,
          updatedAt: at,
          scenario: { ...original.scenario, name },
        };
        commit(putAfter(copy, id));
        return copy;
      },
      remove: (id) => {
        const entries = get().entries;
        const index = entries.findIndex((e) => e.id === id);
        if (index >= 0) set({ lastDeleted: { entry: entries[index]!, index } });
        commit(remove(id));
      },
      undoRemove: () => {
        const last = get().lastDeleted;
        if (!last) return;
        set({ lastDeleted: null });
        commit(put(last.entry, last.index));
      },
      open: (id) => {
        const entry = get().entries.find((e) => e.id === id);
        if (!entry) return { ok: false, problem: { code: 'not-found' } };
        if (!dataset) return { ok: false, problem: { code: 'not-loaded' } };
        const restored = restoreSavedScenario(dataset, entry.scenario);
        if (!restored.ok) return restored;
        return {
          ok: true,
          data: {
            scenario: normalizeScenario(dataset, {
              ...restored.data.scenario,
              name: entry.name,
              description: entry.description,
            }),
            presetId: knownPreset(entry.presetId) ?? null,
            changes: restored.data.changes,
          },
        };
      },
      dismissProblems: () => set({ problems: [] }),
    };
  });

  function setSaveError(error: SaveError | null): void {
    const current = store.getState().saveError;
    if (JSON.stringify(current) !== JSON.stringify(error)) store.setState({ saveError: error });
  }

  /**
   * The stored list as it is now, checked; what cannot be used is queued for the quarantine
   * and reported once. `readable` is false when storage could not be read at all (the
   * entries are then the last ones read); `kept` are stored entries this tab cannot use,
   * written back unchanged; `newerList` means a newer version wrote the list.
   */
  function readStoredList(): {
    entries: SavedScenario[];
    kept: unknown[];
    readable: boolean;
    newerList: boolean;
  } {
    const read = readText(SAVED_SCENARIOS_KEY, source);
    if (!read.ok) return { entries: lastStored, kept: [], readable: false, newerList: false };
    const restored = restoreSavedScenarios(read.text, dataset);
    const fresh: SavedScenarioProblem[] = [];
    for (const item of restored.quarantined) {
      const key = problemKey(item.problem, item.raw);
      if (reported.has(key)) continue;
      reported.add(key);
      pendingQuarantine.push(item);
      fresh.push(item.problem);
    }
    if (fresh.length > 0) store.setState({ problems: [...store.getState().problems, ...fresh] });
    lastStored = restored.entries;
    return {
      entries: restored.entries,
      kept: restored.kept,
      readable: true,
      newerList: restored.newerList,
    };
  }

  /** Appends the set-aside items to the quarantine, keeping whatever was there (even if unreadable). */
  function flushQuarantine(): boolean {
    if (pendingQuarantine.length === 0) return true;
    const read = readText(QUARANTINE_KEY, source);
    if (!read.ok) return false;
    const at = now();
    let items: unknown[] = [];
    if (read.text !== null) {
      try {
        const parsed: unknown = JSON.parse(read.text);
        const list = (parsed as { items?: unknown } | null)?.items;
        items = Array.isArray(list)
          ? list
          : [{ setAsideAt: at, code: 'unexpected-shape', raw: parsed }];
      } catch {
        items = [{ setAsideAt: at, code: 'not-json', raw: read.text }];
      }
    }
    const seen = new Set(items.map((i) => JSON.stringify((i as { raw?: unknown } | null)?.raw)));
    for (const item of pendingQuarantine) {
      const key = JSON.stringify(item.raw);
      if (!seen.has(key)) items.push({ setAsideAt: at, ...item });
      seen.add(key);
    }
    const written = writeText(
      QUARANTINE_KEY,
      JSON.stringify({ kind: 'fulcrum.quarantine', items }),
      source,
    );
    if (written.ok) pendingQuarantine = [];
    return written.ok;
  }

  /** Re-reads the stored list and shows it with this tab's unsaved changes on top. */
  function refresh(): void {
    const stored = readStoredList();
    const entries = applyUnsaved(stored.entries);
    store.setState({ entries });
    flushQuarantine();
    if (!stored.readable) setSaveError({ code: 'storage-unavailable' });
    else if (stored.newerList) setSaveError({ code: 'newer-version' });
  }

  /** Applies a change to the newest stored list and writes it back. */
  function commit(change: Change): void {
    const stored = readStoredList();
    unsaved = [...unsaved, { datasetId: datasetIdOf(dataset), change }];
    const entries = applyUnsaved(stored.entries);
    store.setState({ entries });
    // Nothing is written over a list that could not be read, or whose damaged parts could
    // not be set aside first: the change stays in this tab.
    if (!stored.readable) return setSaveError({ code: 'storage-unavailable' });
    // A newer version's list is left exactly as it is: writing would drop what it holds.
    if (stored.newerList) return setSaveError({ code: 'newer-version' });
    if (!flushQuarantine()) return setSaveError({ code: 'quarantine-full' });
    const written = writeText(SAVED_SCENARIOS_KEY, storedListText(entries, stored.kept), source);
    if (!written.ok) return setSaveError(written);
    // Written: this data set's changes are in storage; another's wait for it to be back.
    const current = datasetIdOf(dataset);
    unsaved = unsaved.filter((u) => u.datasetId !== current);
    setSaveError(null);
  }

  /**
   * Reads the stored list (checked against the data set) and starts following other tabs.
   * Calling it again with the same data set does nothing; with another, it re-reads.
   */
  function hydrate(boundDataset: Dataset): void {
    if (dataset === boundDataset && store.getState().hydrated) return;
    // Another data set: the last deleted entry (undo) was the other one's.
    if (datasetIdOf(dataset) !== datasetIdOf(boundDataset)) store.setState({ lastDeleted: null });
    dataset = boundDataset;
    unwatch ??= watch(SAVED_SCENARIOS_KEY, refresh);
    refresh();
    store.setState({ hydrated: true });
  }

  /** Stops following other tabs (tests; the app's store lives as long as the page). */
  function stop(): void {
    unwatch?.();
    unwatch = null;
  }

  return Object.assign(store, { hydrate, stop });
}

export type SavedScenariosHook = ReturnType<typeof createSavedScenariosStore>;

/** The app's saved scenarios (in the browser's localStorage). */
export const useSavedScenarios: SavedScenariosHook = createSavedScenariosStore();

/** Loads a saved-scenarios store once the data set is there. Safe to call again. */
export function initSavedScenarios(
  dataset: Dataset,
  store: SavedScenariosHook = useSavedScenarios,
): void {
  store.hydrate(dataset);
}
