// The analysis view's heavier computations, memoised per scenario object (perScenario,
// src/scenario/perScenario.ts): the store's scenarios are immutable, so each is analysed once
// however often the view re-renders.
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
import { flipEntryOf, flipFindingOrder, type FlipEntry } from '@/scenario/findings';
import { perScenario, perScenarioPiece, scenarioScores } from '@/scenario/perScenario';
import { buildMethodEntries, TORNADO_TOP, type MethodEntry } from './adapters';

const preparedOf = perScenario((dataset, scenario): Prepared => prepare(dataset, scenario));

const countriesOf = (dataset: Dataset): CountryCode[] => dataset.countries.map((c) => c.code);

// One country's tornado or flip at a time, so that warmAnalysis can compute them in short tasks
// (the entries of findings' tiltTornadoes and flipFindings, src/scenario/findings.ts).
const tornadoOf = perScenarioPiece(
  (dataset, scenario, dimension: TiltDimension, country: CountryCode): Tornado =>
    tiltTornado(preparedOf(dataset, scenario), country, dimension, TORNADO_TOP),
);

const flipOf = perScenarioPiece(
  (dataset, scenario, dimension: TiltDimension, country: CountryCode): FlipEntry =>
    flipEntryOf(preparedOf(dataset, scenario), country, dimension),
);

/** The flips of every country × tilt, in findings' order (flipFindingOrder: countries first). */
const flipOrderOf = (dataset: Dataset) => flipFindingOrder(countriesOf(dataset), TILT_DIMENSIONS);

/** Each country's tornado for the tilt in `dimension` under `scenario`. */
export const tornadoesOf = perScenarioPiece(
  (dataset, scenario, dimension: TiltDimension): Tornado[] =>
    countriesOf(dataset).map((country) => tornadoOf(dataset, scenario, dimension, country)),
);

/** The smallest flip of every country × tilt under `scenario`, in flipOrderOf. */
export const flipsOf = perScenario((dataset, scenario): FlipEntry[] =>
  flipOrderOf(dataset).map(({ country, dimension }) =>
    flipOf(dataset, scenario, dimension, country),
  ),
);

// The method alternatives (the model's methodAlternatives), each scored alone.
const alternativesOf = perScenario((dataset, scenario): MethodAlternativeScenario[] =>
  methodAlternativeScenarios(dataset, scenario),
);

const alternativeScoresOf = perScenarioPiece((dataset, scenario, index: number): ScoreSet =>
  computeScores(dataset, alternativesOf(dataset, scenario)[index]!.scenario),
);

/** What each method alternative (aggregation, data options, weights) does to every tilt. */
export const methodsOf = perScenario((dataset, scenario): MethodEntry[] => {
  const alternatives = alternativesOf(dataset, scenario);
  const then = alternatives.map((_, i) => alternativeScoresOf(dataset, scenario, i));
  const scored = methodAlternativesScored(
    dataset,
    alternatives,
    then,
    scenarioScores(dataset, scenario),
  );
  return buildMethodEntries(scored, countriesOf(dataset));
});

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
  // structure again for the render (the alternatives' may differ). Its scores are the page's
  // (scenarioScores), which robustness may have computed already (its reference
  // specification); preparedOf calls prepare() all the same, the first time it is asked.
  scenarioScores(dataset, scenario);
  preparedOf(dataset, scenario);
  yield;
  // The entries of tornadoesOf(…, 'overall') and of flipsOf, in their order.
  for (const country of countriesOf(dataset)) {
    tornadoOf(dataset, scenario, 'overall', country);
    yield;
  }
  for (const { country, dimension } of flipOrderOf(dataset)) {
    flipOf(dataset, scenario, dimension, country);
    yield;
  }
  methodsOf(dataset, scenario);
}
