import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, UncertaintyResult } from '@/model';
import {
  computeScores,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  findDimensionScore,
  findOverall,
  findTilt,
  monteCarlo,
  monteCarloPrepared,
  mulberry32,
  prepare,
} from '@/model';
import { datasetArb, fixtureDataset, singleIndicatorDataset } from './arbitraries';

const dimInterval = (r: UncertaintyResult, c: string, p: string, d: string) =>
  r.dimension.find((x) => x.country === c && x.partner === p && x.dimension === d)!.interval;
const overallInterval = (r: UncertaintyResult, c: string, p: string) =>
  r.overall.find((x) => x.country === c && x.partner === p)!.interval;
const tiltOf = (r: UncertaintyResult, c: string, d: string) =>
  r.tilts.find((x) => x.country === c && x.dimension === d)!;

/** Collapses every observation's range onto its value. */
const collapsed = (ds: Dataset): Dataset => ({
  ...ds,
  observations: ds.observations.map((o) => ({ ...o, low: o.value, high: o.value })),
});

describe('monteCarlo — hand-checked cases', () => {
  it('symmetric ranges: the 90% interval contains the point score, median ≈ point, quantiles of the triangular', () => {
    const ds = singleIndicatorDataset(
      { value: 60, low: 40, high: 80 },
      { value: 40, low: 20, high: 60 },
    );
    const r = monteCarlo(ds, {}, { seed: 1, draws: 4000 });
    const cn = dimInterval(r, 'KG', 'CN', 'digital')!;
    expect(cn.low).toBeLessThan(60);
    expect(cn.high).toBeGreaterThan(60);
    expect(cn.median).toBeCloseTo(60, 0);
    // triangular(40, 60, 80): F(x) = (x − 40)² / 800 = 0.05 → x = 40 + √40 ≈ 46.32; symmetric above
    expect(Math.abs(cn.low - (40 + Math.sqrt(40)))).toBeLessThan(1);
    expect(Math.abs(cn.high - (80 - Math.sqrt(40)))).toBeLessThan(1);
    const tilt = tiltOf(r, 'KG', 'digital');
    expect(tilt.interval!.low).toBeLessThan(20);
    expect(tilt.interval!.high).toBeGreaterThan(20);
    expect(Math.abs(tilt.interval!.median - 20)).toBeLessThan(1);
    // CN − RU: mean 20, sd √(2 · 1200/18) ≈ 11.5 → P(> 0) ≈ Φ(1.73) ≈ 0.96
    expect(tilt.pPositive!).toBeGreaterThan(0.93);
    expect(tilt.pPositive!).toBeLessThan(0.99);
    const overall = overallInterval(r, 'KG', 'CN')!;
    expect(overall.low).toBeLessThan(60);
    expect(overall.high).toBeGreaterThan(60);
  });

  it('reproduces the draws exactly: cells drawn in order from mulberry32(seed), then 5/50/95% quantiles', () => {
    const ds = singleIndicatorDataset(
      { value: 60, low: 40, high: 80 },
      { value: 40, low: 20, high: 60 },
    );
    const r = monteCarlo(ds, {}, { seed: 123, draws: 3 });
    expect(r.draws).toBe(3);
    expect(r.seed).toBe(123);
    const u = mulberry32(123);
    // triangular(l, m, h) with m the midpoint, by hand
    const tri = (x: number, l: number, m: number, h: number) =>
      x < 0.5 ? l + Math.sqrt(x * (h - l) * (m - l)) : h - Math.sqrt((1 - x) * (h - l) * (h - m));
    const cn: number[] = [];
    const ru: number[] = [];
    for (let k = 0; k < 3; k++) {
      cn.push(tri(u(), 40, 60, 80)); // KG.CN first (partner order), then KG.RU
      ru.push(tri(u(), 20, 40, 60));
    }
    const tilts = cn.map((x, i) => x - ru[i]!).sort((a, b) => a - b);
    cn.sort((a, b) => a - b);
    // n = 3: q05 at rank 0.1, median rank 1, q95 rank 1.9
    const q = (s: number[]) => ({
      low: s[0]! + 0.1 * (s[1]! - s[0]!),
      median: s[1]!,
      high: s[1]! + 0.9 * (s[2]! - s[1]!),
    });
    const got = dimInterval(r, 'KG', 'CN', 'digital')!;
    const want = q(cn);
    expect(got.low).toBeCloseTo(want.low, 9);
    expect(got.median).toBeCloseTo(want.median, 9);
    expect(got.high).toBeCloseTo(want.high, 9);
    const gotTilt = tiltOf(r, 'KG', 'digital').interval!;
    const wantTilt = q(tilts);
    expect(gotTilt.low).toBeCloseTo(wantTilt.low, 9);
    expect(gotTilt.median).toBeCloseTo(wantTilt.median, 9);
    expect(gotTilt.high).toBeCloseTo(wantTilt.high, 9);
    expect(tiltOf(r, 'KG', 'digital').pPositive).toBe(tilts.filter((t) => t > 0).length / 3);
  });

  it('an interval collapses to the point when low = high = value', () => {
    const ds = singleIndicatorDataset({ value: 70 }, { value: 30 });
    const r = monteCarlo(ds, {}, { draws: 200 });
    expect(dimInterval(r, 'KG', 'CN', 'digital')).toEqual({
      low: 70,
      median: 70,
      high: 70,
      point: 70,
    });
    expect(dimInterval(r, 'KG', 'RU', 'digital')).toEqual({
      low: 30,
      median: 30,
      high: 30,
      point: 30,
    });
    expect(tiltOf(r, 'KG', 'digital').interval).toEqual({
      low: 40,
      median: 40,
      high: 40,
      point: 40,
    });
    expect(tiltOf(r, 'KG', 'digital').pPositive).toBe(1);
  });

  it('pPositive = 1 when CN dominates everywhere in its range, 0 when RU does', () => {
    const cnWins = singleIndicatorDataset(
      { value: 70, low: 60, high: 80 },
      { value: 30, low: 10, high: 50 },
    );
    expect(tiltOf(monteCarlo(cnWins, {}, { draws: 500 }), 'KG', 'digital').pPositive).toBe(1);
    expect(tiltOf(monteCarlo(cnWins, {}, { draws: 500 }), 'KG', 'overall').pPositive).toBe(1);
    const ruWins = singleIndicatorDataset(
      { value: 30, low: 10, high: 50 },
      { value: 70, low: 60, high: 80 },
    );
    expect(tiltOf(monteCarlo(ruWins, {}, { draws: 500 }), 'KG', 'digital').pPositive).toBe(0);
  });

  it('an exactly balanced tilt is never counted as positive', () => {
    const ds = singleIndicatorDataset({ value: 50 }, { value: 50 });
    expect(tiltOf(monteCarlo(ds, {}, { draws: 100 }), 'KG', 'digital').pPositive).toBe(0);
  });

  it('no data → null interval and null pPositive', () => {
    const r = monteCarlo(fixtureDataset(), {}, { draws: 50 });
    expect(dimInterval(r, 'TJ', 'CN', 'infrastructure')).toBeNull();
    expect(tiltOf(r, 'TJ', 'infrastructure')).toMatchObject({ interval: null, pPositive: null });
    expect(tiltOf(r, 'TJ', 'digital')).toMatchObject({ interval: null, pPositive: null });
    expect(dimInterval(r, 'TJ', 'CN', 'digital')).not.toBeNull();
  });

  it('follows the scenario: an override moves the interval with the shifted range', () => {
    const ds = singleIndicatorDataset({ value: 60, low: 40, high: 80 }, { value: 40 });
    const r = monteCarlo(ds, { overrides: { 'KG.CN.telecom_share': 20 } }, { draws: 2000 });
    const cn = dimInterval(r, 'KG', 'CN', 'digital')!;
    // range [0, 40] around 20
    expect(cn.median).toBeCloseTo(20, 0);
    expect(cn.low).toBeGreaterThanOrEqual(0);
    expect(cn.high).toBeLessThanOrEqual(40);
    expect(tiltOf(r, 'KG', 'digital').pPositive!).toBeLessThan(0.01);
  });
});

describe('monteCarlo — draws and seeds', () => {
  it('uses the defaults: 2,000 draws and the default seed', () => {
    const r = monteCarlo(singleIndicatorDataset({ value: 60, low: 40, high: 80 }, { value: 40 }));
    expect(DEFAULT_DRAWS).toBe(2000);
    expect(r.draws).toBe(DEFAULT_DRAWS);
    expect(r.seed).toBe(DEFAULT_SEED);
  });

  it('respects the draws count, rounding down, with at least one draw', () => {
    const ds = singleIndicatorDataset({ value: 60, low: 40, high: 80 }, { value: 40 });
    expect(monteCarlo(ds, {}, { draws: 37 }).draws).toBe(37);
    expect(monteCarlo(ds, {}, { draws: 2.7 }).draws).toBe(2);
    const one = monteCarlo(ds, {}, { draws: 0 });
    expect(one.draws).toBe(1);
    // one draw: all quantiles are that draw
    const i = dimInterval(one, 'KG', 'CN', 'digital')!;
    expect(i.low).toBe(i.median);
    expect(i.high).toBe(i.median);
    expect(monteCarlo(ds, {}, { draws: -5 }).draws).toBe(1);
    // two draws differ, so the interval opens up
    const two = dimInterval(monteCarlo(ds, {}, { draws: 2 }), 'KG', 'CN', 'digital')!;
    expect(two.high).toBeGreaterThan(two.low);
  });

  it('a non-numeric draws count (NaN) still runs draws', () => {
    const ds = singleIndicatorDataset({ value: 60, low: 40, high: 80 }, { value: 40 });
    const r = monteCarlo(ds, {}, { draws: NaN });
    expect(Number.isInteger(r.draws) && r.draws >= 1).toBe(true);
    expect(dimInterval(r, 'KG', 'CN', 'digital')).not.toBeNull();
  });

  it('same seed → identical result; different seeds → different results', () => {
    const ds = fixtureDataset();
    const a = monteCarlo(ds, {}, { seed: 7, draws: 300 });
    const b = monteCarlo(ds, {}, { seed: 7, draws: 300 });
    expect(b).toEqual(a);
    for (const seed of [8, 9, 1000, 2 ** 31]) {
      const c = monteCarlo(ds, {}, { seed, draws: 300 });
      expect(c.seed).toBe(seed);
      expect(c.dimension).not.toEqual(a.dimension);
    }
  });

  it('monteCarloPrepared(prepare(d, s)) equals monteCarlo(d, s)', () => {
    const s = { overrides: { 'KG.CN.trade_share': 70 }, aggregation: 'geometric' as const };
    expect(monteCarloPrepared(prepare(fixtureDataset(), s), { seed: 3, draws: 100 })).toEqual(
      monteCarlo(fixtureDataset(), s, { seed: 3, draws: 100 }),
    );
  });
});

describe('monteCarlo — properties', () => {
  it('same seed → identical result, and intervals are ordered, null exactly where the score is null', () => {
    fc.assert(
      fc.property(
        datasetArb({ wildValues: true }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (ds, seed) => {
          const a = monteCarlo(ds, {}, { seed, draws: 40 });
          expect(monteCarlo(ds, {}, { seed, draws: 40 })).toEqual(a);
          const scores = computeScores(ds);
          a.dimension.forEach((x) => {
            const s = findDimensionScore(scores, x.country, x.partner, x.dimension)!.score;
            expect(x.interval === null).toBe(s === null);
            if (x.interval) {
              expect(x.interval.low).toBeLessThanOrEqual(x.interval.median);
              expect(x.interval.median).toBeLessThanOrEqual(x.interval.high);
            }
          });
          a.overall.forEach((x) =>
            expect(x.interval === null).toBe(findOverall(scores, x.country, x.partner) === null),
          );
          a.tilts.forEach((x) => {
            expect(x.interval === null).toBe(findTilt(scores, x.country, x.dimension) === null);
            expect(x.pPositive === null).toBe(x.interval === null);
            if (x.pPositive !== null) {
              expect(x.pPositive).toBeGreaterThanOrEqual(0);
              expect(x.pPositive).toBeLessThanOrEqual(1);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with every range collapsed, every interval is the point score', () => {
    fc.assert(
      fc.property(
        datasetArb(),
        fc.constantFrom('arithmetic' as const, 'geometric' as const),
        (raw, aggregation) => {
          const ds = collapsed(raw);
          const r = monteCarlo(ds, { aggregation }, { draws: 5 });
          const scores = computeScores(ds, { aggregation });
          r.dimension.forEach((x) => {
            const s = findDimensionScore(scores, x.country, x.partner, x.dimension)!.score;
            if (s === null) return;
            expect(x.interval!.low).toBeCloseTo(s, 9);
            expect(x.interval!.high).toBeCloseTo(s, 9);
          });
          r.tilts.forEach((x) => {
            const t = findTilt(scores, x.country, x.dimension);
            if (t === null) return;
            expect(x.interval!.median).toBeCloseTo(t, 9);
            expect(x.pPositive).toBe(t > 0 ? 1 : 0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('intervals of scores stay in [0, 100], of tilts in [−100, 100]', () => {
    fc.assert(
      fc.property(datasetArb({ wildValues: true }), (ds) => {
        const r = monteCarlo(ds, {}, { draws: 20 });
        for (const x of [...r.dimension, ...r.overall])
          if (x.interval) {
            expect(x.interval.low).toBeGreaterThanOrEqual(0);
            expect(x.interval.high).toBeLessThanOrEqual(100);
          }
        for (const x of r.tilts)
          if (x.interval) {
            expect(x.interval.low).toBeGreaterThanOrEqual(-100);
            expect(x.interval.high).toBeLessThanOrEqual(100);
          }
      }),
      { numRuns: 200 },
    );
  });
});
