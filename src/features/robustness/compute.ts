// Robustness's specifications and their scores, memoised per scenario object as the analysis
// view's are (src/features/analysis/compute.ts): the store's scenarios are immutable, and the
// section asks again at every render and once more when each specification's draws arrive.
import type { Dataset, Scenario, ScoreSet } from '@/model';
import { computeScores } from '@/model';
import { uncertaintyQuery } from '@/scenario/hooks';
import {
  readRobustness,
  robustnessSpecifications,
  type DrawsFor,
  type Robustness,
  type ScoredSpecification,
} from '@/scenario/robustness';

type Planned = ReturnType<typeof robustnessSpecifications>;

interface Cached {
  dataset: Dataset;
  specifications?: Planned;
  queries?: ReturnType<typeof uncertaintyQuery>[];
  /** by specification, in order: each is one piece of warmRobustness */
  scores: ScoreSet[];
  scored?: ScoredSpecification[];
  withoutDraws?: Robustness;
}

const cache = new WeakMap<Scenario, Cached>();

function entry(dataset: Dataset, scenario: Scenario): Cached {
  let cached = cache.get(scenario);
  if (!cached || cached.dataset !== dataset) {
    cached = { dataset, scores: [] };
    cache.set(scenario, cached);
  }
  return cached;
}

/** The specifications to run for `scenario` (robustnessSpecifications). */
export function specificationsOf(dataset: Dataset, scenario: Scenario): Planned {
  const cached = entry(dataset, scenario);
  cached.specifications ??= robustnessSpecifications(dataset, scenario);
  return cached.specifications;
}

/** The queries of the specifications' draws, in order (their keys serialise each scenario). */
export function drawsQueriesOf(dataset: Dataset, scenario: Scenario) {
  const cached = entry(dataset, scenario);
  cached.queries ??= specificationsOf(dataset, scenario).map((specification) =>
    uncertaintyQuery(dataset, specification.scenario),
  );
  return cached.queries;
}

function scoresOf(dataset: Dataset, scenario: Scenario, index: number): ScoreSet {
  const cached = entry(dataset, scenario);
  cached.scores[index] ??= computeScores(
    dataset,
    specificationsOf(dataset, scenario)[index]!.scenario,
  );
  return cached.scores[index];
}

function scoredOf(dataset: Dataset, scenario: Scenario): ScoredSpecification[] {
  const cached = entry(dataset, scenario);
  cached.scored ??= specificationsOf(dataset, scenario).map((specification, i) => ({
    ...specification,
    scores: scoresOf(dataset, scenario, i),
  }));
  return cached.scored;
}

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
export function robustnessWithoutDraws(dataset: Dataset, scenario: Scenario): Robustness {
  const cached = entry(dataset, scenario);
  cached.withoutDraws ??= robustnessWith(dataset, scenario, noDraws);
  return cached.withoutDraws;
}

/**
 * What the section's first render reads, computed ahead one piece at a time (as warmAnalysis):
 * the specifications, their draws' queries, then each one's scores.
 */
export function* warmRobustness(dataset: Dataset, scenario: Scenario): Generator<void> {
  const specifications = specificationsOf(dataset, scenario);
  yield;
  drawsQueriesOf(dataset, scenario);
  yield;
  for (let i = 0; i < specifications.length; i++) {
    scoresOf(dataset, scenario, i);
    yield;
  }
  robustnessWithoutDraws(dataset, scenario);
}
