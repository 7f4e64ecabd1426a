import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useDataset } from '@/lib/dataset';
import type { Dataset, Scenario, ScoreSet, UncertaintyResult } from '@/model';
import { DEFAULT_DRAWS, DEFAULT_SEED, completeScenario, computeScores } from '@/model';
import { baselineFullScenario, changedRecords } from './sliders';
import { useScenarioStore } from './store';
import { runUncertainty } from './uncertaintyClient';

const baselines = new WeakMap<Dataset, Scenario>();

/** The canonical baseline scenario of a data set, one object per data set. */
function baselineOf(dataset: Dataset): Scenario {
  let baseline = baselines.get(dataset);
  if (!baseline) {
    baseline = baselineFullScenario(dataset);
    baselines.set(dataset, baseline);
  }
  return baseline;
}

/**
 * The scenario every view follows: the working scenario of the store (sliders, URL,
 * saved scenarios all write there). Until the store is bound to this data set by
 * initScenarioStore(), the baseline. Views only ever read this hook.
 */
export function useActiveScenario(): Scenario {
  const dataset = useDataset();
  const scenario = useScenarioStore((s) => (s.dataset === dataset ? s.scenario : null));
  return scenario ?? baselineOf(dataset);
}

export interface ScenarioScores {
  scenario: Scenario;
  scores: ScoreSet;
  baseline: ScoreSet;
  /** true while any assumption differs from the baseline */
  differs: boolean;
  /** how many sliders and choices differ from the baseline */
  changeCount: number;
}

const changeCounts = new WeakMap<Scenario, { dataset: Dataset; count: number }>();

/**
 * How many sliders and choices of `scenario` differ from the baseline. Memoised per
 * scenario object (the store's scenarios are immutable): the banner, the provider and the
 * views ask about the same scenario at every step, and the count normalises two scenarios.
 */
export function changeCountOf(dataset: Dataset, scenario: Scenario): number {
  const cached = changeCounts.get(scenario);
  if (cached && cached.dataset === dataset) return cached.count;
  const count = changedRecords(dataset, scenario).length;
  changeCounts.set(scenario, { dataset, count });
  return count;
}

const baselineScores = new WeakMap<Dataset, ScoreSet>();
const scenarioScores = new WeakMap<Scenario, { dataset: Dataset; value: ScenarioScores }>();

/**
 * The scores of a scenario and of the baseline, computed once per scenario object and
 * shared by every component that asks (the store's scenarios are immutable), so the views
 * of a page and their hooks never compute the same step twice.
 */
function scoresOf(dataset: Dataset, scenario: Scenario): ScenarioScores {
  const cached = scenarioScores.get(scenario);
  if (cached && cached.dataset === dataset) return cached.value;
  let baseline = baselineScores.get(dataset);
  if (!baseline) {
    baseline = computeScores(dataset);
    baselineScores.set(dataset, baseline);
  }
  const changeCount = changeCountOf(dataset, scenario);
  const value: ScenarioScores = {
    scenario,
    scores: computeScores(dataset, scenario),
    baseline,
    differs: changeCount > 0,
    changeCount,
  };
  scenarioScores.set(scenario, { dataset, value });
  return value;
}

/** Says "views below follow the working scenario"; its value never changes (see below). */
const ScenarioScoresContext = createContext(false);

/**
 * Marks the part of the app whose views follow the working scenario. It holds no scores:
 * each view subscribes to the store itself and defers the scenario (useScenarioScores), so
 * a slider step re-renders the few components that read the scores, in React's deferred
 * pass. A context whose value changed at every step would make React search the whole
 * page below it for readers at every step (thousands of unchanged table rows, events…).
 */
export function ScenarioScoresProvider({ children }: { children: ReactNode }) {
  return createElement(ScenarioScoresContext.Provider, { value: true }, children);
}

/**
 * Scores of the active scenario and of the baseline, derived (never stored). Every view
 * reads this. Inside ScenarioScoresProvider it follows the working scenario, deferred
 * (React's useDeferredValue): while a slider is dragged the slider answers at once and
 * the views catch up in the deferred pass, all together. Outside one (a component rendered
 * alone in a test) it shows the baseline. The caller re-renders at every step, in the
 * urgent pass with the previous scores: keep it small and hand the scores to a memoised
 * body, which then re-renders once per step, in the deferred pass.
 */
export function useScenarioScores(): ScenarioScores {
  const inside = useContext(ScenarioScoresContext);
  const dataset = useDataset();
  const active = useScenarioStore((s) => (inside && s.dataset === dataset ? s.scenario : null));
  const scenario = useDeferredValue(active ?? baselineOf(dataset));
  return scoresOf(dataset, scenario);
}

/**
 * How many assumptions of the working scenario differ from the baseline, and its name,
 * without deferral and without computing any score: what a banner or a badge needs at
 * once. Re-renders its caller only when one of the two changes, not at every slider step.
 */
export function useImmediateChangeCount(): { changeCount: number; name: string } {
  const dataset = useDataset();
  const changeCount = useScenarioStore((s) =>
    s.dataset === dataset ? changeCountOf(dataset, s.scenario) : 0,
  );
  const name = useScenarioStore((s) => (s.dataset === dataset ? s.scenario.name : ''));
  return { changeCount, name };
}

/** The same without deferral, for the few places that must match the store exactly. */
export function useImmediateScenarioScores(): ScenarioScores {
  const dataset = useDataset();
  const scenario = useActiveScenario();
  return scoresOf(dataset, scenario);
}

/**
 * Deferred scores computed by the caller itself (subscribing to the store). Prefer
 * useScenarioScores inside the provider; kept for components outside it.
 * `pending` is true while the scores shown are older than the scenario.
 */
export function useDeferredScenarioScores(): ScenarioScores & { pending: boolean } {
  const dataset = useDataset();
  const current = useActiveScenario();
  const scenario = useDeferredValue(current);
  const result = scoresOf(dataset, scenario);
  return { ...result, pending: scenario !== current };
}

/** 90% intervals and P(tilt > 0) for the active scenario, computed off the main thread. */
export function useUncertainty(draws = DEFAULT_DRAWS): {
  result: UncertaintyResult | undefined;
  pending: boolean;
  error: Error | null;
} {
  const dataset = useDataset();
  // The scenario once it has rested: 2,000 draws per step of a drag would queue up. Read
  // from the store without re-rendering the caller at every step.
  const scenario = useSettledScenario(250);
  // The settled scenario changes only once a drag rests: build its key only then.
  const key = useMemo(
    () => JSON.stringify(completeScenario(dataset, scenario)),
    [dataset, scenario],
  );
  const query = useQuery({
    queryKey: ['uncertainty', dataset.version, key, draws],
    queryFn: () => runUncertainty(dataset, scenario, draws, DEFAULT_SEED),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  return { result: query.data, pending: query.isFetching, error: query.error };
}

/**
 * The scenario the views follow (the store's inside ScenarioScoresProvider, else the
 * baseline), once it has stayed the same for `ms` milliseconds; the first value at once.
 * It listens to the store in an effect, so its caller re-renders only when it settles.
 */
function useSettledScenario(ms: number): Scenario {
  const inside = useContext(ScenarioScoresContext);
  const dataset = useDataset();
  const read = useCallback(() => {
    const state = useScenarioStore.getState();
    return inside && state.dataset === dataset ? state.scenario : baselineOf(dataset);
  }, [inside, dataset]);
  const [settled, setSettled] = useState(read);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(read()), ms);
    };
    // The store may have changed between the render and this subscription.
    if (read() !== settled) follow();
    const unsubscribe = useScenarioStore.subscribe(follow);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [read, settled, ms]);
  return settled;
}
