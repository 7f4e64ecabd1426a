// The analysis view's heavier computations, memoised per scenario object: the store's
// scenarios are immutable, so each is analysed once however often the view re-renders.
import type {
  CountryCode,
  Dataset,
  MethodAlternativeScenario,
  Prepared,
  Scenario,
  ScoreSet,
  TiltDimension,
  Tornado,
} from '@/model';
import {
  computeScores,
  methodAlternativeScenarios,
  methodAlternativesScored,
  prepare,
  tiltTornado,
  TILT_DIMENSIONS,
} from '@/model';
import { flipFindingOf, type FlipEntry } from '@/scenario/findings';
import { buildMethodEntries, TORNADO_TOP, type MethodEntry } from './adapters';

/** A scenario's results by name ('flips', 'flip overall KG'…), for the data set they are of. */
const cache = new WeakMap<Scenario, { dataset: Dataset; results: Map<string, unknown> }>();

/** The result named `name` of `scenario`, computed once. */
function memo<T>(dataset: Dataset, scenario: Scenario, name: string, compute: () => T): T {
  let cached = cache.get(scenario);
  if (!cached || cached.dataset !== dataset) {
    cached = { dataset, results: new Map() };
    cache.set(scenario, cached);
  }
  if (!cached.results.has(name)) cached.results.set(name, compute());
  return cached.results.get(name) as T;
}

const preparedOf = (dataset: Dataset, scenario: Scenario): Prepared =>
  memo(dataset, scenario, 'prepared', () => prepare(dataset, scenario));

const countriesOf = (dataset: Dataset): CountryCode[] => dataset.countries.map((c) => c.code);

// One country's tornado or flip at a time, so that warmAnalysis can compute them in short tasks.
const tornadoOf = (
  dataset: Dataset,
  scenario: Scenario,
  dimension: TiltDimension,
  country: CountryCode,
): Tornado =>
  memo(dataset, scenario, `tornado ${dimension} ${country}`, () =>
    tiltTornado(preparedOf(dataset, scenario), country, dimension, TORNADO_TOP),
  );

const flipOf = (
  dataset: Dataset,
  scenario: Scenario,
  dimension: TiltDimension,
  country: CountryCode,
): FlipEntry =>
  memo(dataset, scenario, `flip ${dimension} ${country}`, () => ({
    country,
    dimension,
    finding: flipFindingOf(preparedOf(dataset, scenario), country, dimension),
  }));

/** Each country's tornado for the tilt in `dimension` under `scenario`. */
export function tornadoesOf(
  dataset: Dataset,
  scenario: Scenario,
  dimension: TiltDimension,
): Tornado[] {
  return memo(dataset, scenario, `tornadoes ${dimension}`, () =>
    countriesOf(dataset).map((country) => tornadoOf(dataset, scenario, dimension, country)),
  );
}

/** The smallest flip of every country × tilt under `scenario`, countries first. */
export function flipsOf(dataset: Dataset, scenario: Scenario): FlipEntry[] {
  return memo(dataset, scenario, 'flips', () =>
    countriesOf(dataset).flatMap((country) =>
      TILT_DIMENSIONS.map((dimension) => flipOf(dataset, scenario, dimension, country)),
    ),
  );
}

// The method alternatives (the model's methodAlternatives), each scored alone.
const alternativesOf = (dataset: Dataset, scenario: Scenario): MethodAlternativeScenario[] =>
  memo(dataset, scenario, 'alternatives', () => methodAlternativeScenarios(dataset, scenario));

const alternativeScoresOf = (dataset: Dataset, scenario: Scenario, index: number): ScoreSet =>
  memo(dataset, scenario, `alternative ${index}`, () =>
    computeScores(dataset, alternativesOf(dataset, scenario)[index]!.scenario),
  );

const scoresOf = (dataset: Dataset, scenario: Scenario): ScoreSet =>
  memo(dataset, scenario, 'scores', () => computeScores(dataset, scenario));

/** What each method alternative (aggregation, data options, weights) does to every tilt. */
export function methodsOf(dataset: Dataset, scenario: Scenario): MethodEntry[] {
  return memo(dataset, scenario, 'methods', () => {
    const alternatives = alternativesOf(dataset, scenario);
    const then = alternatives.map((_, i) => alternativeScoresOf(dataset, scenario, i));
    const scored = methodAlternativesScored(
      dataset,
      alternatives,
      then,
      scoresOf(dataset, scenario),
    );
    return buildMethodEntries(scored, countriesOf(dataset));
  });
}

/**
 * What the page's first render reads (its sensitivity section opens on the overall tilt),
 * computed ahead one piece at a time: the caller runs each piece (up to a `yield`) in a task of
 * its own before hydrating the page (src/app/routes.tsx), where the render would have computed
 * them all in one long task.
 */
export function* warmAnalysis(dataset: Dataset, scenario: Scenario): Generator<void> {
  for (let i = 0; i < alternativesOf(dataset, scenario).length; i++) {
    alternativeScoresOf(dataset, scenario, i);
    yield;
  }
  // The scenario's own last, so that prepare()'s memo of the data set's structure holds its
  // structure again for the render (the alternatives' may differ).
  scoresOf(dataset, scenario);
  preparedOf(dataset, scenario);
  yield;
  for (const country of countriesOf(dataset)) {
    tornadoOf(dataset, scenario, 'overall', country);
    yield;
    for (const dimension of TILT_DIMENSIONS) {
      flipOf(dataset, scenario, dimension, country);
      yield;
    }
  }
  methodsOf(dataset, scenario);
}
