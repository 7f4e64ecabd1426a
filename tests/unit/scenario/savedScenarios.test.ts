import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { toScenarioFile } from '@/scenario/file';
import type { SavedScenario } from '@/scenario/savedScenarios';
import {
  QUARANTINE_KEY,
  SAVED_SCENARIOS_KEY,
  SAVED_SCENARIOS_VERSION,
  createSavedScenariosStore,
  initSavedScenarios,
  loadSavedScenarioChecks,
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

function quarantine(storage: FakeStorage): { where: string; reason: string; raw: unknown }[] {
  return (storage.json(QUARANTINE_KEY) as { items: never[] } | undefined)?.items ?? [];
}

describe('saved scenarios', () => {
  // zod and the file checks load on demand; loaded once, hydration is synchronous
  // (the lazy path itself is tested in savedScenariosLazy.test.ts).
  beforeAll(() => loadSavedScenarioChecks());

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
    expect(reloaded.getState().list()[0]!.id).toBe(copy.id);

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
    expect(store.getState().problems).toHaveLength(1);
    expect(store.getState().problems[0]!.reason).toMatch(/not valid JSON/);
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
    expect(problems[0]).toMatchObject({
      where: 'fulcrum.scenarios › entry 2 ("wrong types")',
      reason: expect.stringMatching(/^createdAt/),
    });
    expect(problems[3]!.reason).toMatch(/no such observation/);
    expect(problems[4]!.reason).toMatch(/newer/);
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
    expect(store.getState().problems[0]!.reason).toMatch(/unexpected shape/);
    expect(quarantine(storage)).toMatchObject([{ raw: [1, 2, 3] }]);
  });

  it('sets a list from a newer version aside whole', () => {
    const storage = new FakeStorage();
    const future = stored([goodEntry('f', 'future')], SAVED_SCENARIOS_VERSION + 1);
    storage.data.set(SAVED_SCENARIOS_KEY, future);
    const store = open(storage);
    expect(store.getState().entries).toEqual([]);
    expect(store.getState().problems[0]!.reason).toMatch(/newer version/);
    expect(quarantine(storage)).toMatchObject([{ raw: JSON.parse(future) }]);
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
    expect(store.getState().saveError).toMatch(/full/);
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
    expect(store.getState().saveError).toMatch(/could not be set aside/);
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
      expect(store.getState().problems[0]).toMatchObject({ where: 'localStorage' });
      const saved = store.getState().saveAs('memory only', scenarioA);
      expect(store.getState().entries).toEqual([saved]);
      expect(store.getState().saveError).toMatch(/unavailable|full/);
      expect(store.getState().open(saved.id).ok).toBe(true);
    }
  });

  it('keeps an earlier quarantine, even an unreadable one', () => {
    const storage = new FakeStorage();
    storage.data.set(QUARANTINE_KEY, 'garbage');
    storage.data.set(SAVED_SCENARIOS_KEY, 'also garbage');
    open(storage);
    expect(quarantine(storage).map((i) => i.raw)).toEqual(['garbage', 'also garbage']);
  });
});
