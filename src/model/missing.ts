// Why a score has no number: the one rule every view, slide and the command line read
// (docs/architecture.md §2, §6). A score is missing either because nothing feeds it (no
// evidence: "no data") or because the weights leave out the data there is (every weight that
// would let it in is 0: "excluded by the weights"). Which of the two it is decides what the
// reader can do about it: raising a weight brings a score back only in the second case.
// Pure: no React, no DOM, no I/O.
import type { Prepared } from './prepare';
import { groupIndex } from './prepare';
import type { CountryCode, PartnerCode } from './types';
import { DIMENSIONS } from './types';

/**
 * Why a score (or tilt) is missing: `weights` when the data set (or the scenario) has values
 * that would give it a number but every weight that would let them in is 0; `evidence` when
 * no value feeds it whatever the weights. Scores with a number have no reason (null).
 */
export type MissingReason = 'weights' | 'evidence';

/** A dimension score, or the overall score of a country and partner. */
type ScoreDimension = (typeof DIMENSIONS)[number] | 'overall';

/**
 * The reason of one dimension group (by index). Its score is the weighted mean of its cells
 * with a weight above 0: a number when one has; excluded by the weights when it has cells
 * (values) but all weigh 0; no evidence when it has none.
 */
function groupReason(prepared: Prepared, g: number): MissingReason | null {
  const group = prepared.groups[g]!;
  if (group.cells.length === 0) return 'evidence';
  for (const ci of group.cells) if (prepared.cells[ci]!.weight > 0) return null;
  return 'weights';
}

/**
 * The reason of the overall score of country `c` and partner `p` (by index). It is a number
 * when a dimension with a weight above 0 has a score; excluded by the weights when some
 * dimension has values but its weight, or its indicators' weights, are 0; otherwise no
 * evidence.
 */
function overallReason(prepared: Prepared, c: number, p: number): MissingReason | null {
  let reason: MissingReason = 'evidence';
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const group = groupReason(prepared, groupIndex(prepared, c, p, d));
    if (group === null && prepared.dimensionWeights[d]! > 0) return null;
    if (group !== 'evidence') reason = 'weights';
  }
  return reason;
}

function reasonAt(
  prepared: Prepared,
  c: number,
  p: number,
  dimension: ScoreDimension,
): MissingReason | null {
  if (c < 0 || p < 0) return 'evidence';
  if (dimension === 'overall') return overallReason(prepared, c, p);
  return groupReason(prepared, groupIndex(prepared, c, p, DIMENSIONS.indexOf(dimension)));
}

/**
 * Why a country's score for a partner in a dimension (or overall) is missing under the
 * prepared scenario: null when it has a number, `weights` when only the weights keep it out,
 * `evidence` when no value feeds it. A country or partner the data set does not have has no
 * evidence.
 */
export function missingReason(
  prepared: Prepared,
  country: CountryCode,
  partner: PartnerCode,
  dimension: ScoreDimension,
): MissingReason | null {
  return reasonAt(
    prepared,
    prepared.countries.indexOf(country),
    prepared.partners.indexOf(partner),
    dimension,
  );
}

/**
 * Why a difference of two scores (a tilt, or two countries compared) is missing, from the
 * reasons of its two sides: null when both have a number; `evidence` when either side has no
 * evidence (raising weights would not bring the difference back); otherwise `weights`.
 */
export function differenceMissing(
  a: MissingReason | null,
  b: MissingReason | null,
): MissingReason | null {
  if (a === 'evidence' || b === 'evidence') return 'evidence';
  return a ?? b;
}

/**
 * Why a country's tilt (score of the tilt pair's first partner − the second's) is missing:
 * the difference rule above, applied to the two scores.
 */
export function tiltMissingReason(
  prepared: Prepared,
  country: CountryCode,
  dimension: ScoreDimension,
): MissingReason | null {
  const c = prepared.countries.indexOf(country);
  const [first, second] = prepared.tiltPair;
  return differenceMissing(
    reasonAt(prepared, c, first, dimension),
    reasonAt(prepared, c, second, dimension),
  );
}
