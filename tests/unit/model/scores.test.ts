import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Aggregation, Dataset, Dimension, ScenarioInput, ScoreSet } from '@/model';
import {
  allocateVectors,
  cellValues,
  computeScores,
  DIMENSIONS,
  evaluate,
  findDimensionScore,
  findOverall,
  findTilt,
  normalise,
  observationKey,
  prepare,
  scorePrepared,
  TILT_DIMENSIONS,
  toScoreSet,
} from '@/model';
import {
  datasetArb,
  datasetWithObservationArb,
  dimensionOf,
  fixtureDataset,
  makeDataset,
  makeIndicator,
  makeObservation,
  makeCountries,
  weightArb,
} from './arbitraries';

const dim = (set: ScoreSet, c: string, p: string, d: Dimension) => {
  const s = findDimensionScore(set, c, p, d);
  if (!s) throw new Error(`no dimension score ${c}.${p}.${d}`);
  return s;
};

/** Every number a ScoreSet holds, for "no NaN" and bounds checks. */
function allNumbers(set: ScoreSet) {
  return {
    dimension: set.dimensionScores.map((s) => s.score),
    coverage: set.dimensionScores.map((s) => s.coverage),
    overall: set.overall.map((s) => s.score),
    tilt: set.tilts.map((t) => t.tilt),
  };
}

const close = (a: number | null, b: number | null, eps = 1e-9) => {
  if (a === null || b === null) {
    expect(a).toBe(b);
    return;
  }
  expect(Math.abs(a - b)).toBeLessThanOrEqual(eps);
};

describe('computeScores on the hand-computed fixture (arithmetic)', () => {
  const set = computeScores(fixtureDataset());

  it('dimension score = weighted mean of the normalised values with data', () => {
    expect(dim(set, 'KG', 'CN', 'economic').score).toBeCloseTo(42.5, 10); // (2·40 + 40 + 50) / 4
    expect(dim(set, 'KG', 'RU', 'economic').score).toBeCloseTo(65 / 3, 10); // (2·20 + 25) / 3
    expect(dim(set, 'KG', 'CN', 'infrastructure').score).toBeCloseTo(75, 10);
    expect(dim(set, 'KG', 'RU', 'infrastructure').score).toBeCloseTo(50, 10);
    expect(dim(set, 'KG', 'CN', 'digital').score).toBeCloseTo(90, 10);
    expect(dim(set, 'KG', 'RU', 'digital').score).toBeCloseTo(10, 10);
    expect(dim(set, 'TJ', 'CN', 'economic').score).toBeCloseTo(60, 10);
    expect(dim(set, 'TJ', 'RU', 'economic').score).toBeCloseTo(30, 10);
  });

  it('a zero-weight indicator with data does not enter the score', () => {
    // facilities 1 → 25; arms_share 30 (weight 0) must not pull it to (25 + 30) / 2
    expect(dim(set, 'KG', 'CN', 'security').score).toBeCloseTo(25, 10);
    expect(dim(set, 'KG', 'RU', 'security').score).toBeCloseTo(100, 10);
  });

  it('coverage = share of the dimension weight that had data', () => {
    expect(dim(set, 'KG', 'CN', 'economic').coverage).toBeCloseTo(1, 12);
    expect(dim(set, 'KG', 'RU', 'economic').coverage).toBeCloseTo(0.75, 12); // debt (w1) missing of 4
    expect(dim(set, 'TJ', 'CN', 'economic').coverage).toBeCloseTo(0.5, 12); // only trade (w2) of 4
    expect(dim(set, 'KG', 'CN', 'security').coverage).toBeCloseTo(1, 12);
    expect(dim(set, 'TJ', 'RU', 'digital').coverage).toBe(0);
  });

  it('no data → null score (never 0, never NaN) and coverage 0', () => {
    for (const p of ['CN', 'RU']) {
      const s = dim(set, 'TJ', p, 'infrastructure');
      expect(s.score).toBeNull();
      expect(s.coverage).toBe(0);
      expect(s.contributions).toEqual([]);
    }
    expect(dim(set, 'TJ', 'RU', 'digital').score).toBeNull();
  });

  it('overall = weighted (arithmetic) mean of the dimension scores that exist', () => {
    expect(findOverall(set, 'KG', 'CN')).toBeCloseTo(58.125, 10); // (42.5 + 75 + 90 + 25) / 4
    expect(findOverall(set, 'KG', 'RU')).toBeCloseTo(545 / 12, 10); // (65/3 + 50 + 10 + 100) / 4
    expect(findOverall(set, 'TJ', 'CN')).toBeCloseTo(155 / 3, 10); // (60 + 95 + 0) / 3
    expect(findOverall(set, 'TJ', 'RU')).toBeCloseTo(65, 10); // (30 + 100) / 2
  });

  it('tilt = S(CN) − S(RU), positive leans to China; null when either side is null', () => {
    expect(findTilt(set, 'KG', 'economic')).toBeCloseTo(42.5 - 65 / 3, 10);
    expect(findTilt(set, 'KG', 'infrastructure')).toBeCloseTo(25, 10);
    expect(findTilt(set, 'KG', 'digital')).toBeCloseTo(80, 10);
    expect(findTilt(set, 'KG', 'security')).toBeCloseTo(-75, 10);
    expect(findTilt(set, 'KG', 'overall')).toBeCloseTo(58.125 - 545 / 12, 10);
    expect(findTilt(set, 'TJ', 'economic')).toBeCloseTo(30, 10);
    expect(findTilt(set, 'TJ', 'security')).toBeCloseTo(-100, 10);
    expect(findTilt(set, 'TJ', 'infrastructure')).toBeNull(); // both sides null
    expect(findTilt(set, 'TJ', 'digital')).toBeNull(); // CN 95, RU null
    expect(findTilt(set, 'TJ', 'overall')).toBeCloseTo(155 / 3 - 65, 10);
  });

  it('contributions: the points each indicator adds, summing to the score', () => {
    const econ = dim(set, 'KG', 'CN', 'economic');
    const byId = Object.fromEntries(econ.contributions.map((c) => [c.indicator, c]));
    expect(byId.trade_share).toMatchObject({ key: 'KG.CN.trade_share', value: 40, weight: 2 });
    expect(byId.trade_share!.normalised).toBeCloseTo(40, 12);
    expect(byId.trade_share!.contribution).toBeCloseTo(20, 12); // 2·40 / 4
    expect(byId.debt_share!.normalised).toBeCloseTo(40, 12);
    expect(byId.debt_share!.contribution).toBeCloseTo(10, 12); // 1·40 / 4
    expect(byId.fdi_amount!.normalised).toBeCloseTo(50, 12);
    expect(byId.fdi_amount!.contribution).toBeCloseTo(12.5, 12); // 1·50 / 4
    expect(econ.contributions.reduce((a, c) => a + c.contribution, 0)).toBeCloseTo(42.5, 12);

    const sec = dim(set, 'KG', 'CN', 'security');
    const arms = sec.contributions.find((c) => c.indicator === 'arms_share')!;
    expect(arms.weight).toBe(0);
    expect(arms.normalised).toBeCloseTo(30, 12);
    expect(arms.contribution).toBe(0);
    expect(sec.contributions.reduce((a, c) => a + c.contribution, 0)).toBeCloseTo(25, 12);
  });

  it('contributions carry the baseline value and are not marked overridden', () => {
    for (const s of set.dimensionScores)
      for (const c of s.contributions) {
        expect(c.overridden).toBe(false);
        expect(c.baselineValue).toBe(c.value);
      }
  });

  it('lays out one result per country × partner × dimension, per country × partner and per tilt', () => {
    expect(set.dimensionScores).toHaveLength(2 * 2 * 4);
    expect(set.overall).toHaveLength(2 * 2);
    expect(set.tilts).toHaveLength(2 * 5);
    expect(TILT_DIMENSIONS).toEqual([...DIMENSIONS, 'overall']);
  });
});

describe('geometric aggregation', () => {
  const set = computeScores(fixtureDataset(), { aggregation: 'geometric' });

  it('overall = weighted geometric mean of the dimension scores', () => {
    expect(findOverall(set, 'KG', 'CN')).toBeCloseTo(51.749740682476556, 9); // (42.5·75·90·25)^¼
    expect(findOverall(set, 'KG', 'RU')).toBeCloseTo(32.26194352070356, 9); // (65/3·50·10·100)^¼
    expect(findOverall(set, 'TJ', 'RU')).toBeCloseTo(Math.sqrt(3000), 9); // (30·100)^½
  });

  it('a zero dimension score makes the geometric overall 0', () => {
    expect(findOverall(set, 'TJ', 'CN')).toBe(0); // security 0
    expect(findTilt(set, 'TJ', 'overall')).toBeCloseTo(-Math.sqrt(3000), 9);
  });

  it('a zero dimension that carries no weight does not', () => {
    const s = computeScores(fixtureDataset(), {
      aggregation: 'geometric',
      dimensionWeights: { security: 0 },
    });
    expect(findOverall(s, 'TJ', 'CN')).toBeCloseTo(Math.sqrt(60 * 95), 9);
  });

  it('weights enter as exponents', () => {
    // KG.CN with economic weight 2: (42.5²·75·90·25)^(1/5)
    const s = computeScores(fixtureDataset(), {
      aggregation: 'geometric',
      dimensionWeights: { economic: 2 },
    });
    expect(findOverall(s, 'KG', 'CN')).toBeCloseTo((42.5 ** 2 * 75 * 90 * 25) ** (1 / 5), 9);
  });

  it('is below the arithmetic mean when the dimensions are unbalanced, and dimension scores do not change', () => {
    const arithmetic = computeScores(fixtureDataset());
    expect(findOverall(set, 'KG', 'CN')!).toBeLessThan(findOverall(arithmetic, 'KG', 'CN')!);
    expect(set.dimensionScores.map((s) => s.score)).toEqual(
      arithmetic.dimensionScores.map((s) => s.score),
    );
  });
});

describe('null, never NaN', () => {
  it('all-zero indicator weights → every dimension, overall and tilt null', () => {
    const ds = fixtureDataset();
    const zero = Object.fromEntries(ds.indicators.map((i) => [i.id, 0]));
    const set = computeScores(ds, { indicatorWeights: zero });
    for (const s of set.dimensionScores) {
      expect(s.score).toBeNull();
      expect(s.coverage).toBe(0);
    }
    for (const o of set.overall) expect(o.score).toBeNull();
    for (const t of set.tilts) expect(t.tilt).toBeNull();
  });

  it('all-zero dimension weights → overall null, dimension scores untouched', () => {
    const set = computeScores(fixtureDataset(), {
      dimensionWeights: { economic: 0, infrastructure: 0, digital: 0, security: 0 },
    });
    for (const o of set.overall) expect(o.score).toBeNull();
    for (const c of ['KG', 'TJ']) expect(findTilt(set, c, 'overall')).toBeNull();
    expect(dim(set, 'KG', 'CN', 'economic').score).toBeCloseTo(42.5, 10);
  });

  it('a data set with no observations scores null everywhere', () => {
    const ds = { ...fixtureDataset(), observations: [] };
    for (const aggregation of ['arithmetic', 'geometric'] as const) {
      const set = computeScores(ds, { aggregation });
      const n = allNumbers(set);
      expect(n.dimension.every((x) => x === null)).toBe(true);
      expect(n.overall.every((x) => x === null)).toBe(true);
      expect(n.tilt.every((x) => x === null)).toBe(true);
      expect(n.coverage.every((x) => x === 0)).toBe(true);
    }
  });

  it('a tilt pair naming a partner that is not in the data gives null tilts', () => {
    const ds: Dataset = { ...fixtureDataset(), tiltPair: ['CN', 'US'] };
    const set = computeScores(ds);
    expect(set.tilts.every((t) => t.tilt === null)).toBe(true);
    expect(findOverall(set, 'KG', 'CN')).toBeCloseTo(58.125, 10);
  });

  it('NaN and infinite observation values score as 0 and 100, not NaN', () => {
    const ds = makeDataset({
      countries: makeCountries('KG'),
      indicators: [makeIndicator({ id: 'a', dimension: 'digital' })],
      observations: [
        makeObservation('KG', 'CN', 'a', NaN),
        makeObservation('KG', 'RU', 'a', Infinity),
      ],
    });
    const set = computeScores(ds);
    expect(dim(set, 'KG', 'CN', 'digital').score).toBe(0);
    expect(dim(set, 'KG', 'RU', 'digital').score).toBe(100);
    expect(findTilt(set, 'KG', 'digital')).toBe(-100);
  });
});

describe('scores stay in [0, 100]: rounding and overflow edge cases', () => {
  it('a dimension whose indicators are all at the upper goalpost scores exactly ≤ 100 (weights 0.1 and 0.7)', () => {
    // (0.1·100 + 0.7·100) / (0.1 + 0.7) = 80 / 0.7999999999999999 = 100.00000000000001
    const ds = makeDataset({
      countries: makeCountries('KG'),
      indicators: [
        makeIndicator({ id: 'a', dimension: 'economic', weight: 0.1 }),
        makeIndicator({ id: 'b', dimension: 'economic', weight: 0.7 }),
      ],
      observations: [makeObservation('KG', 'CN', 'a', 100), makeObservation('KG', 'CN', 'b', 100)],
    });
    const set = computeScores(ds);
    const s = dim(set, 'KG', 'CN', 'economic').score!;
    expect(s).toBeCloseTo(100, 10);
    expect(s).toBeLessThanOrEqual(100);
    expect(findOverall(set, 'KG', 'CN')!).toBeLessThanOrEqual(100);
  });

  it('the geometric overall of dimensions all at 100 is ≤ 100', () => {
    // exp(log(100)) = 100.00000000000004
    const ds = makeDataset({
      countries: makeCountries('KG'),
      indicators: [makeIndicator({ id: 'a', dimension: 'economic' })],
      observations: [makeObservation('KG', 'CN', 'a', 100), makeObservation('KG', 'RU', 'a', 0)],
    });
    const set = computeScores(ds, { aggregation: 'geometric' });
    expect(findOverall(set, 'KG', 'CN')!).toBeCloseTo(100, 10);
    expect(findOverall(set, 'KG', 'CN')!).toBeLessThanOrEqual(100);
    expect(findTilt(set, 'KG', 'overall')!).toBeLessThanOrEqual(100);
  });

  it('huge but finite weights do not overflow the weighted mean', () => {
    const ds = makeDataset({
      countries: makeCountries('KG'),
      indicators: [makeIndicator({ id: 'a', dimension: 'economic', weight: 1e307 })],
      observations: [makeObservation('KG', 'CN', 'a', 50)],
    });
    const set = computeScores(ds, { dimensionWeights: { economic: 1e307 } });
    expect(dim(set, 'KG', 'CN', 'economic').score).toBeCloseTo(50, 10);
    expect(findOverall(set, 'KG', 'CN')).toBeCloseTo(50, 10);
  });
});

describe('the vector layer: allocateVectors, evaluate, toScoreSet, scorePrepared', () => {
  it('allocateVectors sizes the vectors from the prepared layout', () => {
    const prepared = prepare(fixtureDataset());
    const v = allocateVectors(prepared);
    expect(v.dimension).toHaveLength(16);
    expect(v.coverage).toHaveLength(16);
    expect(v.overall).toHaveLength(4);
    expect(v.tilt).toHaveLength(10);
  });

  it('evaluate scores the values vector it is given, not the cells’ values', () => {
    const prepared = prepare(fixtureDataset());
    const values = cellValues(prepared);
    const i = prepared.cellIndexByKey.get('KG.CN.telecom_share')!;
    values[i] = 30;
    const v = allocateVectors(prepared);
    evaluate(prepared, values, v);
    const set = toScoreSet(prepared, values, v);
    expect(dim(set, 'KG', 'CN', 'digital').score).toBeCloseTo(30, 10);
    expect(findTilt(set, 'KG', 'digital')).toBeCloseTo(20, 10);
    expect(dim(set, 'KG', 'CN', 'digital').contributions[0]!.value).toBe(30);
    // cells themselves unchanged
    expect(prepared.cells[i]!.value).toBe(90);
  });

  it('evaluate overwrites every slot of a reused output (no stale values)', () => {
    const prepared = prepare(fixtureDataset());
    const v = allocateVectors(prepared);
    v.dimension.fill(-1);
    v.overall.fill(-1);
    v.tilt.fill(-1);
    v.coverage.fill(-1);
    evaluate(prepared, cellValues(prepared), v);
    const fresh = allocateVectors(prepared);
    evaluate(prepared, cellValues(prepared), fresh);
    expect(Array.from(v.dimension)).toEqual(Array.from(fresh.dimension));
    expect(Array.from(v.overall)).toEqual(Array.from(fresh.overall));
    expect(Array.from(v.tilt)).toEqual(Array.from(fresh.tilt));
    expect(Array.from(v.coverage)).toEqual(Array.from(fresh.coverage));
  });

  it('scorePrepared(prepare(d, s)) equals computeScores(d, s)', () => {
    const scenario: Partial<ScenarioInput> = {
      overrides: { 'KG.CN.trade_share': 70 },
      aggregation: 'geometric',
    };
    expect(scorePrepared(prepare(fixtureDataset(), scenario))).toEqual(
      computeScores(fixtureDataset(), scenario),
    );
  });
});

describe('look-ups', () => {
  const set = computeScores(fixtureDataset());
  it('return undefined / null for what is not there', () => {
    expect(findDimensionScore(set, 'KZ', 'CN', 'economic')).toBeUndefined();
    expect(findDimensionScore(set, 'KG', 'US', 'economic')).toBeUndefined();
    expect(findOverall(set, 'KZ', 'CN')).toBeNull();
    expect(findTilt(set, 'KZ', 'economic')).toBeNull();
  });
  it('find the right entry', () => {
    expect(findDimensionScore(set, 'TJ', 'RU', 'security')).toMatchObject({
      country: 'TJ',
      partner: 'RU',
      dimension: 'security',
    });
  });
});

// ------------------------------------------------------------------ properties

/** An independent, naive implementation of docs/architecture.md §6 "Scores" for data sets
 * with at most one observation per cell and valid (finite, ≥ 0) weights. */
function referenceScores(ds: Dataset, aggregation: Aggregation) {
  const obs = new Map(
    ds.observations.map((o) => [observationKey(o.country, o.partner, o.indicator), o]),
  );
  const dimension = new Map<string, { score: number | null; coverage: number }>();
  const overall = new Map<string, number | null>();
  for (const c of ds.countries)
    for (const p of ds.partners) {
      let acc = 0;
      let wsum = 0;
      let zero = false;
      for (const d of DIMENSIONS) {
        let sum = 0;
        let withData = 0;
        let total = 0;
        for (const ind of ds.indicators.filter((i) => i.dimension === d)) {
          total += ind.weight;
          const o = obs.get(observationKey(c.code, p.code, ind.id));
          if (!o || ind.weight === 0) continue;
          sum += ind.weight * normalise(o.value, ind.goalposts, ind.scale);
          withData += ind.weight;
        }
        const score = withData > 0 ? sum / withData : null;
        dimension.set(`${c.code}.${p.code}.${d}`, {
          score,
          coverage: total > 0 ? withData / total : 0,
        });
        const w = ds.dimensionWeights[d];
        if (score === null || w === 0) continue;
        wsum += w;
        if (aggregation === 'arithmetic') acc += w * score;
        else if (score === 0) zero = true;
        else acc += w * Math.log(score);
      }
      overall.set(
        `${c.code}.${p.code}`,
        wsum === 0
          ? null
          : aggregation === 'arithmetic'
            ? acc / wsum
            : zero
              ? 0
              : Math.exp(acc / wsum),
      );
    }
  return { dimension, overall };
}

const aggregationArb = fc.constantFrom<Aggregation>('arithmetic', 'geometric');

describe('properties', () => {
  it('agrees with an independent implementation of the formulas', () => {
    fc.assert(
      fc.property(
        datasetArb({ maxCountries: 2, maxPartners: 3 }),
        aggregationArb,
        (ds, aggregation) => {
          const set = computeScores(ds, { aggregation });
          const ref = referenceScores(ds, aggregation);
          for (const s of set.dimensionScores) {
            const r = ref.dimension.get(`${s.country}.${s.partner}.${s.dimension}`)!;
            close(s.score, r.score);
            close(s.coverage, r.coverage);
          }
          for (const o of set.overall)
            close(o.score, ref.overall.get(`${o.country}.${o.partner}`)!);
          const [a, b] = ds.tiltPair;
          for (const t of set.tilts) {
            const sa =
              t.dimension === 'overall'
                ? ref.overall.get(`${t.country}.${a}`)!
                : ref.dimension.get(`${t.country}.${a}.${t.dimension}`)!.score;
            const sb =
              t.dimension === 'overall'
                ? ref.overall.get(`${t.country}.${b}`)!
                : ref.dimension.get(`${t.country}.${b}.${t.dimension}`)!.score;
            close(t.tilt, sa === null || sb === null ? null : sa - sb);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scores stay in [0, 100], tilts in [−100, 100], coverage in [0, 1], and nothing is NaN — for any values and weights', () => {
    const scenarioWeightArb = fc.oneof(
      weightArb,
      fc.constantFrom(NaN, -1, -0.5, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(
        datasetArb({ wildValues: true, maxPartners: 3 }),
        aggregationArb,
        fc.dictionary(fc.constantFrom('ind_0', 'ind_1', 'ind_2', 'ind_3'), scenarioWeightArb),
        fc.record(
          { economic: scenarioWeightArb, security: scenarioWeightArb },
          { requiredKeys: [] },
        ),
        (ds, aggregation, indicatorWeights, dimensionWeights) => {
          const set = computeScores(ds, { aggregation, indicatorWeights, dimensionWeights });
          const n = allNumbers(set);
          for (const x of [...n.dimension, ...n.overall]) {
            if (x === null) continue;
            expect(Number.isNaN(x)).toBe(false);
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100);
          }
          for (const x of n.tilt) {
            if (x === null) continue;
            expect(Number.isNaN(x)).toBe(false);
            expect(x).toBeGreaterThanOrEqual(-100);
            expect(x).toBeLessThanOrEqual(100);
          }
          for (const x of n.coverage) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('multiplying every indicator and dimension weight by k > 0 changes nothing', () => {
    fc.assert(
      fc.property(
        datasetArb({ wildValues: true }),
        fc.double({ noNaN: true, min: 1e-3, max: 1e3 }),
        aggregationArb,
        (ds, k, aggregation) => {
          const base = computeScores(ds, { aggregation });
          const scaled = computeScores(ds, {
            aggregation,
            indicatorWeights: Object.fromEntries(ds.indicators.map((i) => [i.id, k * i.weight])),
            dimensionWeights: Object.fromEntries(
              DIMENSIONS.map((d) => [d, k * ds.dimensionWeights[d]]),
            ),
          });
          base.dimensionScores.forEach((s, i) => {
            close(scaled.dimensionScores[i]!.score, s.score);
            close(scaled.dimensionScores[i]!.coverage, s.coverage);
            s.contributions.forEach((c, j) =>
              close(scaled.dimensionScores[i]!.contributions[j]!.contribution, c.contribution),
            );
          });
          base.overall.forEach((o, i) => close(scaled.overall[i]!.score, o.score));
          base.tilts.forEach((t, i) => close(scaled.tilts[i]!.tilt, t.tilt));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('raising one observation never lowers its partner’s dimension or overall score, nor moves the tilt against that partner', () => {
    fc.assert(
      fc.property(
        datasetWithObservationArb(),
        fc.double({ noNaN: true, min: 0, max: 2 }),
        aggregationArb,
        ({ dataset, observation }, deltaFrac, aggregation) => {
          const d = dimensionOf(dataset, observation.indicator);
          const gp = dataset.indicators.find((i) => i.id === observation.indicator)!.goalposts;
          const raised = observation.value + deltaFrac * (gp.max - gp.min);
          const key = observationKey(
            observation.country,
            observation.partner,
            observation.indicator,
          );
          const before = computeScores(dataset, { aggregation });
          const after = computeScores(dataset, { aggregation, overrides: { [key]: raised } });
          const { country: c, partner: p } = observation;
          const pairs: [number | null, number | null][] = [
            [dim(before, c, p, d).score, dim(after, c, p, d).score],
            [findOverall(before, c, p), findOverall(after, c, p)],
          ];
          for (const [b, a] of pairs) {
            expect(a === null).toBe(b === null);
            if (a !== null && b !== null) expect(a).toBeGreaterThanOrEqual(b - 1e-12);
          }
          const direction = p === dataset.tiltPair[0] ? 1 : p === dataset.tiltPair[1] ? -1 : 0;
          for (const td of [d, 'overall'] as const) {
            const tb = findTilt(before, c, td);
            const ta = findTilt(after, c, td);
            expect(ta === null).toBe(tb === null);
            if (ta !== null && tb !== null) {
              if (direction === 0) expect(ta).toBe(tb);
              else expect(direction * (ta - tb)).toBeGreaterThanOrEqual(-1e-12);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the geometric overall never exceeds the arithmetic one', () => {
    fc.assert(
      fc.property(datasetArb({ wildValues: true }), (ds) => {
        const ar = computeScores(ds, { aggregation: 'arithmetic' });
        const ge = computeScores(ds, { aggregation: 'geometric' });
        ar.overall.forEach((o, i) => {
          const g = ge.overall[i]!.score;
          expect(g === null).toBe(o.score === null);
          if (g !== null && o.score !== null) expect(g).toBeLessThanOrEqual(o.score + 1e-9);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('contributions sum to the dimension score; each is weight · normalised / weight with data', () => {
    fc.assert(
      fc.property(datasetArb({ wildValues: true }), (ds) => {
        const set = computeScores(ds);
        for (const s of set.dimensionScores) {
          const sum = s.contributions.reduce((a, c) => a + c.contribution, 0);
          if (s.score === null) {
            expect(sum).toBe(0);
            continue;
          }
          expect(Math.abs(sum - s.score)).toBeLessThanOrEqual(1e-9);
          const wd = s.contributions.reduce((a, c) => a + c.weight, 0);
          for (const c of s.contributions)
            expect(c.contribution).toBeCloseTo((c.weight * c.normalised) / wd, 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('missing data and all-zero weights give null, not NaN', () => {
    fc.assert(
      fc.property(
        datasetArb({ wildValues: true, presence: 1 }),
        aggregationArb,
        (ds, aggregation) => {
          const zeroIndicators = computeScores(ds, {
            aggregation,
            indicatorWeights: Object.fromEntries(ds.indicators.map((i) => [i.id, 0])),
          });
          const zeroDimensions = computeScores(ds, {
            aggregation,
            dimensionWeights: { economic: 0, infrastructure: 0, digital: 0, security: 0 },
          });
          const empty = computeScores({ ...ds, observations: [] }, { aggregation });
          for (const set of [zeroIndicators, empty]) {
            const n = allNumbers(set);
            expect([...n.dimension, ...n.overall, ...n.tilt].every((x) => x === null)).toBe(true);
          }
          expect(zeroDimensions.overall.every((o) => o.score === null)).toBe(true);
          const normal = computeScores(ds, { aggregation });
          for (const set of [normal, zeroDimensions]) {
            const n = allNumbers(set);
            for (const x of [...n.dimension, ...n.overall, ...n.tilt, ...n.coverage])
              expect(x === null || Number.isFinite(x)).toBe(true);
          }
          // a score is null exactly when no weighted indicator of the group has data
          for (const s of normal.dimensionScores)
            expect(s.score === null).toBe(!s.contributions.some((c) => c.weight > 0));
        },
      ),
      { numRuns: 300 },
    );
  });
});
