import type { Prepared } from './prepare';
import { cellValues, prepare } from './prepare';
import { mulberry32, quantileSorted, triangular } from './random';
import type { ScoreVectors, TiltDimension } from './scores';
import { allocateVectors, evaluate, TILT_DIMENSIONS } from './scores';
import type { CountryCode, Dataset, Dimension, PartnerCode, ScenarioInput } from './types';
import { DIMENSIONS } from './types';

export interface Interval {
  /** 5th percentile */
  low: number;
  median: number;
  /** 95th percentile */
  high: number;
  /**
   * The score from the scenario's own values (no draw) that these draws were run for: a view
   * compares a score with this interval only while it shows that same score (during a drag the
   * draws still belong to the scenario that last came to rest).
   */
  point?: number;
}

export interface UncertaintyOptions {
  draws?: number;
  seed?: number;
}

export const DEFAULT_DRAWS = 2000;
export const DEFAULT_SEED = 20260701;
/** More draws than this add nothing visible and cost memory. */
const MAX_DRAWS = 100_000;

export interface UncertaintyResult {
  draws: number;
  seed: number;
  dimension: {
    country: CountryCode;
    partner: PartnerCode;
    dimension: Dimension;
    interval: Interval | null;
  }[];
  overall: { country: CountryCode; partner: PartnerCode; interval: Interval | null }[];
  tilts: {
    country: CountryCode;
    dimension: TiltDimension;
    interval: Interval | null;
    /** share of draws (with data) in which the tilt is positive, i.e. leans to tiltPair[0] */
    pPositive: number | null;
  }[];
}

function summarise(samples: Float64Array, count: number, point: number): Interval | null {
  if (count === 0) return null;
  const sorted = samples.subarray(0, count).sort();
  const interval: Interval = {
    low: quantileSorted(sorted, 0.05),
    median: quantileSorted(sorted, 0.5),
    high: quantileSorted(sorted, 0.95),
  };
  if (Number.isFinite(point)) interval.point = point;
  return interval;
}

/**
 * Monte Carlo over the observations' ranges: each draw takes every cell from a
 * triangular distribution (mode = value) and rescores everything; a cell the analyst
 * supplied keeps its value in every draw. Returns 90% intervals and the probability that
 * each tilt is positive.
 */
export function monteCarloPrepared(
  prepared: Prepared,
  options: UncertaintyOptions = {},
): UncertaintyResult {
  const requested = options.draws ?? DEFAULT_DRAWS;
  const draws = Number.isFinite(requested)
    ? Math.min(Math.max(1, Math.floor(requested)), MAX_DRAWS)
    : DEFAULT_DRAWS;
  const seed = options.seed ?? DEFAULT_SEED;
  const random = mulberry32(seed);
  const cells = prepared.cells;
  const values = new Float64Array(cells.length);
  const out: ScoreVectors = allocateVectors(prepared);
  // The scores without any draw, which the intervals are read against.
  const point: ScoreVectors = allocateVectors(prepared);
  evaluate(prepared, cellValues(prepared), point);

  const nG = out.dimension.length;
  const nO = out.overall.length;
  const nT = out.tilt.length;
  // Samples laid out series-major so each series can be sorted in place.
  const dimSamples = new Float64Array(nG * draws);
  const dimCount = new Int32Array(nG);
  const overallSamples = new Float64Array(nO * draws);
  const overallCount = new Int32Array(nO);
  const tiltSamples = new Float64Array(nT * draws);
  const tiltCount = new Int32Array(nT);
  const tiltPositive = new Int32Array(nT);

  for (let k = 0; k < draws; k++) {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      // A value the analyst supplied has no published range: nothing to draw, and no
      // random number taken, so supplying a cell leaves every other cell's draws as they were.
      values[i] = cell.supplied
        ? cell.value
        : triangular(random(), cell.low, cell.value, cell.high);
    }
    evaluate(prepared, values, out);
    for (let g = 0; g < nG; g++) {
      const s = out.dimension[g]!;
      if (!Number.isNaN(s)) dimSamples[g * draws + dimCount[g]!++] = s;
    }
    for (let o = 0; o < nO; o++) {
      const s = out.overall[o]!;
      if (!Number.isNaN(s)) overallSamples[o * draws + overallCount[o]!++] = s;
    }
    for (let t = 0; t < nT; t++) {
      const s = out.tilt[t]!;
      if (Number.isNaN(s)) continue;
      tiltSamples[t * draws + tiltCount[t]!++] = s;
      if (s > 0) tiltPositive[t]!++;
    }
  }

  const series = (all: Float64Array, index: number) =>
    all.subarray(index * draws, (index + 1) * draws);

  return {
    draws,
    seed,
    dimension: prepared.groups.map((g, i) => ({
      country: g.country,
      partner: g.partner,
      dimension: g.dimension,
      interval: summarise(series(dimSamples, i), dimCount[i]!, point.dimension[i]!),
    })),
    overall: prepared.countries.flatMap((country, c) =>
      prepared.partners.map((partner, p) => {
        const i = c * prepared.partners.length + p;
        return {
          country,
          partner,
          interval: summarise(series(overallSamples, i), overallCount[i]!, point.overall[i]!),
        };
      }),
    ),
    tilts: prepared.countries.flatMap((country, c) =>
      TILT_DIMENSIONS.map((dimension, d) => {
        const i = c * (DIMENSIONS.length + 1) + d;
        const n = tiltCount[i]!;
        return {
          country,
          dimension,
          interval: summarise(series(tiltSamples, i), n, point.tilt[i]!),
          pPositive: n > 0 ? tiltPositive[i]! / n : null,
        };
      }),
    ),
  };
}

export function monteCarlo(
  dataset: Dataset,
  scenario: Partial<ScenarioInput> = {},
  options: UncertaintyOptions = {},
): UncertaintyResult {
  return monteCarloPrepared(prepare(dataset, scenario), options);
}

// Look-ups on a Monte Carlo result (undefined before it arrives), so callers never re-derive them.

/** The 90% interval of a score in a dimension, or overall; null before the draws are in. */
export function findScoreInterval(
  result: UncertaintyResult | undefined,
  country: CountryCode,
  partner: PartnerCode,
  dimension: TiltDimension,
): Interval | null {
  if (!result) return null;
  const found =
    dimension === 'overall'
      ? result.overall.find((o) => o.country === country && o.partner === partner)
      : result.dimension.find(
          (o) => o.country === country && o.partner === partner && o.dimension === dimension,
        );
  return found?.interval ?? null;
}

/** A tilt's interval and share of draws leaning to the tilt pair's first partner. */
export function findTiltDraws(
  result: UncertaintyResult | undefined,
  country: CountryCode,
  dimension: TiltDimension,
): { interval: Interval | null; pPositive: number | null } {
  const found = result?.tilts.find((t) => t.country === country && t.dimension === dimension);
  return { interval: found?.interval ?? null, pPositive: found?.pPositive ?? null };
}
