// Loading is explicit: creating the store or subscribing to it reads nothing; hydrate()
// reads once per data set and starts following other tabs once.
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  SAVED_SCENARIOS_KEY,
  createSavedScenariosStore,
  initSavedScenarios,
} from '@/scenario/savedScenarios';
import { storedListText } from '@/scenario/savedScenarioChecks';
import { normalizeScenario } from '@/scenario/sliders';
import { toScenarioFile } from '@/scenario/file';
import { MemoryStorage } from '../memoryStorage';

/** A storage that counts reads, and a watch that counts subscriptions. */
function counted() {
  const memory = new MemoryStorage();
  const counts = { reads: 0, watches: 0, unwatches: 0 };
  let onChange: (() => void) | null = null;
  const storage = {
    getItem: (key: string) => {
      counts.reads++;
      return memory.getItem(key);
    },
    setItem: (key: string, value: string) => memory.setItem(key, value),
  };
  const store = createSavedScenariosStore({
    storage: () => storage,
    watch: (_key, listener) => {
      counts.watches++;
      onChange = listener;
      return () => counts.unwatches++;
    },
  });
  return { memory, counts, store, otherTabWrote: () => onChange?.() };
}

const saved = {
  id: 'a',
  name: 'Stored',
  description: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  scenario: toScenarioFile(normalizeScenario(dataset, { name: 'Stored' })),
};

describe('saved scenarios, explicit load', () => {
  it('reads nothing until hydrated, not even when a component subscribes', () => {
    const { counts, store } = counted();
    const unsubscribe = store.subscribe(() => {});
    expect(store.getState()).toMatchObject({ entries: [], hydrated: false });
    unsubscribe();
    expect(counts).toEqual({ reads: 0, watches: 0, unwatches: 0 });
  });

  it('hydrates once per data set, and follows other tabs with one listener', () => {
    const { memory, counts, store, otherTabWrote } = counted();
    memory.setItem(SAVED_SCENARIOS_KEY, storedListText([saved]));
    initSavedScenarios(dataset, store);
    expect(store.getState()).toMatchObject({ entries: [saved], hydrated: true, problems: [] });
    const reads = counts.reads;
    initSavedScenarios(dataset, store);
    initSavedScenarios(dataset, store);
    expect(counts.reads).toBe(reads);
    expect(counts.watches).toBe(1);

    // another data set object: read again (its checks may differ), still one listener
    initSavedScenarios({ ...dataset }, store);
    expect(counts.reads).toBeGreaterThan(reads);
    expect(counts.watches).toBe(1);

    memory.setItem(SAVED_SCENARIOS_KEY, storedListText([]));
    otherTabWrote();
    expect(store.getState().entries).toEqual([]);
    store.stop();
    expect(counts.unwatches).toBe(1);
  });

  it('a save before hydration still keeps what is stored', () => {
    const { memory, store } = counted();
    memory.setItem(SAVED_SCENARIOS_KEY, storedListText([saved]));
    store.getState().saveAs('early', normalizeScenario(dataset, {}));
    const stored = JSON.parse(memory.getItem(SAVED_SCENARIOS_KEY)!) as {
      state: { entries: { name: string }[] };
    };
    expect(stored.state.entries.map((e) => e.name)).toEqual(['Stored', 'early']);
  });
});
