// Pure slide-building code of the briefing view: which slides there are, how the keys move
// between them, and the numbers each slide's takeaway sentence is made of. No React, no DOM;
// unit-tested in tests/unit/features/briefing. The numbers come from src/model.
import type {
  CountryCode,
  Dataset,
  Indicator,
  LocalizedText,
  PartnerCode,
  Prepared,
  Scenario,
  ScoreSet,
  TiltDimension,
} from '@/model';
import { findOverall, findTilt, sensitivityPrepared, smallestFlipPrepared } from '@/model';
import {
  baselineFullScenario,
  changedRecords,
  displayedValue,
  normalizeScenario,
  recordValue,
  type SliderRecord,
} from '@/scenario/sliders';

// ── Slides and keys ──────────────────────────────────────────────────────────────────

export type SlideKind = 'overview' | 'country' | 'compare' | 'scenario' | 'risks';

export interface SlideRef {
  /** the id in the address: "overview", "KG", "compare"… */
  id: string;
  kind: SlideKind;
}

/**
 * The deck: overview, one slide per country of the data set, the comparison (with two
 * countries or more), scenario vs baseline, key risks. A new country needs data only.
 */
export function buildDeck(countries: readonly CountryCode[]): SlideRef[] {
  return [
    { id: 'overview', kind: 'overview' },
    ...countries.map((id): SlideRef => ({ id, kind: 'country' })),
    ...(countries.length >= 2 ? [{ id: 'compare', kind: 'compare' } as SlideRef] : []),
    { id: 'scenario', kind: 'scenario' },
    { id: 'risks', kind: 'risks' },
  ];
}

/** The index of a slide id in the deck (-1 when unknown); the first slide without an id. */
export function slideIndexOf(deck: readonly SlideRef[], id: string | undefined): number {
  if (id === undefined || id === '') return deck.length > 0 ? 0 : -1;
  return deck.findIndex((s) => s.id === id);
}

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'exit';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** What a key press does in the briefing, or null (modified keys are left to the browser). */
export function keyAction(event: KeyInput): DeckAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The slide index an action leads to from `index` in a deck of `count`; clamped to the ends. */
export function moveIndex(index: number, count: number, action: DeckAction): number {
  if (count <= 0) return -1;
  const at = Math.min(Math.max(index, 0), count - 1);
  switch (action) {
    case 'next':
      return Math.min(at + 1, count - 1);
    case 'previous':
      return Math.max(at - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return at;
  }
}

// ── Numbers for the takeaways ────────────────────────────────────────────────────────

export interface CountryTilt {
  country: CountryCode;
  tilt: number | null;
}

/** Countries by overall tilt, furthest towards the tilt pair's first partner (China) first. */
export function rankByOverallTilt(
  scores: ScoreSet,
  countries: readonly CountryCode[],
): CountryTilt[] {
  return countries
    .map((country) => ({ country, tilt: findTilt(scores, country, 'overall') }))
    .filter((x): x is { country: CountryCode; tilt: number } => x.tilt !== null)
    .sort((a, b) => b.tilt - a.tilt || a.country.localeCompare(b.country));
}

export interface TiltGap {
  dimension: TiltDimension;
  /** the country further towards China, and the other */
  higher: CountryTilt & { tilt: number };
  lower: CountryTilt & { tilt: number };
  gap: number;
}

/** The dimension in which two countries' tilts differ most (null without data). */
export function largestTiltGap(
  scores: ScoreSet,
  [a, b]: readonly [CountryCode, CountryCode],
  dimensions: readonly TiltDimension[],
): TiltGap | null {
  let best: TiltGap | null = null;
  for (const dimension of dimensions) {
    const ta = findTilt(scores, a, dimension);
    const tb = findTilt(scores, b, dimension);
    if (ta === null || tb === null) continue;
    const gap = Math.abs(ta - tb);
    if (best && gap <= best.gap) continue;
    const [higher, lower] =
      ta >= tb
        ? [
            { country: a, tilt: ta },
            { country: b, tilt: tb },
          ]
        : [
            { country: b, tilt: tb },
            { country: a, tilt: ta },
          ];
    best = { dimension, higher, lower, gap };
  }
  return best;
}

/** A number the scenario changed: an overall score or a tilt, before and after. */
export interface ScoreChange {
  key: string;
  country: CountryCode;
  /** a partner's overall score, or the tilt (partner null) in a dimension */
  partner: PartnerCode | null;
  dimension: TiltDimension;
  baseline: number | null;
  value: number | null;
  change: number | null;
}

/**
 * Every overall score and every tilt, with the baseline and the change; those that moved
 * (by at least 0.05 after rounding) come first, largest change first, then the rest in order.
 */
export function scoreChanges(
  scores: ScoreSet,
  baseline: ScoreSet,
  countries: readonly CountryCode[],
  partners: readonly PartnerCode[],
  dimensions: readonly TiltDimension[],
): ScoreChange[] {
  const rows: ScoreChange[] = [];
  const push = (
    key: string,
    country: CountryCode,
    partner: PartnerCode | null,
    dimension: TiltDimension,
    value: number | null,
    base: number | null,
  ) =>
    rows.push({
      key,
      country,
      partner,
      dimension,
      value,
      baseline: base,
      change: value === null || base === null ? null : value - base,
    });
  for (const country of countries) {
    for (const partner of partners) {
      push(
        `${country}.${partner}.overall`,
        country,
        partner,
        'overall',
        findOverall(scores, country, partner),
        findOverall(baseline, country, partner),
      );
    }
    for (const dimension of dimensions) {
      push(
        `${country}.tilt.${dimension}`,
        country,
        null,
        dimension,
        findTilt(scores, country, dimension),
        findTilt(baseline, country, dimension),
      );
    }
  }
  const size = (r: ScoreChange) => {
    const c = r.change === null ? 0 : Math.abs(Number(r.change.toFixed(1)));
    return c;
  };
  return rows
    .map((row, order) => ({ row, order }))
    .sort((x, y) => size(y.row) - size(x.row) || x.order - y.order)
    .map((x) => x.row);
}

/** Did a change survive rounding to one decimal (what the slide shows)? */
export const moved = (change: number | null): boolean =>
  change !== null && Number(change.toFixed(1)) !== 0;

// ── Key risks ────────────────────────────────────────────────────────────────────────

/** The closest single change that would flip a country's tilt in a dimension. */
export interface FlipRisk {
  country: CountryCode;
  dimension: TiltDimension;
  key: string;
  partner: PartnerCode;
  indicator: Indicator;
  tilt: number;
  from: number;
  to: number;
  /** the partner the tilt would lean to afterwards */
  toward: PartnerCode;
  /** the change on the indicator's own 0–100 scale */
  distance: number;
  /** whether `to` lies within the assumption's plausible range */
  withinRange: boolean;
}

/**
 * For every country × tilt, the assumption whose smallest change (on its indicator's 0–100
 * scale) flips the sign of the tilt, by the model's whatWouldFlip; closest flips first.
 * Tilts that cannot flip with one assumption are left out.
 */
export function flipRisks(
  prepared: Prepared,
  countries: readonly CountryCode[],
  dimensions: readonly TiltDimension[],
): FlipRisk[] {
  const risks: FlipRisk[] = [];
  for (const country of countries) {
    for (const dimension of dimensions) {
      // A flip that only brings the tilt to 0 is not a flip.
      const { best } = smallestFlipPrepared(prepared, country, dimension, { realFlipsOnly: true });
      if (!best) continue;
      risks.push({
        country,
        dimension,
        key: best.cell.key,
        partner: best.cell.partner,
        indicator: best.cell.indicator,
        tilt: best.tiltNow,
        from: best.from,
        to: best.to,
        toward: best.toward,
        distance: best.distance,
        withinRange: best.withinRange,
      });
    }
  }
  return risks.sort(
    (a, b) =>
      a.distance - b.distance || a.country.localeCompare(b.country) || a.key.localeCompare(b.key),
  );
}

/** The assumption that moves a country's overall tilt most across its plausible range. */
export interface SwingRisk {
  country: CountryCode;
  key: string;
  partner: PartnerCode;
  indicator: string;
  lowValue: number;
  highValue: number;
  atLow: number;
  atHigh: number;
  swing: number;
}

/** The `top` assumptions that move each country's overall tilt most (the model's sensitivity). */
export function swingRisks(
  prepared: Prepared,
  countries: readonly CountryCode[],
  top: number,
): SwingRisk[] {
  return countries.flatMap((country) =>
    sensitivityPrepared(
      prepared,
      { kind: 'tilt', country, dimension: 'overall' },
      top,
    ).rows.flatMap((r): SwingRisk[] =>
      r.atLow === null || r.atHigh === null
        ? []
        : [
            {
              country,
              key: r.key,
              partner: r.partner,
              indicator: r.indicator,
              lowValue: r.lowValue,
              highValue: r.highValue,
              atLow: r.atLow,
              atHigh: r.atHigh,
              swing: r.swing,
            },
          ],
    ),
  );
}

/** Observations the scores stand on (what the source lines count). */
export const observationCount = (dataset: Dataset): number => dataset.observations.length;

/** The unit key of the messages: "%" → pct, "% of GDP" → pct_of_GDP, "level 0–4" → level. */
export function unitMessage(unit: string): 'pct' | 'pctGdp' | 'level' | 'other' {
  if (unit === '%') return 'pct';
  if (unit === '% of GDP') return 'pctGdp';
  if (unit.startsWith('level')) return 'level';
  return 'other';
}

// ── What the scenario changes ────────────────────────────────────────────────────────

/** One value of an assumption: a number with its unit, or a choice's label. */
export type ChangeValue =
  { kind: 'number'; value: number; unit: string } | { kind: 'choice'; label: LocalizedText };

export interface AssumptionChange {
  key: string;
  label: LocalizedText;
  from: ChangeValue;
  to: ChangeValue;
}

function valueOf(dataset: Dataset, record: SliderRecord, scenario: Scenario): ChangeValue {
  if (record.control === 'choice') {
    const value = recordValue(record, scenario);
    const choice = record.choices.find((c) => c.value === value);
    return { kind: 'choice', label: choice?.label ?? { en: String(value), ru: String(value) } };
  }
  return { kind: 'number', value: displayedValue(dataset, record, scenario), unit: record.unit };
}

/** The assumptions, weights and choices in which `scenario` differs from the baseline. */
export function assumptionChanges(dataset: Dataset, scenario: Scenario): AssumptionChange[] {
  const base = baselineFullScenario(dataset);
  const current = normalizeScenario(dataset, scenario);
  return changedRecords(dataset, current).map((record) => ({
    key: record.key,
    label: record.label,
    from: valueOf(dataset, record, base),
    to: valueOf(dataset, record, current),
  }));
}
