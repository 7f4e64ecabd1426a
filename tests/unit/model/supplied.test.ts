// A missing cell (no observation under the scenario's options) that the scenario supplies:
// the analyst's own value, scored like any other, with no published range to draw from.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, ScenarioInput } from '@/model';
import {
  computeScores,
  findDimensionScore,
  monteCarlo,
  observationKey,
  prepare,
  sensitivityPrepared,
  smallestFlipPrepared,
  TILT_DIMENSIONS,
  whatWouldFlipPrepared,
} from '@/model';
import {
  datasetArb,
  fixtureDataset,
  makeObservation,
  positionArb,
  valueAt,
  variantDataset,
} from './arbitraries';

/** Every country × partner × indicator of a data set that no observation covers. */
function missingCells(ds: Dataset): string[] {
  const covered = new Set(
    ds.observations.map((o) => observationKey(o.country, o.partner, o.indicator)),
  );
  const keys: string[] = [];
  for (const c of ds.countries)
    for (const p of ds.partners)
      for (const i of ds.indicators) {
        const key = observationKey(c.code, p.code, i.id);
        if (!covered.has(key)) keys.push(key);
      }
  return keys;
}

/** A random data set with at least one missing cell, one of them, and a value for it. */
const withMissingArb = fc
  .tuple(datasetArb({ maxCountries: 3, maxPartners: 3, presence: 2 }), fc.nat(), positionArb)
  .map(([dataset, n, position]) => ({ dataset, missing: missingCells(dataset), n, position }))
  .filter(({ missing }) => missing.length > 0)
  .map(({ dataset, missing, n, position }) => {
    const key = missing[n % missing.length]!;
    const indicator = dataset.indicators.find((i) => i.id === key.split('.')[2])!;
    const value = valueAt({ scale: indicator.scale, goalposts: indicator.goalposts }, position);
    return { dataset, key, value };
  });

/** The numbers of a score set, without the per-cell bookkeeping. */
function numbers(ds: Dataset, scenario: Partial<ScenarioInput>) {
  const set = computeScores(ds, scenario);
  return {
    dimension: set.dimensionScores.map((s) => [s.score, s.coverage]),
    overall: set.overall.map((o) => o.score),
    tilts: set.tilts.map((t) => t.tilt),
  };
}

const cellOf = (ds: Dataset, scenario: Partial<ScenarioInput>, key: string) => {
  const p = prepare(ds, scenario);
  const i = p.cellIndexByKey.get(key);
  return i === undefined ? undefined : p.cells[i];
};

describe('a supplied cell', () => {
  it('is marked as the analyst’s: no observation, no published value, its range a point', () => {
    const cell = cellOf(
      fixtureDataset(),
      { overrides: { 'TJ.CN.corridors': 2.5 } },
      'TJ.CN.corridors',
    );
    expect(cell).toMatchObject({
      country: 'TJ',
      partner: 'CN',
      observation: null,
      value: 2.5,
      low: 2.5,
      high: 2.5,
      baselineValue: null,
      overridden: true,
      supplied: true,
    });
    // a published cell is not supplied, overridden or not
    expect(cellOf(fixtureDataset(), {}, 'KG.CN.corridors')).toMatchObject({ supplied: false });
    expect(
      cellOf(fixtureDataset(), { overrides: { 'KG.CN.corridors': 1 } }, 'KG.CN.corridors'),
    ).toMatchObject({ supplied: false, overridden: true, baselineValue: 3 });
  });

  it('shows in its contribution as supplied, with no published value', () => {
    const set = computeScores(fixtureDataset(), { overrides: { 'TJ.RU.telecom_share': 40 } });
    const c = findDimensionScore(set, 'TJ', 'RU', 'digital')!.contributions;
    expect(c).toEqual([
      expect.objectContaining({
        key: 'TJ.RU.telecom_share',
        value: 40,
        baselineValue: null,
        supplied: true,
        normalised: 40,
        contribution: 40,
      }),
    ]);
  });

  it('is not a cell without its override, nor with a value that is not a finite number', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(
        cellOf(fixtureDataset(), { overrides: { 'TJ.CN.corridors': bad } }, 'TJ.CN.corridors'),
      ).toBeUndefined();
    }
    expect(cellOf(fixtureDataset(), {}, 'TJ.CN.corridors')).toBeUndefined();
  });

  it('depends on the options: missing under one reading, a plain override under another', () => {
    const ds = variantDataset();
    // no reading of KG.CN.trade_share matches 'zzz': the override supplies the cell
    expect(
      cellOf(
        ds,
        { options: { src: 'zzz' }, overrides: { 'KG.CN.trade_share': 35 } },
        'KG.CN.trade_share',
      ),
    ).toMatchObject({ supplied: true, low: 35, high: 35 });
    // under 'b' the same override moves the published reading [10, 30] around 20
    expect(
      cellOf(
        ds,
        { options: { src: 'b' }, overrides: { 'KG.CN.trade_share': 35 } },
        'KG.CN.trade_share',
      ),
    ).toMatchObject({ supplied: false, low: 25, high: 45, baselineValue: 20 });
  });

  it('the structure follows which cells are supplied, whatever the order of the calls', () => {
    const ds = fixtureDataset();
    const a = { 'TJ.CN.corridors': 4 };
    const b = { 'TJ.CN.corridors': 4, 'KG.RU.debt_share': 10 };
    const sequence: Record<string, number>[] = [a, {}, b, a, { 'KG.RU.debt_share': 10 }, {}, b, b];
    for (const overrides of sequence) {
      const p = prepare(ds, { overrides });
      const supplied = p.cells
        .filter((c) => c.supplied)
        .map((c) => c.key)
        .sort();
      expect(supplied).toEqual(Object.keys(overrides).sort());
      expect(p.cells).toHaveLength(ds.observations.length + supplied.length);
      // the same scores as a fresh copy of the data set (no memo)
      expect(numbers(ds, { overrides })).toEqual(numbers(structuredClone(ds), { overrides }));
    }
  });
});

describe('a supplied cell: properties', () => {
  it('scores exactly as an observation of that value with no range would', () => {
    fc.assert(
      fc.property(withMissingArb, ({ dataset, key, value }) => {
        const [country, partner, indicator] = key.split('.') as [string, string, string];
        const observed: Dataset = {
          ...dataset,
          observations: [
            ...dataset.observations,
            makeObservation(country, partner, indicator, value),
          ],
        };
        expect(numbers(dataset, { overrides: { [key]: value } })).toEqual(numbers(observed, {}));
      }),
      { numRuns: 200 },
    );
  });

  it('adds its weight to the coverage of its dimension and nothing elsewhere', () => {
    fc.assert(
      fc.property(withMissingArb, ({ dataset, key, value }) => {
        const before = computeScores(dataset).dimensionScores;
        const after = computeScores(dataset, { overrides: { [key]: value } }).dimensionScores;
        const p = prepare(dataset, { overrides: { [key]: value } });
        const cell = p.cells[p.cellIndexByKey.get(key)!]!;
        after.forEach((s, g) => {
          const group = p.groups[g]!;
          const mine =
            s.country === cell.country &&
            s.partner === cell.partner &&
            s.dimension === cell.indicator.dimension;
          const added = mine && group.totalWeight > 0 ? cell.weight / group.totalWeight : 0;
          expect(s.coverage).toBeCloseTo(before[g]!.coverage + added, 12);
          if (!mine) expect(s.score).toBe(before[g]!.score);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('Monte Carlo draws nothing for it: every other score’s interval is unchanged', () => {
    fc.assert(
      fc.property(withMissingArb, ({ dataset, key, value }) => {
        const options = { draws: 64, seed: 7 };
        const before = monteCarlo(dataset, {}, options);
        const after = monteCarlo(dataset, { overrides: { [key]: value } }, options);
        const [country, partner] = key.split('.') as [string, string];
        const dimension = dataset.indicators.find((i) => i.id === key.split('.')[2])!.dimension;
        after.dimension.forEach((d, i) => {
          if (d.country === country && d.partner === partner && d.dimension === dimension) return;
          expect(d.interval).toEqual(before.dimension[i]!.interval);
        });
        after.tilts.forEach((t, i) => {
          if (t.country === country) return;
          expect(t.interval).toEqual(before.tilts[i]!.interval);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('alone in its dimension, its score is the same point in every draw', () => {
    const ds = fixtureDataset();
    // TJ.CN infrastructure has no other data: corridors supplied at level 1 → 25 in every draw
    const mc = monteCarlo(ds, { overrides: { 'TJ.CN.corridors': 1 } }, { draws: 200 });
    const d = mc.dimension.find(
      (x) => x.country === 'TJ' && x.partner === 'CN' && x.dimension === 'infrastructure',
    )!;
    expect(d.interval).toEqual({ low: 25, median: 25, high: 25, point: 25 });
  });

  it('sensitivity has no row for it and "what would flip it" never proposes it', () => {
    fc.assert(
      fc.property(withMissingArb, ({ dataset, key, value }) => {
        const p = prepare(dataset, { overrides: { [key]: value } });
        const country = key.split('.')[0]!;
        for (const dimension of TILT_DIMENSIONS) {
          const rows = sensitivityPrepared(p, { kind: 'tilt', country, dimension }, 100).rows;
          expect(rows.some((r) => r.key === key)).toBe(false);
          const { best } = smallestFlipPrepared(p, country, dimension);
          expect(best?.cell.supplied ?? false).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('asked directly, the flip search starts from the analyst’s value', () => {
    const ds = fixtureDataset();
    const p = prepare(ds, { overrides: { 'TJ.RU.telecom_share': 40 } });
    // TJ digital: CN 95, RU 40 → +55; RU at 95 levels it, above 95 flips it
    const r = whatWouldFlipPrepared(p, {
      country: 'TJ',
      dimension: 'digital',
      key: 'TJ.RU.telecom_share',
    });
    expect(r.kind).toBe('flips');
    if (r.kind === 'flips') {
      expect(r.current).toBe(40);
      expect(r.value).toBeGreaterThan(95);
      expect(r.value).toBeLessThan(96);
      expect(r.tiltBeyond).toBeLessThan(0);
    }
  });
});
