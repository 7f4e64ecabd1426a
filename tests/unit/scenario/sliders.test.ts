import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import type { Dataset } from '@/model';
import { DIMENSIONS, baselineScenario, observationKey } from '@/model';
import type { NumericSliderRecord } from '@/scenario/sliders';
import {
  baselineFullScenario,
  buildSliderRecords,
  changedRecords,
  clampToSlider,
  displayedValue,
  findSliderByKey,
  isMissingRecord,
  isNumericRecord,
  missingRecords,
  normalizeScenario,
  publishedValue,
  sliderIndex,
} from '@/scenario/sliders';
import { fixtureDataset, makeCountries, makeObservation } from '../model/arbitraries';

const numeric = (d: Dataset, key: string): NumericSliderRecord => {
  const r = findSliderByKey(d, key);
  if (!isNumericRecord(r)) throw new Error(`no numeric record ${key}`);
  return r;
};

/** Every country × partner × indicator of a data set, and those no observation covers. */
function cellsOf(d: Dataset): { all: string[]; missing: string[] } {
  const covered = new Set(
    d.observations.map((o) => observationKey(o.country, o.partner, o.indicator)),
  );
  const all = d.countries.flatMap((c) =>
    d.partners.flatMap((p) => d.indicators.map((i) => observationKey(c.code, p.code, i.id))),
  );
  return { all, missing: all.filter((key) => !covered.has(key)) };
}

describe('slider records from the real data set', () => {
  const records = buildSliderRecords(dataset);
  const assumptions = records.filter((r) => r.group === 'assumption');

  it('has one assumption per observation cell (variants share one cell)', () => {
    const cells = new Set(
      dataset.observations.map((o) => observationKey(o.country, o.partner, o.indicator)),
    );
    const published = assumptions.filter((r) => !isMissingRecord(r));
    expect(published).toHaveLength(cells.size);
    expect(new Set(published.map((r) => r.key))).toEqual(cells);
  });

  it('has one assumption per missing cell, marked missing, with no baseline, range or source', () => {
    const { all, missing } = cellsOf(dataset);
    expect(new Set(assumptions.map((r) => r.key))).toEqual(new Set(all));
    expect(
      missingRecords(dataset)
        .map((r) => r.key)
        .sort(),
    ).toEqual([...missing].sort());
    for (const r of missingRecords(dataset)) {
      const [country, partner, indicator] = r.key.split('.') as [string, string, string];
      const kind = dataset.indicators.find((i) => i.id === indicator)!.kind;
      expect(r).toMatchObject({
        group: 'assumption',
        missing: true,
        baseline: null,
        sourceIds: [],
        param: `o.${r.key}`,
        country,
        partner,
        indicator,
        observations: [{ key: r.key, country, partner, indicator }],
      });
      expect(r.range).toBeUndefined();
      // the indicator kind's track, as for the published cells of the same indicator
      if (kind === 'share') expect(r).toMatchObject({ min: 0, max: 100 });
      if (kind === 'ordinal') expect(r).toMatchObject({ min: 0, max: 4 });
      const sibling = assumptions.find(
        (x) => !isMissingRecord(x) && x.control === 'slider' && x.indicator === indicator,
      );
      if (sibling && sibling.control === 'slider') {
        expect([r.min, r.max, r.step, r.decimals]).toEqual([
          sibling.min,
          sibling.max,
          sibling.step,
          sibling.decimals,
        ]);
      }
      expect(displayedValue(dataset, r, baselineFullScenario(dataset))).toBeNull();
      expect(publishedValue(dataset, r.key, baselineFullScenario(dataset).options)).toBeUndefined();
    }
  });

  it('covers every dimension for each country', () => {
    for (const country of dataset.countries) {
      for (const dimension of DIMENSIONS) {
        expect(
          assumptions.some(
            (r) => r.dimension === dimension && r.key.startsWith(`${country.code}.`),
          ),
        ).toBe(true);
      }
    }
  });

  it('has unique keys and params, and lookups by both', () => {
    expect(new Set(records.map((r) => r.key)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.param)).size).toBe(records.length);
    for (const r of records) {
      expect(findSliderByKey(dataset, r.key)).toBe(r);
      expect(sliderIndex(dataset).byParam.get(r.param)).toBe(r);
    }
    expect(sliderIndex(dataset)).toBe(sliderIndex(dataset));
  });

  it('describes an assumption from the data', () => {
    const r = numeric(dataset, 'KG.CN.debt_share');
    expect(r).toMatchObject({
      group: 'assumption',
      dimension: 'economic',
      label: {
        en: 'Kyrgyzstan · China · Share of external public debt',
        ru: expect.stringContaining('Кыргызстан · Китай · '),
      },
      unit: '%',
      min: 0,
      max: 100,
      step: 0.5,
      decimals: 1,
      baseline: 28.1,
      param: 'o.KG.CN.debt_share',
      observations: [
        { key: 'KG.CN.debt_share', country: 'KG', partner: 'CN', indicator: 'debt_share' },
      ],
    });
    expect(r.sourceIds.length).toBeGreaterThan(0);
    expect(numeric(dataset, 'TJ.RU.military_facilities')).toMatchObject({
      min: 0,
      max: 4,
      step: 0.25,
      decimals: 2,
      baseline: 4,
    });
  });

  it('takes the baseline of a cell with variants under the default option', () => {
    const reading = (choice: string) =>
      dataset.observations.find(
        (o) =>
          o.country === 'KG' &&
          o.partner === 'CN' &&
          o.indicator === 'trade_share' &&
          o.variant?.value === choice,
      )!.value;
    expect(reading('kyrgyz-stats')).not.toBe(reading('china-customs'));
    expect(numeric(dataset, 'KG.CN.trade_share').baseline).toBe(reading('kyrgyz-stats'));
    expect(publishedValue(dataset, 'KG.CN.trade_share', { kgTradeSource: 'china-customs' })).toBe(
      reading('china-customs'),
    );
  });

  it('has weights and choices', () => {
    expect(numeric(dataset, 'dimensionWeight.security')).toMatchObject({
      param: 'w.security',
      min: 0,
      max: 5,
      step: 0.25,
      decimals: 2,
      baseline: 1,
    });
    expect(numeric(dataset, 'indicatorWeight.debt_share')).toMatchObject({
      param: 'iw.debt_share',
      dimension: 'economic',
      baseline: 1,
      max: 5,
    });
    expect(records.filter((r) => r.group === 'indicatorWeight')).toHaveLength(
      dataset.indicators.length,
    );
    expect(sliderIndex(dataset).byParam.get('agg')).toMatchObject({
      control: 'choice',
      baseline: 'arithmetic',
      choices: [{ value: 'arithmetic' }, { value: 'geometric' }],
    });
    const option = sliderIndex(dataset).byParam.get('opt.kgTradeSource');
    expect(option).toMatchObject({
      control: 'choice',
      group: 'option',
      dimension: 'economic',
      baseline: 'kyrgyz-stats',
    });
    expect(option?.observations.map((o) => o.key).sort()).toEqual([
      'KG.CN.trade_share',
      'KG.RU.trade_share',
    ]);
  });

  it('clamps and rounds to the slider', () => {
    const share = numeric(dataset, 'KG.CN.debt_share');
    expect(clampToSlider(share, 40.04)).toBe(40);
    expect(clampToSlider(share, 40.06)).toBe(40.1);
    expect(clampToSlider(share, -3)).toBe(0);
    expect(clampToSlider(share, 1e300)).toBe(100);
    expect(clampToSlider(share, Number.POSITIVE_INFINITY)).toBe(100);
    expect(clampToSlider(share, Number.NaN)).toBe(28.1);
    const ordinal = numeric(dataset, 'KG.CN.transit_corridors');
    expect(clampToSlider(ordinal, 2.126)).toBe(2.13);
    expect(clampToSlider(ordinal, 9)).toBe(4);
  });
});

describe('records need data only', () => {
  it('builds records for a new country and an amount indicator', () => {
    const base = fixtureDataset();
    const d: Dataset = {
      ...base,
      countries: [...base.countries, ...makeCountries('KZ')],
      observations: [...base.observations, makeObservation('KZ', 'CN', 'fdi_amount', 250)],
    };
    const r = numeric(d, 'KZ.CN.fdi_amount');
    expect(r.baseline).toBe(250);
    // amount: the goalposts (1..10000), widened to the readings, with a round step
    expect(r.min).toBeLessThanOrEqual(1);
    expect(r.max).toBeGreaterThanOrEqual(10000);
    expect(r.step).toBe(50);
    expect(r.decimals).toBe(0);
    expect(r.label.en).toBe('KZ · CN · fdi_amount');
  });
});

describe('normalizeScenario', () => {
  it('drops overrides equal to the published value and clamps the rest', () => {
    const s = normalizeScenario(dataset, {
      ...baselineScenario(dataset),
      overrides: {
        'KG.CN.debt_share': 28.1,
        'TJ.CN.debt_share': 140,
        'XX.CN.debt_share': 3,
        'KG.CN.transit_corridors': 2.3333,
      },
      indicatorWeights: { debt_share: 1, fdi_share: 7, nope: 2 },
      dimensionWeights: { security: Number.NaN },
      options: { kgTradeSource: 'bogus' },
    });
    expect(s.overrides).toEqual({ 'TJ.CN.debt_share': 100, 'KG.CN.transit_corridors': 2.33 });
    expect(s.indicatorWeights).toEqual({ fdi_share: 5 });
    expect(s.dimensionWeights).toEqual(dataset.dimensionWeights);
    expect(s.options).toEqual({ kgTradeSource: 'kyrgyz-stats' });
    expect(s.name).toBe('');
  });

  it('judges "published" under the scenario’s own options', () => {
    const statsValue = numeric(dataset, 'KG.CN.trade_share').baseline!;
    const customs = normalizeScenario(dataset, {
      overrides: { 'KG.CN.trade_share': statsValue },
      options: { kgTradeSource: 'china-customs' },
    });
    expect(customs.overrides).toEqual({ 'KG.CN.trade_share': statsValue });
    expect(displayedValue(dataset, numeric(dataset, 'KG.CN.trade_share'), customs)).toBe(
      statsValue,
    );
    const stats = normalizeScenario(dataset, { overrides: { 'KG.CN.trade_share': statsValue } });
    expect(stats.overrides).toEqual({});
  });

  it('returns its own canonical output as is (frozen), and recomputes for another data set', () => {
    const s = normalizeScenario(dataset, { overrides: { 'KG.CN.debt_share': 40 } });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.overrides)).toBe(true);
    expect(normalizeScenario(dataset, s)).toBe(s);
    // A copy is not known to be canonical: normalised afresh, to an equal scenario.
    const copy = { ...s, overrides: { ...s.overrides } };
    expect(normalizeScenario(dataset, copy)).not.toBe(copy);
    expect(normalizeScenario(dataset, copy)).toEqual(s);
    // Canonical for one data set says nothing about another: normalised for it afresh.
    const other = fixtureDataset();
    const forOther = normalizeScenario(other, s);
    expect(forOther).not.toBe(s);
    expect(forOther).toEqual(normalizeScenario(other, copy));
    expect(baselineFullScenario(dataset)).toBe(baselineFullScenario(dataset));
  });

  it('counts what differs from the baseline', () => {
    expect(changedRecords(dataset, normalizeScenario(dataset, {}))).toHaveLength(0);
    const changed = changedRecords(dataset, {
      overrides: { 'KG.CN.debt_share': 40 },
      dimensionWeights: { security: 2 },
      aggregation: 'geometric',
    });
    expect(changed.map((r) => r.param)).toEqual(['o.KG.CN.debt_share', 'w.security', 'agg']);
  });
});

describe('missing cells', () => {
  // fixtureDataset: KG.RU.debt_share and TJ.CN.corridors (among others) have no observation
  const d = fixtureDataset();
  const missing = cellsOf(d).missing;

  it('are records of the fixture, placed among the assumptions of their indicator', () => {
    expect(missing).toContain('KG.RU.debt_share');
    const keys = buildSliderRecords(d)
      .filter((r) => r.group === 'assumption' && r.indicator === 'debt_share')
      .map((r) => r.key);
    expect(keys).toEqual([
      'KG.CN.debt_share',
      'KG.RU.debt_share',
      'TJ.CN.debt_share',
      'TJ.RU.debt_share',
    ]);
    expect(
      missingRecords(d)
        .map((r) => r.key)
        .sort(),
    ).toEqual([...missing].sort());
  });

  it('keep a supplied value (clamped and rounded) and count it as a change', () => {
    const s = normalizeScenario(d, {
      overrides: { 'KG.RU.debt_share': 140, 'TJ.CN.corridors': 2.3333 },
    });
    expect(s.overrides).toEqual({ 'KG.RU.debt_share': 100, 'TJ.CN.corridors': 2.33 });
    expect(changedRecords(d, s).map((r) => r.key)).toEqual(['KG.RU.debt_share', 'TJ.CN.corridors']);
    const record = findSliderByKey(d, 'KG.RU.debt_share');
    expect(isMissingRecord(record)).toBe(true);
    if (isMissingRecord(record)) {
      expect(displayedValue(d, record, s)).toBe(100);
      expect(displayedValue(d, record, normalizeScenario(d, {}))).toBeNull();
      expect(clampToSlider(record, -5)).toBe(record.min);
    }
  });

  it('any value within the track is a supplied value, never dropped as "published"', () => {
    for (const key of missing) {
      const record = findSliderByKey(d, key);
      if (!isNumericRecord(record)) throw new Error(key);
      for (const v of [record.min, (record.min + record.max) / 2, record.max]) {
        const value = clampToSlider(record, v);
        expect(normalizeScenario(d, { overrides: { [key]: v } }).overrides).toEqual({
          [key]: value,
        });
      }
    }
  });
});
