import type { Dataset, ScenarioInput, UncertaintyResult } from '@/model';
import {
  handleUncertainty,
  type UncertaintyMessage,
  type UncertaintyRequest,
  type UncertaintyResponse,
} from './uncertaintyProtocol';

let worker: Worker | null = null;
/** The data set the worker holds: the last one posted to it (messages arrive in order). */
let heldByWorker: Dataset | null = null;
/** Set once the worker failed (its script did not load, or it threw): the main thread draws. */
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, { request: UncertaintyRequest; settle: Settle }>();
type Settle = (response: UncertaintyResponse) => void;

/** On a later task of the main thread: where there is no worker, or it failed. */
function drawHere(request: UncertaintyRequest, settle: Settle) {
  setTimeout(() => settle(handleUncertainty(request)), 0);
}

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined' || workerFailed) return null;
  if (!worker) {
    worker = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<UncertaintyResponse>) => {
      pending.get(event.data.id)?.settle(event.data);
      pending.delete(event.data.id);
    };
    // A worker that cannot run answers nothing: every request it holds, and every later one,
    // is drawn here instead of waiting forever (the app's start waits for its first draws).
    // So does one whose answer cannot be read (`messageerror`: which request it was is lost).
    const fail = (event: Event) => {
      event.preventDefault();
      workerFailed = true;
      worker?.terminate();
      worker = null;
      heldByWorker = null;
      for (const { request, settle } of pending.values()) drawHere(request, settle);
      pending.clear();
    };
    worker.onerror = fail;
    worker.onmessageerror = fail;
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
      pending.set(id, { request, settle });
      const message: UncertaintyMessage =
        heldByWorker === dataset ? { id, scenario, draws, seed } : request;
      try {
        w.postMessage(message);
      } catch (error) {
        // Not sent (a value that cannot be copied): the worker holds what it held.
        pending.delete(id);
        throw error;
      }
      heldByWorker = dataset;
    } else {
      drawHere(request, settle);
    }
  });
}
