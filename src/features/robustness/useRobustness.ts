import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useDataset } from '@/lib/dataset';
import type { UncertaintyResult } from '@/model';
import { useSettledScenario } from '@/scenario/hooks';
import type { Robustness } from '@/scenario/robustness';
import {
  drawsQueriesOf,
  robustnessWith,
  robustnessWithoutDraws,
  specificationsOf,
} from './compute';

/** As the page's own draws: they start once the scenario has been still this long. */
const SETTLE_MS = 250;

/** Module-level, so react-query keeps the combined list while no run changes. */
const dataOf = (results: { data: UncertaintyResult | undefined }[]) => results.map((r) => r.data);

export interface RobustnessView {
  /**
   * The last result whose specifications all had their draws; before the first one, the
   * settled scenario read without draws (`drawn: false` on each tilt).
   */
  result: Robustness;
  /** true while `result` is not the settled scenario's complete result (draws are running) */
  updating: boolean;
  /** true once a complete result has replaced an earlier complete one (say so, once) */
  updated: boolean;
}

/**
 * Robustness of the scenario the page follows, once it rests (useSettledScenario): planning
 * and scoring the specifications takes a few milliseconds, so it never follows a drag step by
 * step. Each specification's tilts are read with its own Monte Carlo draws, run off the main
 * thread (one run per specification, shared with any view that asks for the same scenario);
 * the scores (src/features/robustness/compute.ts, once per scenario) are read with them once
 * they are all in, and until then the view keeps the last complete result, marked `updating`.
 */
export function useRobustness(): RobustnessView {
  const dataset = useDataset();
  const settled = useSettledScenario(SETTLE_MS);
  const specifications = specificationsOf(dataset, settled);
  const draws = useQueries({ queries: drawsQueriesOf(dataset, settled), combine: dataOf });
  const complete = draws.every((done) => done !== undefined);
  const fresh = useMemo(() => {
    if (!complete) return null;
    // Each specification's draws, found by its scenario (the same objects: specificationsOf).
    const bySpecification = new Map(specifications.map((s, i) => [s.scenario, draws[i]]));
    return robustnessWith(dataset, settled, (s) => bySpecification.get(s));
  }, [complete, dataset, settled, specifications, draws]);

  // The last complete result, kept while the next one's draws run.
  const [last, setLast] = useState<{ result: Robustness; replaced: boolean } | null>(null);
  if (fresh !== null && fresh !== last?.result) setLast({ result: fresh, replaced: last !== null });
  // Before the first complete result: the settled scenario without draws, scored once.
  const result = fresh ?? last?.result ?? robustnessWithoutDraws(dataset, settled);
  return {
    result,
    updating: fresh === null,
    updated: fresh !== null && (last?.replaced ?? false),
  };
}
