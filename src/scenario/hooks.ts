import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  createContext,
  createElement,
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

/**
 * The scenario every view follows: the working scenario of the store (sliders, URL,
 * saved scenarios all write there). Until the store is bound to this data set by
 * initScenarioStore(), the baseline. Views only ever read this hook.
 */
export function useActiveScenario(): Scenario {
  const dataset = useDataset();
  const boundTo = useScenarioStore((s) => s.dataset);
  const scenario = useScenarioStore((s) => s.scenario);
  const baseline = useMemo(() => baselineFullScenario(dataset), [dataset]);
  return boundTo === dataset ? scenario : baseline;
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

function scoresOf(dataset: Dataset, scenario: Scenario): ScenarioScores {
  const changeCount = changedRecords(dataset, scenario).length;
  return {
    scenario,
    scores: computeScores(dataset, scenario),
    baseline: computeScores(dataset),
    differs: changeCount > 0,
    changeCount,
  };
}

function useScoresOf(dataset: Dataset, scenario: Scenario): ScenarioScores {
  const baseline = useMemo(() => computeScores(dataset), [dataset]);
  const scores = useMemo(() => computeScores(dataset, scenario), [dataset, scenario]);
  const changeCount = useMemo(() => changedRecords(dataset, scenario).length, [dataset, scenario]);
  return useMemo(
    () => ({ scenario, scores, baseline, differs: changeCount > 0, changeCount }),
    [scenario, scores, baseline, changeCount],
  );
}

const ScenarioScoresContext = createContext<ScenarioScores | null>(null);

/**
 * Subscribes to the working scenario once, for every view below it, and hands them the
 * scores of a deferred copy (React's useDeferredValue). While a slider is dragged, the
 * slider answers at once and the views re-render only in the deferred pass, once per
 * step, instead of also re-rendering with stale values in the urgent one.
 */
export function ScenarioScoresProvider({ children }: { children: ReactNode }) {
  const dataset = useDataset();
  const current = useActiveScenario();
  const scenario = useDeferredValue(current);
  const value = useScoresOf(dataset, scenario);
  return createElement(ScenarioScoresContext.Provider, { value }, children);
}

/**
 * Scores of the active scenario and of the baseline, derived (never stored). Every view
 * reads this. Inside ScenarioScoresProvider it follows the working scenario (deferred);
 * outside one (a component rendered alone in a test) it shows the baseline.
 */
export function useScenarioScores(): ScenarioScores {
  const provided = useContext(ScenarioScoresContext);
  const dataset = useDataset();
  const baseline = useMemo(
    () => (provided ? null : scoresOf(dataset, baselineFullScenario(dataset))),
    [provided, dataset],
  );
  return provided ?? baseline!;
}

/** The same without deferral, for the few places that must match the store exactly. */
export function useImmediateScenarioScores(): ScenarioScores {
  const dataset = useDataset();
  const scenario = useActiveScenario();
  return useScoresOf(dataset, scenario);
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
  const result = useScoresOf(dataset, scenario);
  return { ...result, pending: scenario !== current };
}

/** 90% intervals and P(tilt > 0) for the active scenario, computed off the main thread. */
export function useUncertainty(draws = DEFAULT_DRAWS): {
  result: UncertaintyResult | undefined;
  pending: boolean;
  error: Error | null;
} {
  const dataset = useDataset();
  // The deferred scenario of the views (no store subscription of its own), and while a
  // slider is dragged, only once it rests: 2,000 draws per step would queue up.
  const active = useScenarioScores().scenario;
  const scenario = useSettled(active, 250);
  const key = JSON.stringify(completeScenario(dataset, scenario));
  const query = useQuery({
    queryKey: ['uncertainty', dataset.version, key, draws],
    queryFn: () => runUncertainty(dataset, scenario, draws, DEFAULT_SEED),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  return { result: query.data, pending: query.isFetching, error: query.error };
}

/** `value`, once it has stayed the same for `ms` milliseconds (the first value at once). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
