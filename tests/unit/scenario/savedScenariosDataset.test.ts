// Saved scenarios remember their data set (src/lib/datasetId.ts): each data set sees its own
// entries; another's are kept in storage untouched; entries saved before (no field) are the
// bundled data set's; a change not yet stored stays with the data set it was made on.
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { checkDataset } from '@/data/schema';
import { rememberDatasetId } from '@/lib/datasetId';
import { restoreSavedScenarios, storedListText } from '@/scenario/savedScenarioChecks';
import { createSavedScenariosStore, SAVED_SCENARIOS_KEY } from '@/scenario/savedScenarios';
import { baselineFullScenario } from '@/scenario/sliders';
import { threeCountries } from '../../fixtures/threeCountries';
import { MemoryStorage } from '../memoryStorage';

function loadedFixture() {
  const checked = checkDataset(threeCountries());
  if (!checked.ok) throw new Error('fixture refused');
  rememberDatasetId(checked.data, 'd-0123456789abcdef');
  return checked.data;
}

describe('saved scenarios and their data set', () => {
  it('an entry saved under a loaded data set names it; the bundled one writes no field', () => {
    const storage = new MemoryStorage();
    const fixture = loadedFixture();
    const store = createSavedScenariosStore({ storage: () => storage, watch: () => () => {} });
    store.hydrate(fixture);
    const saved = store.getState().saveAs('KZ view', baselineFullScenario(fixture));
    expect(saved.datasetId).toBe('d-0123456789abcdef');

    const other = createSavedScenariosStore({ storage: () => storage, watch: () => () => {} });
    other.hydrate(dataset);
    expect(other.getState().entries).toEqual([]);
    expect(other.getState().problems).toEqual([]);
    const mine = other.getState().saveAs('Bundled view', baselineFullScenario(dataset));
    expect(mine).not.toHaveProperty('datasetId');

    // Both entries stay in storage; each data set sees its own.
    const text = storage.getItem(SAVED_SCENARIOS_KEY)!;
    expect(restoreSavedScenarios(text, dataset).entries.map((e) => e.name)).toEqual([
      'Bundled view',
    ]);
    expect(restoreSavedScenarios(text, fixture).entries.map((e) => e.name)).toEqual(['KZ view']);
    expect(restoreSavedScenarios(text, null).entries).toHaveLength(2);
  });

  it('old entries (no data set named) stay valid for the bundled data set', () => {
    const entry = {
      id: 'old',
      name: 'Old',
      description: '',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      scenario: { name: 'Old', overrides: {} },
    };
    const restored = restoreSavedScenarios(storedListText([entry as never]), dataset);
    expect(restored.entries.map((e) => e.id)).toEqual(['old']);
    expect(restored.problems).toEqual([]);
  });

  it('a change not yet stored stays with its data set when the store switches to another', () => {
    const storage = new MemoryStorage();
    let full = false;
    const failing = {
      getItem: (key: string) => storage.getItem(key),
      setItem: (key: string, value: string) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        storage.setItem(key, value);
      },
    };
    const fixture = loadedFixture();
    const store = createSavedScenariosStore({ storage: () => failing, watch: () => () => {} });
    store.hydrate(fixture);
    full = true;
    store.getState().saveAs('KZ view', baselineFullScenario(fixture));
    expect(store.getState().saveError).not.toBeNull();
    expect(store.getState().entries.map((e) => e.name)).toEqual(['KZ view']);

    // The bundled data set: the fixture's unsaved entry is not shown, nor written under it.
    store.hydrate(dataset);
    expect(store.getState().entries).toEqual([]);
    full = false;
    store.getState().saveAs('Bundled view', baselineFullScenario(dataset));
    expect(store.getState().entries.map((e) => e.name)).toEqual(['Bundled view']);
    const text = storage.getItem(SAVED_SCENARIOS_KEY)!;
    expect(restoreSavedScenarios(text, null).entries.map((e) => e.name)).toEqual(['Bundled view']);

    // Back on the fixture: its change is still there, and written with the next write.
    store.hydrate(fixture);
    expect(store.getState().entries.map((e) => e.name)).toEqual(['KZ view']);
    store.getState().saveAs('KZ second', baselineFullScenario(fixture));
    const after = storage.getItem(SAVED_SCENARIOS_KEY)!;
    expect(restoreSavedScenarios(after, fixture).entries.map((e) => e.name)).toEqual([
      'KZ view',
      'KZ second',
    ]);
    expect(restoreSavedScenarios(after, dataset).entries.map((e) => e.name)).toEqual([
      'Bundled view',
    ]);
    expect(store.getState().saveError).toBeNull();
  });
});
