// How a number is read: the one rule that puts a tilt into words (leans / too close to call,
// and how strongly), and the one rule that places a score against its 90% interval. Every
// view, slide, the headline and the command line read these; none keeps a threshold of its
// own. Pure: no React, no DOM, no I/O.
import type { MissingReason } from './missing';
import type { Interval } from './uncertainty';

/**
 * The thresholds of the lean rule, in one place (the methodology page reads them from here).
 *
 * - `balanced`: a tilt whose size is below this many points shows as 0.0 (one decimal): it
 *   leans to nobody.
 * - `share`: with Monte Carlo draws, a tilt leans only when at least this share of the draws
 *   fall on the side of the published-values tilt. 0.9 matches the 90% intervals the app
 *   shows: a lean is stated when the direction holds in at least 90% of plausible cases, the
 *   same confidence as every interval beside it. Below it the tilt is too close to call,
 *   whatever its size.
 * - `tooCloseWithoutDraws`: before the draws are in (or where none can be run), a tilt smaller
 *   than this many points is too close to call (the old fixed threshold of the country page,
 *   kept only for the moment before the draws arrive: the draws decide once they are in).
 * - `slight`, `clear`: the strength of a lean by its size in points (0–100 scale): below
 *   `slight` it leans slightly, below `clear` clearly, from `clear` on strongly.
 */
export const LEAN_THRESHOLDS = {
  balanced: 0.05,
  share: 0.9,
  tooCloseWithoutDraws: 2.5,
  slight: 10,
  clear: 25,
} as const;

/** The side a tilt leans to: positive = the tilt pair's first partner (China). */
export type LeanSide = 'positive' | 'negative';
export type LeanStrength = 'slight' | 'clear' | 'strong';

export type TiltReading =
  /**
   * no tilt: a partner has no score in this dimension, for want of evidence or because the
   * weights exclude the data (src/model/missing.ts)
   */
  | { kind: 'none'; reason: MissingReason }
  /** |tilt| below LEAN_THRESHOLDS.balanced: shows as 0.0 */
  | { kind: 'balanced' }
  /**
   * too close to call. `side` is where most draws fall and `share` their share (≥ 0.5), so the
   * words can say "82% of draws lean to China"; both null without draws.
   */
  | { kind: 'uncertain'; side: LeanSide | null; share: number | null }
  /** leans to `side`; `share` = the share of draws on that side, null without draws */
  | { kind: 'leans'; side: LeanSide; strength: LeanStrength; share: number | null };

const usable = (x: number | null | undefined): x is number =>
  x !== null && x !== undefined && Number.isFinite(x);

/** Tilts are shown with one decimal; the words go by the number the reader sees. */
const DISPLAY_DECIMALS = 1;

/** The strength of a lean of this size, as displayed (−24.99999 shows as −25.0: strong). */
export function leanStrength(tilt: number): LeanStrength {
  const f = 10 ** DISPLAY_DECIMALS;
  const abs = Math.round(Math.abs(tilt) * f) / f;
  return abs < LEAN_THRESHOLDS.slight ? 'slight' : abs < LEAN_THRESHOLDS.clear ? 'clear' : 'strong';
}

/**
 * Reads a tilt (score of the first partner − score of the second) with `pPositive`, the share
 * of Monte Carlo draws in which it is positive (null when the draws are not in). A missing
 * tilt reads as `none` with `missing`, the reason of src/model/missing.ts (no evidence unless
 * told).
 *
 * With draws: the share of draws on the side of the tilt (pPositive if tilt > 0, else
 * 1 − pPositive) must reach LEAN_THRESHOLDS.share for a lean; below it the tilt is too close
 * to call whatever its size. Without draws: smaller than LEAN_THRESHOLDS.tooCloseWithoutDraws
 * is too close to call. A lean's strength goes by its size.
 */
export function readTilt(
  tilt: number | null | undefined,
  pPositive: number | null | undefined = null,
  missing: MissingReason | null = null,
): TiltReading {
  if (!usable(tilt)) return { kind: 'none', reason: missing ?? 'evidence' };
  if (Math.abs(tilt) < LEAN_THRESHOLDS.balanced) return { kind: 'balanced' };
  const side: LeanSide = tilt > 0 ? 'positive' : 'negative';
  if (!usable(pPositive)) {
    return Math.abs(tilt) < LEAN_THRESHOLDS.tooCloseWithoutDraws
      ? { kind: 'uncertain', side: null, share: null }
      : { kind: 'leans', side, strength: leanStrength(tilt), share: null };
  }
  const p = Math.min(1, Math.max(0, pPositive));
  const share = side === 'positive' ? p : 1 - p;
  if (share >= LEAN_THRESHOLDS.share) {
    return { kind: 'leans', side, strength: leanStrength(tilt), share };
  }
  // Too close to call: name the side most draws fall on (the tilt's own side on a tie).
  return share >= 0.5
    ? { kind: 'uncertain', side, share }
    : { kind: 'uncertain', side: side === 'positive' ? 'negative' : 'positive', share: 1 - share };
}

/**
 * A reading as one short machine-readable word: "china-clear", "russia-slight", "too-close",
 * "balanced", "no-data", "excluded-by-weights" (the command line's `lean` field). `names` are the tilt pair's
 * partners as they should appear (e.g. "china", "russia").
 */
export function leanCode(
  reading: TiltReading,
  names: { positive: string; negative: string },
): string {
  switch (reading.kind) {
    case 'none':
      return reading.reason === 'weights' ? 'excluded-by-weights' : 'no-data';
    case 'balanced':
      return 'balanced';
    case 'uncertain':
      return 'too-close';
    case 'leans':
      return `${reading.side === 'positive' ? names.positive : names.negative}-${reading.strength}`;
  }
}

/**
 * Were these draws run for this score? An interval records the score its scenario gives
 * without draws (`point`); one without it (older callers) is taken to be this score's.
 */
export function intervalIsFor(score: number, interval: Pick<Interval, 'point'>): boolean {
  return interval.point === undefined || Math.abs(interval.point - score) <= 1e-9;
}

/** Where a number stands against its 90% interval. */
export type IntervalPosition = 'inside' | 'below' | 'above';

/**
 * Where a score (or tilt) from the published values stands against its own 90% Monte Carlo
 * interval, compared as shown (`digits` decimals). It can fall outside: the draws are
 * triangular with the published value as mode, so where published values sit at one end of
 * their ranges most draws land on the other side of them, and the interval moves away from
 * the published-values score. Every view that shows a number with its interval then says so
 * beside it, with the median of the draws; the methodology page explains why.
 */
export function scoreAgainstInterval(
  score: number | null | undefined,
  interval: Pick<Interval, 'low' | 'high' | 'point'> | null | undefined,
  digits = 1,
): IntervalPosition {
  if (!usable(score) || !interval || !usable(interval.low) || !usable(interval.high)) {
    return 'inside';
  }
  // Draws run for another scenario (the one that last came to rest, during a drag) say
  // nothing about this score: nothing is flagged until they catch up.
  if (!intervalIsFor(score, interval)) return 'inside';
  const shown = (x: number) => Number(x.toFixed(digits));
  const s = shown(score);
  if (s < shown(interval.low)) return 'below';
  if (s > shown(interval.high)) return 'above';
  return 'inside';
}
