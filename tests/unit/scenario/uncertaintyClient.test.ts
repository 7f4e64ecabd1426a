// The client of the draws' worker: answers come back by request id; a worker that fails (its
// script did not load, or it threw) must not leave a request waiting forever — the app's start
// waits for its first draws (src/app/main.tsx) — so they are drawn on the main thread instead.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { monteCarlo } from '@/model';
import { baselineFullScenario } from '@/scenario/sliders';
import type { UncertaintyRequest } from '@/scenario/uncertaintyProtocol';

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: UncertaintyRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: UncertaintyRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
}

const scenario = { ...baselineFullScenario(dataset), overrides: { 'KG.CN.debt_share': 40 } };
const expected = () => monteCarlo(dataset, scenario, { draws: 200, seed: 7 });

async function load() {
  vi.resetModules();
  return import('@/scenario/uncertaintyClient');
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runUncertainty', () => {
  it('sends the request to the worker and resolves with its answer for that id', async () => {
    const { runUncertainty } = await load();
    const answer = runUncertainty(dataset, scenario, 200, 7);
    const [worker] = FakeWorker.made;
    const request = worker!.posted[0]!;
    expect(request).toMatchObject({ scenario, draws: 200, seed: 7 });
    worker!.onmessage!({ data: { id: request.id, ok: true, result: expected() } });
    await expect(answer).resolves.toEqual(expected());
  });

  it('draws here what a failed worker held, and every later request, instead of waiting', async () => {
    const { runUncertainty } = await load();
    const held = runUncertainty(dataset, scenario, 200, 7);
    const [worker] = FakeWorker.made;
    const preventDefault = vi.fn();
    worker!.onerror!({ preventDefault });
    await expect(held).resolves.toEqual(expected());
    expect(worker!.terminated).toBe(true);
    expect(preventDefault).toHaveBeenCalled();

    await expect(runUncertainty(dataset, scenario, 200, 7)).resolves.toEqual(expected());
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('rejects with the reason the worker gives', async () => {
    const { runUncertainty } = await load();
    const answer = runUncertainty(dataset, scenario, 200, 7);
    const [worker] = FakeWorker.made;
    worker!.onmessage!({ data: { id: worker!.posted[0]!.id, ok: false, reason: 'bad input' } });
    await expect(answer).rejects.toThrow('bad input');
  });
});
