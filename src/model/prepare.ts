import { indicatorsByDimension } from './dimensions';
import { observationKey, parseObservationKey } from './keys';
import { chosenObservation, readingIndex } from './readings';
import type {
  Aggregation,
  CountryCode,
  Dataset,
  Dimension,
  Indicator,
  Observation,
  PartnerCode,
  ScenarioInput,
} from './types';
import { DIMENSIONS } from './types';

/** The scenario that reproduces the data as published. */
export function baselineScenario(dataset: Dataset): ScenarioInput {
  const options: Record<string, string> = {};
  for (const option of dataset.options) options[option.key] = option.default;
  return {
    overrides: {},
    dimensionWeights: { ...dataset.dimensionWeights },
    indicatorWeights: {},
    aggregation: 'arithmetic',
    options,
  };
}

/** Fills what a partial scenario leaves out with the baseline. */
export function completeScenario(
  dataset: Dataset,
  partial: Partial<ScenarioInput> = {},
): ScenarioInput {
  const base = baselineScenario(dataset);
  return {
    overrides: { ...(partial.overrides ?? {}) },
    dimensionWeights: { ...base.dimensionWeights, ...(partial.dimensionWeights ?? {}) },
    indicatorWeights: { ...(partial.indicatorWeights ?? {}) },
    aggregation: partial.aggregation ?? base.aggregation,
    options: { ...base.options, ...(partial.options ?? {}) },
  };
}

/** Weights above this are capped, so weighted sums can never overflow to Infinity. */
const MAX_WEIGHT = 1e6;

/** A weight the model can use: finite and ≥ 0 (capped at MAX_WEIGHT), otherwise the fallback. */
function usableWeight(w: number | undefined, fallback: number): number {
  return w !== undefined && Number.isFinite(w) && w >= 0 ? Math.min(w, MAX_WEIGHT) : fallback;
}

/**
 * The model's rule for a weight: the scenario's when usable (finite, ≥ 0, capped at
 * MAX_WEIGHT), else the default when usable, else 0.
 */
export function effectiveWeight(
  override: number | undefined,
  fallback: number | undefined,
): number {
  return usableWeight(override, usableWeight(fallback, 0));
}

/** One (country, partner, indicator) measurement after the scenario is applied. */
export interface Cell {
  key: string;
  country: CountryCode;
  partner: PartnerCode;
  indicator: Indicator;
  /** the published observation the cell stands on; null for a cell the analyst supplied */
  observation: Observation | null;
  /** the scenario's value (override, published, or supplied by the analyst) */
  value: number;
  /**
   * the uncertainty range around `value`: an override keeps the published range's width; a
   * supplied cell has no published range, so its range is the point `value`
   */
  low: number;
  high: number;
  /** the published value; null for a supplied cell (nothing was published) */
  baselineValue: number | null;
  /** the value comes from the scenario (an override, or a value the analyst supplied) */
  overridden: boolean;
  /**
   * The data set has no observation for this cell under the scenario's options (it is
   * missing) and the scenario supplies one: the value is the analyst's own, not a source's.
   */
  supplied: boolean;
  /** effective indicator weight */
  weight: number;
}

/** Score groups: one per country × partner × dimension, in index order. */
interface Group {
  country: CountryCode;
  partner: PartnerCode;
  dimension: Dimension;
  /** indices into `cells` */
  cells: number[];
  /** sum of the effective weights of all the dimension's indicators, with data or not */
  totalWeight: number;
}

export interface Prepared {
  dataset: Dataset;
  scenario: ScenarioInput;
  countries: CountryCode[];
  partners: PartnerCode[];
  cells: Cell[];
  groups: Group[];
  dimensionWeights: number[];
  aggregation: Aggregation;
  tiltPair: [number, number];
  /** built on first use: hashing every key costs more than scoring at large scale */
  readonly cellIndexByKey: Map<string, number>;
}

export function groupIndex(
  prepared: Pick<Prepared, 'partners'>,
  countryIndex: number,
  partnerIndex: number,
  dimensionIndex: number,
): number {
  return (
    (countryIndex * prepared.partners.length + partnerIndex) * DIMENSIONS.length + dimensionIndex
  );
}

/**
 * What a scenario decides besides override values: it fixes which observations stand for the
 * cells and the weights. (Which missing cells the overrides supply is the second half of the
 * structure: see suppliedKeys.)
 */
function structureKey(scenario: ScenarioInput): string {
  return JSON.stringify([
    scenario.dimensionWeights,
    scenario.indicatorWeights,
    scenario.aggregation,
    scenario.options,
  ]);
}

type Structure = Omit<Prepared, 'scenario' | 'cellIndexByKey'> & {
  /** country → partner → indicator → cell index */
  index: Map<CountryCode, Map<PartnerCode, Map<string, number>>>;
  /** the data set's indicator ids */
  indicatorIds: Set<string>;
};

/**
 * Memo of the last structure per data set. A slider move changes only an override, so
 * the cells, groups and weights are reused and only the moved cell is rebuilt. Data
 * sets are treated as immutable values: the cache is keyed by identity. `structure` has
 * the published cells only; `supplied`, when the overrides supply missing cells, adds
 * those cells (keyed by the sorted list of their keys).
 */
const structureCache = new WeakMap<
  Dataset,
  {
    key: string;
    structure: Structure;
    supplied: { key: string; structure: Structure } | null;
  }
>();

/** No missing cell supplied. */
const NONE: ReadonlySet<string> = new Set();

/**
 * The override keys that supply a missing cell: a finite value for a country, partner and
 * indicator of the data set for which no observation applies under the scenario's options.
 * Sorted, so the same set of cells always gives the same structure key. Keys naming an
 * unknown country, partner or indicator are not cells at all and stay ignored.
 */
function suppliedKeys(structure: Structure, overrides: Record<string, number>): string[] {
  let keys: string[] | null = null;
  for (const [overrideKey, value] of Object.entries(overrides)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const parsed = parseObservationKey(overrideKey);
    if (!parsed || !structure.indicatorIds.has(parsed.indicator)) continue;
    const byIndicator = structure.index.get(parsed.country)?.get(parsed.partner);
    if (!byIndicator || byIndicator.has(parsed.indicator)) continue;
    (keys ??= []).push(overrideKey);
  }
  return keys ? keys.sort() : [];
}

/** A cell as the structure lays it out: the published reading, or a supplied cell awaiting its value. */
function newCell(
  key: string,
  country: CountryCode,
  partner: PartnerCode,
  indicator: Indicator,
  weight: number,
  observation: Observation | null,
): Cell {
  const value = observation ? observation.value : NaN;
  return {
    key,
    country,
    partner,
    indicator,
    observation,
    value,
    low: observation ? observation.low : NaN,
    high: observation ? observation.high : NaN,
    baselineValue: observation ? value : null,
    overridden: observation === null,
    supplied: observation === null,
    weight,
  };
}

function buildStructure(
  dataset: Dataset,
  scenario: ScenarioInput,
  supplied: ReadonlySet<string> = NONE,
): Structure {
  const countries = dataset.countries.map((c) => c.code);
  const partners = dataset.partners.map((p) => p.code);
  const indicatorById = new Map(dataset.indicators.map((i) => [i.id, i]));
  const weightOf = (indicator: Indicator): number =>
    effectiveWeight(scenario.indicatorWeights[indicator.id], indicator.weight);

  // Nested maps (country → partner → indicator) rather than joined string keys: at the
  // scale of 50 countries × 6 partners × 40 indicators, hashing 12,000 fresh strings dominated.
  const readings = readingIndex(dataset);
  const byDimension = indicatorsByDimension(dataset.indicators).map(({ items }) => ({
    list: items,
    weights: items.map((i) => weightOf(i)),
  }));

  const cells: Cell[] = [];
  const groups: Group[] = [];
  const index = new Map<CountryCode, Map<PartnerCode, Map<string, number>>>();
  for (const country of countries) {
    const byPartner = readings.get(country);
    const indexByPartner = new Map<PartnerCode, Map<string, number>>();
    index.set(country, indexByPartner);
    for (const partner of partners) {
      const byIndicator = byPartner?.get(partner);
      const indexByIndicator = new Map<string, number>();
      indexByPartner.set(partner, indexByIndicator);
      for (let d = 0; d < DIMENSIONS.length; d++) {
        const { list, weights } = byDimension[d]!;
        const group: Group = {
          country,
          partner,
          dimension: DIMENSIONS[d]!,
          cells: [],
          totalWeight: 0,
        };
        for (let k = 0; k < list.length; k++) {
          const indicator = list[k]!;
          const weight = weights[k]!;
          group.totalWeight += weight;
          const candidates = byIndicator?.get(indicator.id);
          const observation = candidates && chosenObservation(candidates, scenario.options);
          const key = observationKey(country, partner, indicator.id);
          // A missing cell counts only when the scenario supplies it (prepare() writes the value).
          if (!observation && !supplied.has(key)) continue;
          indexByIndicator.set(indicator.id, cells.length);
          group.cells.push(cells.length);
          cells.push(newCell(key, country, partner, indicator, weight, observation ?? null));
        }
        groups.push(group);
      }
    }
  }

  const dimensionWeights = DIMENSIONS.map((d) =>
    effectiveWeight(scenario.dimensionWeights[d], dataset.dimensionWeights[d]),
  );
  const [first, second] = dataset.tiltPair;
  return {
    dataset,
    countries,
    partners,
    cells,
    groups,
    dimensionWeights,
    aggregation: scenario.aggregation === 'geometric' ? 'geometric' : 'arithmetic',
    tiltPair: [partners.indexOf(first), partners.indexOf(second)],
    index,
    indicatorIds: new Set(indicatorById.keys()),
  };
}

/**
 * Applies a scenario to a data set: chooses observations by option, applies weights and
 * value overrides, and lays out the cells and groups the scorer walks. An override
 * replaces the value and shifts the published range with it, keeping its width. An
 * override of a missing cell (a country, partner and indicator of the data set with no
 * observation under the scenario's options) supplies it: a cell marked `supplied`, whose
 * value is the analyst's and whose range is that one point (nothing published to vary).
 */
export function prepare(dataset: Dataset, partial: Partial<ScenarioInput> = {}): Prepared {
  const scenario = completeScenario(dataset, partial);
  const key = structureKey(scenario);
  let cached = structureCache.get(dataset);
  if (!cached || cached.key !== key) {
    cached = { key, structure: buildStructure(dataset, scenario), supplied: null };
    structureCache.set(dataset, cached);
  }
  let chosen = cached.structure;
  const supplied = suppliedKeys(chosen, scenario.overrides);
  if (supplied.length > 0) {
    const suppliedKey = JSON.stringify(supplied);
    if (cached.supplied?.key !== suppliedKey) {
      cached.supplied = {
        key: suppliedKey,
        structure: buildStructure(dataset, scenario, new Set(supplied)),
      };
    }
    chosen = cached.supplied.structure;
  }
  const { index, indicatorIds: _indicatorIds, ...structure } = chosen;

  let cells = structure.cells;
  for (const [overrideKey, value] of Object.entries(scenario.overrides)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const parsed = parseObservationKey(overrideKey);
    const i = parsed && index.get(parsed.country)?.get(parsed.partner)?.get(parsed.indicator);
    if (i === undefined || i === null) continue;
    if (cells === structure.cells) cells = cells.slice();
    const cell = cells[i]!;
    if (cell.observation === null) {
      cells[i] = { ...cell, value, low: value, high: value };
      continue;
    }
    const shift = value - cell.observation.value;
    cells[i] = {
      ...cell,
      value,
      low: cell.observation.low + shift,
      high: cell.observation.high + shift,
      overridden: true,
    };
  }

  let cellIndex: Map<string, number> | undefined;
  return {
    ...structure,
    scenario,
    cells,
    get cellIndexByKey() {
      cellIndex ??= new Map(cells.map((cell, i) => [cell.key, i]));
      return cellIndex;
    },
  };
}

/** The cells' scenario values, the vector the scorer reads. */
export function cellValues(prepared: Prepared): Float64Array {
  return Float64Array.from(prepared.cells, (c) => c.value);
}
