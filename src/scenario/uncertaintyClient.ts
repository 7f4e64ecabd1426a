import type { Dataset, ScenarioInput, UncertaintyResult } from '@/model';
import { handleUncertainty, type UncertaintyResponse } from './uncertaintyProtocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: UncertaintyResponse) => void>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<UncertaintyResponse>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
  return worker;
}

/** Runs Monte Carlo in a worker where there is one, else on a later task of the main thread. */
export function runUncertainty(
  dataset: Dataset,
  scenario: ScenarioInput,
  draws: number,
  seed: number,
): Promise<UncertaintyResult> {
  const id = nextId++;
  const request = { id, dataset, scenario, draws, seed };
  return new Promise((resolve, reject) => {
    const settle = (response: UncertaintyResponse) =>
      response.ok ? resolve(response.result) : reject(new Error(response.reason));
    const w = getWorker();
    if (w) {
      pending.set(id, settle);
      w.postMessage(request);
    } else {
      setTimeout(() => settle(handleUncertainty(request)), 0);
    }
  });
}
