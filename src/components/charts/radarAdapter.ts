// Pure adapter for the radar chart: score sets → one datum per dimension, plus the series
// styles that tell partners apart without colour. No React; unit-tested.
import type { CountryCode, Dimension, PartnerCode, ScoreSet } from '@/model';
import { DIMENSIONS, findDimensionScore } from '@/model';

export interface RadarDatum {
  dimension: Dimension;
  /** localised axis label */
  label: string;
  /** scenario score per partner (0–100), null when there is no data */
  values: Record<PartnerCode, number | null>;
  /** baseline score per partner, for the ghost outline */
  baseline: Record<PartnerCode, number | null>;
}

export type RadarSymbol = 'square' | 'circle' | 'diamond' | 'triangle';

export interface RadarSeriesStyle {
  partner: PartnerCode;
  /** SVG stroke-dasharray; undefined draws a solid line */
  dash: string | undefined;
  symbol: RadarSymbol;
}

/** The radar's fixed value domain: scores are always 0–100, never auto-scaled. */
export const RADAR_DOMAIN: readonly [number, number] = [0, 100];

/** One datum per dimension (in model order) with each partner's scenario and baseline score. */
export function toRadarData(
  scores: ScoreSet,
  baseline: ScoreSet | null,
  country: CountryCode,
  partners: readonly PartnerCode[],
  labelOf: (dimension: Dimension) => string,
): RadarDatum[] {
  return DIMENSIONS.map((dimension) => {
    const values: Record<PartnerCode, number | null> = {};
    const base: Record<PartnerCode, number | null> = {};
    for (const partner of partners) {
      values[partner] = findDimensionScore(scores, country, partner, dimension)?.score ?? null;
      base[partner] = baseline
        ? (findDimensionScore(baseline, country, partner, dimension)?.score ?? null)
        : null;
    }
    return { dimension, label: labelOf(dimension), values, baseline: base };
  });
}

/**
 * How each partner's outline is drawn: China a solid line with square dots, Russia a dashed
 * line with round dots; any further partner gets its own dash and shape.
 */
export function partnerSeriesStyle(partner: PartnerCode, index = 0): RadarSeriesStyle {
  if (partner === 'CN') return { partner, dash: undefined, symbol: 'square' };
  if (partner === 'RU') return { partner, dash: '8 5', symbol: 'circle' };
  const others: [string, RadarSymbol][] = [
    ['2 4', 'diamond'],
    ['12 4 2 4', 'triangle'],
  ];
  const [dash, symbol] = others[index % others.length]!;
  return { partner, dash, symbol };
}

export interface RadarTableRow {
  dimension: Dimension;
  label: string;
  values: (number | null)[];
  baseline: (number | null)[];
  /** score(tiltPair[0]) − score(tiltPair[1]) */
  tilt: number | null;
}

/** The radar's numbers as table rows (dimension × partner scores and the tilt). */
export function radarTableRows(
  data: readonly RadarDatum[],
  partners: readonly PartnerCode[],
  tiltPair: readonly [PartnerCode, PartnerCode],
): RadarTableRow[] {
  return data.map((d) => {
    const a = d.values[tiltPair[0]] ?? null;
    const b = d.values[tiltPair[1]] ?? null;
    return {
      dimension: d.dimension,
      label: d.label,
      values: partners.map((p) => d.values[p] ?? null),
      baseline: partners.map((p) => d.baseline[p] ?? null),
      tilt: a === null || b === null ? null : a - b,
    };
  });
}
