// Why a score is missing (src/model/missing.ts): excluded by the weights, or no evidence.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Aggregation, Dataset, Dimension, ScenarioInput, TiltDimension } from '@/model';
import {
  computeScores,
  DIMENSIONS,
  findDimensionScore,
  findMissing,
  findScore,
  findTilt,
  findTiltMissing,
  missingReason,
  prepare,
  readTilt,
  TILT_DIMENSIONS,
  tiltMissingReason,
} from '@/model';
import { datasetArb, fixtureDataset, weightArb } from './arbitraries';

/** A scenario that gives every dimension and indicator of the data set a weight of `w`. */
function allWeights(ds: Dataset, w: number): Partial<ScenarioInput> {
  return {
    dimensionWeights: Object.fromEntries(DIMENSIONS.map((d) => [d, w])),
    indicatorWeights: Object.fromEntries(ds.indicators.map((i) => [i.id, w])),
  };
}

/** Both ways of combining dimensions into the overall score: the rule must hold under each. */
const AGGREGATIONS: readonly Aggregation[] = ['arithmetic', 'geometric'];

/**
 * A data set, random weights (0 about one time in five) for its dimensions and indicators, and
 * either aggregation.
 */
const scenarioArb = datasetArb({ maxCountries: 2, maxPartners: 3, presence: 2 }).chain((ds) =>
  fc
    .record({
      dimensionWeights: fc.record({
        economic: weightArb,
        infrastructure: weightArb,
        digital: weightArb,
        security: weightArb,
      }),
      indicatorWeights: fc.tuple(...ds.indicators.map(() => weightArb)),
      aggregation: fc.constantFrom(...AGGREGATIONS),
    })
    .map(({ dimensionWeights, indicatorWeights, aggregation }) => ({
      ds,
      scenario: {
        aggregation,
        dimensionWeights,
        indicatorWeights: Object.fromEntries(
          ds.indicators.map((i, k) => [i.id, indicatorWeights[k]!]),
        ),
      } satisfies Partial<ScenarioInput>,
    })),
);

/** Every score of a data set: country × partner × (dimensions…, overall). */
function* scoreKeys(ds: Dataset) {
  for (const c of ds.countries)
    for (const p of ds.partners) for (const d of TILT_DIMENSIONS) yield { c: c.code, p: p.code, d };
}

/** The weights feeding a score are all 0: for a dimension its indicators', overall every one. */
function allFeedingWeightsZero(
  ds: Dataset,
  scenario: Partial<ScenarioInput>,
  d: TiltDimension,
): boolean {
  const indicatorWeight = (id: string) => scenario.indicatorWeights?.[id] ?? 0;
  const inDimension = (dim: Dimension) => ds.indicators.filter((i) => i.dimension === dim);
  if (d !== 'overall') return inDimension(d).every((i) => indicatorWeight(i.id) === 0);
  return DIMENSIONS.every(
    (dim) =>
      (scenario.dimensionWeights?.[dim] ?? 0) === 0 ||
      inDimension(dim).every((i) => indicatorWeight(i.id) === 0),
  );
}

/** The country and partner have a value for the score (any indicator of the dimension, or any). */
function hasValues(ds: Dataset, c: string, p: string, d: TiltDimension): boolean {
  return ds.observations.some(
    (o) =>
      o.country === c &&
      o.partner === p &&
      (d === 'overall' || ds.indicators.find((i) => i.id === o.indicator)?.dimension === d),
  );
}

describe('missingReason: properties', () => {
  it('the random scenarios cover both aggregations', () => {
    const seen = new Set(
      fc.sample(scenarioArb, { numRuns: 100, seed: 1 }).map((x) => x.scenario.aggregation),
    );
    expect(seen).toEqual(new Set(AGGREGATIONS));
  });

  it('is null exactly when the score is a number, in the score set and by the rule', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ds, scenario }) => {
        const set = computeScores(ds, scenario);
        const prepared = prepare(ds, scenario);
        for (const { c, p, d } of scoreKeys(ds)) {
          const reason = missingReason(prepared, c, p, d);
          expect(reason === null).toBe(findScore(set, c, p, d) !== null);
          expect(findMissing(set, c, p, d)).toBe(reason);
        }
        for (const c of ds.countries)
          for (const d of TILT_DIMENSIONS) {
            const reason = tiltMissingReason(prepared, c.code, d);
            expect(reason === null).toBe(findTilt(set, c.code, d) !== null);
            expect(findTiltMissing(set, c.code, d)).toBe(reason);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('says "weights" exactly when positive weights would give the score a number', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ds, scenario }) => {
        const set = computeScores(ds, scenario);
        const weighed = computeScores(ds, allWeights(ds, 1));
        for (const { c, p, d } of scoreKeys(ds)) {
          if (findScore(set, c, p, d) !== null) continue;
          expect(findMissing(set, c, p, d)).toBe(
            findScore(weighed, c, p, d) !== null ? 'weights' : 'evidence',
          );
        }
        for (const c of ds.countries)
          for (const d of TILT_DIMENSIONS) {
            if (findTilt(set, c.code, d) !== null) continue;
            expect(findTiltMissing(set, c.code, d)).toBe(
              findTilt(weighed, c.code, d) !== null ? 'weights' : 'evidence',
            );
          }
      }),
      { numRuns: 300 },
    );
  });

  it('all weights feeding a score at 0, with values to feed it → "weights"', () => {
    fc.assert(
      fc.property(scenarioArb, ({ ds, scenario }) => {
        const set = computeScores(ds, scenario);
        for (const { c, p, d } of scoreKeys(ds)) {
          if (!allFeedingWeightsZero(ds, scenario, d) || !hasValues(ds, c, p, d)) continue;
          expect(findScore(set, c, p, d)).toBeNull();
          expect(findMissing(set, c, p, d)).toBe('weights');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every weight at 0 → every score with values is excluded by the weights', () => {
    fc.assert(
      fc.property(datasetArb({ maxCountries: 2, maxPartners: 3 }), (ds) => {
        const set = computeScores(ds, allWeights(ds, 0));
        for (const { c, p, d } of scoreKeys(ds)) {
          expect(findScore(set, c, p, d)).toBeNull();
          expect(findMissing(set, c, p, d)).toBe(hasValues(ds, c, p, d) ? 'weights' : 'evidence');
        }
      }),
    );
  });

  it('weights all positive and the score null → "evidence"', () => {
    fc.assert(
      fc.property(
        datasetArb({ maxCountries: 2, maxPartners: 3, presence: 1 }),
        fc.double({ noNaN: true, min: 0.01, max: 100 }),
        (ds, w) => {
          const set = computeScores(ds, allWeights(ds, w));
          for (const { c, p, d } of scoreKeys(ds)) {
            if (findScore(set, c, p, d) !== null) continue;
            expect(findMissing(set, c, p, d)).toBe('evidence');
          }
          for (const t of set.tilts) if (t.tilt === null) expect(t.missing).toBe('evidence');
        },
      ),
    );
  });
});

describe('missingReason on the hand-computed fixture', () => {
  const ds = fixtureDataset();

  it('a dimension whose indicator weights are all 0 is excluded by the weights', () => {
    const economic = ds.indicators.filter((i) => i.dimension === 'economic');
    const set = computeScores(ds, {
      indicatorWeights: Object.fromEntries(economic.map((i) => [i.id, 0])),
    });
    const score = findDimensionScore(set, 'KG', 'CN', 'economic');
    expect(score?.score).toBeNull();
    expect(score?.missing).toBe('weights');
    expect(findTiltMissing(set, 'KG', 'economic')).toBe('weights');
    // the overall score still has the other dimensions
    expect(findMissing(set, 'KG', 'CN', 'overall')).toBeNull();
    expect(
      readTilt(findTilt(set, 'KG', 'economic'), null, findTiltMissing(set, 'KG', 'economic')),
    ).toEqual({ kind: 'none', reason: 'weights' });
  });

  it('one dimension weight at 0 leaves the overall score with a number', () => {
    const set = computeScores(ds, { dimensionWeights: { security: 0 } });
    expect(findMissing(set, 'KG', 'CN', 'overall')).toBeNull();
    expect(findMissing(set, 'KG', 'CN', 'security')).toBeNull();
  });

  it('a country or partner the data set lacks has no evidence', () => {
    const prepared = prepare(ds);
    expect(missingReason(prepared, 'XX', 'CN', 'overall')).toBe('evidence');
    expect(missingReason(prepared, 'KG', 'XX', 'economic')).toBe('evidence');
    expect(tiltMissingReason(prepared, 'XX', 'overall')).toBe('evidence');
  });
});
