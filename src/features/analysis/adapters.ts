// Pure adapters of the analysis view: model output → interval charts, tornado rows and
// "what would flip it" findings, and the words for them. No React, no DOM; unit-tested in
// tests/unit/features/analysis. The numbers come from src/model (sensitivity, flip,
// uncertainty); nothing here re-derives a score.
import type { TiltRow } from '@/components/charts/tiltAdapter';
import { valueStep } from '@/lib/format';
import { methodKey, orderMethodFlips, type MethodNames } from '@/lib/methodRisks';
import type {
  CountryCode,
  FlipCandidate,
  Indicator,
  Interval,
  MethodAlternative,
  MethodChoice,
  MethodFlip,
  Observation,
  PartnerCode,
  Prepared,
  ScoreSet,
  TiltDimension,
  TiltReading,
  UncertaintyResult,
} from '@/model';
import {
  findDimensionScore,
  findOverall,
  methodFlips,
  sensitivityPrepared,
  smallestFlipPrepared,
} from '@/model';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Labelled<K extends string> {
  key: K;
  label: string;
}

// ── Interval charts ──────────────────────────────────────────────────────────────────

/** One value with its 90% interval: a dot on a line. */
export interface IntervalPoint {
  key: string;
  /** names the point inside its group ("CN", "KG"); null when the group has one point */
  label: string | null;
  value: number | null;
  interval: Interval | null;
  /** the partner whose colour and marker the point takes (null without a value) */
  partner: PartnerCode | null;
  /** China (the tilt pair's first partner) is a hatched square, Russia a disc */
  hatched: boolean;
  /** a tilt's share of draws leaning to the tilt pair's first partner, when computed */
  pPositive: number | null;
  /** a tilt read by the model's lean rule; null for a score */
  reading: TiltReading | null;
}

export interface IntervalGroup {
  key: string;
  label: string;
  points: IntervalPoint[];
  /** the overall row, set apart from the dimensions */
  summary: boolean;
}

export interface IntervalChartModel {
  domain: readonly [number, number];
  ticks: readonly number[];
  groups: IntervalGroup[];
}

/** A country's score for one partner and one dimension (or overall), with its interval. */
export interface ScoreIntervalRow {
  dimension: TiltDimension;
  dimensionLabel: string;
  partner: PartnerCode;
  partnerLabel: string;
  score: number | null;
  interval: Interval | null;
}

export function scoreOf(
  set: ScoreSet,
  country: CountryCode,
  partner: PartnerCode,
  dimension: TiltDimension,
): number | null {
  return dimension === 'overall'
    ? findOverall(set, country, partner)
    : (findDimensionScore(set, country, partner, dimension)?.score ?? null);
}

/** The 90% interval of a score from a Monte Carlo result, or null before it arrives. */
export function scoreInterval(
  uncertainty: UncertaintyResult | undefined,
  country: CountryCode,
  partner: PartnerCode,
  dimension: TiltDimension,
): Interval | null {
  if (!uncertainty) return null;
  const found =
    dimension === 'overall'
      ? uncertainty.overall.find((o) => o.country === country && o.partner === partner)
      : uncertainty.dimension.find(
          (o) => o.country === country && o.partner === partner && o.dimension === dimension,
        );
  return found?.interval ?? null;
}

/** One row per dimension (then overall) × partner for a country. */
export function buildScoreIntervalRows(input: {
  scores: ScoreSet;
  uncertainty: UncertaintyResult | undefined;
  country: CountryCode;
  partners: readonly Labelled<PartnerCode>[];
  dimensions: readonly Labelled<TiltDimension>[];
}): ScoreIntervalRow[] {
  const { scores, uncertainty, country, partners, dimensions } = input;
  return dimensions.flatMap((dimension) =>
    partners.map((partner): ScoreIntervalRow => ({
      dimension: dimension.key,
      dimensionLabel: dimension.label,
      partner: partner.key,
      partnerLabel: partner.label,
      score: scoreOf(scores, country, partner.key, dimension.key),
      interval: scoreInterval(uncertainty, country, partner.key, dimension.key),
    })),
  );
}

/** Groups points by a key in first-seen order. */
function grouped<T>(
  items: readonly T[],
  groupOf: (item: T) => { key: string; label: string; summary: boolean },
  pointOf: (item: T) => IntervalPoint,
): IntervalGroup[] {
  const groups: IntervalGroup[] = [];
  for (const item of items) {
    const g = groupOf(item);
    let group = groups.find((x) => x.key === g.key);
    if (!group) groups.push((group = { ...g, points: [] }));
    group.points.push(pointOf(item));
  }
  return groups;
}

/** Dots and 90% intervals of a country's scores on the fixed 0–100 scale. */
export function scoreIntervalModel(
  rows: readonly ScoreIntervalRow[],
  tiltPair: readonly [PartnerCode, PartnerCode],
): IntervalChartModel {
  return {
    domain: [0, 100],
    ticks: [0, 25, 50, 75, 100],
    groups: grouped(
      rows,
      (r) => ({ key: r.dimension, label: r.dimensionLabel, summary: r.dimension === 'overall' }),
      (r) => ({
        key: `${r.dimension}.${r.partner}`,
        label: r.partner,
        value: r.score,
        interval: r.interval,
        partner: r.score === null ? null : r.partner,
        hatched: r.partner === tiltPair[0],
        pPositive: null,
        reading: null,
      }),
    ),
  };
}

/**
 * Dots and 90% intervals of tilts (rows from tiltAdapter's buildTiltRows) on the fixed
 * −100…100 scale; a point takes the colour and marker of the side its tilt leans to.
 */
export function tiltIntervalModel(
  rows: readonly TiltRow[],
  tiltPair: readonly [PartnerCode, PartnerCode],
): IntervalChartModel {
  const multi = new Set(rows.map((r) => r.country)).size > 1;
  return {
    domain: [-100, 100],
    ticks: [-100, -50, 0, 50, 100],
    groups: grouped(
      rows,
      (r) => ({ key: r.dimension, label: r.dimensionLabel, summary: r.dimension === 'overall' }),
      (r) => {
        const partner = r.tilt === null ? null : r.tilt >= 0 ? tiltPair[0] : tiltPair[1];
        return {
          key: `${r.dimension}.${r.country}`,
          label: multi ? r.country : null,
          value: r.tilt,
          interval: r.interval,
          partner,
          hatched: partner !== null && partner === tiltPair[0],
          pPositive: r.pPositive,
          reading: r.reading,
        };
      },
    ),
  };
}

// ── Sensitivity tornado ──────────────────────────────────────────────────────────────

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

export const TORNADO_TOP = 10;

/**
 * For each country, the assumptions that move its tilt in `dimension` most across their
 * plausible ranges (the model's one-at-a-time sensitivity), largest swing first.
 */
export function buildTornadoes(
  prepared: Prepared,
  countries: readonly CountryCode[],
  dimension: TiltDimension,
  top = TORNADO_TOP,
): Tornado[] {
  return countries.map((country) => {
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
  });
}

/** A step of 1, 2 or 5 × 10^k near `span / count`. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/**
 * One axis for every tornado of the view (the countries read on the same scale): it holds
 * 0, each current tilt and every bar's ends, rounded out to a nice step, within −100…100.
 */
export function tornadoAxis(tornadoes: readonly Tornado[]): {
  domain: [number, number];
  ticks: number[];
} {
  let lo = 0;
  let hi = 0;
  for (const t of tornadoes) {
    if (t.base !== null) {
      lo = Math.min(lo, t.base);
      hi = Math.max(hi, t.base);
    }
    for (const r of t.rows) {
      lo = Math.min(lo, r.atLow, r.atHigh);
      hi = Math.max(hi, r.atLow, r.atHigh);
    }
  }
  if (hi - lo < 1e-9) {
    lo = -1;
    hi = 1;
  }
  const step = niceStep(hi - lo);
  const d0 = Math.max(-100, Math.floor(lo / step) * step);
  const d1 = Math.min(100, Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let k = Math.ceil(d0 / step); k * step <= d1 + step * 1e-9; k++) {
    // Rounded so that 0.1 + 0.2 never reads 0.30000000000000004.
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return { domain: [d0, d1], ticks };
}

// ── What would flip it ───────────────────────────────────────────────────────────────

/** The model's flip candidate with its assumption's facts spread out for the view. */
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
 * What would flip a tilt, by the model's smallestFlipPrepared. Only changes inside the
 * published ranges are findings; `outside` is the smallest flip that needs a value outside
 * its range, which the view shows apart, labelled as such.
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

export interface FlipEntry {
  country: CountryCode;
  dimension: TiltDimension;
  finding: FlipFinding;
}

function suggestionOf({ cell, ...found }: FlipCandidate): FlipSuggestion {
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
 * in a dimension inside the published ranges (the model's smallestFlipPrepared), as the view
 * words it. Values are searched at the precision they are shown with (formatValue), so the
 * value in the sentence is one that really flips the tilt; rubric levels in whole levels.
 */
export function smallestFlip(
  prepared: Prepared,
  country: CountryCode,
  dimension: TiltDimension,
): FlipFinding {
  const [first, second] = prepared.dataset.tiltPair;
  const { tilt, balanced, best, outside } = smallestFlipPrepared(prepared, country, dimension, {
    step: valueStep,
  });
  if (balanced) return { kind: 'balanced', tilt: tilt ?? 0 };
  if (tilt === null) return { kind: 'no-data' };
  const beyond = outside ? suggestionOf(outside) : null;
  // Inside the published ranges only: a value the analyst supplied has no range to be inside.
  if (best?.withinRange && best.cell.observation) {
    return best.outcome === 'flips'
      ? { kind: 'flips', tilt, suggestion: suggestionOf(best) }
      : { kind: 'balances', tilt, suggestion: suggestionOf(best), outside: beyond };
  }
  return { kind: 'cannot-flip', tilt, leansTo: tilt > 0 ? first : second, outside: beyond };
}

/** One finding per country × dimension, in the order given. */
export function buildFlips(
  prepared: Prepared,
  countries: readonly CountryCode[],
  dimensions: readonly TiltDimension[],
): FlipEntry[] {
  return countries.flatMap((country) =>
    dimensions.map((dimension) => ({
      country,
      dimension,
      finding: smallestFlip(prepared, country, dimension),
    })),
  );
}

/** A country's method choices that flip or balance its tilts, and every choice tested. */
export interface MethodEntry {
  country: CountryCode;
  /** flips first, then balances and tilts tipped off 0; in the order of the choices */
  flips: MethodFlip[];
  tested: MethodChoice[];
}

/** Per country, what the model's method alternatives do to its tilts (methodAlternatives),
 * in the shared order of method findings (orderMethodFlips). */
export function buildMethodEntries(
  alternatives: readonly MethodAlternative[],
  countries: readonly CountryCode[],
): MethodEntry[] {
  const flips = orderMethodFlips(methodFlips(alternatives));
  const tested = alternatives.map((a) => a.choice);
  return countries.map((country) => ({
    country,
    flips: flips.filter((f) => f.country === country),
    tested,
  }));
}

// ── Words ────────────────────────────────────────────────────────────────────────────

/** Key of a unit in the analysis messages: "% of GDP" → "pct_of_GDP", "level 0–4" → "level_0_4". */
export function unitKey(unit: string): string {
  return unit
    .replace(/%/g, 'pct')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const KNOWN_UNITS = new Set(['pct', 'pct_of_GDP', 'level_0_4']);

/**
 * "80%", "22.6% of GDP", "level 2", "1,500 USD m": a number (already formatted) with its
 * unit, from the messages under `units` (or `unitsAfter`, the forms after "from"/"to").
 */
export function withUnit(
  number: string,
  unit: string,
  t: Translate,
  messages: 'units' | 'unitsAfter' = 'units',
): string {
  const key = unitKey(unit);
  if (KNOWN_UNITS.has(key)) return t(`${messages}.${key}`, { value: number });
  return unit ? t(`${messages}.other`, { value: number, unit }) : number;
}

/** The names a flip sentence needs, in the reader's language (and a method sentence's). */
export interface FlipNames extends MethodNames {
  partner: (code: PartnerCode) => string;
  indicator: (indicator: Indicator) => string;
  /** a number with the indicator's unit, as it reads after "from" and "to" */
  valueAfter: (value: number, indicator: Indicator) => string;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** The words of one suggested change: who, what, from and to, and the published range. */
function changeWords(s: FlipSuggestion, names: FlipNames) {
  const indicator = names.indicator(s.indicator);
  return {
    to: names.partnerIn(s.toward),
    partner: names.partner(s.partner),
    partnerIn: names.partnerIn(s.partner),
    indicator,
    indicatorLower: lowerFirst(indicator),
    from: names.valueAfter(s.from, s.indicator),
    value: names.valueAfter(s.to, s.indicator),
    low: names.valueAfter(s.low, s.indicator),
    high: names.valueAfter(s.high, s.indicator),
  };
}

const direction = (s: FlipSuggestion) => (s.to < s.from ? 'fell' : 'rose');

/**
 * A finding in plain words: "Kyrgyzstan's security tilt would flip to China if Russia's
 * share of arms imports fell from 80% to 31%." Each case is a whole sentence of the analysis
 * messages (`flip.flips.fell`, `flip.balances.rose`, …), so both languages agree in form.
 */
export function flipSentence(entry: FlipEntry, names: FlipNames, t: Translate): string {
  const { finding } = entry;
  const country = names.country(entry.country);
  const tilt = t(`tilts.${entry.dimension}`);
  if (finding.kind === 'no-data') return t('flip.noData', { country, tilt });
  if (finding.kind === 'balanced') return t('flip.balanced', { country, tilt });
  if (finding.kind === 'cannot-flip') {
    return t('flip.none', {
      country,
      tilt,
      tiltValue: names.tilt(finding.tilt),
      side: names.partnerIn(finding.leansTo),
    });
  }
  const s = finding.suggestion;
  return t(`flip.${finding.kind}.${direction(s)}`, {
    country,
    tilt,
    ...changeWords(s, names),
  });
}

/**
 * The smallest flip that needs a value outside its published range, in words that say so
 * ("Outside the published range: …"); null when there is none or a change inside the ranges
 * already flips the tilt.
 */
export function outsideSentence(entry: FlipEntry, names: FlipNames, t: Translate): string | null {
  const { finding } = entry;
  if (finding.kind !== 'cannot-flip' && finding.kind !== 'balances') return null;
  const s = finding.outside;
  if (!s) return null;
  // a value the analyst supplied has no published range; a published point has no width
  const which = !s.observation ? 'supplied' : s.low === s.high ? 'point' : 'flips';
  return t(`flip.outside.${which}.${direction(s)}`, {
    country: names.country(entry.country),
    tilt: t(`tilts.${entry.dimension}`),
    ...changeWords(s, names),
  });
}

/** A short id of a method choice: "geometric", "option-kgTradeSource-china-customs", "weights". */
export function methodChoiceId(choice: MethodChoice): string {
  return choice.kind === 'option' ? `option-${choice.option}-${choice.to}` : methodKey(choice);
}
