// The saved-scenarios store loads zod and the scenario-file checks only when it needs
// them: each test imports a fresh copy of the module, so nothing is loaded beforehand.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { normalizeScenario } from '@/scenario/sliders';
import { MemoryStorage } from '../memoryStorage';

async function freshModule() {
  vi.resetModules();
  return import('@/scenario/savedScenarios');
}

beforeEach(() => {
  vi.resetModules();
});

describe('saved scenarios, lazy checks', () => {
  it('hydrates at once when nothing is stored, without loading the checks', async () => {
    const mod = await freshModule();
    const storage = new MemoryStorage();
    const store = mod.createSavedScenariosStore({ storage: () => storage as unknown as Storage });
    const done = mod.initSavedScenarios(dataset, store);
    expect(store.getState().hydrated).toBe(true);
    await done;
    // Opening needs the checks: a clear answer instead of an exception.
    store.setState({
      entries: [
        {
          id: 'x',
          name: 'x',
          description: '',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          scenario: {},
        },
      ],
    });
    expect(store.getState().open('x')).toEqual({
      ok: false,
      reason: 'saved scenarios are still loading',
    });
  });

  it('loads the checks when something is stored, then keeps good entries and sets bad ones aside', async () => {
    const mod = await freshModule();
    const storage = new MemoryStorage();
    const good = {
      id: 'a',
      name: 'Good',
      description: '',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      scenario: { kind: 'fulcrum.scenario', version: 1, overrides: { 'KG.CN.debt_share': 40 } },
    };
    storage.setItem(
      mod.SAVED_SCENARIOS_KEY,
      JSON.stringify({
        state: { entries: [good, { id: 'b', name: 'Bad', scenario: 42 }] },
        version: mod.SAVED_SCENARIOS_VERSION,
      }),
    );
    const store = mod.createSavedScenariosStore({ storage: () => storage as unknown as Storage });
    const done = mod.initSavedScenarios(dataset, store);
    expect(store.getState().hydrated).toBe(false);
    await done;
    expect(store.getState().hydrated).toBe(true);
    expect(store.getState().entries.map((e) => e.id)).toEqual(['a']);
    expect(store.getState().problems).toHaveLength(1);
    expect(store.getState().problems[0]!.where).toContain('entry 2 ("Bad")');
    const quarantine = JSON.parse(storage.getItem(mod.QUARANTINE_KEY)!) as { items: unknown[] };
    expect(quarantine.items).toHaveLength(1);
    expect(store.getState().open('a').ok).toBe(true);
  });

  it('loads the checks when a component first subscribes (the panel’s saved list)', async () => {
    const mod = await freshModule();
    const store = mod.createSavedScenariosStore({
      storage: () => new MemoryStorage() as unknown as Storage,
    });
    await mod.initSavedScenarios(dataset, store);
    const unsubscribe = store.subscribe(() => {});
    const scenario = normalizeScenario(dataset, {});
    // Nothing else asks for the checks here: the subscription did.
    await vi.waitFor(() => expect(() => store.getState().saveAs('Saved', scenario)).not.toThrow());
    unsubscribe();
    const entry = store.getState().entries[0]!;
    expect(entry.scenario).toMatchObject({ kind: 'fulcrum.scenario', version: 1 });
    expect(store.getState().open(entry.id).ok).toBe(true);
  });
});
