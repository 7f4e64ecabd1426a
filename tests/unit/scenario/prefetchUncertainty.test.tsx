// @vitest-environment jsdom
// The app's first draws are started in the worker before its first render (src/app/main.tsx):
// that render must find them in the cache and compute none on the main thread; when the worker
// fails, the first render computes them itself, as it does without the prefetch.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario, UncertaintyResult } from '@/model';

// What the worker answers (set per test); a spy on the model's Monte Carlo, which the hooks
// call only when they compute the draws on this thread.
const worker = vi.hoisted(() => ({
  answer: null as null | (() => Promise<UncertaintyResult>),
}));
vi.mock('@/scenario/uncertaintyClient', () => ({
  runUncertainty: vi.fn(() => worker.answer!()),
}));
vi.mock('@/model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/model')>();
  return { ...actual, monteCarlo: vi.fn(actual.monteCarlo) };
});

/** Fresh modules each test: the hooks remember whether a first result was served. */
async function load() {
  vi.resetModules();
  const model = await import('@/model');
  const hooks = await import('@/scenario/hooks');
  const { DatasetContext } = await import('@/lib/dataset');
  const store = await import('@/scenario/store');
  const { dataset } = await import('@/data/dataset');
  store.initScenarioStore(dataset, {
    scenario: { overrides: { 'KG.CN.debt_share': 40 }, dimensionWeights: { security: 2 } },
  });
  const scenario: Scenario = store.useScenarioStore.getState().scenario;
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <DatasetContext.Provider value={dataset}>
        <hooks.ScenarioScoresProvider>{children}</hooks.ScenarioScoresProvider>
      </DatasetContext.Provider>
    </QueryClientProvider>
  );
  const monteCarlo = vi.mocked(model.monteCarlo);
  const expected = model.monteCarlo(dataset, scenario, {
    draws: model.DEFAULT_DRAWS,
    seed: model.DEFAULT_SEED,
  });
  monteCarlo.mockClear();
  return { hooks, dataset, scenario, client, wrapper, monteCarlo, expected };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/**
 * The first render with a worker that never answers: it must show the scenario's draws,
 * computed on this thread. Returns what it showed.
 */
function expectFirstRenderDrawsItself({ hooks, wrapper, monteCarlo, expected }: Loaded) {
  worker.answer = () => new Promise(() => {});
  const { result } = renderHook(() => hooks.useScenarioView(), { wrapper });
  expect(result.current.uncertainty).toEqual(expected);
  expect(monteCarlo).toHaveBeenCalled();
  return result.current.uncertainty;
}

beforeEach(() => {
  worker.answer = null;
});

describe('prefetchUncertainty', () => {
  it('puts the first draws in the cache: the first render shows them and computes none', async () => {
    const { hooks, dataset, scenario, client, wrapper, monteCarlo, expected } = await load();
    worker.answer = () => Promise.resolve(expected);
    await hooks.prefetchUncertainty(client, dataset, scenario);
    expect(client.getQueryData(hooks.uncertaintyQueryKey(dataset, scenario))).toBe(expected);

    const { result } = renderHook(() => hooks.useScenarioView(), { wrapper });
    expect(result.current.uncertainty).toBe(expected);
    expect(monteCarlo).not.toHaveBeenCalled();
  });

  it('without it, the first render computes the draws on this thread (what it saves)', async () => {
    expectFirstRenderDrawsItself(await load());
  });

  it('a failed worker leaves no failed query: the first render computes the draws itself', async () => {
    const loaded = await load();
    const { hooks, dataset, scenario, client } = loaded;
    worker.answer = () => Promise.reject(new Error('worker crashed'));
    await hooks.prefetchUncertainty(client, dataset, scenario);
    expect(client.getQueryState(hooks.uncertaintyQueryKey(dataset, scenario))).toBeUndefined();
    expectFirstRenderDrawsItself(loaded);
  });

  it('a worker that does not answer in time holds the start no longer: the query is dropped', async () => {
    const loaded = await load();
    const { hooks, dataset, scenario, client } = loaded;
    worker.answer = () => new Promise(() => {});
    // The worker never answers; the start goes on after the given wait.
    await hooks.prefetchUncertainty(client, dataset, scenario, 10);
    expect(client.getQueryState(hooks.uncertaintyQueryKey(dataset, scenario))).toBeUndefined();
    expectFirstRenderDrawsItself(loaded);
  });

  it('is keyed by the scenario: drawn for another one, the first render computes its own', async () => {
    const loaded = await load();
    const { hooks, dataset, client, expected } = loaded;
    const { baselineFullScenario } = await import('@/scenario/sliders');
    const baselineDraws = { ...expected };
    worker.answer = () => Promise.resolve(baselineDraws);
    // Drawn for the baseline, while the store holds another scenario.
    await hooks.prefetchUncertainty(client, dataset, baselineFullScenario(dataset));
    expect(expectFirstRenderDrawsItself(loaded)).not.toBe(baselineDraws);
  });
});
