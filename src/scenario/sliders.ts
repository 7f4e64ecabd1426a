// Slider records: one record per thing an analyst can change in a scenario, built from
// the data set alone (a new country, partner, indicator or data option needs data only).
// The scenario panel, the store's clamping and every door a scenario comes in by (the link,
// a file, a saved entry, the command line: src/scenario/validate.ts) read these records; the
// ranges by indicator kind and of weights are the model's (src/model/valueRanges.ts).

import type {
  Aggregation,
  CountryCode,
  Dataset,
  Dimension,
  Indicator,
  LocalizedText,
  Observation,
  PartnerCode,
  Scenario,
  ScenarioInput,
} from '@/model';
import {
  DIMENSIONS,
  KIND_RANGES,
  WEIGHT_RANGE,
  baselineScenario,
  cellsWithReadings,
  chosenObservation,
  indicatorsInDimensionOrder,
  observationKey,
} from '@/model';
import { perScenario } from './perScenario';

/** One observation cell: country × partner × indicator (variants share one cell). */
interface ObservationRef {
  /** `${country}.${partner}.${indicator}`, the scenario's override key */
  key: string;
  country: CountryCode;
  partner: PartnerCode;
  indicator: string;
}

type NumericSliderGroup = 'assumption' | 'dimensionWeight' | 'indicatorWeight';
type ChoiceGroup = 'aggregation' | 'option';

interface RecordBase {
  /** unique among the records: the override key for an assumption, else `group.id` */
  key: string;
  label: LocalizedText;
  /** sources of the published value(s) this record stands on (empty for weights) */
  sourceIds: string[];
  /** the cell(s) it overrides (assumptions) or whose reading it selects (options) */
  observations: ObservationRef[];
  /** the URL search-param name */
  param: string;
}

interface NumericRecordBase extends RecordBase {
  control: 'slider';
  group: NumericSliderGroup;
  dimension: Dimension;
  unit: string;
  min: number;
  max: number;
  step: number;
  decimals: number;
  /** assumptions and indicator weights: the indicator id */
  indicator?: string;
  /** assumptions only */
  country?: CountryCode;
  partner?: PartnerCode;
}

/** A number on a track with a published value: an assumption (observation value) or a weight. */
export interface PublishedSliderRecord extends NumericRecordBase {
  /** the published value under the data set's default options (the baseline mark) */
  baseline: number;
  /** assumptions only: the published uncertainty range around `baseline` */
  range?: { low: number; high: number };
  missing?: false;
}

/**
 * A missing cell: a country × partner × indicator of the data set that no observation
 * covers. Nothing is published, so there is no baseline, no range and no source; not set,
 * the cell stays missing (the dimension's coverage shows it). An override for it is a value
 * the analyst supplies, marked as the analyst's own wherever it shows.
 */
export interface MissingCellRecord extends NumericRecordBase {
  group: 'assumption';
  missing: true;
  baseline: null;
  range?: undefined;
  indicator: string;
  country: CountryCode;
  partner: PartnerCode;
}

/** A number on a track: an assumption (published or missing) or a weight. */
export type NumericSliderRecord = PublishedSliderRecord | MissingCellRecord;

/** One of a few values: the aggregation method or a data option. */
export interface ChoiceRecord extends RecordBase {
  control: 'choice';
  group: ChoiceGroup;
  /** the dimension the option's observations belong to, when they are all in one */
  dimension: Dimension | null;
  choices: { value: string; label: LocalizedText }[];
  baseline: string;
}

export type SliderRecord = NumericSliderRecord | ChoiceRecord;

const DIMENSION_LABELS: Record<Dimension, LocalizedText> = {
  economic: { en: 'Economic', ru: 'Экономика' },
  infrastructure: { en: 'Infrastructure', ru: 'Инфраструктура' },
  digital: { en: 'Digital', ru: 'Цифровая сфера' },
  security: { en: 'Security', ru: 'Безопасность' },
};

const AGGREGATION_LABEL: LocalizedText = {
  en: 'Overall score: mean of the dimensions',
  ru: 'Общая оценка: среднее по измерениям',
};
const AGGREGATION_CHOICES: { value: Aggregation; label: LocalizedText }[] = [
  { value: 'arithmetic', label: { en: 'Arithmetic mean', ru: 'Среднее арифметическое' } },
  {
    value: 'geometric',
    label: {
      en: 'Geometric mean (punishes imbalance)',
      ru: 'Среднее геометрическое (штрафует дисбаланс)',
    },
  },
];

/** Weight sliders: 0–5 in quarter steps. */
const WEIGHT = { ...WEIGHT_RANGE, step: 0.25, decimals: 2 } as const;

/**
 * How record keys and URL params are spelt. The store, the URL codec and validation build
 * and parse keys with these; older link spellings live in the codec's migrations.
 */
export const sliderKey = {
  assumption: (cellKey: string) => cellKey,
  dimensionWeight: (dimension: string) => `dimensionWeight.${dimension}`,
  indicatorWeight: (indicatorId: string) => `indicatorWeight.${indicatorId}`,
  aggregation: () => 'aggregation',
  option: (optionKey: string) => `option.${optionKey}`,
} as const;

export const sliderParam = {
  assumption: (cellKey: string) => `o.${cellKey}`,
  dimensionWeight: (dimension: string) => `w.${dimension}`,
  indicatorWeight: (indicatorId: string) => `iw.${indicatorId}`,
  aggregation: () => 'agg',
  option: (optionKey: string) => `opt.${optionKey}`,
} as const;

/** Rounds to a number of decimals; idempotent. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** 1, 2 or 5 × 10^k, the smallest such ≥ x. */
function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const k = Math.floor(Math.log10(x));
  const base = 10 ** k;
  for (const m of [1, 2, 5, 10]) if (m * base >= x * (1 - 1e-9)) return m * base;
  return 10 * base;
}

function decimalsOf(step: number): number {
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

/** Range, step and decimals of an assumption slider, by the indicator's kind. */
function assumptionTrack(
  indicator: Indicator,
  observations: Observation[],
): Pick<NumericSliderRecord, 'min' | 'max' | 'step' | 'decimals'> {
  switch (indicator.kind) {
    case 'share':
      return { ...KIND_RANGES.share, step: 0.5, decimals: 1 };
    case 'ordinal':
      return { ...KIND_RANGES.ordinal, step: 0.25, decimals: 2 };
    default: {
      // amount / count: the goalposts, widened to hold every published reading.
      let lo = indicator.goalposts.min;
      let hi = indicator.goalposts.max;
      for (const o of observations) {
        if (Number.isFinite(o.low)) lo = Math.min(lo, o.low);
        if (Number.isFinite(o.high)) hi = Math.max(hi, o.high);
      }
      let step = niceStep((hi - lo) / 200);
      if (indicator.kind === 'count') step = Math.max(1, step);
      const min = Math.floor(lo / step) * step;
      const max = Math.ceil(hi / step) * step;
      const decimals = decimalsOf(step);
      return { min: roundTo(min, decimals), max: roundTo(max, decimals), step, decimals };
    }
  }
}

export interface SliderIndex {
  records: SliderRecord[];
  byKey: Map<string, SliderRecord>;
  byParam: Map<string, SliderRecord>;
  /** observation cells in record order, with every observation that can stand for them */
  cells: Map<string, { ref: ObservationRef; observations: Observation[] }>;
  /** the data set's default option values */
  defaultOptions: Record<string, string>;
}

function dedupe<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/**
 * Every record of a data set, in panel order: assumptions (by dimension, indicator,
 * country, partner; a missing cell is an assumption too, marked `missing`), dimension
 * weights, indicator weights, aggregation, data options.
 * Memoised per data set (treat the data set and the records as immutable).
 */
export function buildSliderRecords(dataset: Dataset): SliderRecord[] {
  return sliderIndex(dataset).records;
}

function buildIndex(dataset: Dataset): SliderIndex {
  const defaultOptions: Record<string, string> = {};
  for (const option of dataset.options) defaultOptions[option.key] = option.default;

  const countries = new Map(dataset.countries.map((c) => [c.code, c]));
  const partners = new Map(dataset.partners.map((p) => [p.code, p]));
  const countryOrder = new Map(dataset.countries.map((c, i) => [c.code, i]));
  const partnerOrder = new Map(dataset.partners.map((p, i) => [p.code, i]));

  // The cells with readings (the model's rule of which observations count).
  const byCell = new Map<string, { ref: ObservationRef; observations: Observation[] }>();
  for (const cell of cellsWithReadings(dataset)) {
    const { key, country, partner, indicator } = cell;
    byCell.set(key, {
      ref: { key, country, partner, indicator },
      observations: [...cell.readings],
    });
  }

  const records: SliderRecord[] = [];
  const cells = new Map<string, { ref: ObservationRef; observations: Observation[] }>();

  // Assumptions: by dimension, indicator (data order), country, partner.
  const indicators = indicatorsInDimensionOrder(dataset.indicators);
  for (const indicator of indicators) {
    const dimension = indicator.dimension;
    const indicatorCells = [...byCell.values()]
      .filter((c) => c.ref.indicator === indicator.id)
      .sort(
        (a, b) =>
          countryOrder.get(a.ref.country)! - countryOrder.get(b.ref.country)! ||
          partnerOrder.get(a.ref.partner)! - partnerOrder.get(b.ref.partner)!,
      );
    const track = assumptionTrack(
      indicator,
      indicatorCells.flatMap((c) => c.observations),
    );
    // Cells no observation covers, in the same order: the analyst may supply them.
    const missing: ObservationRef[] = [];
    for (const country of dataset.countries) {
      for (const partner of dataset.partners) {
        const key = observationKey(country.code, partner.code, indicator.id);
        if (byCell.has(key)) continue;
        missing.push({
          key,
          country: country.code,
          partner: partner.code,
          indicator: indicator.id,
        });
      }
    }
    const ordered = [
      ...indicatorCells.map((cell) => ({ ref: cell.ref, cell })),
      ...missing.map((ref) => ({ ref, cell: null })),
    ].sort(
      (a, b) =>
        countryOrder.get(a.ref.country)! - countryOrder.get(b.ref.country)! ||
        partnerOrder.get(a.ref.partner)! - partnerOrder.get(b.ref.partner)!,
    );
    for (const { ref, cell } of ordered) {
      const country = countries.get(ref.country)!;
      const partner = partners.get(ref.partner)!;
      const label = {
        en: `${country.name.en} · ${partner.name.en} · ${indicator.name.en}`,
        ru: `${country.name.ru} · ${partner.name.ru} · ${indicator.name.ru}`,
      };
      if (!cell) {
        records.push({
          control: 'slider',
          key: sliderKey.assumption(ref.key),
          group: 'assumption',
          missing: true,
          dimension,
          label,
          unit: indicator.unit,
          ...track,
          baseline: null,
          sourceIds: [],
          observations: [ref],
          param: sliderParam.assumption(ref.key),
          indicator: indicator.id,
          country: ref.country,
          partner: ref.partner,
        });
        continue;
      }
      const published =
        chosenObservation(cell.observations, defaultOptions) ?? cell.observations[0]!;
      cells.set(cell.ref.key, cell);
      records.push({
        control: 'slider',
        key: sliderKey.assumption(cell.ref.key),
        group: 'assumption',
        dimension,
        label,
        unit: indicator.unit,
        ...track,
        baseline: published.value,
        range: { low: published.low, high: published.high },
        sourceIds: dedupe(cell.observations.flatMap((o) => o.sources)),
        observations: [cell.ref],
        param: sliderParam.assumption(cell.ref.key),
        indicator: indicator.id,
        country: cell.ref.country,
        partner: cell.ref.partner,
      });
    }
  }

  for (const dimension of DIMENSIONS) {
    const baseline = dataset.dimensionWeights[dimension] ?? 0;
    records.push({
      control: 'slider',
      key: sliderKey.dimensionWeight(dimension),
      group: 'dimensionWeight',
      dimension,
      label: {
        en: `Weight of the ${DIMENSION_LABELS[dimension].en.toLowerCase()} dimension`,
        ru: `Вес измерения «${DIMENSION_LABELS[dimension].ru}»`,
      },
      unit: '',
      ...WEIGHT,
      max: Math.max(WEIGHT.max, Math.ceil(baseline)),
      baseline,
      sourceIds: [],
      observations: [],
      param: sliderParam.dimensionWeight(dimension),
    });
  }

  for (const indicator of indicators) {
    records.push({
      control: 'slider',
      key: sliderKey.indicatorWeight(indicator.id),
      group: 'indicatorWeight',
      dimension: indicator.dimension,
      label: { en: `Weight · ${indicator.name.en}`, ru: `Вес · ${indicator.name.ru}` },
      unit: '',
      ...WEIGHT,
      max: Math.max(WEIGHT.max, Math.ceil(indicator.weight)),
      baseline: indicator.weight,
      sourceIds: [],
      observations: [],
      param: sliderParam.indicatorWeight(indicator.id),
      indicator: indicator.id,
    });
  }

  records.push({
    control: 'choice',
    key: sliderKey.aggregation(),
    group: 'aggregation',
    dimension: null,
    label: AGGREGATION_LABEL,
    choices: AGGREGATION_CHOICES,
    baseline: 'arithmetic',
    sourceIds: [],
    observations: [],
    param: sliderParam.aggregation(),
  });

  const indicatorById = new Map(dataset.indicators.map((i) => [i.id, i]));
  for (const option of dataset.options) {
    const affected = [...byCell.values()].filter((c) =>
      c.observations.some((o) => o.variant?.option === option.key),
    );
    const dimensions = dedupe(
      affected.map((c) => indicatorById.get(c.ref.indicator)?.dimension ?? null),
    );
    records.push({
      control: 'choice',
      key: sliderKey.option(option.key),
      group: 'option',
      dimension: dimensions.length === 1 ? (dimensions[0] ?? null) : null,
      label: option.label,
      choices: option.choices.map((c) => ({ value: c.value, label: c.label })),
      baseline: option.default,
      sourceIds: dedupe(
        affected.flatMap((c) =>
          c.observations.filter((o) => o.variant?.option === option.key).flatMap((o) => o.sources),
        ),
      ),
      observations: affected.map((c) => c.ref),
      param: sliderParam.option(option.key),
    });
  }

  return {
    records,
    byKey: new Map(records.map((r) => [r.key, r])),
    byParam: new Map(records.map((r) => [r.param, r])),
    cells,
    defaultOptions,
  };
}

const indexCache = new WeakMap<Dataset, SliderIndex>();

/** The records of a data set with lookups by key and by URL param, memoised per data set. */
export function sliderIndex(dataset: Dataset): SliderIndex {
  let index = indexCache.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    indexCache.set(dataset, index);
  }
  return index;
}

export function findSliderByKey(dataset: Dataset, key: string): SliderRecord | undefined {
  return sliderIndex(dataset).byKey.get(key);
}

export function isNumericRecord(record: SliderRecord | undefined): record is NumericSliderRecord {
  return record?.control === 'slider';
}

/** Is this the record of a missing cell (no observation: a value only the analyst can supply)? */
export function isMissingRecord(record: SliderRecord | undefined): record is MissingCellRecord {
  return record?.control === 'slider' && record.missing === true;
}

/** The records of the data set's missing cells, in panel order. */
export function missingRecords(dataset: Dataset): MissingCellRecord[] {
  return sliderIndex(dataset).records.filter(isMissingRecord);
}

/**
 * A value the slider can hold: clamped to [min, max] and rounded to the record's
 * decimals. A value that is not a number at all (NaN) gives the baseline (for a missing
 * cell, which has none, the track's minimum; callers check for NaN first).
 */
export function clampToSlider(record: NumericSliderRecord, value: number): number {
  if (Number.isNaN(value)) return roundTo(record.baseline ?? record.min, record.decimals);
  return roundTo(Math.min(record.max, Math.max(record.min, value)), record.decimals);
}

/** Was the value outside the slider's range (so clamping moved it by more than rounding)? */
export function isOutOfRange(record: NumericSliderRecord, value: number): boolean {
  return value < record.min || value > record.max;
}

/**
 * The published observation standing for a cell (e.g. "KG.CN.debt_share") under the given
 * data options (the value an absent override stands for), or undefined when no reading
 * applies under those options.
 */
export function publishedObservation(
  dataset: Dataset,
  cellKey: string,
  options: Record<string, string>,
): Observation | undefined {
  const cell = sliderIndex(dataset).cells.get(cellKey);
  return cell ? chosenObservation(cell.observations, options) : undefined;
}

export function publishedValue(
  dataset: Dataset,
  cellKey: string,
  options: Record<string, string>,
): number | undefined {
  return publishedObservation(dataset, cellKey, options)?.value;
}

const baselineScenarios = new WeakMap<Dataset, Scenario>();

/**
 * The baseline scenario as a full Scenario with an empty name and description: one frozen
 * object per data set.
 */
export function baselineFullScenario(dataset: Dataset): Scenario {
  let baseline = baselineScenarios.get(dataset);
  if (!baseline) {
    baseline = normalizeScenario(dataset, {
      name: '',
      description: '',
      ...baselineScenario(dataset),
    });
    baselineScenarios.set(dataset, baseline);
  }
  return baseline;
}

/**
 * Scenarios normalizeScenario produced, with their data set. They are frozen, so one
 * normalised for a data set stays canonical for it, and normalising it again returns it
 * as is: a slider step asks for the canonical form of the same scenario several times
 * (the store, the change count, the views), each a pass over every slider record.
 */
const canonicalScenarios = new WeakMap<object, Dataset>();

/**
 * The canonical form of a scenario, which the store always holds and the URL codec
 * round-trips exactly:
 * - every value clamped to its slider's range and rounded to its decimals;
 * - options: every data option present, with a known choice (else the default);
 * - dimensionWeights: all dimensions present;
 * - indicatorWeights and overrides: only entries that differ from the published value
 *   (an override equal, at the slider's precision, to the cell's published value under
 *   the scenario's options is no override) and only for keys the data set knows;
 * - keys in record order, so equal scenarios serialise equally.
 */
export function normalizeScenario(
  dataset: Dataset,
  scenario: Partial<Scenario> | Partial<ScenarioInput>,
): Scenario {
  if (canonicalScenarios.get(scenario) === dataset) return scenario as Scenario;
  const index = sliderIndex(dataset);
  const named = scenario as Partial<Scenario>;
  const options: Record<string, string> = {};
  for (const option of dataset.options) {
    const chosen = scenario.options?.[option.key];
    options[option.key] =
      typeof chosen === 'string' && option.choices.some((c) => c.value === chosen)
        ? chosen
        : option.default;
  }
  const dimensionWeights: Partial<Record<Dimension, number>> = {};
  const indicatorWeights: Record<string, number> = {};
  const overrides: Record<string, number> = {};
  for (const record of index.records) {
    if (record.control !== 'slider') continue;
    if (record.group === 'dimensionWeight') {
      const v = scenario.dimensionWeights?.[record.dimension];
      dimensionWeights[record.dimension] = clampToSlider(
        record,
        typeof v === 'number' ? v : record.baseline,
      );
    } else if (record.group === 'indicatorWeight') {
      const v = scenario.indicatorWeights?.[record.indicator!];
      if (typeof v !== 'number' || Number.isNaN(v)) continue;
      const clamped = clampToSlider(record, v);
      if (clamped !== clampToSlider(record, record.baseline))
        indicatorWeights[record.indicator!] = clamped;
    } else {
      const v = scenario.overrides?.[record.key];
      if (typeof v !== 'number' || Number.isNaN(v)) continue;
      const clamped = clampToSlider(record, v);
      const published = publishedValue(dataset, record.key, options);
      if (published === undefined || clamped !== clampToSlider(record, published))
        overrides[record.key] = clamped;
    }
  }
  const canonical: Scenario = Object.freeze({
    name: typeof named.name === 'string' ? named.name : '',
    description: typeof named.description === 'string' ? named.description : '',
    overrides: Object.freeze(overrides),
    dimensionWeights: Object.freeze(dimensionWeights),
    indicatorWeights: Object.freeze(indicatorWeights),
    aggregation: scenario.aggregation === 'geometric' ? 'geometric' : 'arithmetic',
    options: Object.freeze(options),
  });
  canonicalScenarios.set(canonical, dataset);
  return canonical;
}

/**
 * A record's value in a canonical scenario: a number for sliders (undefined for an
 * assumption without override), a string for choices.
 */
export function recordValue(
  record: SliderRecord,
  scenario: ScenarioInput,
): number | string | undefined {
  switch (record.group) {
    case 'assumption':
      return scenario.overrides[record.key];
    case 'dimensionWeight':
      return scenario.dimensionWeights[record.dimension] ?? record.baseline;
    case 'indicatorWeight':
      return (
        scenario.indicatorWeights[record.indicator!] ?? roundTo(record.baseline, record.decimals)
      );
    case 'aggregation':
      return scenario.aggregation;
    case 'option': {
      const optionKey = record.key.slice(sliderKey.option('').length);
      return scenario.options[optionKey] ?? record.baseline;
    }
  }
}

/**
 * The value a slider shows: the override or, without one, the cell's published value
 * under the scenario's options (rounded to the slider's decimals). Null for a missing
 * cell the analyst has not supplied.
 */
export function displayedValue(
  dataset: Dataset,
  record: PublishedSliderRecord,
  scenario: ScenarioInput,
): number;
export function displayedValue(
  dataset: Dataset,
  record: NumericSliderRecord,
  scenario: ScenarioInput,
): number | null;
export function displayedValue(
  dataset: Dataset,
  record: NumericSliderRecord,
  scenario: ScenarioInput,
): number | null {
  const v = recordValue(record, scenario);
  if (typeof v === 'number') return v;
  const published = publishedValue(dataset, record.key, scenario.options) ?? record.baseline;
  return published === null ? null : roundTo(published, record.decimals);
}

/**
 * The records whose value differs between two scenarios (both normalised first); the
 * base defaults to the baseline. Its length is "how many assumptions differ".
 */
export function changedRecords(
  dataset: Dataset,
  scenario: Partial<Scenario>,
  base?: Partial<Scenario>,
): SliderRecord[] {
  const a = normalizeScenario(dataset, scenario);
  const b = base ? normalizeScenario(dataset, base) : baselineFullScenario(dataset);
  return sliderIndex(dataset).records.filter((r) => recordValue(r, a) !== recordValue(r, b));
}

/**
 * How many sliders and choices of `scenario` differ from the baseline. Memoised per
 * scenario object (perScenario): the banner, the provider and the views ask about the same
 * scenario at every step, and the count normalises two scenarios.
 */
export const changeCountOf: (dataset: Dataset, scenario: Scenario) => number = perScenario(
  (dataset, scenario) => changedRecords(dataset, scenario).length,
);
