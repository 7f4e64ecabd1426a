// Pure adapters of the analysis view: model output → interval charts, the tornadoes' axis
// and the words of "what would flip it". No React, no DOM; unit-tested in
// tests/unit/features/analysis. The numbers come from src/model and the findings the briefing
// shares (src/scenario/findings.ts: flips and tornadoes); nothing here re-derives a score.
import type { TiltRow } from '@/components/charts/tiltAdapter';
import {
  groupByRowDimension,
  SCORE_DOMAIN,
  SCORE_TICKS,
  TILT_DOMAIN,
  TILT_TICKS,
} from '@/components/charts/tiltAdapter';
import { flipChangeSentence, flipChangeWords, flipDirection, type FlipNames } from '@/lib/flipText';
import { methodFindings, methodKey } from '@/lib/methodRisks';
import type { Translate } from '@/lib/translate';
import type {
  CountryCode,
  Interval,
  MethodAlternative,
  MethodChoice,
  MethodFlip,
  MissingReason,
  PartnerCode,
  ScoreSet,
  TiltDimension,
  TiltReading,
  Tornado,
  UncertaintyResult,
} from '@/model';
import { findMissing, findScore, findScoreInterval } from '@/model';
import type { FlipEntry } from '@/scenario/findings';

export type { FlipNames, Translate };

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
  /** the value is missing because the weights exclude its data, not for want of evidence */
  excluded: boolean;
}

interface IntervalGroup {
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
  /** why the score is missing (src/model/missing.ts); no evidence when left out */
  missing?: MissingReason | null;
  interval: Interval | null;
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
      score: findScore(scores, country, partner.key, dimension.key),
      missing: findMissing(scores, country, partner.key, dimension.key),
      interval: findScoreInterval(uncertainty, country, partner.key, dimension.key),
    })),
  );
}

/** Dots and 90% intervals of a country's scores on the fixed 0–100 scale. */
export function scoreIntervalModel(
  rows: readonly ScoreIntervalRow[],
  tiltPair: readonly [PartnerCode, PartnerCode],
): IntervalChartModel {
  return {
    domain: SCORE_DOMAIN,
    ticks: SCORE_TICKS,
    groups: groupByRowDimension(rows, (r): IntervalPoint => ({
      key: `${r.dimension}.${r.partner}`,
      label: r.partner,
      value: r.score,
      interval: r.interval,
      partner: r.score === null ? null : r.partner,
      hatched: r.partner === tiltPair[0],
      pPositive: null,
      reading: null,
      excluded: r.missing === 'weights',
    })),
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
    domain: TILT_DOMAIN,
    ticks: TILT_TICKS,
    groups: groupByRowDimension(rows, (r): IntervalPoint => {
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
        excluded: r.missing === 'weights',
      };
    }),
  };
}

// ── Sensitivity tornado ──────────────────────────────────────────────────────────────

/** How many assumptions a tornado shows. */
export const TORNADO_TOP = 10;

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
  const { flips, tested } = methodFindings(alternatives);
  return countries.map((country) => ({
    country,
    flips: flips.filter((f) => f.country === country),
    tested,
  }));
}

// ── Words ────────────────────────────────────────────────────────────────────────────

/**
 * A finding in plain words: "Kyrgyzstan's security tilt would flip to China if Russia's
 * share of arms imports fell from 80% to 31%." A flip or balance is the shared sentence
 * (src/lib/flipText.ts, the briefing's too); the other cases are the analysis view's own. A
 * tilt without data says why (`missing`, src/model/missing.ts): no evidence, or the weights.
 */
export function flipSentence(
  entry: FlipEntry,
  names: FlipNames,
  t: Translate,
  missing: MissingReason | null = null,
): string {
  const { finding } = entry;
  const country = names.country(entry.country);
  const tilt = t(`tilts.${entry.dimension}`);
  if (finding.kind === 'no-data')
    return t(missing === 'weights' ? 'flip.excluded' : 'flip.noData', {
      country,
      tilt,
      where: t('common:weightsPath'),
    });
  if (finding.kind === 'balanced') return t('flip.balanced', { country, tilt });
  if (finding.kind === 'cannot-flip') {
    return t('flip.none', {
      country,
      tilt,
      tiltValue: names.tilt(finding.tilt),
      side: names.partnerIn(finding.leansTo),
    });
  }
  return flipChangeSentence(
    { country: entry.country, dimension: entry.dimension, suggestion: finding.suggestion },
    names,
    t,
  );
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
  return t(`flip.outside.${which}.${flipDirection(s)}`, {
    country: names.country(entry.country),
    tilt: t(`tilts.${entry.dimension}`),
    ...flipChangeWords(s, names),
  });
}

/** A short id of a method choice: "geometric", "option-kgTradeSource-china-customs", "weights". */
export function methodChoiceId(choice: MethodChoice): string {
  return choice.kind === 'option' ? `option-${choice.option}-${choice.to}` : methodKey(choice);
}
