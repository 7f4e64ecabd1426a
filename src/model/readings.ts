// Which observations count, the one rule every layer reads (prepare, the slider records, the
// data set's counts, the views' tables and the CLI): an observation is a reading of a cell
// when the data set lists its country, partner and indicator; of a cell's readings, the one
// that stands for it under the scenario's data options is chosenObservation's.
import { observationKey } from './keys';
import type { CountryCode, Dataset, Observation, PartnerCode } from './types';

/** Does this observation apply under the scenario's data options (or is it general)? */
export function variantApplies(
  observation: Observation,
  options: Readonly<Record<string, string>>,
): boolean {
  if (!observation.variant) return true;
  return options[observation.variant.option] === observation.variant.value;
}

/**
 * Picks the observation that stands for a cell when several apply: one chosen by an
 * option beats a general one; then the most recent year; then the first listed.
 */
function better(candidate: Observation, current: Observation): boolean {
  const cv = candidate.variant ? 1 : 0;
  const pv = current.variant ? 1 : 0;
  if (cv !== pv) return cv > pv;
  return candidate.year > current.year;
}

/**
 * The published observation that stands for a cell under some data options, out of the
 * cell's candidate observations: only those that apply under the options (variantApplies);
 * of them, one chosen by an option beats a general one, then the most recent year, then the
 * first listed (better). Undefined when none applies.
 */
export function chosenObservation(
  candidates: Iterable<Observation>,
  options: Readonly<Record<string, string>>,
): Observation | undefined {
  let chosen: Observation | undefined;
  for (const observation of candidates) {
    if (!variantApplies(observation, options)) continue;
    if (!chosen || better(observation, chosen)) chosen = observation;
  }
  return chosen;
}

/**
 * Every reading of a data set, by cell: country → partner → indicator → its observations in
 * data order. Nested maps rather than joined keys: at the scale of 50 countries × 6 partners
 * × 40 indicators, hashing 12,000 fresh strings dominated prepare().
 */
export type ReadingIndex = ReadonlyMap<
  CountryCode,
  ReadonlyMap<PartnerCode, ReadonlyMap<string, readonly Observation[]>>
>;

const readingIndexes = new WeakMap<Dataset, ReadingIndex>();

/**
 * The readings of every cell of the data set, memoised per data set (data sets are treated
 * as immutable values). Observations of a country, partner or indicator the data set does
 * not list are readings of no cell and are left out.
 */
export function readingIndex(dataset: Dataset): ReadingIndex {
  let index = readingIndexes.get(dataset);
  if (index) return index;
  const countries = new Set(dataset.countries.map((c) => c.code));
  const partners = new Set(dataset.partners.map((p) => p.code));
  const indicators = new Set(dataset.indicators.map((i) => i.id));
  const built = new Map<CountryCode, Map<PartnerCode, Map<string, Observation[]>>>();
  for (const o of dataset.observations) {
    if (!countries.has(o.country) || !partners.has(o.partner) || !indicators.has(o.indicator))
      continue;
    let byPartner = built.get(o.country);
    if (!byPartner) built.set(o.country, (byPartner = new Map()));
    let byIndicator = byPartner.get(o.partner);
    if (!byIndicator) byPartner.set(o.partner, (byIndicator = new Map()));
    const list = byIndicator.get(o.indicator);
    if (list) list.push(o);
    else byIndicator.set(o.indicator, [o]);
  }
  index = built;
  readingIndexes.set(dataset, index);
  return index;
}

const NO_READINGS: readonly Observation[] = [];

/** A cell's readings in data order (empty for a missing cell or one the data set does not list). */
export function readingsOf(
  dataset: Dataset,
  country: CountryCode,
  partner: PartnerCode,
  indicator: string,
): readonly Observation[] {
  return readingIndex(dataset).get(country)?.get(partner)?.get(indicator) ?? NO_READINGS;
}

/** The observation that stands for a cell under the scenario's options (chosenObservation). */
export function standingObservation(
  dataset: Dataset,
  country: CountryCode,
  partner: PartnerCode,
  indicator: string,
  options: Readonly<Record<string, string>>,
): Observation | undefined {
  return chosenObservation(readingsOf(dataset, country, partner, indicator), options);
}

/** A cell's other readings, kept in the data but switched off by the scenario's options. */
export function switchedOffReadings(
  dataset: Dataset,
  country: CountryCode,
  partner: PartnerCode,
  indicator: string,
  options: Readonly<Record<string, string>>,
): Observation[] {
  return readingsOf(dataset, country, partner, indicator).filter(
    (o) => o.variant !== undefined && !variantApplies(o, options),
  );
}

/** One cell with readings, as cellsWithReadings lists them. */
export interface CodedCell {
  /** `${country}.${partner}.${indicator}` */
  key: string;
  country: CountryCode;
  partner: PartnerCode;
  indicator: string;
  readings: readonly Observation[];
}

/**
 * Every cell with at least one reading (the cells the data set codes): by country, partner and
 * indicator, each in the order its first reading appears.
 */
export function cellsWithReadings(dataset: Dataset): CodedCell[] {
  const cells: CodedCell[] = [];
  for (const [country, byPartner] of readingIndex(dataset))
    for (const [partner, byIndicator] of byPartner)
      for (const [indicator, readings] of byIndicator)
        cells.push({
          key: observationKey(country, partner, indicator),
          country,
          partner,
          indicator,
          readings,
        });
  return cells;
}
