// Domain types of Fulcrum. Pure data shapes: the zod schema in src/data/schema.ts
// validates outside input into exactly these types.

export const DIMENSIONS = ['economic', 'infrastructure', 'digital', 'security'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** ISO 3166 alpha-2 codes; the lists come from the data set, never from code. */
export type CountryCode = string;
export type PartnerCode = string;

export type IndicatorKind = 'share' | 'amount' | 'count' | 'ordinal';
export type Scale = 'linear' | 'log';
/**
 * How an observation's value was obtained: a statistic `reported` by a source; `computed` by
 * code from reported inputs (see `Derivation`); an `estimate` made by a named source; a
 * `judgement`: a rubric level coded by us from quoted evidence (ordinal indicators only).
 */
export type Confidence = 'reported' | 'computed' | 'estimate' | 'judgement';
export type Aggregation = 'arithmetic' | 'geometric';

export interface LocalizedText {
  en: string;
  ru: string;
}

export interface Country {
  code: CountryCode;
  name: LocalizedText;
}

export interface Partner {
  code: PartnerCode;
  name: LocalizedText;
}

export interface Goalposts {
  min: number;
  max: number;
}

export interface Indicator {
  /** snake_case, unique */
  id: string;
  dimension: Dimension;
  name: LocalizedText;
  description: LocalizedText;
  /** e.g. "%", "% of GDP", "level 0–4", "USD m" */
  unit: string;
  kind: IndicatorKind;
  goalposts: Goalposts;
  scale: Scale;
  /** default weight inside its dimension (≥ 0) */
  weight: number;
  /** ordinal indicators only: one sentence per level 0..4 */
  rubric?: LocalizedText[];
}

/**
 * A data-choice option that switches between alternative observations,
 * e.g. which source to trust for Kyrgyz trade with China.
 */
export interface ScenarioOption {
  key: string;
  label: LocalizedText;
  choices: { value: string; label: LocalizedText }[];
  default: string;
}

/**
 * The exact words of a source that support a value, and where they stand. Only words we have
 * seen are quoted: the Ifri report's text (`from: 'report'`, `source` is the report's id), or,
 * for sources these machines cannot open, the entry of the research notes that gives the figure
 * (`from: 'notes'`, `source` names the work the entry cites).
 */
export interface Evidence {
  /** source id */
  source: string;
  /** the report footnote the quoted passage carries; absent for the report's own words */
  footnote?: number;
  /** the report's section heading, or the research notes' section, where the words stand */
  locator: string;
  /** the exact words (≤ 400 characters); " … " separates fragments quoted in order */
  quote: string;
  from: 'report' | 'notes';
}

/** A reported figure that a derivation reads, with the words that give it. */
export interface FigureInput {
  label: LocalizedText;
  value: number;
  evidence: Evidence[];
}

/** Arithmetic over named reported figures: `+ - * /` and parentheses, e.g. "100 * ru / total". */
export interface Formula {
  expr: string;
  inputs: Record<string, FigureInput>;
}

/**
 * What code computes from reported inputs: the value of a `computed` observation, and/or the
 * bounds of its range (a reported value may have computed bounds: its confidence stays what
 * the value is).
 */
export interface Derivation {
  value?: Formula;
  low?: Formula;
  high?: Formula;
  /** decimals every result is rounded to (default 1) */
  decimals?: number;
}

/**
 * A judgement's coding: the rubric level, the rubric words the evidence meets, and a key naming
 * that evidence. The same key must give the same level in every country.
 */
interface RubricCoding {
  level: number;
  /** words quoted from the English rubric sentence of `level` */
  rubricWords: string;
  /** e.g. "ru-csto-membership": observations resting on the same evidence share it */
  evidenceKey: string;
}

export interface Observation {
  country: CountryCode;
  partner: PartnerCode;
  indicator: string;
  value: number;
  low: number;
  high: number;
  year: number;
  /** a finer period when the figure is not a calendar year, e.g. "Jan–May 2025" */
  period?: string;
  confidence: Confidence;
  /** source ids: every work the evidence quotes or cites */
  sources: string[];
  /** the report footnotes the evidence's passages carry */
  footnotes?: number[];
  /** the words that support the value (for a computed value: its inputs' evidence) */
  evidence: Evidence[];
  /** computed observations: the inputs and formulas value, low and high come from */
  derivation?: Derivation;
  /** judgements: the rubric level and the evidence it rests on */
  coding?: RubricCoding;
  /** how the value was derived, in our own words */
  note: LocalizedText;
  /**
   * When set, this observation applies only while the scenario option `option`
   * has the value `value`. Lets the data keep two readings that disagree.
   */
  variant?: { option: string; value: string };
}

export interface Source {
  id: string;
  /** as the material gives it; absent when it names none */
  author?: string;
  /** the work's real title, only when the material gives it (never a paraphrase) */
  title?: string;
  outlet: string;
  /** ISO date or year, or "n.d." */
  date: string;
  /** a full address, only when the material gives one */
  url?: string;
  /** the site's domain, when that is all the material gives */
  site?: string;
  /** what the work is, when it has no title of its own (e.g. "Kremlin pre-visit briefing") */
  description?: LocalizedText;
  /** footnote number in the Ifri report when the source is one of its 41 */
  footnote?: number;
}

export interface TimelineEvent {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  countries: CountryCode[];
  /** the scored partner the event concerns; absent when it is a third party (see `other`) */
  partner?: PartnerCode;
  /** a party outside the data set's partners, e.g. Turkey or the EU (exactly one of the two) */
  other?: LocalizedText;
  dimension: Dimension;
  title: LocalizedText;
  sources: string[];
  /** the words that date and describe the event */
  evidence?: Evidence[];
}

/**
 * A sourced fact that is not one partner's dependence score (a trend over time, a third
 * partner such as Turkey, a lever that no indicator measures): shown as context, never scored.
 */
export interface ContextFact {
  id: string;
  countries: CountryCode[];
  /** the partner it concerns, when one (it may be none of the scored partners) */
  partner?: PartnerCode;
  /** a partner outside the data set's partners, e.g. "Turkey" */
  other?: LocalizedText;
  title: LocalizedText;
  /** our summary; numbers in it are the quoted ones */
  text: LocalizedText;
  sources: string[];
  evidence: Evidence[];
}

export interface ScenarioInput {
  /** `${country}.${partner}.${indicator}` → value replacing the observation's value */
  overrides: Record<string, number>;
  dimensionWeights: Partial<Record<Dimension, number>>;
  /** indicator id → weight replacing the indicator's default weight */
  indicatorWeights: Record<string, number>;
  aggregation: Aggregation;
  /** option key → chosen value */
  options: Record<string, string>;
}

export interface Scenario extends ScenarioInput {
  name: string;
  description: string;
}

export interface Preset {
  id: string;
  name: LocalizedText;
  /**
   * Why this scenario is plausible, citing the report. Numbers are never typed here: the text
   * reads them from the data through placeholders (`{{value:KG.RU.remittances_gdp}}`,
   * `{{override:…}}`, `{{figure:loan}}`…; see src/model/presetText.ts).
   */
  rationale: LocalizedText;
  sources: string[];
  /** reported figures the preset's rule and text read, each with the words that give it */
  figures?: Record<string, FigureInput>;
  scenario: Partial<ScenarioInput>;
}

export interface Dataset {
  version: string;
  /** ISO date of this data version */
  date: string;
  countries: Country[];
  partners: Partner[];
  /** tilt = score(pair[0]) − score(pair[1]); positive leans to pair[0] */
  tiltPair: [PartnerCode, PartnerCode];
  indicators: Indicator[];
  observations: Observation[];
  sources: Source[];
  events: TimelineEvent[];
  /** facts shown as context, not scored */
  context: ContextFact[];
  presets: Preset[];
  options: ScenarioOption[];
  /** default weight of each dimension in the overall score */
  dimensionWeights: Record<Dimension, number>;
}
