import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { toScenarioFile } from '@/scenario/file';
import { SAVED_SCENARIO_LIMITS } from '@/scenario/limits';
import type { SavedScenario } from '@/scenario/savedScenarios';
import {
  QUARANTINE_KEY,
  SAVED_SCENARIOS_KEY,
  SAVED_SCENARIOS_VERSION,
  createSavedScenariosStore,
  initSavedScenarios,
} from '@/scenario/savedScenarios';
import { normalizeScenario } from '@/scenario/sliders';

/** An in-memory Storage whose failures the tests switch on. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  /** throw on getItem (storage unavailable) */
  failGet = false;
  /** keys whose setItem throws QuotaExceededError ('*' = all) */
  full = new Set<string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    if (this.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full.has('*') || this.full.has(key))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  json(key: string): unknown {
    const text = this.data.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }
}

let clock = Date.parse('2026-11-29T10:00:00Z');
let ids = 0;
function open(storage: FakeStorage | (() => Storage | undefined)) {
  const store = createSavedScenariosStore({
    storage: typeof storage === 'function' ? storage : () => storage,
    now: () => new Date((clock += 1000)),
    newId: () => `id-${++ids}`,
  });
  initSavedScenarios(dataset, store);
  return store;
}

const scenarioA = normalizeScenario(dataset, {
  name: 'Remittances',
  description: 'a third less',
  overrides: { 'TJ.RU.remittances_gdp': 26.5 },
});
const scenarioB = normalizeScenario(dataset, { dimensionWeights: { security: 3 } });

function goodEntry(id: string, name: string): SavedScenario {
  return {
    id,
    name,
    description: '',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    scenario: toScenarioFile({ ...scenarioA, name, description: '' }),
  };
}

function stored(entries: unknown[], version: number = SAVED_SCENARIOS_VERSION): string {
  return JSON.stringify({ state: { entries }, version });
}

function quarantine(
  storage: FakeStorage,
): { problem?: { code: string }; code?: string; raw: unknown }[] {
  return (storage.json(QUARANTINE_KEY) as { items: never[] } | undefined)?.items ?? [];
}

describe('saved scenarios', () => {
  it('saves, survives a reload, renames, duplicates, deletes with undo', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    const a = store.getState().saveAs('  Remittances  ', scenarioA, 'remittance-shock');
    store.getState().saveAs('', scenarioB);
    expect(store.getState().entries.map((e) => e.name)).toEqual([
      'Remittances',
      'Untitled scenario',
    ]);
    expect(a.presetId).toBe('remittance-shock');
    expect(a.scenario).toMatchObject({ kind: 'fulcrum.scenario', version: 1 });

    const reloaded = open(storage);
    expect(reloaded.getState().entries).toEqual(store.getState().entries);
    expect(reloaded.getState().problems).toEqual([]);

    reloaded.getState().rename(a.id, 'Remittance shock', 'described');
    const copy = reloaded.getState().duplicate(a.id)!;
    expect(copy.name).toBe('Remittance shock (copy)');
    expect(reloaded.getState().entries.map((e) => e.id)).toEqual([a.id, copy.id, 'id-2']);

    reloaded.getState().remove(a.id);
    expect(reloaded.getState().entries.map((e) => e.id)).toEqual([copy.id, 'id-2']);
    reloaded.getState().undoRemove();
    expect(reloaded.getState().entries.map((e) => e.id)).toEqual([a.id, copy.id, 'id-2']);
    expect(
      open(storage)
        .getState()
        .entries.map((e) => e.name),
    ).toEqual(['Remittance shock', 'Remittance shock (copy)', 'Untitled scenario']);

    const opened = reloaded.getState().open(a.id);
    expect(opened).toEqual({
      ok: true,
      data: {
        scenario: { ...scenarioA, name: 'Remittance shock', description: 'described' },
        presetId: 'remittance-shock',
        // saved by the app: nothing to fit
        changes: [],
      },
    });
    expect(reloaded.getState().overwrite(a.id, scenarioB, null)).toBe(true);
    const over = reloaded.getState().open(a.id);
    expect(over.ok && over.data.scenario.dimensionWeights.security).toBe(3);
    expect(over.ok && over.data.presetId).toBeNull();
  });

  it('sets corrupt JSON aside, keeps it, and saves again', () => {
    const storage = new FakeStorage();
    storage.data.set(SAVED_SCENARIOS_KEY, '{"state": {"entries": [');
    const store = open(storage);
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().problems).toEqual([{ code: 'not-json' }]);
    expect(quarantine(storage)).toMatchObject([{ raw: '{"state": {"entries": [' }]);

    store.getState().saveAs('New', scenarioB);
    expect(
      open(storage)
        .getState()
        .entries.map((e) => e.name),
    ).toEqual(['New']);
    expect(quarantine(storage)).toHaveLength(1);
  });

  it('sets aside entries of the wrong shape or type, one by one, keeping every good one', () => {
    const storage = new FakeStorage();
    const bad = [
      { ...goodEntry('x', 'wrong types'), createdAt: 12 },
      'a string',
      { hello: 'world' },
      { ...goodEntry('y', 'unknown key'), scenario: { overrides: { 'XX.CN.debt_share': 1 } } },
      { ...goodEntry('z', 'newer file'), scenario: { version: 2 } },
      { ...goodEntry('g1', 'same id again') },
    ];
    storage.data.set(
      SAVED_SCENARIOS_KEY,
      stored([goodEntry('g1', 'one'), ...bad, goodEntry('g2', 'two')]),
    );
    const store = open(storage);
    expect(store.getState().entries.map((e) => e.id)).toEqual(['g1', 'g2']);
    const problems = store.getState().problems;
    expect(problems).toHaveLength(bad.length);
    expect(problems).toEqual([
      { code: 'invalid-field', entry: { position: 2, name: 'wrong types' }, field: 'createdAt' },
      { code: 'invalid-field', entry: { position: 3, name: null }, field: '' },
      { code: 'invalid-field', entry: { position: 4, name: null }, field: 'id' },
      {
        code: 'not-in-dataset',
        entry: { position: 5, name: 'unknown key' },
        field: 'overrides.XX.CN.debt_share',
      },
      {
        code: 'newer-format',
        entry: { position: 6, name: 'newer file' },
        version: 2,
        supported: 1,
      },
      { code: 'duplicate-id', entry: { position: 7, name: 'same id again' }, id: 'g1' },
    ]);
    expect(quarantine(storage).map((i) => i.raw)).toEqual(bad);

    // loading again sets nothing aside twice
    open(storage);
    expect(quarantine(storage)).toHaveLength(bad.length);

    store.getState().saveAs('three', scenarioB);
    expect(
      open(storage)
        .getState()
        .entries.map((e) => e.id),
    ).toEqual(['g1', 'g2', 'id-' + ids]);
    expect(quarantine(storage)).toHaveLength(bad.length);
  });

  it('sets a foreign value aside', () => {
    const storage = new FakeStorage();
    storage.data.set(SAVED_SCENARIOS_KEY, '[1,2,3]');
    const store = open(storage);
    expect(store.getState().problems).toEqual([{ code: 'unexpected-shape' }]);
    expect(quarantine(storage)).toMatchObject([{ raw: [1, 2, 3] }]);
  });

  it('sets a list from a newer version aside whole', () => {
    const storage = new FakeStorage();
    const future = stored([goodEntry('f', 'future')], SAVED_SCENARIOS_VERSION + 1);
    storage.data.set(SAVED_SCENARIOS_KEY, future);
    const store = open(storage);
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().problems).toEqual([
      { code: 'newer-format', version: SAVED_SCENARIOS_VERSION + 1, supported: 1 },
    ]);
    expect(quarantine(storage)).toMatchObject([{ raw: JSON.parse(future) }]);
  });

  it('never writes over a list from a newer version: it says why and leaves the key as it was', () => {
    const storage = new FakeStorage();
    const future = stored([goodEntry('f', 'future')], SAVED_SCENARIOS_VERSION + 1);
    storage.data.set(SAVED_SCENARIOS_KEY, future);
    const store = open(storage);
    expect(store.getState().saveError).toEqual({ code: 'newer-version' });
    const saved = store.getState().saveAs('Mine', scenarioB);
    expect(storage.data.get(SAVED_SCENARIOS_KEY)).toBe(future);
    expect(store.getState().saveError).toEqual({ code: 'newer-version' });
    // the change stays in this tab
    expect(store.getState().entries).toEqual([saved]);
    store.getState().remove(saved.id);
    expect(storage.data.get(SAVED_SCENARIOS_KEY)).toBe(future);
  });

  it('writes back, unchanged, the entries this tab cannot use, on every write', () => {
    const storage = new FakeStorage();
    const newer = { ...goodEntry('n', 'Newer'), scenario: { version: 99, name: 'Newer' } };
    const foreign = {
      ...goodEntry('e', 'Foreign'),
      scenario: { overrides: { 'XX.CN.debt_share': 1 } },
    };
    storage.data.set(SAVED_SCENARIOS_KEY, stored([goodEntry('a', 'A'), newer, foreign]));
    const store = open(storage);
    expect(store.getState().entries.map((e) => e.id)).toEqual(['a']);
    store.getState().saveAs('B', scenarioB);
    store.getState().remove('a');
    store.getState().rename('id-' + ids, 'B renamed');
    const list = (storage.json(SAVED_SCENARIOS_KEY) as { state: { entries: unknown[] } }).state
      .entries;
    expect(list).toContainEqual(newer);
    expect(list).toContainEqual(foreign);
    expect(list).toHaveLength(3);
    expect(
      open(storage)
        .getState()
        .entries.map((e) => e.name),
    ).toEqual(['B renamed']);
  });

  it('opens a hand-edited entry with what was changed to fit the sliders', () => {
    const storage = new FakeStorage();
    const indicator = dataset.indicators.find((i) => i.weight > 0)!;
    storage.data.set(
      SAVED_SCENARIOS_KEY,
      stored([
        {
          ...goodEntry('w', 'Heavy'),
          scenario: { name: 'Heavy', indicatorWeights: { [indicator.id]: 50 } },
        },
      ]),
    );
    const store = open(storage);
    const opened = store.getState().open('w');
    expect(opened).toMatchObject({
      ok: true,
      data: {
        scenario: { indicatorWeights: { [indicator.id]: 5 } },
        changes: [
          { path: `indicatorWeights.${indicator.id}`, code: 'clamped', from: 50, to: 5, max: 5 },
        ],
      },
    });
    expect(store.getState().open('x')).toEqual({ ok: false, problem: { code: 'not-found' } });
  });

  it('keeps showing the last entries read when storage stops answering', () => {
    const storage = new FakeStorage();
    storage.data.set(SAVED_SCENARIOS_KEY, stored([goodEntry('a', 'A'), goodEntry('b', 'B')]));
    const store = open(storage);
    storage.failGet = true;
    // overwrite re-reads first: the entry is still there to overwrite
    expect(store.getState().overwrite('a', scenarioB)).toBe(true);
    expect(store.getState().entries.map((e) => e.id)).toEqual(['a', 'b']);
    const added = store.getState().saveAs('C', scenarioA);
    expect(store.getState().entries.map((e) => e.id)).toEqual(['a', 'b', added.id]);
    expect(store.getState().saveError).toEqual({ code: 'storage-unavailable' });
    // once storage answers again, the changes kept in this tab are written
    storage.failGet = false;
    store.getState().rename('b', 'B2');
    expect(
      open(storage)
        .getState()
        .entries.map((e) => e.name),
    ).toEqual(['A', 'B2', 'C']);
  });

  it('migrates a list of the old version', () => {
    const storage = new FakeStorage();
    const old = {
      id: 'old',
      name: 'From v0',
      savedAt: '2026-10-01T00:00:00.000Z',
      scenario: toScenarioFile({ ...scenarioA, description: 'kept' }),
    };
    storage.data.set(
      SAVED_SCENARIOS_KEY,
      JSON.stringify({ state: { entries: [old] }, version: 0 }),
    );
    const store = open(storage);
    expect(store.getState().problems).toEqual([]);
    expect(store.getState().entries).toEqual([
      {
        id: 'old',
        name: 'From v0',
        description: 'kept',
        createdAt: old.savedAt,
        updatedAt: old.savedAt,
        scenario: old.scenario,
      },
    ]);
    store.getState().saveAs('new', scenarioB);
    const written = storage.json(SAVED_SCENARIOS_KEY) as {
      version: number;
      state: { entries: SavedScenario[] };
    };
    expect(written.version).toBe(SAVED_SCENARIOS_VERSION);
    expect(written.state.entries.map((e) => e.id)).toEqual(['old', 'id-' + ids]);
  });

  it('keeps working when storage is full, and says why saving failed', () => {
    const storage = new FakeStorage();
    storage.data.set(SAVED_SCENARIOS_KEY, stored([goodEntry('g1', 'one')]));
    const store = open(storage);
    storage.full.add('*');
    store.getState().saveAs('two', scenarioB);
    expect(store.getState().entries.map((e) => e.name)).toEqual(['one', 'two']);
    expect(store.getState().saveError).toMatchObject({ code: 'storage-full' });
    // nothing good was lost from storage
    expect(
      open(storage)
        .getState()
        .entries.map((e) => e.id),
    ).toEqual(['g1']);

    storage.full.clear();
    store.getState().rename('g1', 'one!');
    expect(store.getState().saveError).toBeNull();
    expect(
      open(storage)
        .getState()
        .entries.map((e) => e.name),
    ).toEqual(['one!', 'two']);
  });

  it('does not overwrite bad entries it could not set aside', () => {
    const storage = new FakeStorage();
    const raw = stored([goodEntry('g1', 'one'), { junk: true }]);
    storage.data.set(SAVED_SCENARIOS_KEY, raw);
    storage.full.add(QUARANTINE_KEY);
    const store = open(storage);
    store.getState().saveAs('two', scenarioB);
    expect(store.getState().saveError).toEqual({ code: 'quarantine-full' });
    expect(storage.data.get(SAVED_SCENARIOS_KEY)).toBe(raw);

    storage.full.clear();
    store.getState().saveAs('three', scenarioB);
    expect(store.getState().saveError).toBeNull();
    expect(quarantine(storage)).toMatchObject([{ raw: { junk: true } }]);
    expect(
      open(storage)
        .getState()
        .entries.map((e) => e.name),
    ).toEqual(['one', 'two', 'three']);
  });

  it('keeps working when storage is unavailable', () => {
    for (const make of [
      () => () => undefined,
      () => () => {
        throw new DOMException('denied', 'SecurityError');
      },
      () => {
        const s = new FakeStorage();
        s.failGet = true;
        s.full.add('*');
        return s;
      },
    ]) {
      const store = open(make());
      expect(store.getState().saveError).toMatchObject({ code: 'storage-unavailable' });
      const saved = store.getState().saveAs('memory only', scenarioA);
      const other = store.getState().saveAs('second', scenarioB);
      expect(store.getState().entries).toEqual([saved, other]);
      expect(store.getState().saveError).toMatchObject({ code: 'storage-unavailable' });
      expect(store.getState().open(saved.id).ok).toBe(true);
    }
  });

  it('cuts names and descriptions to the limits the restore accepts (one definition)', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    const long = 'n'.repeat(SAVED_SCENARIO_LIMITS.name + 50);
    const entry = store.getState().saveAs(long, {
      ...scenarioA,
      description: 'd'.repeat(SAVED_SCENARIO_LIMITS.description + 1),
    });
    expect(entry.name).toHaveLength(SAVED_SCENARIO_LIMITS.name);
    expect(entry.description).toHaveLength(SAVED_SCENARIO_LIMITS.description);
    store.getState().rename(entry.id, `${long}!`);
    const copy = store.getState().duplicate(entry.id)!;
    expect(copy.name).toHaveLength(SAVED_SCENARIO_LIMITS.name);
    const reloaded = open(storage).getState();
    expect(reloaded.problems).toEqual([]);
    expect(reloaded.entries.map((e) => e.id)).toEqual([entry.id, copy.id]);
  });

  it('keeps an earlier quarantine, even an unreadable one', () => {
    const storage = new FakeStorage();
    storage.data.set(QUARANTINE_KEY, 'garbage');
    storage.data.set(SAVED_SCENARIOS_KEY, 'also garbage');
    open(storage);
    expect(quarantine(storage).map((i) => i.raw)).toEqual(['garbage', 'also garbage']);
  });
});
