import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, ScenarioInput } from '@/model';
import {
  baselineScenario,
  cellValues,
  completeScenario,
  computeScores,
  DIMENSIONS,
  findDimensionScore,
  findOverall,
  findTilt,
  groupIndex,
  observationKey,
  chosenObservation,
  prepare,
} from '@/model';
import {
  datasetArb,
  fixtureDataset,
  makeDataset,
  makeIndicator,
  makeObservation,
  makeCountries,
  variantDataset,
  datasetWithReadingsArb,
} from './arbitraries';

const score = (
  ds: Dataset,
  s: Partial<ScenarioInput>,
  c: string,
  p: string,
  d: (typeof DIMENSIONS)[number],
) => findDimensionScore(computeScores(ds, s), c, p, d)?.score;

describe('baselineScenario', () => {
  it('reproduces the published data: no overrides, dataset weights, arithmetic, default options', () => {
    const ds = variantDataset();
    ds.dimensionWeights = { economic: 2, infrastructure: 1, digital: 0.5, security: 3 };
    const base = baselineScenario(ds);
    expect(base).toEqual({
      overrides: {},
      dimensionWeights: { economic: 2, infrastructure: 1, digital: 0.5, security: 3 },
      indicatorWeights: {},
      aggregation: 'arithmetic',
      options: { src: 'a' },
    });
  });

  it('copies the dimension weights instead of aliasing them', () => {
    const ds = fixtureDataset();
    const base = baselineScenario(ds);
    base.dimensionWeights.economic = 99;
    expect(ds.dimensionWeights.economic).toBe(1);
  });
});

describe('completeScenario', () => {
  it('with nothing given equals the baseline', () => {
    const ds = variantDataset();
    expect(completeScenario(ds)).toEqual(baselineScenario(ds));
    expect(completeScenario(ds, {})).toEqual(baselineScenario(ds));
  });

  it('keeps what is given and fills the rest from the baseline', () => {
    const ds = variantDataset();
    const s = completeScenario(ds, {
      overrides: { 'KG.CN.trade_share': 10 },
      dimensionWeights: { security: 2 },
      indicatorWeights: { trade_share: 3 },
      aggregation: 'geometric',
      options: { src: 'b' },
    });
    expect(s).toEqual({
      overrides: { 'KG.CN.trade_share': 10 },
      dimensionWeights: { economic: 1, infrastructure: 1, digital: 1, security: 2 },
      indicatorWeights: { trade_share: 3 },
      aggregation: 'geometric',
      options: { src: 'b' },
    });
  });

  it('merges options with the defaults', () => {
    const ds = variantDataset();
    expect(completeScenario(ds, { options: { other: 'x' } }).options).toEqual({
      src: 'a',
      other: 'x',
    });
  });

  it('copies the given records (mutating the result leaves the input alone)', () => {
    const partial = {
      overrides: { 'KG.CN.trade_share': 10 },
      indicatorWeights: { trade_share: 1 },
    };
    const s = completeScenario(fixtureDataset(), partial);
    s.overrides['KG.CN.trade_share'] = 99;
    s.indicatorWeights.trade_share = 99;
    expect(partial.overrides['KG.CN.trade_share']).toBe(10);
    expect(partial.indicatorWeights.trade_share).toBe(1);
  });
});

describe('prepare: overrides', () => {
  it('replace the value and shift the range, keeping its width', () => {
    const p = prepare(fixtureDataset(), { overrides: { 'KG.CN.trade_share': 70 } });
    const cell = p.cells[p.cellIndexByKey.get('KG.CN.trade_share')!]!;
    expect(cell).toMatchObject({
      value: 70,
      low: 60,
      high: 80,
      baselineValue: 40,
      overridden: true,
    });
    // published [30, 50] around 40 → [60, 80] around 70
    expect(cell.high - cell.low).toBe(20);
  });

  it('change the score accordingly', () => {
    // (2·70 + 40 + 50) / 4 = 57.5
    expect(
      score(fixtureDataset(), { overrides: { 'KG.CN.trade_share': 70 } }, 'KG', 'CN', 'economic'),
    ).toBeCloseTo(57.5, 10);
    const set = computeScores(fixtureDataset(), { overrides: { 'KG.CN.trade_share': 70 } });
    const c = findDimensionScore(set, 'KG', 'CN', 'economic')!.contributions.find(
      (x) => x.indicator === 'trade_share',
    )!;
    expect(c).toMatchObject({ value: 70, baselineValue: 40, overridden: true });
  });

  it('an asymmetric range keeps its shape when shifted down', () => {
    const p = prepare(fixtureDataset(), { overrides: { 'KG.CN.fdi_amount': 50 } });
    const cell = p.cells[p.cellIndexByKey.get('KG.CN.fdi_amount')!]!;
    // [10, 1000] around 100, shifted by −50
    expect(cell).toMatchObject({ value: 50, low: -40, high: 950 });
  });

  it.each([NaN, Infinity, -Infinity])('an invalid override (%s) is ignored', (bad) => {
    const p = prepare(fixtureDataset(), { overrides: { 'KG.CN.trade_share': bad } });
    const cell = p.cells[p.cellIndexByKey.get('KG.CN.trade_share')!]!;
    expect(cell).toMatchObject({ value: 40, low: 30, high: 50, overridden: false });
    expect(
      score(fixtureDataset(), { overrides: { 'KG.CN.trade_share': bad } }, 'KG', 'CN', 'economic'),
    ).toBeCloseTo(42.5, 10);
  });

  it('an override for a cell with no observation supplies it (the analyst’s own value)', () => {
    const set = computeScores(fixtureDataset(), {
      overrides: { 'TJ.CN.corridors': 4, 'KG.RU.debt_share': 50 },
    });
    // TJ.CN infrastructure had no data; corridors at level 4 → 100, all of the weight
    expect(findDimensionScore(set, 'TJ', 'CN', 'infrastructure')).toMatchObject({
      score: 100,
      coverage: 1,
    });
    // KG.RU economic: (2·20 + 1·100 + 1·25) / 4, coverage 3/4 → 1
    expect(findDimensionScore(set, 'KG', 'RU', 'economic')!.score).toBeCloseTo(165 / 4, 10);
    expect(findDimensionScore(set, 'KG', 'RU', 'economic')!.coverage).toBe(1);
  });

  it('an override naming an unknown country, partner or indicator creates nothing', () => {
    const ds = fixtureDataset();
    const p = prepare(ds, {
      overrides: { 'KZ.CN.trade_share': 5, 'KG.TR.trade_share': 5, 'KG.CN.ghost': 5, junk: 5 },
    });
    expect(p.cells).toHaveLength(ds.observations.length);
    expect(p.cells.every((c) => !c.supplied && !c.overridden)).toBe(true);
  });

  it('an override of 0 is applied (not mistaken for "none")', () => {
    expect(
      score(fixtureDataset(), { overrides: { 'KG.CN.telecom_share': 0 } }, 'KG', 'CN', 'digital'),
    ).toBe(0);
  });
});

describe('prepare: weights', () => {
  it('indicatorWeights replace the indicators’ default weights', () => {
    const ds = fixtureDataset();
    // trade weight 0: KG.CN economic (40 + 50) / 2; KG.RU only fdi (25), coverage 1 / 2
    const set = computeScores(ds, { indicatorWeights: { trade_share: 0 } });
    expect(findDimensionScore(set, 'KG', 'CN', 'economic')!.score).toBeCloseTo(45, 10);
    expect(findDimensionScore(set, 'KG', 'RU', 'economic')!.score).toBeCloseTo(25, 10);
    expect(findDimensionScore(set, 'KG', 'RU', 'economic')!.coverage).toBeCloseTo(0.5, 12);
    // arms_share (default 0) given weight 1: KG.CN security (25 + 30) / 2
    const armed = computeScores(ds, { indicatorWeights: { arms_share: 1 } });
    expect(findDimensionScore(armed, 'KG', 'CN', 'security')!.score).toBeCloseTo(27.5, 10);
    // debt weighted 5: (2·40 + 5·40 + 50) / 8 = 41.25
    expect(score(ds, { indicatorWeights: { debt_share: 5 } }, 'KG', 'CN', 'economic')).toBeCloseTo(
      41.25,
      10,
    );
  });

  it.each([-1, NaN, Infinity, -Infinity])(
    'an unusable indicator weight (%s) falls back to the default',
    (w) => {
      const p = prepare(fixtureDataset(), { indicatorWeights: { trade_share: w } });
      expect(p.cells[p.cellIndexByKey.get('KG.CN.trade_share')!]!.weight).toBe(2);
      expect(
        score(fixtureDataset(), { indicatorWeights: { trade_share: w } }, 'KG', 'CN', 'economic'),
      ).toBeCloseTo(42.5, 10);
    },
  );

  it('dimensionWeights replace the dataset’s dimension weights', () => {
    // KG.CN with economic weight 3: (3·42.5 + 75 + 90 + 25) / 6
    const set = computeScores(fixtureDataset(), { dimensionWeights: { economic: 3 } });
    expect(findOverall(set, 'KG', 'CN')).toBeCloseTo(317.5 / 6, 10);
    expect(
      prepare(fixtureDataset(), { dimensionWeights: { economic: 3 } }).dimensionWeights,
    ).toEqual([3, 1, 1, 1]);
  });

  it.each([-2, NaN, Infinity])(
    'an unusable dimension weight (%s) falls back to the dataset’s',
    (w) => {
      const ds = fixtureDataset();
      ds.dimensionWeights.economic = 2;
      const p = prepare(ds, { dimensionWeights: { economic: w } });
      expect(p.dimensionWeights[DIMENSIONS.indexOf('economic')]).toBe(2);
      // (2·42.5 + 75 + 90 + 25) / 5
      expect(
        findOverall(computeScores(ds, { dimensionWeights: { economic: w } }), 'KG', 'CN'),
      ).toBeCloseTo(275 / 5, 10);
    },
  );

  it('an unusable default weight in the data counts as 0', () => {
    const ds = fixtureDataset();
    ds.indicators.find((i) => i.id === 'debt_share')!.weight = -3;
    // (2·40 + 50) / 3
    expect(score(ds, {}, 'KG', 'CN', 'economic')).toBeCloseTo(130 / 3, 10);
  });
});

describe('prepare: options choose between variant observations', () => {
  it("option 'src' = 'a' uses the first reading, 'b' the second", () => {
    const ds = variantDataset();
    expect(score(ds, { options: { src: 'a' } }, 'KG', 'CN', 'economic')).toBeCloseTo(80, 10);
    expect(score(ds, { options: { src: 'b' } }, 'KG', 'CN', 'economic')).toBeCloseTo(20, 10);
    expect(findTilt(computeScores(ds, { options: { src: 'a' } }), 'KG', 'economic')).toBeCloseTo(
      30,
      10,
    );
    expect(findTilt(computeScores(ds, { options: { src: 'b' } }), 'KG', 'economic')).toBeCloseTo(
      -30,
      10,
    );
  });

  it('the default choice applies when the scenario says nothing', () => {
    expect(score(variantDataset(), {}, 'KG', 'CN', 'economic')).toBeCloseTo(80, 10);
  });

  it('the chosen observation brings its own range', () => {
    const p = prepare(variantDataset(), { options: { src: 'b' } });
    expect(p.cells[p.cellIndexByKey.get('KG.CN.trade_share')!]!).toMatchObject({
      value: 20,
      low: 10,
      high: 30,
    });
  });

  it('a choice that matches no variant leaves the cell without data', () => {
    const set = computeScores(variantDataset(), { options: { src: 'zzz' } });
    expect(findDimensionScore(set, 'KG', 'CN', 'economic')!.score).toBeNull();
  });

  it('a matching variant beats a general observation, even a more recent one', () => {
    const ds = variantDataset({ general: 55 });
    expect(score(ds, { options: { src: 'b' } }, 'KG', 'CN', 'economic')).toBeCloseTo(20, 10);
    // with no matching variant the general one stands
    expect(score(ds, { options: { src: 'zzz' } }, 'KG', 'CN', 'economic')).toBeCloseTo(55, 10);
  });
});

describe('prepare: choosing among plain observations and layout', () => {
  const base = () =>
    makeDataset({
      countries: makeCountries('KG'),
      indicators: [makeIndicator({ id: 'a', dimension: 'digital' })],
      observations: [],
    });

  it('the most recent year wins; on a tie the first listed', () => {
    const ds = base();
    ds.observations = [
      makeObservation('KG', 'CN', 'a', 10, { year: 2023 }),
      makeObservation('KG', 'CN', 'a', 20, { year: 2025 }),
      makeObservation('KG', 'CN', 'a', 30, { year: 2024 }),
      makeObservation('KG', 'RU', 'a', 40, { year: 2025 }),
      makeObservation('KG', 'RU', 'a', 50, { year: 2025 }),
    ];
    expect(score(ds, {}, 'KG', 'CN', 'digital')).toBeCloseTo(20, 10);
    expect(score(ds, {}, 'KG', 'RU', 'digital')).toBeCloseTo(40, 10);
  });

  it('observations of unknown indicators are skipped', () => {
    const ds = base();
    ds.observations = [makeObservation('KG', 'CN', 'ghost', 10)];
    const p = prepare(ds);
    expect(p.cells).toHaveLength(0);
    expect(findDimensionScore(computeScores(ds), 'KG', 'CN', 'digital')!.score).toBeNull();
  });

  it('lists countries, partners, tilt pair indices and cell values', () => {
    const p = prepare(fixtureDataset());
    expect(p.countries).toEqual(['KG', 'TJ']);
    expect(p.partners).toEqual(['CN', 'RU']);
    expect(p.tiltPair).toEqual([0, 1]);
    expect(p.aggregation).toBe('arithmetic');
    expect(p.cells).toHaveLength(fixtureDataset().observations.length);
    expect(Array.from(cellValues(p))).toEqual(p.cells.map((c) => c.value));
    expect(cellValues(p)).toBeInstanceOf(Float64Array);
  });

  it('groupIndex points at the group of that country, partner and dimension', () => {
    const p = prepare(fixtureDataset());
    expect(p.groups).toHaveLength(2 * 2 * 4);
    p.countries.forEach((country, c) =>
      p.partners.forEach((partner, pi) =>
        DIMENSIONS.forEach((dimension, d) =>
          expect(p.groups[groupIndex(p, c, pi, d)]).toMatchObject({ country, partner, dimension }),
        ),
      ),
    );
    // totalWeight counts every indicator of the dimension, with data or not
    expect(p.groups[groupIndex(p, 1, 0, 1)]!.totalWeight).toBe(1); // TJ.CN.infrastructure, no data
    expect(p.groups[groupIndex(p, 0, 0, 0)]!.totalWeight).toBe(4); // KG.CN.economic
  });

  it('an unknown aggregation falls back to arithmetic', () => {
    const p = prepare(fixtureDataset(), { aggregation: 'harmonic' as never });
    expect(p.aggregation).toBe('arithmetic');
  });
});

describe('prepare: properties', () => {
  it('every observation of a known indicator becomes exactly one cell, keyed and grouped correctly', () => {
    fc.assert(
      fc.property(datasetArb({ maxCountries: 3, maxPartners: 3 }), (ds) => {
        const p = prepare(ds);
        expect(p.cells).toHaveLength(ds.observations.length);
        expect(p.cellIndexByKey.size).toBe(ds.observations.length);
        p.groups.forEach((g) => {
          for (const ci of g.cells) {
            const cell = p.cells[ci]!;
            expect(cell.country).toBe(g.country);
            expect(cell.partner).toBe(g.partner);
            expect(cell.indicator.dimension).toBe(g.dimension);
            expect(p.cellIndexByKey.get(cell.key)).toBe(ci);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('an override keeps the range width and the offsets of low and high from the value', () => {
    fc.assert(
      fc.property(
        datasetArb().filter((d) => d.observations.length > 0),
        fc.nat(),
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        (ds, n, v) => {
          const o = ds.observations[n % ds.observations.length]!;
          const key = `${o.country}.${o.partner}.${o.indicator}`;
          const p = prepare(ds, { overrides: { [key]: v } });
          const cell = p.cells[p.cellIndexByKey.get(key)!]!;
          expect(cell.value).toBe(v);
          expect(cell.overridden).toBe(true);
          expect(cell.baselineValue).toBe(o.value);
          const tol =
            1e-9 * Math.max(1, Math.abs(v), Math.abs(o.value), Math.abs(o.low), Math.abs(o.high));
          expect(Math.abs(cell.value - cell.low - (o.value - o.low))).toBeLessThanOrEqual(tol);
          expect(Math.abs(cell.high - cell.value - (o.high - o.value))).toBeLessThanOrEqual(tol);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('each cell stands on chosenObservation of its readings, under any choice of option', () => {
    fc.assert(
      fc.property(datasetWithReadingsArb(), ({ dataset: ds, options }) => {
        const p = prepare(ds, { options });
        const readingsOf = (key: string) =>
          ds.observations.filter((o) => observationKey(o.country, o.partner, o.indicator) === key);
        const keys = new Set(
          ds.observations.map((o) => observationKey(o.country, o.partner, o.indicator)),
        );
        for (const key of keys) {
          const chosen = chosenObservation(readingsOf(key), p.scenario.options);
          const index = p.cellIndexByKey.get(key);
          // the very observation (identity), or no cell when no reading applies
          if (chosen === undefined) expect(index).toBeUndefined();
          else expect(p.cells[index!]!.observation).toBe(chosen);
        }
      }),
      { numRuns: 300 },
    );
  });
});
