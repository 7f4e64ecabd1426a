import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
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

function useScoresOf(dataset: Dataset, scenario: Scenario): ScenarioScores {
  const baseline = useMemo(() => computeScores(dataset), [dataset]);
  const scores = useMemo(() => computeScores(dataset, scenario), [dataset, scenario]);
  const changeCount = useMemo(() => changedRecords(dataset, scenario).length, [dataset, scenario]);
  return { scenario, scores, baseline, differs: changeCount > 0, changeCount };
}

/** Scores of the active scenario and of the baseline, derived (never stored). */
export function useScenarioScores(): ScenarioScores {
  const dataset = useDataset();
  const scenario = useActiveScenario();
  return useScoresOf(dataset, scenario);
}

/**
 * The same, following the scenario through React's useDeferredValue: while a slider is
 * dragged fast, charts reading this lag a frame behind instead of blocking the drag.
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
  const scenario = useActiveScenario();
  const key = JSON.stringify(completeScenario(dataset, scenario));
  const query = useQuery({
    queryKey: ['uncertainty', dataset.version, key, draws],
    queryFn: () => runUncertainty(dataset, scenario, draws, DEFAULT_SEED),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  return { result: query.data, pending: query.isFetching, error: query.error };
}
