import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mulberry32, quantileSorted, triangular } from '@/model';

describe('mulberry32', () => {
  it('reproduces the reference mulberry32 sequence', () => {
    // bryc's reference mulberry32, seed 1
    const r = mulberry32(1);
    expect(r()).toBe(0.6270739405881613);
    expect(r()).toBe(0.002735721180215478);
    expect(r()).toBe(0.5274470399599522);
  });

  it('same seed → same sequence; different seed → different sequence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 1000 }),
        (seed, d) => {
          const a = mulberry32(seed);
          const b = mulberry32(seed);
          const c = mulberry32((seed + d) % 2 ** 32);
          const sa = Array.from({ length: 8 }, () => a());
          const sb = Array.from({ length: 8 }, () => b());
          const sc = Array.from({ length: 8 }, () => c());
          expect(sb).toEqual(sa);
          expect(sc).not.toEqual(sa);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads the seed as an unsigned 32-bit integer', () => {
    expect(mulberry32(2 ** 32 + 7)()).toBe(mulberry32(7)());
    expect(mulberry32(-1)()).toBe(mulberry32(2 ** 32 - 1)());
  });

  it('yields numbers in [0, 1) with mean ≈ 0.5', () => {
    const r = mulberry32(42);
    let sum = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = r();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    // sd of the mean = 1/sqrt(12 n) ≈ 0.002
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
  });
});

describe('triangular', () => {
  it('inverts the CDF: hand-computed points', () => {
    // symmetric on [0, 1], mode 0.5: split = 0.5
    expect(triangular(0, 0, 0.5, 1)).toBe(0);
    expect(triangular(0.5, 0, 0.5, 1)).toBe(0.5);
    expect(triangular(0.125, 0, 0.5, 1)).toBeCloseTo(0.25, 12); // sqrt(0.125 · 1 · 0.5)
    expect(triangular(0.875, 0, 0.5, 1)).toBeCloseTo(0.75, 12); // 1 − sqrt(0.125 · 1 · 0.5)
    // skewed on [10, 20], mode 12: split = 0.2; u = 0.1 → 10 + sqrt(0.1 · 10 · 2)
    expect(triangular(0.1, 10, 12, 20)).toBeCloseTo(10 + Math.sqrt(2), 12);
    // u = 0.6 → 20 − sqrt(0.4 · 10 · 8)
    expect(triangular(0.6, 10, 12, 20)).toBeCloseTo(20 - Math.sqrt(32), 12);
    // u → 1 reaches the high end
    expect(triangular(1 - 1e-12, 10, 12, 20)).toBeCloseTo(20, 4);
  });

  it('a degenerate range returns the mode', () => {
    expect(triangular(0.3, 5, 5, 5)).toBe(5);
    expect(triangular(0.9, 7, 6, 7)).toBe(6);
    expect(triangular(0.9, 8, 6, 2)).toBe(6); // high < low
  });

  it('clamps a mode outside the range into it', () => {
    // mode below low acts like mode = low: 20 − sqrt((1 − u) · 10 · 10)
    expect(triangular(0.75, 10, 0, 20)).toBeCloseTo(20 - Math.sqrt(25), 12);
    // mode above high acts like mode = high: 10 + sqrt(u · 10 · 10)
    expect(triangular(0.25, 10, 99, 20)).toBeCloseTo(10 + 5, 12);
  });

  it('always stays within [low, high]', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: 0, max: 1, maxExcluded: true }),
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, min: 0, max: 1 }),
        fc.oneof(fc.constant(0), fc.double({ noNaN: true, min: 1e-9, max: 1e6 })),
        (u, low, modeFrac, width) => {
          const high = low + width;
          const mode = low + modeFrac * width;
          const x = triangular(u, low, mode, high);
          expect(x).toBeGreaterThanOrEqual(low);
          expect(x).toBeLessThanOrEqual(high);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays within [low, high] at u = 0 with mode = low (rounding in high − (high − low))', () => {
    // exact answer: low. 1e6 − (1e6 − 0.1) rounds to 0.09999999997671694 < 0.1
    expect(triangular(0, 0.1, 0.1, 1e6)).toBeGreaterThanOrEqual(0.1);
    expect(triangular(0, 1e-20, 1e-20, 1)).toBeGreaterThanOrEqual(1e-20);
    // a range so narrow that (high − low)² is sub-normal
    expect(triangular(0, 0, 0, 7.202561545265052e-162)).toBeGreaterThanOrEqual(0);
  });

  it('is non-decreasing in u', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: 0, max: 1, maxExcluded: true }),
        fc.double({ noNaN: true, min: 0, max: 1, maxExcluded: true }),
        fc.double({ noNaN: true, min: 0, max: 1 }),
        (a, b, modeFrac) => {
          const [u1, u2] = a <= b ? [a, b] : [b, a];
          expect(triangular(u1, 0, modeFrac * 10, 10)).toBeLessThanOrEqual(
            triangular(u2, 0, modeFrac * 10, 10) + 1e-12,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    [0, 0.5, 1],
    [10, 12, 20],
    [-5, 4, 5],
    [100, 100, 400],
  ])('mean over many draws ≈ (low + mode + high) / 3 on [%d, %d, %d]', (low, mode, high) => {
    const r = mulberry32(7);
    const n = 20000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += triangular(r(), low, mode, high);
    const mean = (low + mode + high) / 3;
    // sd of a triangular ≤ (high − low) / sqrt(18); allow 5 standard errors
    const tolerance = (5 * (high - low)) / Math.sqrt(18 * n);
    expect(Math.abs(sum / n - mean)).toBeLessThan(tolerance);
  });
});

describe('quantileSorted', () => {
  it('interpolates linearly between ranks', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([10, 20], 0.05)).toBeCloseTo(10.5, 12);
    expect(quantileSorted([0, 10, 20, 30, 40], 0.9)).toBeCloseTo(36, 12);
    const hundred = Float64Array.from({ length: 101 }, (_, i) => i);
    expect(quantileSorted(hundred, 0.05)).toBeCloseTo(5, 12);
    expect(quantileSorted(hundred, 0.95)).toBeCloseTo(95, 12);
  });

  it('clamps q to [0, 1]', () => {
    expect(quantileSorted([3, 5, 9], -0.5)).toBe(3);
    expect(quantileSorted([3, 5, 9], 7)).toBe(9);
  });

  it('handles empty and one-element arrays', () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
    expect(quantileSorted([42], 0.05)).toBe(42);
    expect(quantileSorted([42], 0.95)).toBe(42);
  });

  it('lies between the extremes and is non-decreasing in q', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 50 }),
        fc.double({ noNaN: true, min: 0, max: 1 }),
        fc.double({ noNaN: true, min: 0, max: 1 }),
        (xs, a, b) => {
          const sorted = Float64Array.from(xs).sort();
          const [q1, q2] = a <= b ? [a, b] : [b, a];
          const x1 = quantileSorted(sorted, q1);
          const x2 = quantileSorted(sorted, q2);
          expect(x1).toBeGreaterThanOrEqual(sorted[0]!);
          expect(x2).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
          expect(x1).toBeLessThanOrEqual(x2 + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
