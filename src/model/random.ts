/** The largest seed: mulberry32 keeps 32 bits, so a larger one would repeat a smaller one. */
export const MAX_SEED = 0xffffffff;

/** A seed that names its own sequence: a whole number from 0 to MAX_SEED. */
export function isUsableSeed(seed: number): boolean {
  return Number.isSafeInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/** A seeded generator (mulberry32): same seed, same sequence, on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A draw from the triangular distribution on [low, high] with the given mode,
 * by inverting its CDF. Degenerate ranges return the mode.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  if (!(high > low)) return mode;
  const m = Math.min(Math.max(mode, low), high);
  const split = (m - low) / (high - low);
  // Clamped: rounding in the square root can step just outside the range.
  const x =
    u < split
      ? low + Math.sqrt(u * (high - low) * (m - low))
      : high - Math.sqrt((1 - u) * (high - low) * (high - m));
  return Math.min(Math.max(x, low), high);
}

/** The q-quantile (0..1) of an ascending-sorted array, linearly interpolated. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * Math.min(Math.max(q, 0), 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}
