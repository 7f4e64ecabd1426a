// The client of the draws' worker: answers come back by request id; a worker that fails (its
// script did not load, or it threw) must not leave a request waiting forever — the app's start
// waits for its first draws (src/app/main.tsx) — so they are drawn on the main thread instead.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { monteCarlo } from '@/model';
import { baselineFullScenario } from '@/scenario/sliders';
import {
  createUncertaintyHandler,
  handleUncertainty,
  type UncertaintyMessage,
} from '@/scenario/uncertaintyProtocol';

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: UncertaintyMessage[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  onmessageerror: ((event: { preventDefault: () => void }) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: UncertaintyMessage) {
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

  it('draws here what a worker held whose answer could not be read (messageerror)', async () => {
    const { runUncertainty } = await load();
    const held = runUncertainty(dataset, scenario, 200, 7);
    const [worker] = FakeWorker.made;
    worker!.onmessageerror!({ preventDefault: vi.fn() });
    await expect(held).resolves.toEqual(expected());
    expect(worker!.terminated).toBe(true);
    await expect(runUncertainty(dataset, scenario, 200, 7)).resolves.toEqual(expected());
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('posts a data set only when it is not the one the worker holds', async () => {
    const { runUncertainty } = await load();
    const other = { ...dataset };
    void runUncertainty(dataset, scenario, 200, 7);
    void runUncertainty(dataset, scenario, 200, 8);
    void runUncertainty(other, scenario, 200, 9);
    void runUncertainty(dataset, scenario, 200, 10);
    void runUncertainty(dataset, scenario, 200, 11);
    const [worker] = FakeWorker.made;
    expect(worker!.posted.map((message) => message.dataset)).toEqual([
      dataset,
      undefined,
      other,
      dataset,
      undefined,
    ]);
    // The worker, fed these in order, draws each on the data set its request was made with.
    const handle = createUncertaintyHandler();
    const answers = worker!.posted.map((message) => handle(message));
    expect(answers[1]).toEqual(
      handleUncertainty({ ...worker!.posted[1]!, dataset, id: worker!.posted[1]!.id }),
    );
    expect(answers.every((answer) => answer.ok)).toBe(true);
  });

  it('a data set that could not be posted is posted again with the next request', async () => {
    const { runUncertainty } = await load();
    void runUncertainty(dataset, scenario, 200, 7);
    const [worker] = FakeWorker.made;
    const other = { ...dataset };
    const post = worker!.postMessage.bind(worker);
    worker!.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    await expect(runUncertainty(other, scenario, 200, 8)).rejects.toThrow('could not be cloned');
    worker!.postMessage = post;
    void runUncertainty(other, scenario, 200, 9);
    expect(worker!.posted.map((message) => message.dataset)).toEqual([dataset, other]);
  });

  it('rejects with the reason the worker gives', async () => {
    const { runUncertainty } = await load();
    const answer = runUncertainty(dataset, scenario, 200, 7);
    const [worker] = FakeWorker.made;
    worker!.onmessage!({ data: { id: worker!.posted[0]!.id, ok: false, reason: 'bad input' } });
    await expect(answer).rejects.toThrow('bad input');
  });
});

describe('the worker’s handler', () => {
  it('draws on the data set a message carries, else on the last one posted', () => {
    const handle = createUncertaintyHandler();
    const message = { id: 1, scenario, draws: 200, seed: 7 };
    expect(handle(message)).toEqual({
      id: 1,
      ok: false,
      reason: 'no data set was posted to the worker',
    });
    expect(handle({ ...message, id: 2, dataset })).toEqual({ id: 2, ok: true, result: expected() });
    expect(handle({ ...message, id: 3 })).toEqual({ id: 3, ok: true, result: expected() });
    // A changed data set replaces the kept one: its draws differ.
    const withoutTajikistan = {
      ...dataset,
      observations: dataset.observations.filter((o) => o.country !== 'TJ'),
    };
    const changed = handle({ ...message, id: 4, dataset: withoutTajikistan });
    expect(changed).toMatchObject({ id: 4, ok: true });
    expect(changed).toEqual(handleUncertainty({ ...message, id: 4, dataset: withoutTajikistan }));
    expect(changed).not.toEqual({ id: 4, ok: true, result: expected() });
    expect(handle({ ...message, id: 5 })).toEqual({ ...changed, id: 5 });
  });
});
