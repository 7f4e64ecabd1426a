// Results memoised per scenario object, for the data set they are of: the store's scenarios are
// immutable (src/scenario/store.ts), so a result computed for one object holds as long as it is
// asked of the same data set, however often the views re-render. One rule for every such cache
// (the hooks' scores, the analysis view's and robustness's results): keyed weakly by the
// scenario object, computed again when asked of another data set object.
import type { Dataset, Scenario, ScoreSet } from '@/model';
import { computeScores } from '@/model';

/** `compute`, memoised per scenario object and valid for one data set. */
export function perScenario<T>(
  compute: (dataset: Dataset, scenario: Scenario) => T,
): (dataset: Dataset, scenario: Scenario) => T {
  const cache = new WeakMap<Scenario, { dataset: Dataset; value: T }>();
  return (dataset, scenario) => {
    const cached = cache.get(scenario);
    if (cached && cached.dataset === dataset) return cached.value;
    const value = compute(dataset, scenario);
    cache.set(scenario, { dataset, value });
    return value;
  };
}

/** The part of a result that a piece is (an index, a country, a dimension and a country…). */
type PieceKey = readonly (string | number)[];

/**
 * `compute` of one piece of a scenario's result (named by `key`), memoised per scenario object
 * and piece, valid for one data set: for results computed a piece at a time (warmAnalysis).
 */
export function perScenarioPiece<Key extends PieceKey, T>(
  compute: (dataset: Dataset, scenario: Scenario, ...key: Key) => T,
): (dataset: Dataset, scenario: Scenario, ...key: Key) => T {
  // Each piece by its key's text, boxed (so that a piece whose value is undefined is cached too).
  const pieces = perScenario((): Map<string, { value: T }> => new Map());
  return (dataset, scenario, ...key) => {
    const computed = pieces(dataset, scenario);
    const name = JSON.stringify(key);
    const cached = computed.get(name);
    if (cached) return cached.value;
    const value = compute(dataset, scenario, ...key);
    computed.set(name, { value });
    return value;
  };
}

/**
 * The model's scores of a scenario, computed once per scenario object and shared by whoever
 * asks: every view's hooks (useScenarioScores), the analysis view's method choices and
 * robustness's specifications (the reference one is the scenario itself).
 */
export const scenarioScores: (dataset: Dataset, scenario: Scenario) => ScoreSet = perScenario(
  (dataset, scenario) => computeScores(dataset, scenario),
);
