// Pure derivations of the methodology view: what to list and in which order.
// No React here, so the tests can check them directly.
import type {
  CellRef,
  Dataset,
  Dimension,
  FigureInput,
  Formula,
  Indicator,
  Observation,
  Source,
} from '@/model';
import { REPORT_SOURCE_ID } from '@/data/schema';
import {
  DIMENSIONS,
  effectiveWeight,
  indicatorsByDimension,
  missingCells,
  nonEmptyGroups,
  readingsOf,
} from '@/model';
import { formatsFor } from '@/lib/format';

/** The scenario option that picks which Kyrgyz trade figures count. */
export const KG_TRADE_OPTION = 'kgTradeSource';
/** The indicator whose observations carry the remittance caveat. */
export const REMITTANCES_INDICATOR = 'remittances_gdp';

/** The title of the Ifri report, a fallback for data sets without the schema's report id. */
const REPORT_TITLE = 'China in Kyrgyzstan and Tajikistan';

/**
 * The id of the Ifri report among the sources: the schema's fixed id when the data set has
 * it, failing that the footnote-less source with the report's title.
 */
export function reportSourceId(dataset: Dataset): string | undefined {
  if (dataset.sources.some((s) => s.id === REPORT_SOURCE_ID)) return REPORT_SOURCE_ID;
  return dataset.sources.find(
    (s) => s.footnote === undefined && (s.title ?? '').includes(REPORT_TITLE),
  )?.id;
}

/** The source that is footnote `n` of the report. */
export function footnoteOwners(sources: readonly Source[]): Map<number, string> {
  const owners = new Map<number, string>();
  for (const s of sources)
    if (s.footnote !== undefined && !owners.has(s.footnote)) owners.set(s.footnote, s.id);
  return owners;
}

/** How many observations cite each source id, directly or through a footnote of the report. */
export function citationCounts(
  dataset: Pick<Dataset, 'observations' | 'sources'>,
): Map<string, number> {
  const owners = footnoteOwners(dataset.sources);
  const counts = new Map<string, number>();
  for (const o of dataset.observations) {
    // A source counts once per observation, whether named directly or through a report footnote.
    const ids = new Set(o.sources);
    for (const n of o.footnotes ?? []) {
      const owner = owners.get(n);
      if (owner !== undefined) ids.add(owner);
    }
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export interface SourceEntry {
  source: Source;
  isReport: boolean;
  /** observations that cite it */
  citations: number;
}

const byAuthor = (a: Source, b: Source) =>
  (a.author ?? a.outlet).localeCompare(b.author ?? b.outlet, 'en') ||
  (a.title ?? '').localeCompare(b.title ?? '', 'en') ||
  a.id.localeCompare(b.id);

/** Every source: the report first, then by footnote number, then (without footnote) by author. */
export function orderedSources(dataset: Dataset): SourceEntry[] {
  const reportId = reportSourceId(dataset);
  const counts = citationCounts(dataset);
  const sorted = [...dataset.sources].sort((a, b) => {
    if (a.id === reportId) return -1;
    if (b.id === reportId) return 1;
    const fa = a.footnote ?? Infinity;
    const fb = b.footnote ?? Infinity;
    if (fa !== fb) return fa < fb ? -1 : 1;
    return byAuthor(a, b);
  });
  return sorted.map((source) => ({
    source,
    isReport: source.id === reportId,
    citations: counts.get(source.id) ?? 0,
  }));
}

/** Observations coded by Fulcrum as a judgement, in data order. */
export function judgementObservations(dataset: Dataset): Observation[] {
  return dataset.observations.filter((o) => o.confidence === 'judgement');
}

/** Observations that apply only under one value of a scenario option, grouped by that value. */
export function variantObservations(
  dataset: Dataset,
  optionKey: string,
): Map<string, Observation[]> {
  const byValue = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    if (o.variant?.option !== optionKey) continue;
    const list = byValue.get(o.variant.value) ?? [];
    list.push(o);
    byValue.set(o.variant.value, list);
  }
  return byValue;
}

/** Observations of one indicator (e.g. remittances), in data order. */
export function observationsOf(dataset: Dataset, indicatorId: string): Observation[] {
  return dataset.observations.filter((o) => o.indicator === indicatorId);
}

/** A dimension's default weight and its share of the total. */
export interface DimensionWeightRow {
  dimension: Dimension;
  weight: number;
  share: number;
}

/** Each dimension's default weight and its share of the total. */
export function dimensionWeightRows(
  weights: Partial<Record<Dimension, number>>,
): DimensionWeightRow[] {
  const total = DIMENSIONS.reduce((sum, d) => sum + effectiveWeight(weights[d], 0), 0);
  return DIMENSIONS.map((dimension) => {
    const weight = effectiveWeight(weights[dimension], 0);
    return { dimension, weight, share: total > 0 ? weight / total : 0 };
  });
}

/** A plain number in the reader's language, up to two decimals: "1,500", "0.5", "1 500". */
export function formatNumber(x: number, language: string): string {
  return formatsFor(language).formatDecimals(x, 2);
}

/** "2026-07-15" → "15 July 2026" / "15 июля 2026"; anything else as given. */
export function formatDataDate(date: string, language: string): string {
  return formatsFor(language).formatDate(date);
}

const RU_MONTHS: Record<string, string> = {
  January: 'январь',
  February: 'февраль',
  March: 'март',
  April: 'апрель',
  May: 'май',
  June: 'июнь',
  July: 'июль',
  August: 'август',
  September: 'сентябрь',
  October: 'октябрь',
  November: 'ноябрь',
  December: 'декабрь',
  Jan: 'янв.',
  Feb: 'февр.',
  Mar: 'март',
  Apr: 'апр.',
  Jun: 'июнь',
  Jul: 'июль',
  Aug: 'авг.',
  Sep: 'сент.',
  Sept: 'сент.',
  Oct: 'окт.',
  Nov: 'нояб.',
  Dec: 'дек.',
};
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * An observation's period ("Jan–May 2025", "Q1 2024 inflow") in the reader's language.
 * The data keep periods in English; Russian readers get months, quarters, halves and
 * "inflow" translated, and anything unknown as written.
 */
export function localizePeriod(period: string, language: string): string {
  if (language !== 'ru') return period;
  let text = period.trim();
  let inflow = false;
  if (/\binflow$/.test(text)) {
    inflow = true;
    text = text.replace(/\s*\binflow$/, '');
  }
  text = text
    .replace(/\bQ([1-4])\b/g, (_, q: string) => `${ROMAN[Number(q) - 1]} кв.`)
    .replace(/\bH([12])\b/g, (_, h: string) => `${ROMAN[Number(h) - 1]} полугодие`)
    .replace(/\b[A-Z][a-z]+\b/g, (word) => RU_MONTHS[word] ?? word);
  return inflow ? `приток за ${text}` : text;
}

export interface IndicatorEvidence {
  indicator: Indicator;
  /** its observations, by country then partner in the data set's order (then data order) */
  readings: Observation[];
  /** its cells that no observation covers */
  missing: CellRef[];
}

export interface DimensionEvidence {
  dimension: Dimension;
  indicators: IndicatorEvidence[];
}

/** Every reading of the data set and every missing cell, by dimension and indicator. */
export function evidenceByIndicator(dataset: Dataset): DimensionEvidence[] {
  const missing = missingCells(dataset);
  const readings = (indicator: string) =>
    dataset.countries.flatMap((c) =>
      dataset.partners.flatMap((p) => readingsOf(dataset, c.code, p.code, indicator)),
    );
  return nonEmptyGroups(indicatorsByDimension(dataset.indicators)).map(({ dimension, items }) => ({
    dimension,
    indicators: items.map((indicator) => ({
      indicator,
      readings: readings(indicator.id),
      missing: missing.filter((c) => c.indicator === indicator.id),
    })),
  }));
}

export interface FormulaLine {
  /** which result the formula gives */
  bound: 'value' | 'low' | 'high';
  formula: Formula;
  /** the observation's result of it */
  result: number;
}

/** A computed observation's formulas with the results the observation carries. */
export function formulaLines(observation: Observation): FormulaLine[] {
  const d = observation.derivation;
  if (!d) return [];
  const lines: FormulaLine[] = [];
  if (d.value) lines.push({ bound: 'value', formula: d.value, result: observation.value });
  if (d.low) lines.push({ bound: 'low', formula: d.low, result: observation.low });
  if (d.high) lines.push({ bound: 'high', formula: d.high, result: observation.high });
  return lines;
}

/** A formula as a reader writes it: "100 * ru / total" → "100 × ru / total". */
export function formulaText(expr: string): string {
  return expr
    .replace(/\s*\*\s*/g, ' × ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same figure (name, value and label) read by an earlier formula is shown once. */
export const inputIdentity = (name: string, input: FigureInput) =>
  `${name}|${input.value}|${input.label.en}`;
