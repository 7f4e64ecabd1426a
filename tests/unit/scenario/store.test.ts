import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { computeScores } from '@/model';
import { baselineFullScenario, missingRecords } from '@/scenario/sliders';
import type { ScenarioStoreHook } from '@/scenario/store';
import { createScenarioStore, initScenarioStore } from '@/scenario/store';
import { decodeScenario, encodeScenario, presetScenario } from '@/scenario/urlCodec';

let store: ScenarioStoreHook;
const state = () => store.getState();

beforeEach(() => {
  store = createScenarioStore();
  initScenarioStore(dataset, {}, store);
});

describe('scenario store', () => {
  it('does nothing until it is bound to a data set', () => {
    const fresh = createScenarioStore();
    const before = fresh.getState().scenario;
    fresh.getState().setSlider('KG.CN.debt_share', 40);
    fresh.getState().applyPreset('remittance-shock');
    expect(fresh.getState().scenario).toBe(before);
    expect(fresh.getState().dataset).toBeNull();
  });

  it('starts at the baseline, or at the initial scenario it is given', () => {
    expect(state().scenario).toEqual(baselineFullScenario(dataset));
    expect(state().presetId).toBeNull();
    const decoded = decodeScenario(dataset, 'p=remittance-shock&w.security=3');
    initScenarioStore(dataset, decoded, store);
    expect(state().presetId).toBe('remittance-shock');
    expect(state().scenario.dimensionWeights.security).toBe(3);
    initScenarioStore(dataset, { presetId: 'nope' }, store);
    expect(state().presetId).toBeNull();
  });

  it('clamps and rounds overrides through the slider record', () => {
    state().setSlider('KG.CN.debt_share', 40.04);
    expect(state().scenario.overrides).toEqual({ 'KG.CN.debt_share': 40 });
    state().setSlider('KG.CN.debt_share', 250);
    expect(state().scenario.overrides['KG.CN.debt_share']).toBe(100);
    state().setSlider('KG.CN.transit_corridors', -1);
    expect(state().scenario.overrides['KG.CN.transit_corridors']).toBe(0);
    state().setSlider('XX.CN.debt_share', 10);
    state().setSlider('KG.CN.debt_share', Number.NaN);
    expect(state().scenario.overrides).toEqual({
      'KG.CN.debt_share': 100,
      'KG.CN.transit_corridors': 0,
    });
  });

  it('treats the published value as no override, and leaves the state alone when nothing changes', () => {
    state().setSlider('KG.CN.debt_share', 40);
    state().setSlider('KG.CN.debt_share', 28.1);
    expect(state().scenario.overrides).toEqual({});
    const before = state().scenario;
    state().setSlider('KG.CN.debt_share', 28.1);
    state().setSlider('dimensionWeight.security', 1);
    state().setSlider('aggregation', 'arithmetic');
    expect(state().scenario).toBe(before);
  });

  it('resets one assumption and leaves the others', () => {
    state().setSlider('KG.CN.debt_share', 40);
    state().setSlider('TJ.RU.remittances_gdp', 20);
    state().resetSlider('KG.CN.debt_share');
    expect(state().scenario.overrides).toEqual({ 'TJ.RU.remittances_gdp': 20 });
  });

  it('sets and resets weights, aggregation and options', () => {
    state().setSlider('dimensionWeight.security', 2.1);
    expect(state().scenario.dimensionWeights.security).toBe(2.1);
    state().setSlider('dimensionWeight.security', 9);
    expect(state().scenario.dimensionWeights.security).toBe(5);
    state().setSlider('indicatorWeight.debt_share', 2);
    state().setSlider('indicatorWeight.no_such', 2);
    expect(state().scenario.indicatorWeights).toEqual({ debt_share: 2 });
    state().setSlider('aggregation', 'geometric');
    state().setSlider('option.kgTradeSource', 'china-customs');
    state().setSlider('option.kgTradeSource', 'rumour');
    expect(state().scenario.aggregation).toBe('geometric');
    expect(state().scenario.options).toEqual({ kgTradeSource: 'china-customs' });

    state().resetSlider('dimensionWeight.security');
    state().resetSlider('indicatorWeight.debt_share');
    state().resetSlider('aggregation');
    state().resetSlider('option.kgTradeSource');
    expect(state().scenario).toEqual(baselineFullScenario(dataset));
  });

  it('drops an override that becomes the published reading when the option changes', () => {
    const customsValue = dataset.observations.find(
      (o) =>
        o.indicator === 'trade_share' &&
        o.country === 'KG' &&
        o.partner === 'CN' &&
        o.variant?.value === 'china-customs',
    )!.value;
    state().setSlider('KG.CN.trade_share', customsValue);
    expect(state().scenario.overrides).toEqual({ 'KG.CN.trade_share': customsValue });
    state().setSlider('option.kgTradeSource', 'china-customs');
    expect(state().scenario.overrides).toEqual({});
  });

  it('applies a preset, keeps it as the base, and resets all', () => {
    state().setSlider('KG.CN.debt_share', 40);
    state().applyPreset('tj-debt-for-assets');
    expect(state().presetId).toBe('tj-debt-for-assets');
    expect(state().scenario).toEqual(presetScenario(dataset, 'tj-debt-for-assets'));
    state().applyPreset('no-such-preset');
    expect(state().presetId).toBe('tj-debt-for-assets');

    state().setSlider('dimensionWeight.economic', 2);
    expect(encodeScenario(dataset, state().scenario, state().presetId).toString()).toBe(
      'p=tj-debt-for-assets&w.economic=2&v=1',
    );
    // reset one within a preset: back to the published value
    state().resetSlider('TJ.CN.debt_share');
    expect(state().scenario.overrides['TJ.CN.debt_share']).toBeUndefined();

    state().resetAll();
    expect(state().scenario).toEqual(baselineFullScenario(dataset));
    expect(state().presetId).toBeNull();
  });

  it('brings back what a preset or a reset replaced, until the next change', () => {
    expect(state().replaced).toBeNull();
    state().undoReplace(); // nothing to bring back: nothing changes
    expect(state().scenario).toEqual(baselineFullScenario(dataset));

    state().setSlider('KG.CN.debt_share', 40);
    state().setName('Debt at 40');
    const mine = state().scenario;
    state().resetAll();
    expect(state().scenario).toEqual(baselineFullScenario(dataset));
    expect(state().replaced).toEqual({ scenario: mine, presetId: null });
    state().undoReplace();
    expect(state().scenario).toEqual(mine);
    expect(state().replaced).toBeNull();

    // a preset over a preset: the first one comes back, with its id
    state().applyPreset('tj-debt-for-assets');
    state().applyPreset('cku-railway-in-operation');
    state().undoReplace();
    expect(state().presetId).toBe('tj-debt-for-assets');
    expect(state().scenario).toEqual(presetScenario(dataset, 'tj-debt-for-assets'));

    // any later change ends the offer: undoing then would lose that change
    state().resetAll();
    state().setSlider('KG.CN.debt_share', 35);
    expect(state().replaced).toBeNull();
    state().undoReplace();
    expect(state().scenario.overrides['KG.CN.debt_share']).toBe(35);

    // a reset that changes nothing offers nothing, and keeps what an earlier one offered
    state().resetAll();
    const offered = state().replaced;
    expect(offered).not.toBeNull();
    state().resetAll();
    expect(state().replaced).toBe(offered);

    // a description is part of the scenario, though no link holds it: a reset clears it, undoably
    state().setDescription('my notes');
    state().resetAll();
    expect(state().scenario.description).toBe('');
    state().undoReplace();
    expect(state().scenario.description).toBe('my notes');

    // a saved entry or a file the analyst opens can be undone as well
    state().resetAll();
    state().replaceScenario({ overrides: { 'KG.CN.debt_share': 50 } }, null, { undoable: true });
    expect(state().scenario.overrides['KG.CN.debt_share']).toBe(50);
    state().undoReplace();
    expect(state().scenario).toEqual(baselineFullScenario(dataset));

    // the address read again (Back, Forward) is no choice made in the panel: it ends the offer
    state().setSlider('KG.CN.debt_share', 33);
    state().resetAll();
    state().replaceScenario({ overrides: { 'KG.CN.debt_share': 50 } });
    expect(state().replaced).toBeNull();
  });

  it('replaces the whole scenario, normalised, and names it', () => {
    state().replaceScenario(
      {
        name: 'Imported',
        description: 'from a file',
        overrides: { 'KG.CN.debt_share': 40.123, 'XX.CN.debt_share': 1 },
        dimensionWeights: { security: 12 },
      },
      'remittance-shock',
    );
    expect(state().scenario).toMatchObject({
      name: 'Imported',
      description: 'from a file',
      overrides: { 'KG.CN.debt_share': 40.1 },
      dimensionWeights: { security: 5 },
    });
    expect(state().presetId).toBe('remittance-shock');
    state().setName('Renamed');
    state().setDescription('d');
    expect(state().scenario).toMatchObject({ name: 'Renamed', description: 'd' });
  });

  it('supplies a missing cell (clamped to its track), counts it, and removes it back to missing', () => {
    // Which cells are missing comes from the data set.
    const [record] = missingRecords(dataset);
    if (!record) return;
    state().setSlider(record.key, record.max + 10);
    expect(state().scenario.overrides).toEqual({ [record.key]: record.max });
    state().setSlider(record.key, record.min);
    expect(state().scenario.overrides).toEqual({ [record.key]: record.min });
    const scores = computeScores(dataset, state().scenario);
    const group = scores.dimensionScores.find(
      (s) =>
        s.country === record.country &&
        s.partner === record.partner &&
        s.dimension === record.dimension,
    )!;
    expect(group.contributions.find((c) => c.key === record.key)).toMatchObject({
      supplied: true,
      value: record.min,
      baselineValue: null,
    });
    state().resetSlider(record.key);
    expect(state().scenario.overrides).toEqual({});
    state().setSlider(record.key, record.max);
    state().resetSlider(record.key);
    expect(state().scenario).toEqual(baselineFullScenario(dataset));
  });

  it('holds inputs only: the scores follow from the scenario', () => {
    const keys = Object.keys(state()).filter((k) => typeof (state() as never)[k] !== 'function');
    // `replaced` is an input too: the scenario an analyst had, kept to be brought back
    expect(keys.sort()).toEqual(['dataset', 'presetId', 'replaced', 'scenario']);
    state().applyPreset('telecom-rip-and-replace');
    const scores = computeScores(dataset, state().scenario);
    expect(scores).not.toEqual(computeScores(dataset));
  });
});
