import type { MissingReason } from './missing';
import { missingReason, tiltMissingReason } from './missing';
import { clamp, normalise } from './normalise';
import type { Prepared } from './prepare';
import { cellValues, groupIndex, prepare } from './prepare';
import type { CountryCode, Dataset, Dimension, PartnerCode, ScenarioInput } from './types';
import { DIMENSIONS } from './types';

/**
 * Flat numeric result of one evaluation, laid out by index so that Monte Carlo
 * and sensitivity can run thousands of them without building objects.
 * NaN stands for "no data" here; the object layer turns it into null.
 */
export interface ScoreVectors {
  /** per group (country × partner × dimension) */
  dimension: Float64Array;
  coverage: Float64Array;
  /** per country × partner */
  overall: Float64Array;
  /** per country × (dimensions…, overall) */
  tilt: Float64Array;
}

export function allocateVectors(prepared: Prepared): ScoreVectors {
  const cp = prepared.countries.length * prepared.partners.length;
  return {
    dimension: new Float64Array(prepared.groups.length),
    coverage: new Float64Array(prepared.groups.length),
    overall: new Float64Array(cp),
    tilt: new Float64Array(prepared.countries.length * (DIMENSIONS.length + 1)),
  };
}

/** Scores every group, overall score and tilt from a vector of cell values. */
export function evaluate(prepared: Prepared, values: ArrayLike<number>, out: ScoreVectors): void {
  const { cells, groups, dimensionWeights } = prepared;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    let sum = 0;
    let weightWithData = 0;
    for (const ci of group.cells) {
      const cell = cells[ci]!;
      if (cell.weight === 0) continue;
      const { goalposts, scale } = cell.indicator;
      sum += cell.weight * normalise(values[ci]!, goalposts, scale);
      weightWithData += cell.weight;
    }
    // Clamped: floating-point rounding can land a hair above 100.
    out.dimension[g] = weightWithData > 0 ? clamp(sum / weightWithData, 0, 100) : NaN;
    out.coverage[g] = group.totalWeight > 0 ? weightWithData / group.totalWeight : 0;
  }

  const nd = DIMENSIONS.length;
  const geometric = prepared.aggregation === 'geometric';
  for (let c = 0; c < prepared.countries.length; c++) {
    for (let p = 0; p < prepared.partners.length; p++) {
      let acc = 0;
      let weight = 0;
      let zero = false;
      for (let d = 0; d < nd; d++) {
        const w = dimensionWeights[d]!;
        const s = out.dimension[groupIndex(prepared, c, p, d)]!;
        if (w === 0 || Number.isNaN(s)) continue;
        weight += w;
        if (geometric) {
          if (s <= 0) zero = true;
          else acc += w * Math.log(s);
        } else {
          acc += w * s;
        }
      }
      let overall = NaN;
      if (weight > 0)
        overall = clamp(geometric ? (zero ? 0 : Math.exp(acc / weight)) : acc / weight, 0, 100);
      out.overall[c * prepared.partners.length + p] = overall;
    }
  }

  const [first, second] = prepared.tiltPair;
  for (let c = 0; c < prepared.countries.length; c++) {
    for (let d = 0; d <= nd; d++) {
      let a = NaN;
      let b = NaN;
      if (first >= 0 && second >= 0) {
        if (d < nd) {
          a = out.dimension[groupIndex(prepared, c, first, d)]!;
          b = out.dimension[groupIndex(prepared, c, second, d)]!;
        } else {
          a = out.overall[c * prepared.partners.length + first]!;
          b = out.overall[c * prepared.partners.length + second]!;
        }
      }
      out.tilt[c * (nd + 1) + d] = a - b;
    }
  }
}

export interface Contribution {
  key: string;
  indicator: string;
  value: number;
  /** the published value; null for a cell the analyst supplied */
  baselineValue: number | null;
  overridden: boolean;
  /** the cell had no observation: its value is the analyst's own (see Cell.supplied) */
  supplied: boolean;
  normalised: number;
  weight: number;
  /** points this indicator adds to its dimension score; they sum to the score */
  contribution: number;
}

export interface DimensionScore {
  country: CountryCode;
  partner: PartnerCode;
  dimension: Dimension;
  score: number | null;
  /** share of the dimension's weight that had data, 0..1 */
  coverage: number;
  contributions: Contribution[];
  /** why `score` is null (src/model/missing.ts); null when it is a number */
  missing: MissingReason | null;
}

interface OverallScore {
  country: CountryCode;
  partner: PartnerCode;
  score: number | null;
  /** why `score` is null (src/model/missing.ts); null when it is a number */
  missing: MissingReason | null;
}

export type TiltDimension = Dimension | 'overall';
export const TILT_DIMENSIONS: readonly TiltDimension[] = [...DIMENSIONS, 'overall'];

interface Tilt {
  country: CountryCode;
  dimension: TiltDimension;
  /** score(tiltPair[0]) − score(tiltPair[1]), in [−100, 100]; positive leans to the first */
  tilt: number | null;
  /** why `tilt` is null (src/model/missing.ts); null when it is a number */
  missing: MissingReason | null;
}

export interface ScoreSet {
  dimensionScores: DimensionScore[];
  overall: OverallScore[];
  tilts: Tilt[];
}

const orNull = (x: number | undefined): number | null =>
  x === undefined || Number.isNaN(x) ? null : x;

/** Turns the numeric vectors into the labelled result the UI, CLI and tests read. */
export function toScoreSet(
  prepared: Prepared,
  values: ArrayLike<number>,
  v: ScoreVectors,
): ScoreSet {
  const dimensionScores: DimensionScore[] = prepared.groups.map((group, g) => {
    const score = orNull(v.dimension[g]);
    let weightWithData = 0;
    for (const ci of group.cells) weightWithData += prepared.cells[ci]!.weight;
    const contributions = group.cells.map((ci): Contribution => {
      const cell = prepared.cells[ci]!;
      const value = values[ci]!;
      const normalised = normalise(value, cell.indicator.goalposts, cell.indicator.scale);
      return {
        key: cell.key,
        indicator: cell.indicator.id,
        value,
        baselineValue: cell.baselineValue,
        overridden: cell.overridden,
        supplied: cell.supplied,
        normalised,
        weight: cell.weight,
        contribution: weightWithData > 0 ? (cell.weight * normalised) / weightWithData : 0,
      };
    });
    return {
      country: group.country,
      partner: group.partner,
      dimension: group.dimension,
      score,
      coverage: v.coverage[g] ?? 0,
      contributions,
      missing: missingReason(prepared, group.country, group.partner, group.dimension),
    };
  });

  const overall: OverallScore[] = [];
  prepared.countries.forEach((country, c) =>
    prepared.partners.forEach((partner, p) =>
      overall.push({
        country,
        partner,
        score: orNull(v.overall[c * prepared.partners.length + p]),
        missing: missingReason(prepared, country, partner, 'overall'),
      }),
    ),
  );

  const tilts: Tilt[] = [];
  prepared.countries.forEach((country, c) =>
    TILT_DIMENSIONS.forEach((dimension, d) =>
      tilts.push({
        country,
        dimension,
        tilt: orNull(v.tilt[c * TILT_DIMENSIONS.length + d]),
        missing: tiltMissingReason(prepared, country, dimension),
      }),
    ),
  );

  return { dimensionScores, overall, tilts };
}

/** Every score, overall score and tilt of a data set under a scenario. */
export function computeScores(dataset: Dataset, scenario: Partial<ScenarioInput> = {}): ScoreSet {
  return scorePrepared(prepare(dataset, scenario));
}

export function scorePrepared(prepared: Prepared): ScoreSet {
  const values = cellValues(prepared);
  const vectors = allocateVectors(prepared);
  evaluate(prepared, values, vectors);
  return toScoreSet(prepared, values, vectors);
}

// Look-ups on a ScoreSet, so callers never re-derive indices.
export function findDimensionScore(
  set: ScoreSet,
  country: CountryCode,
  partner: PartnerCode,
  dimension: Dimension,
): DimensionScore | undefined {
  return set.dimensionScores.find(
    (s) => s.country === country && s.partner === partner && s.dimension === dimension,
  );
}

export function findOverall(
  set: ScoreSet,
  country: CountryCode,
  partner: PartnerCode,
): number | null {
  return set.overall.find((s) => s.country === country && s.partner === partner)?.score ?? null;
}

export function findTilt(
  set: ScoreSet,
  country: CountryCode,
  dimension: TiltDimension,
): number | null {
  return set.tilts.find((t) => t.country === country && t.dimension === dimension)?.tilt ?? null;
}

/** A country's score for a partner in a dimension, or overall (null without data). */
export function findScore(
  set: ScoreSet,
  country: CountryCode,
  partner: PartnerCode,
  dimension: TiltDimension,
): number | null {
  return dimension === 'overall'
    ? findOverall(set, country, partner)
    : (findDimensionScore(set, country, partner, dimension)?.score ?? null);
}

/**
 * Why a country's score for a partner in a dimension (or overall) is missing: null when it
 * has a number, else the reason of src/model/missing.ts ('evidence' for a score the set lacks).
 */
export function findMissing(
  set: ScoreSet,
  country: CountryCode,
  partner: PartnerCode,
  dimension: TiltDimension,
): MissingReason | null {
  const entry =
    dimension === 'overall'
      ? set.overall.find((s) => s.country === country && s.partner === partner)
      : findDimensionScore(set, country, partner, dimension);
  return entry ? entry.missing : 'evidence';
}

/** Why a country's tilt in a dimension (or overall) is missing; null when it has a number. */
export function findTiltMissing(
  set: ScoreSet,
  country: CountryCode,
  dimension: TiltDimension,
): MissingReason | null {
  const entry = set.tilts.find((t) => t.country === country && t.dimension === dimension);
  return entry ? entry.missing : 'evidence';
}
