import { normalise } from './normalise';
import type { Cell, Prepared } from './prepare';
import { cellValues, prepare } from './prepare';
import type { TiltDimension } from './scores';
import { allocateVectors, evaluate } from './scores';
import { targetReader } from './sensitivity';
import type { CountryCode, Dataset, PartnerCode, ScenarioInput } from './types';

export interface FlipQuery {
  country: CountryCode;
  dimension: TiltDimension;
  /** the assumption, `${country}.${partner}.${indicator}` */
  key: string;
  /** the range to search; defaults to the indicator's goalposts */
  min?: number;
  max?: number;
}

export type FlipResult =
  /** the tilt changes sign when the assumption crosses `value` */
  | { kind: 'flips'; value: number; current: number; tiltNow: number; tiltBeyond: number }
  | { kind: 'cannot-flip'; current: number; tiltNow: number; tiltAtMin: number; tiltAtMax: number }
  | { kind: 'balanced'; current: number }
  | { kind: 'no-data'; reason: string };

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

/**
 * "What would flip it": the value of one assumption at which a tilt changes sign,
 * found by bisection between the current value and the end of the range where the
 * sign differs. The tilt is monotone in any single assumption (each raises one
 * partner's score), so one sign change is all there is.
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
  if (tiltNow === 0) return { kind: 'balanced', current };
  const tiltAtMin = tiltAt(min);
  const tiltAtMax = tiltAt(max);
  const s = sign(tiltNow);
  let far: number;
  if (sign(tiltAtMax) !== s) far = max;
  else if (sign(tiltAtMin) !== s) far = min;
  else return { kind: 'cannot-flip', current, tiltNow, tiltAtMin, tiltAtMax };

  // Invariant: sign(tilt(near)) === s, sign(tilt(far)) !== s.
  let near = current;
  for (let k = 0; k < 60 && Math.abs(far - near) > 1e-9 * Math.max(1, Math.abs(max - min)); k++) {
    const mid = (near + far) / 2;
    if (sign(tiltAt(mid)) === s) near = mid;
    else far = mid;
  }
  return { kind: 'flips', value: far, current, tiltNow, tiltBeyond: tiltAt(far) };
}

export function whatWouldFlip(
  dataset: Dataset,
  scenario: Partial<ScenarioInput>,
  query: FlipQuery,
): FlipResult {
  return whatWouldFlipPrepared(prepare(dataset, scenario), query);
}

/** One assumption's smallest change that changes the sign of a tilt. */
export interface FlipCandidate {
  cell: Cell;
  from: number;
  to: number;
  /** the tilt now and just past `to` */
  tiltNow: number;
  tiltBeyond: number;
  /** 'balances' when the tilt can only reach 0 (the range ends there) */
  outcome: 'flips' | 'balances';
  /** the partner the tilt would lean to (for 'balances', the one it would come level with) */
  toward: PartnerCode;
  /** the change on the indicator's own 0–100 scale: how big a change this is */
  distance: number;
  /** whether `to` lies within the assumption's plausible range */
  withinRange: boolean;
}

export interface FlipSearch {
  /** the tilt now; null when no assumption of it has data */
  tilt: number | null;
  /** some assumption reported the tilt as exactly balanced */
  balanced: boolean;
  /** the smallest change that flips it; null when no single assumption does */
  best: FlipCandidate | null;
}

/**
 * "What would flip it" for a whole tilt: every assumption of the country that can move it
 * is tried with whatWouldFlipPrepared; a real flip beats one that only brings the tilt to 0
 * (left out entirely with `realFlipsOnly`), then the smallest change on the indicator's
 * 0–100 scale, then the key.
 */
export function smallestFlipPrepared(
  prepared: Prepared,
  country: CountryCode,
  dimension: TiltDimension,
  { realFlipsOnly = false }: { realFlipsOnly?: boolean } = {},
): FlipSearch {
  const [first, second] = prepared.dataset.tiltPair;
  let tilt: number | null = null;
  let balanced = false;
  let best: FlipCandidate | null = null;
  for (const cell of prepared.cells) {
    if (cell.country !== country) continue;
    // An assumption of another dimension cannot move a dimension's tilt.
    if (dimension !== 'overall' && cell.indicator.dimension !== dimension) continue;
    const r = whatWouldFlipPrepared(prepared, { country, dimension, key: cell.key });
    if (r.kind === 'no-data') continue;
    if (r.kind === 'balanced') {
      balanced = true;
      continue;
    }
    tilt ??= r.tiltNow;
    if (r.kind !== 'flips') continue;
    const outcome = r.tiltBeyond === 0 ? 'balances' : 'flips';
    if (realFlipsOnly && outcome === 'balances') continue;
    const { goalposts, scale } = cell.indicator;
    const candidate: FlipCandidate = {
      cell,
      from: r.current,
      to: r.value,
      tiltNow: r.tiltNow,
      tiltBeyond: r.tiltBeyond,
      outcome,
      toward: r.tiltNow > 0 ? second : first,
      distance: Math.abs(
        normalise(r.value, goalposts, scale) - normalise(r.current, goalposts, scale),
      ),
      withinRange: r.value >= cell.low && r.value <= cell.high,
    };
    if (!best || betterFlip(candidate, best)) best = candidate;
  }
  return { tilt, balanced, best };
}

function betterFlip(a: FlipCandidate, b: FlipCandidate): boolean {
  if (a.outcome !== b.outcome) return a.outcome === 'flips';
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.cell.key < b.cell.key;
}
