import type { Translate } from '@/i18n/fastT';
// Pure adapters between the model's scores and the horizontal bar charts (HorizontalBarChart):
// model output → these functions → the SVG render component. No React, no DOM.
import { formatsFor } from '@/lib/format';
import type {
  CountryCode,
  Interval,
  MissingReason,
  PartnerCode,
  ScoreSet,
  TiltDimension,
  TiltReading,
  UncertaintyResult,
} from '@/model';
import { findTilt, findTiltDraws, findTiltMissing, readTilt } from '@/model';

/** Every tilt chart shares this fixed scale, so two countries read on the same axis. */
export const TILT_DOMAIN: readonly [number, number] = [-100, 100];
export const TILT_TICKS: readonly number[] = [-100, -50, 0, 50, 100];
/** Dependence scores: 0–100, fixed. */
export const SCORE_DOMAIN: readonly [number, number] = [0, 100];
export const SCORE_TICKS: readonly number[] = [0, 25, 50, 75, 100];

/** One bar of a horizontal bar chart. */
interface ChartBar {
  key: string;
  /** text naming the bar in a group of several (e.g. "KG", "CN"); null when the group has one */
  label: string | null;
  value: number | null;
  /** the baseline value, drawn as a ghost bar; null when not shown */
  baseline: number | null;
  /** value − baseline; null when not shown */
  change: number | null;
  /** the partner whose colour the bar takes (null when there is no value) */
  partner: PartnerCode | null;
  /** China (the tilt pair's first partner) is hatched, Russia solid: never colour alone */
  hatched: boolean;
  /** the value is missing because the weights exclude its data, not for want of evidence */
  excluded?: boolean;
}

/** A labelled group of bars: one dimension. */
export interface ChartGroup {
  key: string;
  label: string;
  bars: ChartBar[];
  /** the overall row, set apart from the dimensions */
  summary: boolean;
}

export interface BarChartModel {
  domain: readonly [number, number];
  ticks: readonly number[];
  groups: ChartGroup[];
  /** draw baseline ghost bars and changes (the scenario differs from the baseline) */
  showBaseline: boolean;
}

/** One country's tilt in one dimension, with everything the chart, table and text show. */
export interface TiltRow {
  dimension: TiltDimension;
  dimensionLabel: string;
  country: CountryCode;
  countryLabel: string;
  tilt: number | null;
  /** why the tilt is missing (src/model/missing.ts); null when it has a number */
  missing: MissingReason | null;
  /** null unless the scenario differs from the baseline */
  baseline: number | null;
  change: number | null;
  /** the tilt in words, by the model's lean rule (with the draws once they are in) */
  reading: TiltReading;
  /** 90% interval (Monte Carlo), when computed */
  interval: Interval | null;
  /** share of draws in which the tilt leans to China, when computed */
  pPositive: number | null;
}

export interface TiltRowsInput {
  scores: ScoreSet;
  baseline: ScoreSet;
  /** true while the scenario differs from the baseline */
  differs: boolean;
  countries: readonly { code: CountryCode; label: string }[];
  dimensions: readonly { key: TiltDimension; label: string }[];
  uncertainty?: UncertaintyResult | undefined;
}

const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

/** Rows ordered by dimension, then by country (the order the chart draws them). */
export function buildTiltRows({
  scores,
  baseline,
  differs,
  countries,
  dimensions,
  uncertainty,
}: TiltRowsInput): TiltRow[] {
  const rows: TiltRow[] = [];
  for (const dimension of dimensions) {
    for (const country of countries) {
      const tilt = findTilt(scores, country.code, dimension.key);
      const base = differs ? findTilt(baseline, country.code, dimension.key) : null;
      const mc = findTiltDraws(uncertainty, country.code, dimension.key);
      const missing = findTiltMissing(scores, country.code, dimension.key);
      rows.push({
        dimension: dimension.key,
        dimensionLabel: dimension.label,
        country: country.code,
        countryLabel: country.label,
        tilt,
        missing,
        baseline: base,
        change: differs ? difference(tilt, base) : null,
        reading: readTilt(tilt, mc.pPositive, missing),
        interval: mc.interval,
        pPositive: mc.pPositive,
      });
    }
  }
  return rows;
}

/**
 * The diverging chart of tilt rows: one group per dimension, one bar per country. A bar takes
 * the colour of the partner it leans to; China's side is hatched.
 */
export function tiltChartModel(
  rows: readonly TiltRow[],
  tiltPair: readonly [PartnerCode, PartnerCode],
  showBaseline: boolean,
): BarChartModel {
  const multi = new Set(rows.map((r) => r.country)).size > 1;
  const groups = groupByRowDimension(rows, (row): ChartBar => {
    const partner = row.tilt === null ? null : row.tilt >= 0 ? tiltPair[0] : tiltPair[1];
    return {
      key: `${row.dimension}.${row.country}`,
      // the country code ("KG", "TJ") names each bar of a group: a text cue, not colour
      label: multi ? row.country : null,
      value: row.tilt,
      baseline: showBaseline ? row.baseline : null,
      change: showBaseline ? row.change : null,
      partner,
      hatched: partner !== null && partner === tiltPair[0],
      excluded: row.missing === 'weights',
    };
  }).map(({ points, ...group }): ChartGroup => ({ ...group, bars: points }));
  return { domain: TILT_DOMAIN, ticks: TILT_TICKS, groups, showBaseline };
}

/** One group of a chart: a dimension (or the overall row, set apart) and its points. */
export interface DimensionRowGroup<P> {
  key: TiltDimension;
  label: string;
  /** the overall row, set apart from the dimensions */
  summary: boolean;
  points: P[];
}

/**
 * A chart's rows grouped by their dimension in first-seen order, each row made a point: the
 * groups of every bar and interval chart (scores, tilts).
 */
export function groupByRowDimension<
  R extends { dimension: TiltDimension; dimensionLabel: string },
  P,
>(rows: readonly R[], pointOf: (row: R) => P): DimensionRowGroup<P>[] {
  const groups: DimensionRowGroup<P>[] = [];
  for (const row of rows) {
    let group = groups.find((g) => g.key === row.dimension);
    if (!group) {
      group = {
        key: row.dimension,
        label: row.dimensionLabel,
        summary: row.dimension === 'overall',
        points: [],
      };
      groups.push(group);
    }
    group.points.push(pointOf(row));
  }
  return groups;
}

/** A linear map from a domain onto pixels, clamped to the domain. */
export function scaleLinear(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  return (value: number) => {
    const v = Math.min(hi, Math.max(lo, value));
    return d1 === d0 ? r0 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
  };
}

/** The horizontal extent of a bar from the domain's origin (0, or its edge) to `value`. */
export function barSpan(
  value: number,
  domain: readonly [number, number],
  scale: (value: number) => number,
): { x: number; width: number } {
  const origin = Math.min(Math.max(0, Math.min(...domain)), Math.max(...domain));
  const a = scale(origin);
  const b = scale(value);
  return { x: Math.min(a, b), width: Math.abs(b - a) };
}

/** ▲ for a rise, ▼ for a fall, nothing for no change (after rounding to one decimal). */
export function changeArrow(change: number | null | undefined): '▲' | '▼' | '' {
  if (change === null || change === undefined || Number.isNaN(change)) return '';
  const r = Number(change.toFixed(1));
  return r > 0 ? '▲' : r < 0 ? '▼' : '';
}

/**
 * "55.3–68.0" for a score's 90% interval, "−12.0 … +3.0" for a tilt's (`signed`), with the
 * decimal mark of `language` ("55,3–68,0" in Russian).
 */
export function formatInterval(
  interval: Interval | null | undefined,
  signed: boolean,
  language: string,
): string | null {
  return formatsFor(language).formatInterval(interval, signed);
}

export interface TiltTableLabels {
  caption: string;
  dimension: string;
  country: string;
  tilt: string;
  lean: string;
  interval: string;
  pPositive: string;
  baseline: string;
  change: string;
  noData: string;
  /** shown while the Monte Carlo run is still going */
  pending: string;
}

/**
 * The words of a tilt table: one set of column words for every tilt table (the common
 * namespace's `tiltTable.*` and `noData`), with the view's own caption. `positiveTo` names the
 * tilt's positive partner as the lean words do ("China", «Китаю»: useLeanWording's partnerTo).
 */
export function tiltTableLabels(
  common: Translate,
  caption: string,
  positiveTo: string,
): TiltTableLabels {
  const word = (key: string) => common(`tiltTable.${key}`);
  return {
    caption,
    dimension: word('dimension'),
    country: word('country'),
    tilt: word('tilt'),
    lean: word('lean'),
    interval: word('interval'),
    pPositive: common('tiltTable.pPositive', { partner: positiveTo }),
    baseline: word('baseline'),
    change: word('change'),
    noData: common('noData'),
    pending: word('pending'),
  };
}
