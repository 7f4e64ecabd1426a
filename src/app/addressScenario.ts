/** The scenario a link holds, read into the working store (src/app/ScenarioBinding.tsx). */
import type { Dataset } from '@/model';
import { initScenarioStore, useScenarioStore } from '@/scenario/store';
import {
  decodeScenario,
  sameLink,
  type AdjustedParam,
  type IgnoredParam,
} from '@/scenario/urlCodec';

/** What a link's scenario parameters held that could not be used as they were. */
export interface LinkProblems {
  ignored: IgnoredParam[];
  adjusted: AdjustedParam[];
}

type Decoded = ReturnType<typeof decodeScenario>;

/** Whether the working store holds the scenario the address decodes to. */
function holds(dataset: Dataset, decoded: Decoded): boolean {
  return sameLink(dataset, decoded, useScenarioStore.getState());
}

export const sameScenario = (dataset: Dataset, search: string) =>
  holds(dataset, decodeScenario(dataset, search));

export const problemsOf = (decoded: Decoded): LinkProblems | null =>
  decoded.ignored.length + decoded.adjusted.length > 0
    ? { ignored: decoded.ignored, adjusted: decoded.adjusted }
    : null;

/**
 * Reads the address into the working store, unless the store holds its scenario already (the
 * store is left alone, and so are the views that read it); returns what the link could not use.
 * main.tsx calls it before the first render over a prerendered page, so that render shows the
 * views at once, inside its transition, rather than in a second, synchronous one.
 */
export function readAddress(dataset: Dataset, search: string): LinkProblems | null {
  const decoded = decodeScenario(dataset, search);
  if (useScenarioStore.getState().dataset !== dataset || !holds(dataset, decoded)) {
    initScenarioStore(dataset, { scenario: decoded.scenario, presetId: decoded.presetId });
  }
  return problemsOf(decoded);
}
