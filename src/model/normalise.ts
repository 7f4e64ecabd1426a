import type { Goalposts, Scale } from './types';

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** The HDI-style transform: identity for linear indicators, log10 for money amounts. */
function transform(x: number, scale: Scale): number {
  if (scale === 'linear') return x;
  // log of a non-positive amount is undefined: it sits at (or below) the lower goalpost.
  return x > 0 ? Math.log10(x) : -Infinity;
}

/**
 * n = 100 · clamp((T(v) − T(min)) / (T(max) − T(min)), 0, 1).
 * Always returns a finite number in [0, 100]; a non-finite value reads as 0.
 */
export function normalise(value: number, goalposts: Goalposts, scale: Scale): number {
  if (Number.isNaN(value)) return 0;
  const lo = transform(goalposts.min, scale);
  const hi = transform(goalposts.max, scale);
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) {
    // Degenerate goalposts: everything at or above max counts as full dependence.
    return value >= goalposts.max ? 100 : 0;
  }
  const t = transform(value, scale);
  if (t === -Infinity) return 0;
  if (t === Infinity) return 100;
  const n = 100 * clamp((t - lo) / span, 0, 1);
  // Floating-point residue is no dependence: a value a hair above its lower goalpost (1e-322
  // after subtracting two near-equal numbers) would otherwise keep a geometric mean off zero
  // or, once a weight scales it into underflow, drop it to zero: the score would depend on
  // how the weights are written, not on what they say.
  return n < NORMALISED_RESIDUE ? 0 : n;
}

/** Below this (on the 0–100 scale, far under any digit shown) a normalised value is 0. */
const NORMALISED_RESIDUE = 1e-9;

/** Inverse of `normalise` inside the goalposts: the raw value that scores n. */
export function denormalise(n: number, goalposts: Goalposts, scale: Scale): number {
  const f = clamp(n, 0, 100) / 100;
  if (scale === 'linear') return goalposts.min + f * (goalposts.max - goalposts.min);
  const lo = Math.log10(goalposts.min);
  const hi = Math.log10(goalposts.max);
  return 10 ** (lo + f * (hi - lo));
}
