import type { Prepared } from './prepare';
import { cellValues, prepare } from './prepare';
import type { TiltDimension } from './scores';
import { allocateVectors, evaluate } from './scores';
import { targetReader } from './sensitivity';
import type { CountryCode, Dataset, ScenarioInput } from './types';

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
