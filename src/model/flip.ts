import { LEAN_THRESHOLDS } from './lean';
import { normalise } from './normalise';
import type { Cell, Prepared } from './prepare';
import { cellValues, prepare } from './prepare';
import type { TiltDimension } from './scores';
import { allocateVectors, evaluate } from './scores';
import { targetReader } from './sensitivity';
import type {
  CountryCode,
  Dataset,
  Indicator,
  Observation,
  PartnerCode,
  ScenarioInput,
} from './types';

/**
 * The side of a tilt as the lean rule reads it: 1 (the tilt pair's first partner), −1 (the
 * second) or 0 (balanced: smaller than LEAN_THRESHOLDS.balanced, so it shows as 0.0 and leans
 * to nobody). A flip means the tilt ends strictly on the other side of that band; a change
 * that lands in it balances the tilt.
 */
export const tiltSign = (x: number): -1 | 0 | 1 =>
  x >= LEAN_THRESHOLDS.balanced ? 1 : x <= -LEAN_THRESHOLDS.balanced ? -1 : 0;

export interface FlipQuery {
  country: CountryCode;
  dimension: TiltDimension;
  /** the assumption, `${country}.${partner}.${indicator}` */
  key: string;
  /** the range to search; defaults to the indicator's goalposts */
  min?: number;
  max?: number;
  /**
   * For a continuous assumption: the precision the value will be read at, as a function of
   * the value (e.g. 0.1 for "4.1%"). The value found is then moved out to the nearest
   * multiple of it past the crossing, when that is still in the range, so that the value as
   * read really flips the tilt. Ordinal assumptions always take whole levels.
   */
  step?: (value: number) => number;
}

export type FlipResult =
  /**
   * The tilt ends strictly on the other side at `value` (tiltBeyond has the opposite sign),
   * and at no value closer to the current one.
   */
  | {
      kind: 'flips';
      value: number;
      current: number;
      tiltNow: number;
      tiltBeyond: number;
      /** whether `value` lies inside the assumption's published range (low…high) */
      withinRange: boolean;
    }
  /**
   * No value in the range puts the tilt on the other side, but at `value` it reaches 0:
   * the change would balance the tilt, not flip it.
   */
  | {
      kind: 'balances';
      value: number;
      current: number;
      tiltNow: number;
      /** the tilt at `value`: balanced by tiltSign (it shows as 0.0) */
      tiltBeyond: number;
      withinRange: boolean;
    }
  | { kind: 'cannot-flip'; current: number; tiltNow: number; tiltAtMin: number; tiltAtMax: number }
  | { kind: 'balanced'; current: number }
  | { kind: 'no-data'; reason: string };

/** Does `value` lie inside the cell's published range (shifted with it by an override)? */
function withinPublishedRange(cell: Pick<Cell, 'low' | 'high'>, value: number): boolean {
  return value >= cell.low && value <= cell.high;
}

/** Ordinal (rubric) indicators take whole levels only: a change is stated in whole levels. */
const isOrdinal = (cell: Cell) => cell.indicator.kind === 'ordinal';

/**
 * "What would flip it": the value of one assumption at which a tilt ends strictly on the
 * other side, nearest the current value. The tilt is monotone in any single assumption (each
 * raises one partner's score), so the values on the current side, at 0 and on the other side
 * form three consecutive stretches.
 *
 * - A continuous assumption is bisected between the current value and the end of the range
 *   where the sign is opposite; the value returned is on the far side of the crossing (the
 *   tilt there is strictly opposite), within a billionth of the range.
 * - An ordinal assumption is searched in whole levels only: the nearest whole level within
 *   the range at which the tilt is strictly opposite.
 *
 * When no value flips the tilt but one brings it to exactly 0 (a range that ends on the
 * crossing, or a level that lands on it), the result is 'balances', never 'flips'.
 */
export function whatWouldFlipPrepared(prepared: Prepared, query: FlipQuery): FlipResult {
  const index = prepared.cellIndexByKey.get(query.key);
  if (index === undefined) return { kind: 'no-data', reason: `no observation for ${query.key}` };
  const cell = prepared.cells[index]!;
  const min = query.min ?? cell.indicator.goalposts.min;
  const max = query.max ?? cell.indicator.goalposts.max;
  if (!(min <= max)) return { kind: 'no-data', reason: `empty range ${min}..${max}` };

  const read = targetReader(prepared, {
    kind: 'tilt',
    country: query.country,
    dimension: query.dimension,
  });
  const values = cellValues(prepared);
  const out = allocateVectors(prepared);
  const tiltAt = (x: number) => {
    values[index] = x;
    evaluate(prepared, values, out);
    return read(out);
  };

  const current = Math.min(Math.max(cell.value, min), max);
  const tiltNow = tiltAt(current);
  if (Number.isNaN(tiltNow))
    return { kind: 'no-data', reason: `the ${query.dimension} tilt has no data` };
  const s = tiltSign(tiltNow);
  if (s === 0) return { kind: 'balanced', current };
  const found = (kind: 'flips' | 'balances', value: number, tiltBeyond: number): FlipResult => ({
    kind,
    value,
    current,
    tiltNow,
    tiltBeyond,
    withinRange: withinPublishedRange(cell, value),
  });

  if (isOrdinal(cell)) {
    // Whole levels within the range, nearest the current value first.
    // (+ 0 turns a −0 from ceil into 0)
    const first = Math.ceil(min - 1e-9) + 0;
    const last = Math.floor(max + 1e-9) + 0;
    const levels: number[] = [];
    for (let level = first; level <= last; level++) if (level !== current) levels.push(level);
    levels.sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
    let balance: { level: number; tilt: number } | null = null;
    for (const level of levels) {
      const tilt = tiltAt(level);
      const side = tiltSign(tilt);
      if (side === -s) return found('flips', level, tilt);
      if (side === 0) balance ??= { level, tilt };
    }
    if (balance) return found('balances', balance.level, balance.tilt);
    const ends = levels.length > 0 ? [first, last] : [current, current];
    return {
      kind: 'cannot-flip',
      current,
      tiltNow,
      tiltAtMin: tiltAt(ends[0]!),
      tiltAtMax: tiltAt(ends[1]!),
    };
  }

  const tiltAtMin = tiltAt(min);
  const tiltAtMax = tiltAt(max);
  const atMin = tiltSign(tiltAtMin);
  const atMax = tiltSign(tiltAtMax);
  // The end to bisect towards, and what the far side must be: strictly opposite for a flip,
  // 0 for a balance (only when no end is strictly opposite).
  let far: number;
  let target: -1 | 0 | 1;
  if (atMax === -s) [far, target] = [max, -s as -1 | 1];
  else if (atMin === -s) [far, target] = [min, -s as -1 | 1];
  else if (atMax === 0) [far, target] = [max, 0];
  else if (atMin === 0) [far, target] = [min, 0];
  else return { kind: 'cannot-flip', current, tiltNow, tiltAtMin, tiltAtMax };

  // Invariant: tilt(near) is not on the target side, tilt(far) is.
  const onTarget = (tilt: number) =>
    target === 0 ? tiltSign(tilt) !== s : tiltSign(tilt) === target;
  let near = current;
  for (let k = 0; k < 60 && Math.abs(far - near) > 1e-9 * Math.max(1, Math.abs(max - min)); k++) {
    const mid = (near + far) / 2;
    if (onTarget(tiltAt(mid))) far = mid;
    else near = mid;
  }
  const step = query.step?.(far);
  if (step !== undefined && step > 0 && Number.isFinite(step)) {
    // Out to the grid, away from the current value; kept only if still in range and on target.
    const units = far > current ? Math.ceil(far / step - 1e-9) : Math.floor(far / step + 1e-9);
    const snapped = Number((units * step).toPrecision(12));
    if (snapped >= min && snapped <= max && onTarget(tiltAt(snapped))) far = snapped;
  }
  return found(target === 0 ? 'balances' : 'flips', far, tiltAt(far));
}

export function whatWouldFlip(
  dataset: Dataset,
  scenario: Partial<ScenarioInput>,
  query: FlipQuery,
): FlipResult {
  return whatWouldFlipPrepared(prepare(dataset, scenario), query);
}

/** One assumption's smallest change that changes the sign of a tilt. */
interface FlipCandidate {
  cell: Cell;
  from: number;
  to: number;
  /** the tilt now and at `to` */
  tiltNow: number;
  tiltBeyond: number;
  /** 'flips': the tilt ends strictly on the other side; 'balances': it only reaches 0 */
  outcome: 'flips' | 'balances';
  /** the partner the tilt would lean to (for 'balances', the one it would come level with) */
  toward: PartnerCode;
  /** the change on the indicator's own 0–100 scale: how big a change this is */
  distance: number;
  /** whether `to` lies inside the assumption's published range (low…high) */
  withinRange: boolean;
}

export interface FlipSearch {
  /** the tilt now; null when no assumption of it has data */
  tilt: number | null;
  /** the tilt is balanced now (tiltSign 0: it shows as 0.0) */
  balanced: boolean;
  /**
   * The smallest change **inside the published ranges** that flips the tilt; when none
   * does, the smallest inside them that balances it (unless `realFlipsOnly`). Null when no
   * single assumption can flip or balance it within its range.
   */
  best: FlipCandidate | null;
  /**
   * The smallest real flip that needs a value **outside** its assumption's published range
   * (within the indicator's goalposts): to be shown apart, never as a plausible change.
   */
  outside: FlipCandidate | null;
}

/**
 * "What would flip it" for a whole tilt: every assumption of the country that can move it
 * is tried with whatWouldFlipPrepared over the indicator's goalposts (and, when the nearest
 * crossing lies outside the published range, over that range too, for a balance inside it).
 * Inside the ranges a real flip beats one that only brings the tilt to 0; then the smallest
 * change on the indicator's 0–100 scale wins, then the key.
 */
export function smallestFlipPrepared(
  prepared: Prepared,
  country: CountryCode,
  dimension: TiltDimension,
  {
    realFlipsOnly = false,
    step,
  }: {
    realFlipsOnly?: boolean;
    /** the precision values are read at (see FlipQuery.step) */
    step?: (value: number) => number;
  } = {},
): FlipSearch {
  const [first, second] = prepared.dataset.tiltPair;
  let tilt: number | null = null;
  let balanced = false;
  let best: FlipCandidate | null = null;
  let outside: FlipCandidate | null = null;
  for (const cell of prepared.cells) {
    if (cell.country !== country) continue;
    // A value the analyst supplied for a missing cell is not evidence that could turn out
    // otherwise: it has no published range, and "change your own value" is not a risk.
    if (cell.supplied) continue;
    // An assumption of another dimension cannot move a dimension's tilt.
    if (dimension !== 'overall' && cell.indicator.dimension !== dimension) continue;
    const query: FlipQuery = { country, dimension, key: cell.key, step };
    const r = whatWouldFlipPrepared(prepared, query);
    if (r.kind === 'no-data') continue;
    if (r.kind === 'balanced') {
      balanced = true;
      tilt ??= 0;
      continue;
    }
    tilt ??= r.tiltNow;
    if (r.kind === 'cannot-flip') continue;
    const candidate = toCandidate(cell, r, first, second);
    if (r.withinRange) {
      if (realFlipsOnly && r.kind === 'balances') continue;
      if (!best || betterFlip(candidate, best)) best = candidate;
      continue;
    }
    if (r.kind === 'flips' && (!outside || betterFlip(candidate, outside))) outside = candidate;
    // The nearest crossing is beyond the range; the range may still end exactly on 0.
    if (realFlipsOnly) continue;
    const inside = whatWouldFlipPrepared(prepared, {
      ...query,
      min: Math.max(cell.low, cell.indicator.goalposts.min),
      max: Math.min(cell.high, cell.indicator.goalposts.max),
    });
    if (inside.kind === 'balances' && inside.withinRange) {
      const c = toCandidate(cell, inside, first, second);
      if (!best || betterFlip(c, best)) best = c;
    }
  }
  return { tilt, balanced, best, outside };
}

function toCandidate(
  cell: Cell,
  r: Extract<FlipResult, { kind: 'flips' | 'balances' }>,
  first: PartnerCode,
  second: PartnerCode,
): FlipCandidate {
  const { goalposts, scale } = cell.indicator;
  return {
    cell,
    from: r.current,
    to: r.value,
    tiltNow: r.tiltNow,
    tiltBeyond: r.tiltBeyond,
    outcome: r.kind,
    toward: r.tiltNow > 0 ? second : first,
    distance: Math.abs(
      normalise(r.value, goalposts, scale) - normalise(r.current, goalposts, scale),
    ),
    withinRange: r.withinRange,
  };
}

function betterFlip(a: FlipCandidate, b: FlipCandidate): boolean {
  if (a.outcome !== b.outcome) return a.outcome === 'flips';
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.cell.key < b.cell.key;
}

/** A flip candidate with its assumption's facts spread out (what a sentence or a slide names). */
export interface FlipSuggestion extends Omit<FlipCandidate, 'cell'> {
  /** the assumption, `${country}.${partner}.${indicator}` */
  key: string;
  partner: PartnerCode;
  indicator: Indicator;
  /** the observation behind the current value (its sources); null for a value the analyst supplied */
  observation: Observation | null;
  /** the assumption's published range now (a point for a value the analyst supplied) */
  low: number;
  high: number;
}

/**
 * What would flip a tilt, read from smallestFlipPrepared: only changes inside the published
 * ranges are findings; `outside` is the smallest flip that needs a value outside its range,
 * to be shown apart, labelled as such (never when a change inside the ranges flips the tilt).
 */
export type FlipFinding =
  /** a change inside the published ranges flips the tilt (the tilt ends on the other side) */
  | { kind: 'flips'; tilt: number; suggestion: FlipSuggestion }
  /** no change inside the ranges flips it, but one brings it exactly to balance (0.0) */
  | { kind: 'balances'; tilt: number; suggestion: FlipSuggestion; outside: FlipSuggestion | null }
  /** no single change inside the ranges flips or balances it; `leansTo` is its side now */
  | { kind: 'cannot-flip'; tilt: number; leansTo: PartnerCode; outside: FlipSuggestion | null }
  | { kind: 'balanced'; tilt: number }
  | { kind: 'no-data' };

/** A flip candidate as a FlipSuggestion. */
function flipSuggestion({ cell, ...found }: FlipCandidate): FlipSuggestion {
  return {
    ...found,
    key: cell.key,
    partner: cell.partner,
    indicator: cell.indicator,
    observation: cell.observation,
    low: cell.low,
    high: cell.high,
  };
}

/**
 * The smallest single change of an assumption that flips (or else balances) a country's tilt
 * in a dimension inside the published ranges, and apart from it the smallest flip outside
 * them: the one reading of smallestFlipPrepared that the analysis view and the briefing's key
 * risks share. `step` is the precision values are read at (see FlipQuery.step).
 */
export function flipFinding(
  prepared: Prepared,
  country: CountryCode,
  dimension: TiltDimension,
  { step }: { step?: (value: number) => number } = {},
): FlipFinding {
  const [first, second] = prepared.dataset.tiltPair;
  const { tilt, balanced, best, outside } = smallestFlipPrepared(prepared, country, dimension, {
    step,
  });
  if (balanced) return { kind: 'balanced', tilt: tilt ?? 0 };
  if (tilt === null) return { kind: 'no-data' };
  const beyond = outside ? flipSuggestion(outside) : null;
  // best is inside the published ranges by construction (smallestFlipPrepared)
  if (best?.withinRange) {
    return best.outcome === 'flips'
      ? { kind: 'flips', tilt, suggestion: flipSuggestion(best) }
      : { kind: 'balances', tilt, suggestion: flipSuggestion(best), outside: beyond };
  }
  return { kind: 'cannot-flip', tilt, leansTo: tilt > 0 ? first : second, outside: beyond };
}
