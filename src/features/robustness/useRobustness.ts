import { useQueries } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useDataset } from '@/lib/dataset';
import { DEFAULT_DRAWS, DEFAULT_SEED, type UncertaintyResult } from '@/model';
import { uncertaintyQueryKey, useScenarioView, useSettledScenario } from '@/scenario/hooks';
import { robustness, robustnessSpecifications, type Robustness } from '@/scenario/robustness';
import { runUncertainty } from '@/scenario/uncertaintyClient';

/** As the page's own draws: they start once the scenario has been still this long. */
const SETTLE_MS = 250;

/** Module-level, so react-query keeps the combined list while no run changes. */
const dataOf = (results: { data: UncertaintyResult | undefined }[]) => results.map((r) => r.data);

/**
 * Robustness of the scenario the page follows (useScenarioView), each specification's tilts
 * read with its own Monte Carlo draws. The draws run off the main thread (one run per
 * specification, shared with any view that asks for the same scenario) once the scenario
 * rests; until a specification's draws are in, its tilts read without them (`drawn: false`).
 */
export function useRobustness(): { result: Robustness; pending: boolean } {
  const dataset = useDataset();
  // A dozen scorings per step: they follow in React's deferred pass, after the page's charts.
  const scenario = useDeferredValue(useScenarioView().scenario);
  const settled = useSettledScenario(SETTLE_MS);
  const specifications = useMemo(
    () => robustnessSpecifications(dataset, settled),
    [dataset, settled],
  );
  const draws = useQueries({
    queries: specifications.map((specification) => ({
      queryKey: uncertaintyQueryKey(dataset, specification.scenario),
      queryFn: () => runUncertainty(dataset, specification.scenario, DEFAULT_DRAWS, DEFAULT_SEED),
      staleTime: Infinity,
    })),
    combine: dataOf,
  });
  const result = useMemo(() => {
    // The draws of the settled specifications, found by their scenario: during a drag the
    // current specifications have none yet.
    const byKey = new Map<string, UncertaintyResult>();
    specifications.forEach((specification, i) => {
      const done = draws[i];
      if (done)
        byKey.set(JSON.stringify(uncertaintyQueryKey(dataset, specification.scenario)), done);
    });
    return robustness(dataset, scenario, (s) =>
      byKey.get(JSON.stringify(uncertaintyQueryKey(dataset, s))),
    );
  }, [dataset, scenario, specifications, draws]);
  const pending = result.specifications.some((s) => s.tilts.some((t) => !t.drawn));
  return { result, pending };
}
