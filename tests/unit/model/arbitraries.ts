// Synthetic data sets for the model's tests: small hand-built fixtures whose
// scores are computed by hand in the tests, and fast-check arbitraries that
// generate random data sets. Nothing here reads the real data set in src/data.
import fc from 'fast-check';
import type {
  Country,
  Dataset,
  Dimension,
  Goalposts,
  Indicator,
  IndicatorKind,
  LocalizedText,
  Observation,
  Partner,
  Scale,
  ScenarioOption,
} from '@/model';
import { DIMENSIONS } from '@/model';

export const txt = (en: string): LocalizedText => ({ en, ru: en });

export interface IndicatorSpec {
  id: string;
  dimension: Dimension;
  goalposts?: Goalposts;
  scale?: Scale;
  weight?: number;
  kind?: IndicatorKind;
}

export function makeIndicator(spec: IndicatorSpec): Indicator {
  return {
    id: spec.id,
    dimension: spec.dimension,
    name: txt(spec.id),
    description: txt(`synthetic indicator ${spec.id}`),
    unit: '%',
    kind: spec.kind ?? 'share',
    goalposts: spec.goalposts ?? { min: 0, max: 100 },
    scale: spec.scale ?? 'linear',
    weight: spec.weight ?? 1,
  };
}

/** An observation; without `low`/`high` its range collapses to the value. */
export function makeObservation(
  country: string,
  partner: string,
  indicator: string,
  value: number,
  extra: Partial<Observation> = {},
): Observation {
  return {
    country,
    partner,
    indicator,
    value,
    low: value,
    high: value,
    year: 2025,
    confidence: 'estimate',
    sources: ['synthetic'],
    evidence: [],
    note: txt('synthetic'),
    ...extra,
  };
}

export const makeCountries = (...codes: string[]): Country[] =>
  codes.map((code) => ({ code, name: txt(code) }));
export const makePartners = (...codes: string[]): Partner[] =>
  codes.map((code) => ({ code, name: txt(code) }));

export const EQUAL_DIMENSION_WEIGHTS: Record<Dimension, number> = {
  economic: 1,
  infrastructure: 1,
  digital: 1,
  security: 1,
};

export function makeDataset(
  parts: Partial<Dataset> & { indicators: Indicator[]; observations: Observation[] },
): Dataset {
  return {
    version: 'test',
    date: '2026-01-01',
    countries: makeCountries('KG', 'TJ'),
    partners: makePartners('CN', 'RU'),
    tiltPair: ['CN', 'RU'],
    sources: [],
    events: [],
    context: [],
    presets: [],
    options: [],
    dimensionWeights: { ...EQUAL_DIMENSION_WEIGHTS },
    ...parts,
  };
}

/**
 * The hand-computed fixture. Normalised values (n) in brackets.
 *
 * economic (trade_share w2 linear 0..100, debt_share w1 linear 0..50, fdi_amount w1 log 1..10000)
 *   KG.CN: trade 40 [30,50] (40), debt 20 [10,25] (40), fdi 100 [10,1000] (50)
 *          → (2·40 + 40 + 50) / 4 = 42.5, coverage 1
 *   KG.RU: trade 20 [10,30] (20), debt —, fdi 10 [5,20] (25)
 *          → (2·20 + 25) / 3 = 65/3, coverage 3/4
 *   TJ.CN: trade 60 (60) → 60, coverage 2/4;   TJ.RU: trade 30 (30) → 30
 * infrastructure (corridors w1 ordinal 0..4)
 *   KG.CN 3 (75), KG.RU 2 [1,3] (50); TJ: no data
 * digital (telecom_share w1 linear 0..100)
 *   KG.CN 90 [80,95] (90), KG.RU 10 [5,20] (10); TJ.CN 95 (95), TJ.RU: no data
 * security (facilities w1 ordinal 0..4, arms_share w0 linear 0..100)
 *   KG.CN facilities 1 (25), arms 30 (ignored, weight 0) → 25, coverage 1
 *   KG.RU facilities 4 (100), arms 60 → 100
 *   TJ.CN facilities 0 (0) → 0;  TJ.RU facilities 4 (100) → 100
 */
export function fixtureDataset(): Dataset {
  const indicators = [
    makeIndicator({ id: 'trade_share', dimension: 'economic', weight: 2 }),
    makeIndicator({ id: 'debt_share', dimension: 'economic', goalposts: { min: 0, max: 50 } }),
    makeIndicator({
      id: 'fdi_amount',
      dimension: 'economic',
      kind: 'amount',
      scale: 'log',
      goalposts: { min: 1, max: 10000 },
    }),
    makeIndicator({
      id: 'corridors',
      dimension: 'infrastructure',
      kind: 'ordinal',
      goalposts: { min: 0, max: 4 },
    }),
    makeIndicator({ id: 'telecom_share', dimension: 'digital' }),
    makeIndicator({
      id: 'facilities',
      dimension: 'security',
      kind: 'ordinal',
      goalposts: { min: 0, max: 4 },
    }),
    makeIndicator({ id: 'arms_share', dimension: 'security', weight: 0 }),
  ];
  const o = makeObservation;
  const observations = [
    o('KG', 'CN', 'trade_share', 40, { low: 30, high: 50 }),
    o('KG', 'CN', 'debt_share', 20, { low: 10, high: 25 }),
    o('KG', 'CN', 'fdi_amount', 100, { low: 10, high: 1000 }),
    o('KG', 'RU', 'trade_share', 20, { low: 10, high: 30 }),
    o('KG', 'RU', 'fdi_amount', 10, { low: 5, high: 20 }),
    o('KG', 'CN', 'corridors', 3),
    o('KG', 'RU', 'corridors', 2, { low: 1, high: 3 }),
    o('KG', 'CN', 'telecom_share', 90, { low: 80, high: 95 }),
    o('KG', 'RU', 'telecom_share', 10, { low: 5, high: 20 }),
    o('KG', 'CN', 'facilities', 1),
    o('KG', 'CN', 'arms_share', 30),
    o('KG', 'RU', 'facilities', 4),
    o('KG', 'RU', 'arms_share', 60),
    o('TJ', 'CN', 'trade_share', 60),
    o('TJ', 'RU', 'trade_share', 30),
    o('TJ', 'CN', 'telecom_share', 95),
    o('TJ', 'CN', 'facilities', 0),
    o('TJ', 'RU', 'facilities', 4),
  ];
  return makeDataset({ indicators, observations });
}

/** One country, CN and RU, one digital indicator 0..100: the simplest tilt. */
export function singleIndicatorDataset(
  cn: Partial<Observation> & { value: number },
  ru: Partial<Observation> & { value: number },
): Dataset {
  return makeDataset({
    countries: makeCountries('KG'),
    indicators: [makeIndicator({ id: 'telecom_share', dimension: 'digital' })],
    observations: [
      makeObservation('KG', 'CN', 'telecom_share', cn.value, cn),
      makeObservation('KG', 'RU', 'telecom_share', ru.value, ru),
    ],
  });
}

/** Two readings of KG.CN.trade_share chosen by option `src` ('a' → 80, 'b' → 20), default 'a'. */
export function variantDataset(opts: { general?: number } = {}): Dataset {
  const option: ScenarioOption = {
    key: 'src',
    label: txt('source'),
    choices: [
      { value: 'a', label: txt('A') },
      { value: 'b', label: txt('B') },
    ],
    default: 'a',
  };
  const observations = [
    makeObservation('KG', 'CN', 'trade_share', 80, {
      low: 70,
      high: 90,
      variant: { option: 'src', value: 'a' },
    }),
    makeObservation('KG', 'CN', 'trade_share', 20, {
      low: 10,
      high: 30,
      variant: { option: 'src', value: 'b' },
    }),
    makeObservation('KG', 'RU', 'trade_share', 50),
  ];
  if (opts.general !== undefined)
    observations.unshift(makeObservation('KG', 'CN', 'trade_share', opts.general, { year: 2026 }));
  return makeDataset({
    countries: makeCountries('KG'),
    indicators: [makeIndicator({ id: 'trade_share', dimension: 'economic' })],
    observations,
    options: [option],
  });
}

// ---------------------------------------------------------------- arbitraries

export interface GoalpostSpec {
  scale: Scale;
  goalposts: Goalposts;
}

export const linearGoalpostsArb: fc.Arbitrary<GoalpostSpec> = fc
  .record({
    min: fc.double({ noNaN: true, min: -100, max: 100 }),
    span: fc.double({ noNaN: true, min: 0.5, max: 1000 }),
  })
  .map(({ min, span }) => ({ scale: 'linear' as const, goalposts: { min, max: min + span } }));

export const logGoalpostsArb: fc.Arbitrary<GoalpostSpec> = fc
  .record({
    min: fc.double({ noNaN: true, min: 0.01, max: 1000 }),
    factor: fc.double({ noNaN: true, min: 2, max: 1e5 }),
  })
  .map(({ min, factor }) => ({ scale: 'log' as const, goalposts: { min, max: min * factor } }));

export const goalpostsArb: fc.Arbitrary<GoalpostSpec> = fc.oneof(
  linearGoalpostsArb,
  logGoalpostsArb,
);

/** 0 or a positive weight; no sub-normal weights, so scaling by k never underflows to 0. */
export const weightArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, min: 0.01, max: 100 }), weight: 4 },
);

/** The raw value at a position of the goalposts (0 = min, 1 = max), in the indicator's scale. */
export function valueAt(spec: GoalpostSpec, position: number): number {
  const { min, max } = spec.goalposts;
  if (spec.scale === 'linear') return min + position * (max - min);
  return 10 ** (Math.log10(min) + position * (Math.log10(max) - Math.log10(min)));
}

/** Positions in goalpost units: mostly inside, some exactly on a goalpost, some outside. */
export const positionArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.double({ noNaN: true, min: 0, max: 1 }), weight: 6 },
  { arbitrary: fc.constantFrom(0, 1), weight: 2 },
  { arbitrary: fc.double({ noNaN: true, min: -1, max: 2 }), weight: 2 },
);

export const WILD_VALUES = [NaN, Infinity, -Infinity, 0, -1, -1e300, 1e300, 5e-324];

export interface DatasetArbOptions {
  /** also draw NaN, ±Infinity, 0 and negatives as observation values */
  wildValues?: boolean;
  maxCountries?: number;
  maxPartners?: number;
  maxIndicators?: number;
  /** probability weight (out of 4) that a cell has an observation */
  presence?: number;
}

const COUNTRY_CODES = ['KG', 'TJ', 'KZ'];
const PARTNER_CODES = ['CN', 'RU', 'TR'];

/**
 * A random synthetic data set: 1–3 countries, 2–3 partners (tilt pair CN/RU),
 * 1–N indicators over random dimensions with linear or log goalposts, at most one
 * observation per cell with a range around its value, random dimension weights.
 */
export function datasetArb(opts: DatasetArbOptions = {}): fc.Arbitrary<Dataset> {
  const maxCountries = opts.maxCountries ?? 2;
  const maxPartners = opts.maxPartners ?? 2;
  const maxIndicators = opts.maxIndicators ?? 8;
  const presence = opts.presence ?? 3;
  const cellArb = fc.record({
    present: fc.integer({ min: 0, max: 3 }).map((x) => x < presence),
    position: positionArb,
    wild: opts.wildValues
      ? fc.option(fc.constantFrom(...WILD_VALUES), { freq: 4 })
      : fc.constant(null),
    below: fc.double({ noNaN: true, min: 0, max: 0.3 }),
    above: fc.double({ noNaN: true, min: 0, max: 0.3 }),
    year: fc.integer({ min: 2020, max: 2025 }),
  });
  return fc
    .record({
      nCountries: fc.integer({ min: 1, max: maxCountries }),
      nPartners: fc.integer({ min: 2, max: maxPartners }),
      indicators: fc.array(
        fc.record({
          dimension: fc.constantFrom(...DIMENSIONS),
          gp: goalpostsArb,
          weight: weightArb,
        }),
        { minLength: 1, maxLength: maxIndicators },
      ),
      dimensionWeights: fc.record({
        economic: weightArb,
        infrastructure: weightArb,
        digital: weightArb,
        security: weightArb,
      }),
    })
    .chain(({ nCountries, nPartners, indicators, dimensionWeights }) => {
      const countries = COUNTRY_CODES.slice(0, nCountries);
      const partners = PARTNER_CODES.slice(0, nPartners);
      const inds = indicators.map((s, i) =>
        makeIndicator({
          id: `ind_${i}`,
          dimension: s.dimension,
          goalposts: s.gp.goalposts,
          scale: s.gp.scale,
          weight: s.weight,
        }),
      );
      const slots: { country: string; partner: string; indicator: Indicator; gp: GoalpostSpec }[] =
        [];
      for (const country of countries)
        for (const partner of partners)
          inds.forEach((indicator, i) =>
            slots.push({ country, partner, indicator, gp: indicators[i]!.gp }),
          );
      return fc
        .array(cellArb, { minLength: slots.length, maxLength: slots.length })
        .map((cellSpecs) => {
          const observations: Observation[] = [];
          slots.forEach((slot, k) => {
            const spec = cellSpecs[k]!;
            if (!spec.present) return;
            const value = spec.wild ?? valueAt(slot.gp, spec.position);
            const width = slot.gp.goalposts.max - slot.gp.goalposts.min;
            observations.push(
              makeObservation(slot.country, slot.partner, slot.indicator.id, value, {
                low: value - spec.below * width,
                high: value + spec.above * width,
                year: spec.year,
              }),
            );
          });
          return makeDataset({
            countries: makeCountries(...countries),
            partners: makePartners(...partners),
            indicators: inds,
            observations,
            dimensionWeights,
          });
        });
    });
}

/** A data set with at least one observation, and one of its observations. */
export function datasetWithObservationArb(
  opts: DatasetArbOptions = {},
): fc.Arbitrary<{ dataset: Dataset; observation: Observation }> {
  return fc
    .tuple(datasetArb(opts), fc.nat())
    .filter(([d]) => d.observations.length > 0)
    .map(([dataset, n]) => ({
      dataset,
      observation: dataset.observations[n % dataset.observations.length]!,
    }));
}

export function dimensionOf(dataset: Dataset, indicatorId: string): Dimension {
  const indicator = dataset.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(`no indicator ${indicatorId}`);
  return indicator.dimension;
}

/** The data option of datasetWithReadingsArb: readings chosen by `src` ('a', 'b' or 'c'). */
export const READINGS_OPTION: ScenarioOption = {
  key: 'src',
  label: txt('source'),
  choices: ['a', 'b', 'c'].map((value) => ({ value, label: txt(value) })),
  default: 'a',
};

/**
 * A random data set (datasetArb) whose cells have several readings: each of up to 12 more
 * readings copies a cell of it with its own value and year (ties included), general or
 * chosen by the option `src`, and goes anywhere in the list; and a choice of `src` to
 * score it under. The readings that can stand for a cell are the case of the model's rule
 * (a reading chosen by an option beats a general one, then the latest year, then the first).
 */
export function datasetWithReadingsArb(
  opts: DatasetArbOptions = {},
): fc.Arbitrary<{ dataset: Dataset; options: Record<string, string> }> {
  return datasetArb(opts)
    .filter((d) => d.observations.length > 0)
    .chain((d) =>
      fc.record({
        dataset: fc.constant(d),
        extra: fc.array(
          fc.record({
            cell: fc.nat(),
            at: fc.nat(),
            value: fc.double({ noNaN: true, min: -10, max: 10 }),
            year: fc.integer({ min: 2023, max: 2025 }),
            variant: fc.option(fc.constantFrom('a', 'b', 'c'), { freq: 2 }),
          }),
          { maxLength: 12 },
        ),
        choice: fc.constantFrom('a', 'b', 'c'),
      }),
    )
    .map(({ dataset, extra, choice }) => {
      const observations = [...dataset.observations];
      for (const e of extra) {
        const copied = dataset.observations[e.cell % dataset.observations.length]!;
        const reading = makeObservation(copied.country, copied.partner, copied.indicator, e.value, {
          year: e.year,
          ...(e.variant === null
            ? {}
            : { variant: { option: READINGS_OPTION.key, value: e.variant } }),
        });
        observations.splice(e.at % (observations.length + 1), 0, reading);
      }
      return {
        dataset: { ...dataset, observations, options: [READINGS_OPTION] },
        options: { [READINGS_OPTION.key]: choice },
      };
    });
}

/**
 * Scenarios that override up to `maxLength` of a data set's published cells, each to a
 * value inside its indicator's goalposts.
 */
export function overridesArb(
  dataset: Dataset,
  maxLength: number,
): fc.Arbitrary<Record<string, number>> {
  const keys = [
    ...new Set(dataset.observations.map((o) => `${o.country}.${o.partner}.${o.indicator}`)),
  ];
  const goalposts = (key: string) =>
    dataset.indicators.find((i) => i.id === key.split('.')[2])!.goalposts;
  return fc
    .uniqueArray(fc.constantFrom(...keys), { maxLength })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((key) =>
          fc.double({ min: 0, max: 1, noNaN: true }).map((f): [string, number] => {
            const gp = goalposts(key);
            return [key, gp.min + f * (gp.max - gp.min)];
          }),
        ),
      ),
    )
    .map((pairs) => Object.fromEntries(pairs));
}
