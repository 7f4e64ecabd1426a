// Scenario A against scenario B (src/scenario/compare.ts) as the `/versus` view and its
// briefing slide show it: the rows of the table (every score and tilt of a country under both),
// the rows that differ, and the layout of the dumbbell chart of tilts (A and B on one axis).
// Pure: no React, no DOM; unit-tested in tests/unit/components/versusAdapter.test.ts.
import type { CountryCode, MissingReason, PartnerCode, TiltDimension } from '@/model';
import { differenceMissing } from '@/model';
import type { ScenarioComparison } from '@/scenario/compare';

/** One number of the comparison: a partner's score, or the tilt (partner null). */
export interface VersusRow {
  /** `KG.CN.economic`, `KG.tilt.overall` */
  key: string;
  country: CountryCode;
  partner: PartnerCode | null;
  dimension: TiltDimension;
  a: number | null;
  b: number | null;
  /** b − a; null when either side has no number */
  difference: number | null;
  differs: boolean;
  missing: { a: MissingReason | null; b: MissingReason | null; difference: MissingReason | null };
}

/**
 * Every score and tilt of every country, in the comparison's order: for each country, each
 * dimension (then overall) with each partner's score and then the tilt.
 */
export function versusRows(comparison: ScenarioComparison): VersusRow[] {
  const rows: VersusRow[] = [];
  const countries = [...new Set(comparison.tilts.map((t) => t.country))];
  const dimensions = [...new Set(comparison.tilts.map((t) => t.dimension))];
  for (const country of countries) {
    for (const dimension of dimensions) {
      for (const s of comparison.scores) {
        if (s.country !== country || s.dimension !== dimension) continue;
        rows.push({
          key: `${country}.${s.partner}.${dimension}`,
          country,
          partner: s.partner,
          dimension,
          a: s.a,
          b: s.b,
          difference: s.difference,
          differs: s.differs,
          missing: { ...s.missing, difference: differenceMissing(s.missing.a, s.missing.b) },
        });
      }
      const t = comparison.tilts.find((x) => x.country === country && x.dimension === dimension);
      if (t)
        rows.push({
          key: `${country}.tilt.${dimension}`,
          country,
          partner: null,
          dimension,
          a: t.a,
          b: t.b,
          difference: t.difference,
          differs: t.differs,
          missing: { ...t.missing, difference: differenceMissing(t.missing.a, t.missing.b) },
        });
    }
  }
  return rows;
}

/** The rows whose number differs between A and B (compare.ts's rule: beyond rounding noise). */
export const differingRows = (rows: readonly VersusRow[]): VersusRow[] =>
  rows.filter((row) => row.differs);

// ── The dumbbell chart of tilts ─────────────────────────────────────────────────────────────

/** Below this width the chart is laid out for a phone. */
const NARROW = 480;

/** The room of the axis' labels under the rows. */
const AXIS_ROOM = 28;
/** A tilt runs from −100 to +100. */
const TILT_MAX = 100;

interface DumbbellRow {
  key: string;
  country: CountryCode;
  dimension: TiltDimension;
  a: number | null;
  b: number | null;
  difference: number | null;
  missing: VersusRow['missing'];
  /** the row's vertical centre */
  y: number;
  /** where A and B stand on the axis (null: no number) */
  xA: number | null;
  xB: number | null;
  /** the first row of a country: its name is drawn above it */
  firstOfCountry: boolean;
}

export interface DumbbellLayout {
  width: number;
  height: number;
  /** the plot's left and right edges */
  x0: number;
  x1: number;
  /** where 0 stands */
  zero: number;
  /** the ticks of the bottom axis */
  ticks: { value: number; x: number }[];
  /** the baseline of the axis' labels */
  axisY: number;
  /** room to say in the plot why a side has no tilt (else the table view says it) */
  missingInPlot: boolean;
  rows: DumbbellRow[];
}

export interface DumbbellOptions {
  /** the width the chart is laid out at */
  width: number;
  /** the dimensions drawn (default: every one the comparison holds) */
  dimensions?: readonly TiltDimension[];
  /** the width of the row labels on the left */
  labelWidth: number;
  /** the width of the B − A column on the right */
  differenceWidth: number;
  rowHeight?: number;
  /** the height of a country's name above its rows */
  countryHeight?: number;
}

/** The position of a tilt on [x0, x1], clamped to the axis. */
export function tiltX(value: number, x0: number, x1: number): number {
  const v = Math.max(-TILT_MAX, Math.min(TILT_MAX, value));
  return x0 + ((v + TILT_MAX) / (2 * TILT_MAX)) * (x1 - x0);
}

/**
 * Each country's tilts under A and B on one diverging axis (−100…+100): a row per dimension
 * with A's and B's marks and the line between them. Narrow widths keep a usable plot.
 */
export function dumbbellLayout(
  comparison: ScenarioComparison,
  options: DumbbellOptions,
): DumbbellLayout {
  const rowHeight = options.rowHeight ?? 30;
  const countryHeight = options.countryHeight ?? 26;
  const width = Math.max(240, options.width);
  // A phone: narrower label and difference columns, fewer ticks, so the plot keeps its room.
  const narrow = width < NARROW;
  const labelWidth = narrow ? Math.min(options.labelWidth, 112) : options.labelWidth;
  const differenceWidth = narrow ? Math.min(options.differenceWidth, 60) : options.differenceWidth;
  const x0 = Math.min(labelWidth, width * 0.4);
  const x1 = Math.max(x0 + 80, width - differenceWidth);
  const wanted = options.dimensions ? new Set(options.dimensions) : null;
  let y = 0;
  let previous: CountryCode | null = null;
  const rows: DumbbellRow[] = [];
  for (const t of comparison.tilts) {
    if (wanted && !wanted.has(t.dimension)) continue;
    const firstOfCountry = t.country !== previous;
    if (firstOfCountry) y += countryHeight;
    previous = t.country;
    rows.push({
      key: `${t.country}.${t.dimension}`,
      country: t.country,
      dimension: t.dimension,
      a: t.a,
      b: t.b,
      difference: t.difference,
      missing: { ...t.missing, difference: differenceMissing(t.missing.a, t.missing.b) },
      y: y + rowHeight / 2,
      xA: t.a === null ? null : tiltX(t.a, x0, x1),
      xB: t.b === null ? null : tiltX(t.b, x0, x1),
      firstOfCountry,
    });
    y += rowHeight;
  }
  const ticks = (narrow ? [-100, 0, 100] : [-100, -50, 0, 50, 100]).map((value) => ({
    value,
    x: tiltX(value, x0, x1),
  }));
  return {
    width,
    height: y + AXIS_ROOM,
    x0,
    x1,
    zero: tiltX(0, x0, x1),
    ticks,
    axisY: y + 20,
    rows,
    missingInPlot: x1 - x0 >= 220,
  };
}

/** The narrowest a chart that fills a box is laid out at: its labels, a readable plot, B − A. */
const FIT_MIN_WIDTH = 500;
/** A row's height when a box fills: compact at the least, no taller than the page's own rows. */
const FIT_ROW_MIN = 19;
const FIT_ROW_MAX = 32;
/** A country's name above its rows is this much taller than a row. */
const FIT_COUNTRY_EXTRA = 2;
/** Type never grows beyond this (a 4K screen): the chart leaves the rest of its box empty. */
const FIT_SCALE_MAX = 2.5;

export interface DumbbellFit {
  /** how much larger than the layout the chart is drawn (type, marks and gaps together) */
  scale: number;
  /** the width to lay out at (the box's width / scale) */
  width: number;
  rowHeight: number;
  countryHeight: number;
}

/**
 * How a dumbbell chart of `rows` rows in `countries` countries fills a box (a slide's cell):
 * drawn as large as the box allows, at most as wide as its width permits (the layout keeps
 * FIT_MIN_WIDTH) and as tall as its height permits with compact rows; height the width leaves
 * over goes to taller rows. The drawn chart is never taller than the box.
 */
export function fitDumbbell(
  count: { rows: number; countries: number },
  box: { width: number; height: number },
): DumbbellFit {
  const rows = Math.max(1, count.rows);
  const countries = Math.max(0, count.countries);
  const heightAt = (row: number) => countries * (row + FIT_COUNTRY_EXTRA) + rows * row + AXIS_ROOM;
  const scale = Math.min(
    FIT_SCALE_MAX,
    box.width / FIT_MIN_WIDTH,
    box.height / heightAt(FIT_ROW_MIN),
  );
  const room = box.height / scale - AXIS_ROOM - countries * FIT_COUNTRY_EXTRA;
  const rowHeight = Math.max(FIT_ROW_MIN, Math.min(FIT_ROW_MAX, room / (rows + countries)));
  return {
    scale,
    width: box.width / scale,
    rowHeight,
    countryHeight: rowHeight + FIT_COUNTRY_EXTRA,
  };
}
