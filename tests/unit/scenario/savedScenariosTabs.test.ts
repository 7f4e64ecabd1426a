// Two tabs of the app over one storage, as a person with the app open twice has them: each
// write re-reads the stored list and changes only its own entry, and each tab follows the
// other through the `storage` event. Events are held until `deliver()`, like a browser
// that has not yet told the other tab, so a tab can act on a list it has not seen.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  SAVED_SCENARIOS_KEY,
  createSavedScenariosStore,
  initSavedScenarios,
  type SavedScenario,
  type SavedScenariosHook,
} from '@/scenario/savedScenarios';
import { normalizeScenario } from '@/scenario/sliders';
import { MemoryStorage } from '../memoryStorage';

/** One storage shared by tabs; a write queues a `storage` event for every other tab. */
class SharedStorage {
  readonly memory = new MemoryStorage();
  private readonly listeners = new Map<number, Map<string, Set<() => void>>>();
  private queue: (() => void)[] = [];
  private nextTab = 0;

  /** A tab's view of the storage: its Storage and its `storage` event subscription. */
  tab(): {
    storage: () => MemoryStorage;
    watch: (key: string, onChange: () => void) => () => void;
  } {
    const tab = this.nextTab++;
    const byKey = new Map<string, Set<() => void>>();
    this.listeners.set(tab, byKey);
    const storage = {
      getItem: (key: string) => this.memory.getItem(key),
      setItem: (key: string, value: string) => {
        this.memory.setItem(key, value);
        for (const [other, keys] of this.listeners) {
          if (other === tab) continue;
          for (const listener of keys.get(key) ?? []) this.queue.push(listener);
        }
      },
    } as MemoryStorage;
    return {
      storage: () => storage,
      watch: (key, onChange) => {
        const set = byKey.get(key) ?? new Set();
        set.add(onChange);
        byKey.set(key, set);
        return () => set.delete(onChange);
      },
    };
  }

  /** Delivers the queued `storage` events (as the browser does, a little later). */
  deliver(): void {
    const queue = this.queue;
    this.queue = [];
    for (const listener of queue) listener();
  }

  storedNames(): string[] {
    const text = this.memory.getItem(SAVED_SCENARIOS_KEY);
    if (text === null) return [];
    const entries = (JSON.parse(text) as { state: { entries: SavedScenario[] } }).state.entries;
    return entries.map((e) => e.name).sort();
  }
}

const opened: SavedScenariosHook[] = [];
let ids = 0;
let clock = Date.parse('2026-12-01T00:00:00Z');

function openTab(shared: SharedStorage): SavedScenariosHook {
  const { storage, watch } = shared.tab();
  const store = createSavedScenariosStore({
    storage,
    watch,
    newId: () => `id-${++ids}`,
    now: () => new Date((clock += 1000)),
  });
  initSavedScenarios(dataset, store);
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.stop();
});

const scenario = normalizeScenario(dataset, { overrides: { 'KG.CN.debt_share': 40 } });
const names = (store: SavedScenariosHook) =>
  store
    .getState()
    .entries.map((e) => e.name)
    .sort();

describe('saved scenarios in two tabs', () => {
  it('a save in a tab that has not seen the other tab’s save keeps both', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.getState().saveAs('from A', scenario);
    // B has not been told yet: its list is still empty when it saves.
    expect(names(b)).toEqual([]);
    b.getState().saveAs('from B', scenario);
    expect(shared.storedNames()).toEqual(['from A', 'from B']);
    // B's write re-read the list, so B already shows both; A follows once told.
    expect(names(b)).toEqual(['from A', 'from B']);
    expect(names(a)).toEqual(['from A']);
    shared.deliver();
    expect(names(a)).toEqual(['from A', 'from B']);
  });

  it('a rename or delete in a stale tab changes only its own entry', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    const one = a.getState().saveAs('one', scenario);
    const two = a.getState().saveAs('two', scenario);
    shared.deliver();
    expect(names(b)).toEqual(['one', 'two']);

    // A adds a third; B, not yet told, renames one and deletes two.
    a.getState().saveAs('three', scenario);
    b.getState().rename(one.id, 'one renamed');
    b.getState().remove(two.id);
    expect(shared.storedNames()).toEqual(['one renamed', 'three']);

    // A, still not told, renames three: B's rename and delete survive.
    a.getState().rename(a.getState().entries.find((e) => e.name === 'three')!.id, 'three!');
    expect(shared.storedNames()).toEqual(['one renamed', 'three!']);
    shared.deliver();
    expect(names(a)).toEqual(['one renamed', 'three!']);
    expect(names(b)).toEqual(['one renamed', 'three!']);
  });

  it('undo in a stale tab brings back only the deleted entry', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    const kept = a.getState().saveAs('kept', scenario);
    shared.deliver();
    b.getState().remove(kept.id);
    a.getState().saveAs('new in A', scenario);
    b.getState().undoRemove();
    expect(shared.storedNames()).toEqual(['kept', 'new in A']);
    shared.deliver();
    expect(names(a)).toEqual(['kept', 'new in A']);
  });

  it('a rename of an entry deleted in the other tab does not bring it back', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    const gone = a.getState().saveAs('gone', scenario);
    shared.deliver();
    a.getState().remove(gone.id);
    b.getState().rename(gone.id, 'renamed after delete');
    expect(shared.storedNames()).toEqual([]);
    expect(names(b)).toEqual([]);
    expect(b.getState().duplicate(gone.id)).toBeNull();
    expect(b.getState().overwrite(gone.id, scenario)).toBe(false);
  });

  it('the list follows the other tab live, without any action in it', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    const seen: string[][] = [];
    const unsubscribe = b.subscribe((state) => seen.push(state.entries.map((e) => e.name)));
    a.getState().saveAs('live', scenario);
    shared.deliver();
    unsubscribe();
    expect(seen.at(-1)).toEqual(['live']);
  });

  it('a tab opened later reads every entry', () => {
    const shared = new SharedStorage();
    openTab(shared).getState().saveAs('first', scenario);
    openTab(shared).getState().saveAs('second', scenario);
    expect(names(openTab(shared))).toEqual(['first', 'second']);
  });

  it('any interleaving of saves, renames and deletes in two tabs loses nothing', () => {
    type Op =
      | { tab: 0 | 1; kind: 'save' }
      | { tab: 0 | 1; kind: 'rename' | 'delete'; pick: number }
      | { kind: 'deliver' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        tab: fc.constantFrom(0 as const, 1 as const),
        kind: fc.constant('save' as const),
      }),
      fc.record({
        tab: fc.constantFrom(0 as const, 1 as const),
        kind: fc.constantFrom('rename' as const, 'delete' as const),
        pick: fc.nat(),
      }),
      fc.record({ kind: fc.constant('deliver' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const shared = new SharedStorage();
        const tabs = [openTab(shared), openTab(shared)] as const;
        // What storage must hold: the same operations applied one after another, by id.
        const model = new Map<string, string>();
        let n = 0;
        for (const o of ops) {
          if (o.kind === 'deliver') {
            shared.deliver();
            continue;
          }
          const tab = tabs[o.tab];
          if (o.kind === 'save') {
            const name = `s${++n}`;
            const entry = tab.getState().saveAs(name, scenario);
            model.set(entry.id, name);
            continue;
          }
          // A tab acts on what it shows, which may be stale.
          const shown = tab.getState().entries;
          if (shown.length === 0) continue;
          const target = shown[o.pick % shown.length]!;
          if (o.kind === 'rename') {
            const name = `r${++n}`;
            tab.getState().rename(target.id, name);
            if (model.has(target.id)) model.set(target.id, name);
          } else {
            tab.getState().remove(target.id);
            model.delete(target.id);
          }
        }
        const expected = [...model.values()].sort();
        expect(shared.storedNames()).toEqual(expected);
        shared.deliver();
        for (const tab of tabs) expect(names(tab)).toEqual(expected);
        for (const tab of tabs) tab.stop();
      }),
      { numRuns: 150 },
    );
  });
});
