// What the scores rest on: the evidence mix per dimension and overall, the missing cells and
// the one count of the data set every view quotes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Confidence, Dataset, Observation } from '@/model';
import {
  computeScores,
  datasetCounts,
  DIMENSIONS,
  EVIDENCE_KINDS,
  evidenceMix,
  missingCells,
  observationKey,
} from '@/model';
import { datasetArb, fixtureDataset, positionArb, valueAt, variantDataset } from './arbitraries';

const CONFIDENCES: Confidence[] = ['reported', 'computed', 'estimate', 'judgement'];

/** A random data set whose observations carry random confidences. */
const mixedDatasetArb = datasetArb({ maxCountries: 3, maxPartners: 3, presence: 3 }).chain((ds) =>
  fc
    .array(fc.constantFrom(...CONFIDENCES), {
      minLength: ds.observations.length,
      maxLength: ds.observations.length,
    })
    .map((confidences): Dataset => ({
      ...ds,
      observations: ds.observations.map((o, i): Observation => ({
        ...o,
        confidence: confidences[i]!,
      })),
    })),
);

const sum = (shares: Record<string, number>) => Object.values(shares).reduce((a, b) => a + b, 0);

/** Pooled coverage of a dimension over every country and partner (all groups weigh the same). */
function pooledCoverage(ds: Dataset, dimension: string, overrides: Record<string, number> = {}) {
  const scores = computeScores(ds, { overrides }).dimensionScores.filter(
    (s) => s.dimension === dimension,
  );
  return scores.reduce((a, s) => a + s.coverage, 0) / scores.length;
}

describe('evidenceMix', () => {
  it('splits the hand-built fixture by confidence and missing weight', () => {
    const ds = fixtureDataset();
    const judged = new Set(['corridors', 'facilities']);
    const reported = new Set(['trade_share']);
    const data: Dataset = {
      ...ds,
      observations: ds.observations.map((o) => ({
        ...o,
        confidence: judged.has(o.indicator)
          ? 'judgement'
          : reported.has(o.indicator)
            ? 'reported'
            : o.indicator === 'debt_share'
              ? 'computed'
              : 'estimate',
      })),
    };
    const mix = evidenceMix(data);
    const row = (d: string) => mix.dimensions.find((r) => r.dimension === d)!;
    // economic: weights trade 2, debt 1, fdi 1 = 4 per group, 16 over the four groups.
    // trade present in all four (8 reported); debt in KG.CN only (1 computed);
    // fdi in KG.CN and KG.RU (2 estimate); missing 16 − 11 = 5.
    expect(row('economic').shares).toEqual({
      reported: 8 / 16,
      computed: 1 / 16,
      estimate: 2 / 16,
      judgement: 0,
      analyst: 0,
      missing: 5 / 16,
    });
    expect(row('economic').cells).toMatchObject({
      reported: 4,
      computed: 1,
      estimate: 2,
      missing: 5,
    });
    // infrastructure: corridors in KG only: half judged, half missing
    expect(row('infrastructure').shares).toMatchObject({ judgement: 0.5, missing: 0.5 });
    // security: arms weighs 0 and counts for nothing; facilities judged in all four
    expect(row('security').shares).toMatchObject({ judgement: 1, missing: 0 });
    expect(row('security').cells).toMatchObject({ judgement: 4, estimate: 0, missing: 0 });
    // digital: telecom in three of four groups
    expect(row('digital').shares).toMatchObject({ estimate: 0.75, missing: 0.25 });
    // overall: the four dimensions weigh alike
    expect(mix.overall.shares!.missing).toBeCloseTo((5 / 16 + 0.5 + 0.25 + 0) / 4, 12);
    expect(mix.overall.shares!.judgement).toBeCloseTo((0.5 + 1) / 4, 12);
  });

  it('counts an analyst-supplied cell and a changed published value as the analyst’s', () => {
    const ds = fixtureDataset();
    const base = evidenceMix(ds);
    const supplied = evidenceMix(ds, { overrides: { 'TJ.CN.corridors': 2 } });
    const infra = (m: typeof base) => m.dimensions.find((r) => r.dimension === 'infrastructure')!;
    expect(infra(supplied).shares).toMatchObject({ analyst: 0.25, missing: 0.25 });
    expect(infra(supplied).cells).toMatchObject({ analyst: 1, missing: 1 });
    expect(infra(base).shares).toMatchObject({ analyst: 0, missing: 0.5 });
    // an override that changes a published value rests on the analyst, not on the source
    const changed = evidenceMix(ds, { overrides: { 'KG.CN.corridors': 1 } });
    expect(infra(changed).shares).toMatchObject({ analyst: 0.25, estimate: 0.25, missing: 0.5 });
    // an override equal to the published value changes nothing
    const same = evidenceMix(ds, { overrides: { 'KG.CN.corridors': 3 } });
    expect(same).toEqual(base);
  });

  it('follows the scenario’s options and weights', () => {
    const ds = variantDataset();
    // no reading matches the option: the cell is missing
    const none = evidenceMix(ds, { options: { src: 'zzz' } });
    expect(none.dimensions[0]!.shares).toMatchObject({ estimate: 0.5, missing: 0.5 });
    expect(evidenceMix(ds).dimensions[0]!.shares).toMatchObject({ estimate: 1, missing: 0 });
    // an indicator weighted 0 counts for nothing; a dimension with no weight has no shares
    const fixture = fixtureDataset();
    const zero = evidenceMix(fixture, { indicatorWeights: { corridors: 0 } });
    expect(zero.dimensions.find((r) => r.dimension === 'infrastructure')!.shares).toBeNull();
    expect(sum(zero.overall.shares!)).toBeCloseTo(1, 12);
  });

  it('property: every row’s shares lie in [0, 1] and sum to 1; null only without weight', () => {
    fc.assert(
      fc.property(mixedDatasetArb, (ds) => {
        const mix = evidenceMix(ds);
        for (const row of [...mix.dimensions, mix.overall]) {
          if (row.shares === null) continue;
          for (const kind of EVIDENCE_KINDS) {
            expect(row.shares[kind]).toBeGreaterThanOrEqual(0);
            expect(row.shares[kind]).toBeLessThanOrEqual(1 + 1e-12);
          }
          expect(sum(row.shares)).toBeCloseTo(1, 9);
        }
        DIMENSIONS.forEach((dimension, d) => {
          const weight = ds.indicators
            .filter((i) => i.dimension === dimension)
            .reduce((a, i) => a + i.weight, 0);
          expect(mix.dimensions[d]!.shares === null).toBe(weight === 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('property: a dimension’s missing share is 1 − its coverage', () => {
    fc.assert(
      fc.property(mixedDatasetArb, (ds) => {
        const mix = evidenceMix(ds);
        for (const row of mix.dimensions) {
          if (row.shares === null) continue;
          expect(row.shares.missing).toBeCloseTo(1 - pooledCoverage(ds, row.dimension), 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: supplying missing cells moves their weight from missing to analyst, and coverage agrees', () => {
    const arb = fc
      .tuple(mixedDatasetArb, fc.array(fc.tuple(fc.nat(), positionArb), { maxLength: 4 }))
      .map(([ds, picks]) => {
        const missing = missingCells(ds);
        const overrides: Record<string, number> = {};
        if (missing.length > 0)
          for (const [n, position] of picks) {
            const cell = missing[n % missing.length]!;
            const indicator = ds.indicators.find((i) => i.id === cell.indicator)!;
            overrides[observationKey(cell.country, cell.partner, cell.indicator)] = valueAt(
              { scale: indicator.scale, goalposts: indicator.goalposts },
              position,
            );
          }
        return { ds, overrides };
      });
    fc.assert(
      fc.property(arb, ({ ds, overrides }) => {
        const before = evidenceMix(ds);
        const after = evidenceMix(ds, { overrides });
        before.dimensions.forEach((row, d) => {
          const next = after.dimensions[d]!;
          if (row.shares === null || next.shares === null) {
            expect(next.shares).toEqual(row.shares);
            return;
          }
          expect(next.shares.analyst - row.shares.analyst).toBeCloseTo(
            row.shares.missing - next.shares.missing,
            9,
          );
          for (const kind of CONFIDENCES)
            expect(next.shares[kind]).toBeCloseTo(row.shares[kind], 9);
          expect(next.shares.missing).toBeCloseTo(
            1 - pooledCoverage(ds, row.dimension, overrides),
            9,
          );
          // a supplied cell of weight 0 is no cell of the mix
          expect(next.cells.analyst + next.cells.missing).toBe(
            row.cells.analyst + row.cells.missing,
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('property: the overall shares are the dimension shares weighted by the dimension weights', () => {
    fc.assert(
      fc.property(mixedDatasetArb, (ds) => {
        const mix = evidenceMix(ds);
        let total = 0;
        const expected: Record<string, number> = {};
        DIMENSIONS.forEach((dimension, d) => {
          const w = ds.dimensionWeights[dimension];
          const shares = mix.dimensions[d]!.shares;
          if (!shares || !(w > 0)) return;
          total += w;
          for (const kind of EVIDENCE_KINDS)
            expected[kind] = (expected[kind] ?? 0) + w * shares[kind];
        });
        if (total === 0) {
          expect(mix.overall.shares).toBeNull();
          return;
        }
        for (const kind of EVIDENCE_KINDS)
          expect(mix.overall.shares![kind]).toBeCloseTo((expected[kind] ?? 0) / total, 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('missingCells and datasetCounts', () => {
  it('lists the uncovered cells of the fixture in data order', () => {
    const keys = missingCells(fixtureDataset()).map((c) =>
      observationKey(c.country, c.partner, c.indicator),
    );
    expect(keys.slice(0, 3)).toEqual(['KG.RU.debt_share', 'TJ.CN.debt_share', 'TJ.CN.fdi_amount']);
    expect(keys).toContain('TJ.RU.telecom_share');
    expect(keys).not.toContain('KG.CN.trade_share');
  });

  it('counts two readings of one cell as one cell coded and two readings', () => {
    const counts = datasetCounts(variantDataset());
    expect(counts).toMatchObject({ cells: 2, cellsCoded: 2, readings: 3, missingCells: 0 });
    expect(counts.byConfidence.estimate).toBe(3);
  });

  it('property: coded + missing = every cell; readings by confidence add up; the list agrees', () => {
    fc.assert(
      fc.property(mixedDatasetArb, (ds) => {
        const counts = datasetCounts(ds);
        expect(counts.cells).toBe(ds.countries.length * ds.partners.length * ds.indicators.length);
        expect(counts.cellsCoded + counts.missingCells).toBe(counts.cells);
        expect(missingCells(ds)).toHaveLength(counts.missingCells);
        expect(counts.readings).toBe(ds.observations.length);
        expect(sum(counts.byConfidence)).toBe(counts.readings);
        expect(counts.cellsCoded).toBeLessThanOrEqual(counts.readings);
        for (const kind of CONFIDENCES)
          expect(counts.byConfidence[kind]).toBe(
            ds.observations.filter((o) => o.confidence === kind).length,
          );
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out observations of a country, partner or indicator the data set does not list', () => {
    const ds = fixtureDataset();
    const stray = { ...ds.observations[0]!, indicator: 'no_such_indicator' };
    const counts = datasetCounts({ ...ds, observations: [...ds.observations, stray] });
    expect(counts).toEqual(datasetCounts(ds));
  });
});
