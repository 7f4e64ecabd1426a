import type { Prepared } from './prepare';
import { cellValues, groupIndex, prepare } from './prepare';
import type { ScoreVectors, TiltDimension } from './scores';
import { allocateVectors, evaluate, TILT_DIMENSIONS } from './scores';
import type { CountryCode, Dataset, Dimension, PartnerCode, ScenarioInput } from './types';
import { DIMENSIONS } from './types';

/** Which number a sensitivity or flip analysis watches. */
export type Target =
  | { kind: 'dimension'; country: CountryCode; partner: PartnerCode; dimension: Dimension }
  | { kind: 'overall'; country: CountryCode; partner: PartnerCode }
  | { kind: 'tilt'; country: CountryCode; dimension: TiltDimension };

/** Reads the target out of score vectors; NaN when it has no data or does not exist. */
export function targetReader(prepared: Prepared, target: Target): (v: ScoreVectors) => number {
  const c = prepared.countries.indexOf(target.country);
  if (c < 0) return () => NaN;
  if (target.kind === 'tilt') {
    const d = TILT_DIMENSIONS.indexOf(target.dimension);
    if (d < 0) return () => NaN;
    const i = c * TILT_DIMENSIONS.length + d;
    return (v) => v.tilt[i]!;
  }
  const p = prepared.partners.indexOf(target.partner);
  if (p < 0) return () => NaN;
  if (target.kind === 'overall') {
    const i = c * prepared.partners.length + p;
    return (v) => v.overall[i]!;
  }
  const d = DIMENSIONS.indexOf(target.dimension);
  if (d < 0) return () => NaN;
  const i = groupIndex(prepared, c, p, d);
  return (v) => v.dimension[i]!;
}

interface SensitivityRow {
  key: string;
  country: CountryCode;
  partner: PartnerCode;
  indicator: string;
  lowValue: number;
  highValue: number;
  /** the target with this assumption at its low / its high, everything else as in the scenario */
  atLow: number | null;
  atHigh: number | null;
  /** |atHigh − atLow| */
  swing: number;
}

export interface SensitivityResult {
  base: number | null;
  rows: SensitivityRow[];
}

const finiteOrNull = (x: number) => (Number.isNaN(x) ? null : x);

/**
 * One at a time: each assumption at the low and the high of its range, all others
 * held; the rows that move the target most come first (a tornado chart's bars).
 */
export function sensitivityPrepared(
  prepared: Prepared,
  target: Target,
  top = 10,
): SensitivityResult {
  const read = targetReader(prepared, target);
  const values = cellValues(prepared);
  const out = allocateVectors(prepared);
  evaluate(prepared, values, out);
  const base = finiteOrNull(read(out));

  const rows: SensitivityRow[] = prepared.cells.map((cell, i) => {
    values[i] = cell.low;
    evaluate(prepared, values, out);
    const atLow = read(out);
    values[i] = cell.high;
    evaluate(prepared, values, out);
    const atHigh = read(out);
    values[i] = cell.value;
    const swing = Number.isNaN(atLow) || Number.isNaN(atHigh) ? 0 : Math.abs(atHigh - atLow);
    return {
      key: cell.key,
      country: cell.country,
      partner: cell.partner,
      indicator: cell.indicator.id,
      lowValue: cell.low,
      highValue: cell.high,
      atLow: finiteOrNull(atLow),
      atHigh: finiteOrNull(atHigh),
      swing,
    };
  });

  // Ties in key order by code unit: the same order in every runtime and locale, and cheap
  // (localeCompare's first call in a page starts ICU's collator, ~10 ms measured).
  const moving = rows.filter((r) => r.swing > 0);
  moving.sort((a, b) => b.swing - a.swing || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { base, rows: moving.slice(0, Math.max(0, top)) };
}

export function sensitivity(
  dataset: Dataset,
  scenario: Partial<ScenarioInput>,
  target: Target,
  top = 10,
): SensitivityResult {
  return sensitivityPrepared(prepare(dataset, scenario), target, top);
}

/** One bar of a tilt's tornado: an assumption whose range moves the tilt. */
export interface TornadoRow {
  /** `${country}.${partner}.${indicator}` */
  key: string;
  partner: PartnerCode;
  indicator: string;
  /** the assumption's plausible range (shifted with it when the scenario overrides it) */
  lowValue: number;
  highValue: number;
  /** the tilt with the assumption at its low / its high, all others as in the scenario */
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow| */
  swing: number;
}

export interface Tornado {
  country: CountryCode;
  dimension: TiltDimension;
  /** the tilt under the scenario; null without data */
  base: number | null;
  /** largest swing first */
  rows: TornadoRow[];
}

/**
 * The `top` assumptions that move a country's tilt in `dimension` most across their plausible
 * ranges (one at a time, sensitivityPrepared), largest swing first: the tornado the analysis
 * view draws and the briefing's key risks list. Rows the tilt has no data at either end of
 * are left out.
 */
export function tiltTornado(
  prepared: Prepared,
  country: CountryCode,
  dimension: TiltDimension,
  top = 10,
): Tornado {
  const result = sensitivityPrepared(prepared, { kind: 'tilt', country, dimension }, top);
  const rows: TornadoRow[] = [];
  for (const r of result.rows) {
    if (r.atLow === null || r.atHigh === null) continue;
    rows.push({
      key: r.key,
      partner: r.partner,
      indicator: r.indicator,
      lowValue: r.lowValue,
      highValue: r.highValue,
      atLow: r.atLow,
      atHigh: r.atHigh,
      swing: r.swing,
    });
  }
  return { country, dimension, base: result.base, rows };
}
