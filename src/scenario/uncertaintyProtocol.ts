import type { Dataset, ScenarioInput, UncertaintyResult } from '@/model';
import { monteCarlo } from '@/model';

export interface UncertaintyRequest {
  id: number;
  dataset: Dataset;
  scenario: ScenarioInput;
  draws: number;
  seed: number;
}

export type UncertaintyResponse =
  { id: number; ok: true; result: UncertaintyResult } | { id: number; ok: false; reason: string };

/** The worker's whole job, as a pure function so tests need no worker. */
export function handleUncertainty(request: UncertaintyRequest): UncertaintyResponse {
  try {
    const result = monteCarlo(request.dataset, request.scenario, {
      draws: request.draws,
      seed: request.seed,
    });
    return { id: request.id, ok: true, result };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}
