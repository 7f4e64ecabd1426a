// Robustness across specifications: "how sure are you?" answered by re-running the scores
// under every reasonable alternative way of computing them and counting, per country, how many
// specifications lean each way. Pure: no React, no DOM.
//
// The rule (docs/architecture.md §2): each specification is the reference scenario (the one
// passed, else the baseline) with ONE change, never two combined:
//   1. the reference itself;
//   2. each method alternative of src/model/method.ts, in its order: the other aggregation
//      (arithmetic ↔ geometric), every other choice of every data option (the other Kyrgyz
//      trade reading), and equal weights (every dimension and indicator weighted 1) when the
//      reference is not equally weighted already;
//   3. each preset of the data set laid over the reference: the values, weights, aggregation
//      and options the preset sets replace the reference's; everything else stays.
// Two specifications that come to the same scenario are one row (listed under every name
// that reaches it), so no specification is counted twice: the "Baseline" preset on the
// baseline, the preset that only switches the trade reading, equal weights on a data set
// weighted equally.
import type {
  CountryCode,
  Dataset,
  MethodChoice,
  Preset,
  Scenario,
  ScenarioInput,
  ScoreSet,
  TiltReading,
  UncertaintyResult,
} from '@/model';
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  computeScores,
  findTilt,
  findTiltMissing,
  hasEqualWeights,
  methodAlternativeScenarios,
  monteCarlo,
  readTilt,
} from '@/model';
import { baselineFullScenario, normalizeScenario } from './sliders';

/** One way a specification is reached from the reference. */
export type SpecificationChange =
  /** the reference when it is the data as published */
  | { kind: 'baseline' }
  /** the reference when it is a scenario of the analyst's */
  | { kind: 'scenario'; name: string }
  | { kind: 'method'; choice: MethodChoice }
  | { kind: 'preset'; presetId: string };

/** A country's overall tilt under one specification, read by the model's one lean rule. */
interface SpecificationTilt {
  country: CountryCode;
  tilt: number | null;
  reading: TiltReading;
  /** false while the specification's Monte Carlo draws are not in (read without them) */
  drawn: boolean;
}

/** A specification scored, before its tilts are read (readRobustness). */
export interface ScoredSpecification {
  /** every change that reaches this scenario, in list order; the first names the row */
  changes: SpecificationChange[];
  /** the scenario scored, in canonical form */
  scenario: Scenario;
  scores: ScoreSet;
}

export interface Specification extends ScoredSpecification {
  /** one per country, in the data set's order */
  tilts: SpecificationTilt[];
}

/** How many specifications put a country's overall tilt in each reading; they sum to `total`. */
export interface RobustnessCount {
  country: CountryCode;
  /** leans to the tilt pair's first partner (China) */
  positive: number;
  /** leans to the second (Russia) */
  negative: number;
  /** too close to call by the lean rule */
  uncertain: number;
  balanced: number;
  /** no tilt: no data, or the weights exclude it */
  none: number;
  total: number;
}

export interface Robustness {
  specifications: Specification[];
  counts: RobustnessCount[];
}

/**
 * The Monte Carlo draws a specification's tilts are read with, or null/undefined when they are
 * not in yet (the tilt is then read without draws, as every view does before they arrive).
 */
export type DrawsFor = (scenario: Scenario) => UncertaintyResult | null | undefined;

/** The dashboard's own draws (same number and seed), so a lean here reads as in every view. */
const dashboardDraws =
  (dataset: Dataset): DrawsFor =>
  (scenario) =>
    monteCarlo(dataset, scenario, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });

/** A preset laid over the reference: what the preset sets replaces the reference's. */
function withPreset(dataset: Dataset, reference: Scenario, preset: Preset): Scenario {
  const change: Partial<ScenarioInput> = preset.scenario;
  return normalizeScenario(dataset, {
    ...reference,
    overrides: { ...reference.overrides, ...change.overrides },
    dimensionWeights: { ...reference.dimensionWeights, ...change.dimensionWeights },
    indicatorWeights: { ...reference.indicatorWeights, ...change.indicatorWeights },
    aggregation: change.aggregation ?? reference.aggregation,
    options: { ...reference.options, ...change.options },
  });
}

/** The inputs that decide the scores (a canonical scenario serialises the same when equal). */
function identity(scenario: Scenario): string {
  const { name: _name, description: _description, ...input } = scenario;
  return JSON.stringify(input);
}

/**
 * The specifications to run, by the rule at the top of this file: the reference, each method
 * alternative, each preset over the reference, merged where they come to the same scenario.
 */
export function robustnessSpecifications(
  dataset: Dataset,
  scenario?: Partial<Scenario>,
): { changes: SpecificationChange[]; scenario: Scenario }[] {
  const reference = scenario ? normalizeScenario(dataset, scenario) : baselineFullScenario(dataset);
  const baseline = baselineFullScenario(dataset);
  const referenceChanges: SpecificationChange[] = [
    identity(reference) === identity(baseline)
      ? { kind: 'baseline' }
      : { kind: 'scenario', name: reference.name },
  ];
  // Equal weights is no alternative to a reference weighted equally (method.ts leaves it
  // out): say that the reference row is the equal-weights specification too.
  if (hasEqualWeights(dataset, reference))
    referenceChanges.push({
      kind: 'method',
      choice: { kind: 'weights', from: 'scenario', to: 'equal' },
    });

  const candidates: { change: SpecificationChange; scenario: Scenario }[] = [
    ...methodAlternativeScenarios(dataset, reference).map((alternative) => ({
      change: { kind: 'method', choice: alternative.choice } as const,
      scenario: normalizeScenario(dataset, { ...reference, ...alternative.scenario }),
    })),
    ...dataset.presets.map((preset) => ({
      change: { kind: 'preset', presetId: preset.id } as const,
      scenario: withPreset(dataset, reference, preset),
    })),
  ];

  const rows = [{ changes: referenceChanges, scenario: reference }];
  const byIdentity = new Map([[identity(reference), rows[0]!]]);
  for (const candidate of candidates) {
    const key = identity(candidate.scenario);
    const same = byIdentity.get(key);
    if (same) {
      same.changes.push(candidate.change);
      continue;
    }
    const row = { changes: [candidate.change], scenario: candidate.scenario };
    rows.push(row);
    byIdentity.set(key, row);
  }
  return rows;
}

/**
 * Every specification (robustnessSpecifications) scored by the model, each country's overall
 * tilt read by the lean rule with the specification's draws (`drawsFor`; by default the
 * dashboard's own), and per country how many specifications lean each way.
 *
 * The whole rule in one uncached call: the tests' reference, which the view's cached pieces
 * (src/features/robustness/compute.ts: the specifications, each scored once, then
 * readRobustness) must agree with. The app itself does not call it.
 */
export function robustness(
  dataset: Dataset,
  scenario?: Partial<Scenario>,
  drawsFor: DrawsFor = dashboardDraws(dataset),
): Robustness {
  const scored = robustnessSpecifications(dataset, scenario).map(
    (specification): ScoredSpecification => ({
      ...specification,
      scores: computeScores(dataset, specification.scenario),
    }),
  );
  return readRobustness(dataset, scored, drawsFor);
}

/**
 * robustness() of specifications scored already: their tilts read with their draws, and the
 * counts. Cheap beside the scoring, so a view can score once and read again as draws arrive.
 */
export function readRobustness(
  dataset: Dataset,
  scored: readonly ScoredSpecification[],
  drawsFor: DrawsFor,
): Robustness {
  const specifications = scored.map(({ changes, scenario, scores }): Specification => {
    const draws = drawsFor(scenario);
    const tilts = dataset.countries.map(({ code: country }): SpecificationTilt => {
      const tilt = findTilt(scores, country, 'overall');
      const drawn = draws?.tilts.find((t) => t.country === country && t.dimension === 'overall');
      return {
        country,
        tilt,
        reading: readTilt(
          tilt,
          drawn?.pPositive ?? null,
          findTiltMissing(scores, country, 'overall'),
        ),
        drawn: draws !== null && draws !== undefined,
      };
    });
    return { changes, scenario, scores, tilts };
  });
  const counts = dataset.countries.map(({ code: country }, c): RobustnessCount => {
    const count: RobustnessCount = {
      country,
      positive: 0,
      negative: 0,
      uncertain: 0,
      balanced: 0,
      none: 0,
      total: specifications.length,
    };
    for (const specification of specifications) {
      const reading = specification.tilts[c]!.reading;
      if (reading.kind === 'leans') count[reading.side]++;
      else count[reading.kind]++;
    }
    return count;
  });
  return { specifications, counts };
}
