import type { ScoreSet, TiltDimension } from './scores';
import type { CountryCode, PartnerCode } from './types';
import { DIMENSIONS } from './types';

/**
 * What a tilt's two sides rest on. A tilt compares score(tiltPair[0]) with score(tiltPair[1]),
 * but a missing cell is left out of its side's score, so the sides can rest on unequal data:
 * for a dimension, the indicators (with weight) that have data on each side; for 'overall', the
 * dimensions that have a score on each side.
 */
export interface TiltBasis {
  /** 'indicator' for a dimension's tilt, 'dimension' for the overall tilt */
  unit: 'indicator' | 'dimension';
  /** how many indicators (or dimensions) each side of the tilt pair rests on */
  counts: [number, number];
  /** indicator ids (or dimensions) the first partner has and the second lacks, sorted */
  onlyFirst: string[];
  /** indicator ids (or dimensions) the second partner has and the first lacks, sorted */
  onlySecond: string[];
  /** both sides rest on the same indicators (or dimensions) */
  equal: boolean;
}

/** The indicators with data and weight behind one side of a dimension's tilt. */
function indicatorsWithData(
  scores: ScoreSet,
  country: CountryCode,
  partner: PartnerCode,
  dimension: TiltDimension,
): Set<string> {
  const set = new Set<string>();
  for (const s of scores.dimensionScores) {
    if (s.country !== country || s.partner !== partner || s.dimension !== dimension) continue;
    for (const c of s.contributions) if (c.weight > 0) set.add(c.indicator);
  }
  return set;
}

/** The dimensions with a score behind one side of the overall tilt. */
function dimensionsWithScore(
  scores: ScoreSet,
  country: CountryCode,
  partner: PartnerCode,
): Set<string> {
  const set = new Set<string>();
  for (const s of scores.dimensionScores)
    if (s.country === country && s.partner === partner && s.score !== null) set.add(s.dimension);
  return set;
}

const minus = (a: Set<string>, b: Set<string>): string[] => [...a].filter((x) => !b.has(x)).sort();

/**
 * Do both sides of a tilt rest on the same data, and if not, what does each side lack?
 * Pure: reads the ScoreSet of computeScores.
 */
export function tiltBasis(
  scores: ScoreSet,
  tiltPair: readonly [PartnerCode, PartnerCode],
  country: CountryCode,
  dimension: TiltDimension,
): TiltBasis {
  const overall = dimension === 'overall';
  const side = (partner: PartnerCode) =>
    overall
      ? dimensionsWithScore(scores, country, partner)
      : indicatorsWithData(scores, country, partner, dimension);
  const first = side(tiltPair[0]);
  const second = side(tiltPair[1]);
  const onlyFirst = minus(first, second);
  const onlySecond = minus(second, first);
  if (overall) {
    // Dimensions in their usual order, not alphabetical.
    const order = (x: string) => DIMENSIONS.indexOf(x as (typeof DIMENSIONS)[number]);
    onlyFirst.sort((a, b) => order(a) - order(b));
    onlySecond.sort((a, b) => order(a) - order(b));
  }
  return {
    unit: overall ? 'dimension' : 'indicator',
    counts: [first.size, second.size],
    onlyFirst,
    onlySecond,
    equal: onlyFirst.length === 0 && onlySecond.length === 0,
  };
}
