// Domain types of Fulcrum. Pure data shapes: the zod schema in src/data/schema.ts
// validates outside input into exactly these types.

export const DIMENSIONS = ['economic', 'infrastructure', 'digital', 'security'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** ISO 3166 alpha-2 codes; the lists come from the data set, never from code. */
export type CountryCode = string;
export type PartnerCode = string;

export type IndicatorKind = 'share' | 'amount' | 'count' | 'ordinal';
export type Scale = 'linear' | 'log';
export type Confidence = 'reported' | 'estimate' | 'judgement';
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
  /** source ids */
  sources: string[];
  /**
   * Footnote numbers of the Ifri report the figure rests on. Required (non-empty)
   * whenever `sources` includes the report itself; for a figure stated in the
   * report's text, the footnote(s) of the paragraph it stands in.
   */
  footnotes?: number[];
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
  author: string;
  title: string;
  outlet: string;
  /** ISO date or year */
  date: string;
  url?: string;
  /** footnote number in the Ifri report when the source is one of its 41 */
  footnote?: number;
}

export interface TimelineEvent {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  countries: CountryCode[];
  partner: PartnerCode;
  dimension: Dimension;
  title: LocalizedText;
  sources: string[];
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
  /** why this scenario is plausible, citing the report */
  rationale: LocalizedText;
  sources: string[];
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
  presets: Preset[];
  options: ScenarioOption[];
  /** default weight of each dimension in the overall score */
  dimensionWeights: Record<Dimension, number>;
}
