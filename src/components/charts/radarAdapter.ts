// Pure adapter for the radar chart: score sets → one datum per dimension, plus the series
// styles that tell partners apart without colour. No React; unit-tested.
import type { CountryCode, Dimension, MissingReason, PartnerCode, ScoreSet } from '@/model';
import { DIMENSIONS, findDimensionScore, findMissing } from '@/model';
import { TEXT_EM, type Box } from './textBoxes';

export interface RadarDatum {
  dimension: Dimension;
  /** localised axis label */
  label: string;
  /** scenario score per partner (0–100), null when there is no data */
  values: Record<PartnerCode, number | null>;
  /** baseline score per partner, for the ghost outline */
  baseline: Record<PartnerCode, number | null>;
  /** why a partner's scenario score is missing ("no data", "excluded by weights"); null with one */
  missing: Record<PartnerCode, MissingReason | null>;
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
    const missing: Record<PartnerCode, MissingReason | null> = {};
    for (const partner of partners) {
      values[partner] = findDimensionScore(scores, country, partner, dimension)?.score ?? null;
      missing[partner] =
        values[partner] === null ? findMissing(scores, country, partner, dimension) : null;
      base[partner] = baseline
        ? (findDimensionScore(baseline, country, partner, dimension)?.score ?? null)
        : null;
    }
    return { dimension, label: labelOf(dimension), values, baseline: base, missing };
  });
}

/**
 * How one series is outlined (SVG `points` lists): the closed outline when every dimension
 * has a value; otherwise only the lines between neighbouring dimensions that both have one.
 * A line closed over a dimension without data would pass near the centre there and read as a
 * low score.
 */
export function radarOutline(values: readonly (number | null)[]): {
  closed: boolean;
  lines: string[];
} {
  const n = values.length;
  const point = (i: number) =>
    radarPoint(i, n, values[i]!)
      .map((c) => c.toFixed(1))
      .join(',');
  const present = values.map((v) => v !== null);
  if (n === 0) return { closed: false, lines: [] };
  if (present.every(Boolean))
    return { closed: true, lines: [values.map((_, i) => point(i)).join(' ')] };
  // Round the circle once from a dimension that follows a gap: each run of neighbours with
  // values is one line (a lone value is its dot alone).
  const start = (present.findIndex((p, i) => !p && present[(i + 1) % n]) + 1) % n;
  const lines: string[] = [];
  let run: string[] = [];
  for (let k = 0; k <= n; k++) {
    const i = (start + k) % n;
    if (k < n && present[i]) {
      run.push(point(i));
      continue;
    }
    if (run.length > 1) lines.push(run.join(' '));
    run = [];
  }
  return { closed: false, lines };
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

// ── Geometry: where the drawing puts things, in SVG user units (the SVG scales to its card).

/** The radar's drawing: its view box, centre, the radius of 100 and the labelled rings. */
export const RADAR_GEOMETRY = {
  width: 460,
  height: 400,
  cx: 230,
  cy: 200,
  radius: 150,
  rings: [20, 40, 60, 80, 100] as readonly number[],
  /** half the size of a data marker's square (the diamond and the triangle reach one more) */
  markerHalf: 6,
  tickFontSize: 12,
} as const;

/** Axis angle of the i-th of n dimensions: turned 45° so four axes point to the corners. */
export function radarAxisAngle(i: number, n: number): number {
  return Math.PI / 4 - (2 * Math.PI * i) / n;
}

/** Where a score (clamped to 0–100) sits on the i-th axis. */
export function radarPoint(i: number, n: number, value: number): [number, number] {
  const { cx, cy, radius } = RADAR_GEOMETRY;
  const clamped = Math.min(Math.max(value, RADAR_DOMAIN[0]), RADAR_DOMAIN[1]);
  const r = (radius * clamped) / RADAR_DOMAIN[1];
  const a = radarAxisAngle(i, n);
  return [cx + r * Math.cos(a), cy - r * Math.sin(a)];
}

/** The box a data marker covers at (x, y), whatever its symbol. */
export function radarMarkerBox(x: number, y: number): Box {
  const half = RADAR_GEOMETRY.markerHalf + 1;
  return { x: x - half, y: y - half, width: 2 * half, height: 2 * half };
}

/** Every data marker's box: one per partner and dimension with a score. */
export function radarMarkerBoxes(
  data: readonly Pick<RadarDatum, 'values'>[],
  partners: readonly PartnerCode[],
): Box[] {
  const n = data.length;
  return partners.flatMap((partner) =>
    data.flatMap((d, i) => {
      const v = d.values[partner];
      return v === null || v === undefined ? [] : [radarMarkerBox(...radarPoint(i, n, v))];
    }),
  );
}

export interface RadarTick {
  value: number;
  text: string;
  /** where the text starts (anchor "start") and its middle line (dominant baseline "central") */
  x: number;
  y: number;
  /** the room the text takes, its halo included */
  box: Box;
}

/** Halo around the tick text, and the gap between a ring and its number. */
const TICK_HALO = 2;
const TICK_GAP = 2;

/**
 * The ring numbers, laid along the line that halves the gap between the first two axes
 * (with the model's four axes: straight right of the centre), each starting just outside
 * where its ring crosses that line. Markers sit only on the axes, so a number there is
 * clear of every marker: only a marker near the centre comes within a text's height of
 * that line, and it ends before the first number starts (boxes in `RadarTick.box`, checked
 * against `radarMarkerBoxes` by a property test). The centre's 0 is left unlabelled: every
 * marker of a score near 0 sits there.
 */
export function radarTicks(n: number, format: (value: number) => string = String): RadarTick[] {
  const { cx, cy, radius, rings, tickFontSize } = RADAR_GEOMETRY;
  const angle = radarAxisAngle(0, n) - Math.PI / n;
  const dx = Math.cos(angle);
  const dy = -Math.sin(angle);
  // Where a ring (a polygon through the axes) crosses the line between two axes.
  const crossing = (ring: number) => (radius * ring * Math.cos(Math.PI / n)) / RADAR_DOMAIN[1];
  return rings.map((value) => {
    const text = format(value);
    const along = crossing(value) + TICK_GAP + TICK_HALO;
    const x = cx + along * dx;
    const y = cy + along * dy;
    const width = text.length * TEXT_EM * tickFontSize + 2 * TICK_HALO;
    const height = tickFontSize + 2 * TICK_HALO;
    return {
      value,
      text,
      x,
      y,
      box: { x: x - TICK_HALO, y: y - height / 2, width, height },
    };
  });
}
