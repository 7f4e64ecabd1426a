// Saved scenarios in localStorage, through zustand `persist` with a version and
// migrations. Loading checks every entry on its own (zod, then against the data set);
// whatever cannot be used (corrupt JSON, a foreign shape, a newer format, a scenario the
// data set does not know) is set aside under QUARANTINE_KEY, never deleted, and
// reported in `problems`, while every good entry stays. Storage that is full or
// unavailable never throws: the in-memory list keeps working and `saveError` says why
// saving failed.
//
// Initialisation: the data set arrives through react-query, so the store does not
// hydrate by itself; call `initSavedScenarios(dataset)` once it has loaded.
//
// zod and the scenario-file module are not on the first screen: they are imported on
// demand (`loadSavedScenarioChecks`) when something is stored to check, or when a
// component first subscribes to the store (the scenario panel's saved list). With
// nothing stored, hydration is synchronous and loads nothing.

import { create, type StateCreator, type StoreMutatorIdentifier } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { persist } from 'zustand/middleware';
import type { Dataset, Scenario } from '@/model';
import type { Result, ScenarioFile } from './file';
import { normalizeScenario } from './sliders';
import { presetScenario } from './urlCodec';

export const SAVED_SCENARIOS_KEY = 'fulcrum.scenarios';
export const QUARANTINE_KEY = 'fulcrum.scenarios.quarantine';
/**
 * Version of the stored list. History:
 * 0 — entries `{ id, name, savedAt, scenario }` (before descriptions and created/updated dates)
 * 1 — entries `{ id, name, description, createdAt, updatedAt, scenario, presetId? }`
 */
export const SAVED_SCENARIOS_VERSION = 1;

const MAX_NAME = 200;
const MAX_DESCRIPTION = 5000;
const UNTITLED = 'Untitled scenario';

export interface SavedScenario {
  id: string;
  name: string;
  description: string;
  /** ISO date-times */
  createdAt: string;
  updatedAt: string;
  /** the scenario file form (src/scenario/file.ts): the same JSON as an exported file */
  scenario: ScenarioFile;
  presetId?: string;
}

export interface StorageProblem {
  /** where the problem is, e.g. `fulcrum.scenarios › entry 3 ("Remittances")` */
  where: string;
  reason: string;
}

/** One thing set aside, as stored under QUARANTINE_KEY. */
export interface QuarantineItem {
  setAsideAt: string;
  where: string;
  reason: string;
  /** the value as it was found: parsed JSON, or the raw text when it was not JSON */
  raw: unknown;
}

export interface SavedScenariosState {
  entries: SavedScenario[];
  /** what was wrong with the stored data at load (shown to the user until dismissed) */
  problems: StorageProblem[];
  /** why the last save to storage failed; null once saving works */
  saveError: string | null;
  /** the last deleted entry and where it stood, for undo */
  lastDeleted: { entry: SavedScenario; index: number } | null;
  /** true once the stored list has been read (or found unreadable) */
  hydrated: boolean;
}

export interface SavedScenariosActions {
  /** saves a new entry (always new, even with a name already used) */
  saveAs: (name: string, scenario: Scenario, presetId?: string | null) => SavedScenario;
  /** saves over an existing entry, keeping its name; false when there is no such entry */
  overwrite: (id: string, scenario: Scenario, presetId?: string | null) => boolean;
  rename: (id: string, name: string, description?: string) => void;
  duplicate: (id: string) => SavedScenario | null;
  remove: (id: string) => void;
  /** brings back the last deleted entry at its place */
  undoRemove: () => void;
  /** newest first (by updatedAt) */
  list: () => SavedScenario[];
  /** the entry as a complete scenario for the working store, checked against the data set */
  open: (id: string) => Result<{ scenario: Scenario; presetId: string | null }>;
  dismissProblems: () => void;
}

export type SavedScenariosStore = SavedScenariosState & SavedScenariosActions;

type Persisted = { entries: SavedScenario[] };

/** What needs zod and the scenario-file module (./savedScenarioChecks), loaded on demand. */
export type SavedScenarioChecks = typeof import('./savedScenarioChecks');

let checks: SavedScenarioChecks | null = null;
let checksLoading: Promise<SavedScenarioChecks> | null = null;

/** Imports zod and the scenario-file checks once (again after a failed download). */
export function loadSavedScenarioChecks(): Promise<SavedScenarioChecks> {
  checksLoading ??= import('./savedScenarioChecks').then(
    (module) => (checks = module),
    (error: unknown) => {
      checksLoading = null;
      throw error;
    },
  );
  return checksLoading;
}

function requireChecks(): SavedScenarioChecks {
  if (!checks) {
    throw new Error(
      'saved scenarios: the checks have not loaded yet (await loadSavedScenarioChecks())',
    );
  }
  return checks;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** `{ state: { entries: [...] }, version? }` as zustand persist writes it, or null. */
function envelopeOf(raw: unknown): { state: { entries: unknown[] }; version: number } | null {
  if (!isRecord(raw) || !isRecord(raw.state) || !Array.isArray(raw.state.entries)) return null;
  const version = raw.version;
  if (version === undefined) return { state: raw.state as { entries: unknown[] }, version: 0 };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return null;
  return { state: raw.state as { entries: unknown[] }, version };
}

/**
 * Starts loading the checks when the first component subscribes to the store (the saved
 * list in the scenario panel), so they are there before anything can be saved or opened.
 */
function loadChecksOnFirstSubscriber<T, Mps extends [StoreMutatorIdentifier, unknown][]>(
  config: StateCreator<T, [], Mps>,
): StateCreator<T, [], Mps> {
  return (set, get, api) => {
    const subscribe = api.subscribe;
    api.subscribe = (listener) => {
      if (!checks) void loadSavedScenarioChecks().catch(() => {});
      return subscribe(listener);
    };
    return config(set, get, api);
  };
}

function describe(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const e = error as { name?: unknown; code?: unknown };
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    e.code === 1014
  );
}

function entryLabel(index: number, raw: unknown): string {
  const name =
    typeof raw === 'object' && raw !== null && typeof (raw as { name?: unknown }).name === 'string'
      ? ` ("${(raw as { name: string }).name.slice(0, 60)}")`
      : '';
  return `${SAVED_SCENARIOS_KEY} › entry ${index + 1}${name}`;
}

/** Version 0 → 1: dates and descriptions. Anything unrecognised passes through unchanged. */
function migrateEntryV0(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const { savedAt, ...rest } = raw as Record<string, unknown>;
  if (typeof savedAt !== 'string' || 'createdAt' in rest) return raw;
  const scenario = rest.scenario as { description?: unknown } | undefined;
  return {
    ...rest,
    description:
      typeof rest.description === 'string'
        ? rest.description
        : typeof scenario?.description === 'string'
          ? scenario.description
          : '',
    createdAt: savedAt,
    updatedAt: savedAt,
  };
}

/** Persisted-state migrations, by the version they upgrade from. */
export const SAVED_MIGRATIONS: Record<
  number,
  (state: { entries: unknown[] }) => { entries: unknown[] }
> = {
  0: (state) => ({ ...state, entries: state.entries.map(migrateEntryV0) }),
};

export interface SavedScenariosOptions {
  /** where to store (default: globalThis.localStorage, read lazily and safely) */
  storage?: () => Storage | null | undefined;
  now?: () => Date;
  newId?: () => string;
}

function defaultStorage(): Storage | undefined {
  return globalThis.localStorage;
}

function defaultId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A saved-scenarios store bound to a storage. The app uses `useSavedScenarios`; tests
 * create their own with a fake Storage. Hydrate it with initSavedScenarios().
 */
export function createSavedScenariosStore(options: SavedScenariosOptions = {}) {
  const getStorage = options.storage ?? defaultStorage;
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? defaultId;

  let dataset: Dataset | null = null;
  /** no write reaches storage before the stored list has been read */
  let loaded = false;
  /** problems found while reading, handed to the state by merge() */
  let loadProblems: StorageProblem[] = [];
  /** set-aside items not yet written to QUARANTINE_KEY (storage full or unavailable) */
  let pendingQuarantine: QuarantineItem[] = [];
  /** replaced once the store exists (below) */
  let reportSaveError: (error: string | null) => void = () => {};

  function storage(): Storage | null {
    try {
      return getStorage() ?? null;
    } catch {
      return null;
    }
  }

  /** Appends to the quarantine, keeping whatever was there (even if unreadable). */
  function flushQuarantine(): boolean {
    if (pendingQuarantine.length === 0) return true;
    const store = storage();
    if (!store) return false;
    try {
      const existingText = store.getItem(QUARANTINE_KEY);
      let items: unknown[] = [];
      if (existingText !== null) {
        try {
          const parsed: unknown = JSON.parse(existingText);
          const list = (parsed as { items?: unknown } | null)?.items;
          items = Array.isArray(list)
            ? list
            : [
                {
                  setAsideAt: now(),
                  where: QUARANTINE_KEY,
                  reason: 'earlier content of unknown shape',
                  raw: parsed,
                },
              ];
        } catch {
          items = [
            {
              setAsideAt: now(),
              where: QUARANTINE_KEY,
              reason: 'earlier content, not JSON',
              raw: existingText,
            },
          ];
        }
      }
      const seen = new Set(
        items.map((i) => JSON.stringify([(i as QuarantineItem).where, (i as QuarantineItem).raw])),
      );
      for (const item of pendingQuarantine) {
        const id = JSON.stringify([item.where, item.raw]);
        if (!seen.has(id)) items.push(item);
        seen.add(id);
      }
      store.setItem(QUARANTINE_KEY, JSON.stringify({ kind: 'fulcrum.quarantine', items }));
      pendingQuarantine = [];
      return true;
    } catch {
      return false;
    }
  }

  function setAside(where: string, reason: string, raw: unknown): void {
    pendingQuarantine.push({ setAsideAt: now(), where, reason, raw });
    loadProblems.push({ where, reason: `${reason} (set aside in ${QUARANTINE_KEY})` });
  }

  const persistStorage: PersistStorage<Persisted> = {
    getItem: (name) => {
      loadProblems = [];
      const store = storage();
      let text: string | null;
      try {
        if (!store) throw new Error('localStorage is not available');
        text = store.getItem(name);
      } catch (error) {
        loadProblems.push({
          where: 'localStorage',
          reason: `cannot read saved scenarios (${describe(error)}); scenarios saved now last only until this tab is closed`,
        });
        reportSaveError(
          `Browser storage is unavailable (${describe(error)}): saved scenarios last only until this tab is closed.`,
        );
        return null;
      }
      if (text === null) return null;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        setAside(name, `not valid JSON (${describe(error)})`, text);
        return null;
      }
      const envelope = envelopeOf(raw);
      if (!envelope) {
        setAside(name, 'not a list of Fulcrum saved scenarios (unexpected shape)', raw);
        return null;
      }
      const version = envelope.version;
      if (version > SAVED_SCENARIOS_VERSION) {
        setAside(
          name,
          `saved by a newer version of Fulcrum (format ${version}; this version reads up to ${SAVED_SCENARIOS_VERSION})`,
          raw,
        );
        return null;
      }
      // Entries are checked one by one in merge(); here they pass as they are.
      return { state: envelope.state as unknown as Persisted, version };
    },
    setItem: (name, value: StorageValue<Persisted>) => {
      if (!loaded) return;
      const store = storage();
      if (!store) {
        reportSaveError(
          'Browser storage is unavailable: saved scenarios last only until this tab is closed.',
        );
        return;
      }
      if (!flushQuarantine()) {
        reportSaveError(
          'Browser storage is full: damaged saved data could not be set aside, so nothing was saved (to avoid losing it). Export your scenarios as files.',
        );
        return;
      }
      try {
        store.setItem(name, JSON.stringify(value));
        reportSaveError(null);
      } catch (error) {
        reportSaveError(
          isQuotaError(error)
            ? 'Browser storage is full: this change is kept only until the tab is closed. Delete saved scenarios or export them as files.'
            : `Saving failed (${describe(error)}): this change is kept only until the tab is closed.`,
        );
      }
    },
    removeItem: () => {
      // Saved scenarios are never removed from storage wholesale.
    },
  };

  /** Checks each stored entry; good ones are kept, the rest set aside and reported. */
  function validEntries(persisted: unknown): SavedScenario[] {
    const entries = (persisted as { entries?: unknown } | undefined)?.entries;
    if (!Array.isArray(entries) || entries.length === 0) return [];
    const { checkEntry, restoreScenario } = requireChecks();
    const good: SavedScenario[] = [];
    const ids = new Set<string>();
    entries.forEach((raw, i) => {
      const where = entryLabel(i, raw);
      const parsed = checkEntry(raw);
      if (!parsed.ok) {
        setAside(where, parsed.reason, raw);
        return;
      }
      if (dataset) {
        const restored = restoreScenario(dataset, parsed.data.scenario);
        if (!restored.ok) {
          setAside(where, restored.reason, raw);
          return;
        }
      }
      if (ids.has(parsed.data.id)) {
        setAside(where, `the id ${parsed.data.id} is used by an earlier entry`, raw);
        return;
      }
      ids.add(parsed.data.id);
      good.push(parsed.data);
    });
    return good;
  }

  const store = create<SavedScenariosStore>()(
    loadChecksOnFirstSubscriber(
      persist(
        (set, get) => {
          const touch = (id: string, change: (e: SavedScenario) => SavedScenario) =>
            set({ entries: get().entries.map((e) => (e.id === id ? change(e) : e)) });

          const fileOf = (scenario: Scenario, name: string, description: string): ScenarioFile => {
            const s = dataset ? normalizeScenario(dataset, scenario) : scenario;
            return requireChecks().toScenarioFile({ ...s, name, description });
          };
          const knownPreset = (presetId: string | null | undefined) =>
            presetId && (!dataset || presetScenario(dataset, presetId)) ? presetId : undefined;

          return {
            entries: [],
            problems: [],
            saveError: null,
            lastDeleted: null,
            hydrated: false,

            saveAs: (name, scenario, presetId) => {
              const cleanName = name.trim().slice(0, MAX_NAME) || UNTITLED;
              const description = (scenario.description ?? '').slice(0, MAX_DESCRIPTION);
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
              };
              set({ entries: [...get().entries, entry] });
              return entry;
            },
            overwrite: (id, scenario, presetId) => {
              if (!get().entries.some((e) => e.id === id)) return false;
              const preset = knownPreset(presetId);
              touch(id, (e) => {
                const { presetId: _old, ...rest } = e;
                const description = (scenario.description ?? e.description).slice(
                  0,
                  MAX_DESCRIPTION,
                );
                return {
                  ...rest,
                  description,
                  updatedAt: now(),
                  scenario: fileOf(scenario, e.name, description),
                  ...(preset ? { presetId: preset } : {}),
                };
              });
              return true;
            },
            rename: (id, name, description) =>
              touch(id, (e) => {
                const cleanName = name.trim().slice(0, MAX_NAME) || e.name;
                const cleanDescription =
                  description === undefined ? e.description : description.slice(0, MAX_DESCRIPTION);
                return {
                  ...e,
                  name: cleanName,
                  description: cleanDescription,
                  updatedAt: now(),
                  scenario: { ...e.scenario, name: cleanName, description: cleanDescription },
                };
              }),
            duplicate: (id) => {
              const original = get().entries.find((e) => e.id === id);
              if (!original) return null;
              const at = now();
              const name = `${original.name} (copy)`.slice(0, MAX_NAME);
              const copy: SavedScenario = {
                ...original,
                id: newId(),
                name,
                createdAt: at,
                updatedAt: at,
                scenario: { ...original.scenario, name },
              };
              const entries = [...get().entries];
              entries.splice(entries.indexOf(original) + 1, 0, copy);
              set({ entries });
              return copy;
            },
            remove: (id) => {
              const entries = get().entries;
              const index = entries.findIndex((e) => e.id === id);
              if (index < 0) return;
              set({
                entries: entries.filter((e) => e.id !== id),
                lastDeleted: { entry: entries[index]!, index },
              });
            },
            undoRemove: () => {
              const last = get().lastDeleted;
              if (!last) return;
              const entries = [...get().entries];
              if (!entries.some((e) => e.id === last.entry.id)) {
                entries.splice(Math.min(last.index, entries.length), 0, last.entry);
              }
              set({ entries, lastDeleted: null });
            },
            list: () =>
              [...get().entries].sort((a, b) =>
                a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
              ),
            open: (id) => {
              const entry = get().entries.find((e) => e.id === id);
              if (!entry) return { ok: false, reason: 'no such saved scenario' };
              if (!dataset) return { ok: false, reason: 'the data set has not loaded yet' };
              if (!checks) return { ok: false, reason: 'saved scenarios are still loading' };
              const restored = checks.restoreScenario(dataset, entry.scenario);
              if (!restored.ok) return restored;
              return {
                ok: true,
                data: {
                  scenario: normalizeScenario(dataset, {
                    ...restored.data,
                    name: entry.name,
                    description: entry.description,
                  }),
                  presetId: knownPreset(entry.presetId) ?? null,
                },
              };
            },
            dismissProblems: () => set({ problems: [] }),
          };
        },
        {
          name: SAVED_SCENARIOS_KEY,
          version: SAVED_SCENARIOS_VERSION,
          storage: persistStorage,
          skipHydration: true,
          partialize: (state): Persisted => ({ entries: state.entries }),
          migrate: (persisted, version) => {
            let state = persisted as { entries: unknown[] };
            for (let v = version; v < SAVED_SCENARIOS_VERSION; v++) {
              const step = SAVED_MIGRATIONS[v];
              if (step) state = step(state);
            }
            return state as unknown as Persisted;
          },
          merge: (persisted, current) => {
            const stored = validEntries(persisted);
            // Anything saved in memory before the stored list was read is kept too.
            const storedIds = new Set(stored.map((e) => e.id));
            const entries = [...stored, ...current.entries.filter((e) => !storedIds.has(e.id))];
            const seen = new Set(current.problems.map((p) => `${p.where}\n${p.reason}`));
            const problems = [
              ...current.problems,
              ...loadProblems.filter((p) => !seen.has(`${p.where}\n${p.reason}`)),
            ];
            loadProblems = [];
            return { ...current, entries, problems, hydrated: true };
          },
        },
      ),
    ),
  );

  reportSaveError = (error) => {
    if (store.getState().saveError !== error) store.setState({ saveError: error });
  };

  /** true when the stored list has something the checks must look at */
  function somethingStored(): boolean {
    try {
      return storage()?.getItem(SAVED_SCENARIOS_KEY) != null;
    } catch {
      return false; // unreadable storage is reported by the persist storage itself
    }
  }

  /**
   * Reads the stored list (checking it against the data set) and starts saving. With
   * nothing stored this finishes at once; otherwise once the checks have loaded. The
   * promise never rejects: a failure is reported in `problems` and `saveError`.
   */
  function hydrate(boundDataset: Dataset): Promise<void> {
    dataset = boundDataset;
    loaded = false;
    if (checks || !somethingStored()) {
      finishHydrate();
      return Promise.resolve();
    }
    return loadSavedScenarioChecks().then(
      () => {
        if (dataset === boundDataset) finishHydrate();
      },
      (error: unknown) => {
        // Nothing is written over a stored list that could not be checked.
        const reason = `could not be checked (${describe(error)}); they are kept as they are`;
        store.setState({
          hydrated: true,
          problems: [...store.getState().problems, { where: SAVED_SCENARIOS_KEY, reason }],
        });
        reportSaveError(
          'Saved scenarios could not be loaded: changes last only until this tab is closed. Reload to try again.',
        );
      },
    );
  }

  function finishHydrate(): void {
    loaded = false;
    void store.persist.rehydrate();
    // Storage is synchronous, so hydration has finished here.
    loaded = true;
    // Set-aside items go to the quarantine now; the main key is rewritten at the next save.
    flushQuarantine();
    if (!store.getState().hydrated) store.setState({ hydrated: true });
  }

  return Object.assign(store, { hydrate });
}

export type SavedScenariosHook = ReturnType<typeof createSavedScenariosStore>;

/** The app's saved scenarios (in window.localStorage). */
export const useSavedScenarios: SavedScenariosHook = createSavedScenariosStore();

/** Hydrates a saved-scenarios store once the data set has loaded. Safe to call again. */
export function initSavedScenarios(
  dataset: Dataset,
  store: SavedScenariosHook = useSavedScenarios,
): Promise<void> {
  return store.hydrate(dataset);
}
