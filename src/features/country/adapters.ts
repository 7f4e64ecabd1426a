// Pure adapters of the country view: model output → rows, summaries and orderings the
// components render. No React, no DOM; unit-tested in tests/unit/features/country.
import type {
  Confidence,
  Contribution,
  Country,
  CountryCode,
  Dataset,
  Dimension,
  Indicator,
  Interval,
  MissingReason,
  Observation,
  PartnerCode,
  ScenarioInput,
  ScoreSet,
  TiltBasis,
  TiltDimension,
  TiltReading,
  TimelineEvent,
  UncertaintyResult,
} from '@/model';
import {
  DIMENSIONS,
  effectiveWeight,
  findDimensionScore,
  findMissing,
  findOverall,
  findScoreInterval,
  findTilt,
  findTiltDraws,
  findTiltMissing,
  indicatorsInDimensionOrder,
  observationKey,
  readTilt,
  standingObservation,
  switchedOffReadings,
  tiltBasis,
} from '@/model';
import { findSliderByKey, isMissingRecord } from '@/scenario/sliders';
import { formatsFor } from '@/lib/format';

/** The country a route parameter names, case-insensitively ("kg" finds KG). */
export function findCountry(dataset: Dataset, code: string | undefined): Country | undefined {
  if (!code) return undefined;
  const wanted = code.trim().toUpperCase();
  return dataset.countries.find((c) => c.code.toUpperCase() === wanted);
}

/** The id of an indicator-table row, the anchor dimension cards link to: "row-KG-CN-debt_share". */
export function rowId(key: string): string {
  return `row-${key.replace(/\./g, '-')}`;
}

export interface IndicatorRow {
  /** `${country}.${partner}.${indicator}` */
  key: string;
  /** anchor id of the table row */
  id: string;
  country: CountryCode;
  partner: PartnerCode;
  indicator: Indicator;
  dimension: Dimension;
  /** the observation used for the score, or null when the cell has no data */
  observation: Observation | null;
  /** scenario value (override, published, or the analyst's own) */
  value: number | null;
  baselineValue: number | null;
  overridden: boolean;
  /** the cell is missing in the data set and the value is the analyst's own (no source) */
  supplied: boolean;
  /**
   * the cell is one of the data set's missing cells (no observation): the scenario panel
   * lists it for the analyst to supply (or change, once supplied)
   */
  suppliable: boolean;
  normalised: number | null;
  weight: number;
  /** points this row adds to its dimension score */
  contribution: number | null;
  /** readings switched off by a scenario option (e.g. the other customs figure) */
  alternatives: Observation[];
  /** position in the default order (dimension, indicator, partner) */
  order: number;
}

/**
 * One row per indicator × partner for a country, in the order dimension → indicator →
 * partner, with the numbers the model used (from the score set's contributions).
 */
export function buildIndicatorRows(
  dataset: Dataset,
  scores: ScoreSet,
  scenario: Pick<ScenarioInput, 'options' | 'indicatorWeights'>,
  country: CountryCode,
): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const indicator of indicatorsInDimensionOrder(dataset.indicators)) {
    const dimension = indicator.dimension;
    for (const { code: partner } of dataset.partners) {
      const key = observationKey(country, partner, indicator.id);
      const group = findDimensionScore(scores, country, partner, dimension);
      const contribution = group?.contributions.find((c) => c.indicator === indicator.id);
      const base = {
        key,
        id: rowId(key),
        country,
        partner,
        indicator,
        dimension,
        alternatives: switchedOffReadings(
          dataset,
          country,
          partner,
          indicator.id,
          scenario.options,
        ),
        suppliable: isMissingRecord(findSliderByKey(dataset, key)),
        order: rows.length,
      };
      if (contribution) {
        rows.push({
          ...base,
          observation:
            standingObservation(dataset, country, partner, indicator.id, scenario.options) ?? null,
          value: contribution.value,
          baselineValue: contribution.baselineValue,
          overridden: contribution.overridden,
          supplied: contribution.supplied,
          normalised: contribution.normalised,
          weight: contribution.weight,
          contribution: contribution.contribution,
        });
      } else {
        rows.push({
          ...base,
          observation: null,
          value: null,
          baselineValue: null,
          overridden: false,
          supplied: false,
          normalised: null,
          weight: effectiveWeight(scenario.indicatorWeights[indicator.id], indicator.weight),
          contribution: null,
        });
      }
    }
  }
  return rows;
}

export type SortKey =
  | 'indicator'
  | 'partner'
  | 'value'
  | 'year'
  | 'normalised'
  | 'weight'
  | 'contribution'
  | 'confidence';
type SortDirection = 'ascending' | 'descending';
export interface SortState {
  /** null: the default order (dimension, indicator, partner) */
  key: SortKey | null;
  direction: SortDirection;
}

/** Clicking a column: a new column sorts (numbers high to low first), the same column flips. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const textual = key === 'indicator' || key === 'partner' || key === 'confidence';
  return { key, direction: textual ? 'ascending' : 'descending' };
}

const CONFIDENCE_ORDER: Record<Confidence, number> = {
  reported: 0,
  computed: 1,
  estimate: 2,
  judgement: 3,
};

/** A value the analyst supplied sorts after every published confidence. */
const ANALYST_ORDER = Object.keys(CONFIDENCE_ORDER).length;

type SortValue = string | number | null;

function sortValue(
  row: IndicatorRow,
  key: SortKey,
  names: { indicator: (row: IndicatorRow) => string; partner: (row: IndicatorRow) => string },
): SortValue {
  switch (key) {
    case 'indicator':
      return names.indicator(row);
    case 'partner':
      return names.partner(row);
    case 'value':
      return row.value;
    case 'year':
      return row.observation ? row.observation.year : null;
    case 'normalised':
      return row.normalised;
    case 'weight':
      return row.weight;
    case 'contribution':
      return row.contribution;
    case 'confidence':
      if (row.supplied) return ANALYST_ORDER;
      return row.observation ? CONFIDENCE_ORDER[row.observation.confidence] : null;
  }
}

/**
 * Sorts rows by a column. Rows without a value (no data) always go last; ties keep the
 * default order, so the sort is stable and predictable.
 */
export function sortIndicatorRows(
  rows: readonly IndicatorRow[],
  sort: SortState,
  names: { indicator: (row: IndicatorRow) => string; partner: (row: IndicatorRow) => string },
  locale = 'en',
): IndicatorRow[] {
  const byOrder = [...rows].sort((a, b) => a.order - b.order);
  const key = sort.key;
  if (key === null) return byOrder;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keyed = byOrder.map((row) => ({ row, v: sortValue(row, key, names) }));
  keyed.sort((a, b) => {
    if (a.v === null && b.v === null) return a.row.order - b.row.order;
    if (a.v === null) return 1;
    if (b.v === null) return -1;
    const c =
      typeof a.v === 'string' || typeof b.v === 'string'
        ? collator.compare(String(a.v), String(b.v))
        : a.v - b.v;
    return c !== 0 ? sign * c : a.row.order - b.row.order;
  });
  return keyed.map((k) => k.row);
}

/** Rows of one dimension, or all of them. */
export function filterRows(
  rows: readonly IndicatorRow[],
  dimension: Dimension | 'all',
): IndicatorRow[] {
  return dimension === 'all' ? [...rows] : rows.filter((r) => r.dimension === dimension);
}

/**
 * A summary's tilt read by the model's one lean rule (src/model/lean.ts), with the Monte Carlo
 * share of draws once it is in: what the header and the dimension cards put into words.
 */
export function summaryReading(summary: {
  tilt: number | null;
  pPositive: number | null;
  missing?: MissingReason | null;
}): TiltReading {
  return readTilt(summary.tilt, summary.pPositive, summary.missing ?? null);
}

export interface TopContributor {
  key: string;
  rowId: string;
  indicator: string;
  contribution: number;
}

/** The indicator adding the most points to a dimension score (first listed on a tie). */
export function topContributor(contributions: readonly Contribution[]): TopContributor | null {
  let best: Contribution | null = null;
  for (const c of contributions) if (!best || c.contribution > best.contribution) best = c;
  if (!best) return null;
  return {
    key: best.key,
    rowId: rowId(best.key),
    indicator: best.indicator,
    contribution: best.contribution,
  };
}

export interface PartnerScoreSummary {
  partner: PartnerCode;
  score: number | null;
  baseline: number | null;
  /** score − baseline; null when either is missing */
  change: number | null;
  /** 90% interval of the scenario score, once Monte Carlo has run */
  interval: Interval | null;
  /** why the score is missing (src/model/missing.ts); null when it has a number */
  missing: MissingReason | null;
}

/** A partner's score as flat primitives, so a memoised component compares them by value. */
export interface PartnerScoreFields {
  partner: PartnerCode;
  score: number | null;
  low: number | null;
  high: number | null;
  /** median of the draws: said beside a score that falls outside its interval */
  median: number | null;
  baseline: number | null;
  change: number | null;
  missing: MissingReason | null;
}

export function partnerScoreFields(summary: PartnerScoreSummary): PartnerScoreFields {
  return {
    partner: summary.partner,
    score: summary.score,
    low: summary.interval?.low ?? null,
    high: summary.interval?.high ?? null,
    median: summary.interval?.median ?? null,
    baseline: summary.baseline,
    change: summary.change,
    missing: summary.missing,
  };
}

export interface PartnerDimensionSummary extends PartnerScoreSummary {
  /** share of the dimension's weight that had data, 0..1 */
  coverage: number;
  top: TopContributor | null;
}

export interface DimensionSummary {
  dimension: Dimension;
  partners: PartnerDimensionSummary[];
  tilt: number | null;
  /** whether the tilt's two sides rest on the same indicators */
  basis: TiltBasis;
  baselineTilt: number | null;
  pPositive: number | null;
  /** why the tilt is missing (src/model/missing.ts); null when it has a number */
  missing: MissingReason | null;
}

function change(score: number | null, baseline: number | null): number | null {
  return score === null || baseline === null ? null : score - baseline;
}

/** A tilt as a card or the header shows it: now, in the baseline, its basis and its draws. */
function tiltSummary(
  scores: ScoreSet,
  baseline: ScoreSet,
  uncertainty: UncertaintyResult | undefined,
  country: CountryCode,
  tiltPair: readonly [PartnerCode, PartnerCode],
  dimension: TiltDimension,
): Pick<DimensionSummary, 'tilt' | 'basis' | 'baselineTilt' | 'pPositive' | 'missing'> {
  return {
    tilt: findTilt(scores, country, dimension),
    missing: findTiltMissing(scores, country, dimension),
    basis: tiltBasis(scores, tiltPair, country, dimension),
    baselineTilt: findTilt(baseline, country, dimension),
    pPositive: findTiltDraws(uncertainty, country, dimension).pPositive,
  };
}

/** What a dimension card shows, for every dimension of a country. */
export function buildDimensionSummaries(
  scores: ScoreSet,
  baseline: ScoreSet,
  uncertainty: UncertaintyResult | undefined,
  country: CountryCode,
  partners: readonly PartnerCode[],
  tiltPair: readonly [PartnerCode, PartnerCode],
): DimensionSummary[] {
  return DIMENSIONS.map((dimension) => ({
    dimension,
    partners: partners.map((partner): PartnerDimensionSummary => {
      const s = findDimensionScore(scores, country, partner, dimension);
      const b = findDimensionScore(baseline, country, partner, dimension);
      const score = s?.score ?? null;
      const base = b?.score ?? null;
      return {
        partner,
        score,
        baseline: base,
        change: change(score, base),
        interval: findScoreInterval(uncertainty, country, partner, dimension),
        missing: findMissing(scores, country, partner, dimension),
        coverage: s?.coverage ?? 0,
        top: s ? topContributor(s.contributions) : null,
      };
    }),
    ...tiltSummary(scores, baseline, uncertainty, country, tiltPair, dimension),
  }));
}

export interface OverallSummary {
  partners: PartnerScoreSummary[];
  tilt: number | null;
  /** whether the tilt's two sides rest on the same dimensions */
  basis: TiltBasis;
  baselineTilt: number | null;
  pPositive: number | null;
  missing: MissingReason | null;
}

/** The header's overall dependence on each partner and the overall tilt. */
export function buildOverallSummary(
  scores: ScoreSet,
  baseline: ScoreSet,
  uncertainty: UncertaintyResult | undefined,
  country: CountryCode,
  partners: readonly PartnerCode[],
  tiltPair: readonly [PartnerCode, PartnerCode],
): OverallSummary {
  return {
    partners: partners.map((partner) => {
      const score = findOverall(scores, country, partner);
      const base = findOverall(baseline, country, partner);
      return {
        partner,
        score,
        baseline: base,
        change: change(score, base),
        interval: findScoreInterval(uncertainty, country, partner, 'overall'),
        missing: findMissing(scores, country, partner, 'overall'),
      };
    }),
    ...tiltSummary(scores, baseline, uncertainty, country, tiltPair, 'overall'),
  };
}

/** The country's events, oldest first (ISO dates of any precision sort as strings). */
export function countryEvents(dataset: Dataset, country: CountryCode): TimelineEvent[] {
  return dataset.events
    .filter((e) => e.countries.includes(country))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** "2019" → "2019"; "2024-12" → "December 2024"; "2026-03-04" → "4 March 2026" (or Russian). */
export function formatEventDate(date: string, language: string): string {
  return formatsFor(language).formatDate(date);
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
