// Robustness's specifications and their scores, memoised per scenario object (perScenario,
// src/scenario/perScenario.ts) as the analysis view's are: the store's scenarios are immutable,
// and the section asks again at every render and once more when each specification's draws
// arrive.
import type { Dataset, Scenario } from '@/model';
import { uncertaintyQuery } from '@/scenario/hooks';
import { perScenario, scenarioScores } from '@/scenario/perScenario';
import {
  readRobustness,
  robustnessSpecifications,
  type DrawsFor,
  type Robustness,
  type ScoredSpecification,
} from '@/scenario/robustness';

/** The specifications to run for `scenario` (robustnessSpecifications). */
export const specificationsOf = perScenario((dataset, scenario) =>
  robustnessSpecifications(dataset, scenario),
);

/** The queries of the specifications' draws, in order (their keys serialise each scenario). */
export const drawsQueriesOf = perScenario((dataset, scenario) =>
  specificationsOf(dataset, scenario).map((specification) =>
    uncertaintyQuery(dataset, specification.scenario),
  ),
);

/**
 * Each specification's scores are those of its scenario object (scenarioScores). The reference
 * specification's scenario is the page's own object when that is canonical (normalizeScenario
 * returns a canonical scenario itself: the baseline's, a preset's, a slider step's), so the
 * page's scores serve it; a scenario that is not (renamed, say) has its reference scored apart.
 */
const scoredOf = perScenario((dataset, scenario): ScoredSpecification[] =>
  specificationsOf(dataset, scenario).map((specification) => ({
    ...specification,
    scores: scenarioScores(dataset, specification.scenario),
  })),
);

/** robustness() of `scenario` with each specification's draws (`drawsFor`), scored once. */
export function robustnessWith(
  dataset: Dataset,
  scenario: Scenario,
  drawsFor: DrawsFor,
): Robustness {
  return readRobustness(dataset, scoredOf(dataset, scenario), drawsFor);
}

/** Reads no draws: the first paint's tilts, before any specification's draws are in. */
const noDraws = () => undefined;

/** robustness() of `scenario` read without draws, once. */
export const robustnessWithoutDraws = perScenario((dataset, scenario) =>
  robustnessWith(dataset, scenario, noDraws),
);

/**
 * What the section's first render reads, computed ahead one piece at a time (as warmAnalysis):
 * the specifications, their draws' queries, then each one's scores.
 */
export function* warmRobustness(dataset: Dataset, scenario: Scenario): Generator<void> {
  const specifications = specificationsOf(dataset, scenario);
  yield;
  drawsQueriesOf(dataset, scenario);
  yield;
  for (const specification of specifications) {
    scenarioScores(dataset, specification.scenario);
    yield;
  }
  robustnessWithoutDraws(dataset, scenario);
}
