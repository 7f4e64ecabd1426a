// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, QueryObserver } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { DatasetContext } from '@/lib/dataset';
import { computeScores, DEFAULT_DRAWS, DEFAULT_SEED, monteCarlo } from '@/model';
import {
  createStepPacer,
  ScenarioScoresProvider,
  SLOW_STEP_MS,
  SLOW_STEPS_TO_DEFER,
  useActiveScenario,
  useScenarioScores,
  useScenarioView,
} from '@/scenario/hooks';
import { baselineFullScenario } from '@/scenario/sliders';
import { initScenarioStore, useScenarioStore } from '@/scenario/store';

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient();
  return (
    <QueryClientProvider client={client}>
      <DatasetContext.Provider value={dataset}>
        <ScenarioScoresProvider>{children}</ScenarioScoresProvider>
      </DatasetContext.Provider>
    </QueryClientProvider>
  );
}

afterEach(() => {
  useScenarioStore.setState(useScenarioStore.getInitialState(), true);
});

describe('scenario hooks', () => {
  it('show the baseline until the store is bound to the data set', () => {
    const { result } = renderHook(() => useActiveScenario(), { wrapper });
    expect(result.current).toEqual(baselineFullScenario(dataset));
  });

  it('views follow a step in the same render as the store change (in step)', () => {
    initScenarioStore(dataset);
    // Every render's store scenario and the scenario the scores belong to.
    const renders: [unknown, unknown][] = [];
    const { result } = renderHook(
      () => {
        const active = useActiveScenario();
        const scores = useScenarioScores();
        renders.push([active, scores.scenario]);
        return scores;
      },
      { wrapper },
    );
    expect(result.current.differs).toBe(false);
    act(() => useScenarioStore.getState().setSlider('KG.CN.debt_share', 40));
    expect(result.current.differs).toBe(true);
    expect(result.current.scenario.overrides).toEqual({ 'KG.CN.debt_share': 40 });
    expect(result.current.scores).toEqual(
      computeScores(dataset, { overrides: { 'KG.CN.debt_share': 40 } }),
    );
    // Never a render with the new store value and the old scores (a deferred pass's lag).
    expect(renders.length).toBeGreaterThan(1);
    for (const [active, shown] of renders) expect(shown).toBe(active);
  });

  it("follow the store, deriving scores (the views' deferred ones catch up)", async () => {
    initScenarioStore(dataset);
    const { result } = renderHook(
      () => ({
        active: useActiveScenario(),
        scores: useScenarioScores(),
      }),
      { wrapper },
    );
    expect(result.current.scores.differs).toBe(false);
    act(() => useScenarioStore.getState().setSlider('TJ.CN.telecom_equipment_share', 10));
    expect(result.current.active.overrides).toEqual({ 'TJ.CN.telecom_equipment_share': 10 });
    // Views read the provider's deferred scores: they catch up after the urgent render.
    await waitFor(() => expect(result.current.scores.differs).toBe(true));
    expect(result.current.scores.changeCount).toBe(1);
    expect(result.current.scores.scores).toEqual(computeScores(dataset, result.current.active));
  });
});

describe('useScenarioView', () => {
  it("gives a page the step's scores and the draws, one object until either changes", async () => {
    initScenarioStore(dataset);
    const { result, rerender } = renderHook(() => useScenarioView(), { wrapper });
    // The first draws of a session are computed at once (see firstPaintUncertainty).
    await waitFor(() => expect(result.current.uncertainty).toBeDefined());
    const first = result.current;
    expect(first.differs).toBe(false);
    rerender();
    expect(result.current).toBe(first);
    act(() => useScenarioStore.getState().setSlider('KG.CN.debt_share', 40));
    expect(result.current).not.toBe(first);
    expect(result.current.differs).toBe(true);
    expect(result.current.scores).toEqual(
      computeScores(dataset, { overrides: { 'KG.CN.debt_share': 40 } }),
    );
    // the draws of the settled scenario follow once the drag rests
    await waitFor(() => expect(result.current.uncertainty).not.toBe(first.uncertainty));
  });
});

describe('the draws at a slider step', () => {
  it('leave the uncertainty query alone until the drag rests (no new options at each step, none set again)', async () => {
    initScenarioStore(dataset);
    const client = new QueryClient();
    const optionUpdates: string[] = [];
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'observerOptionsUpdated') optionUpdates.push(event.query.queryHash);
    });
    const { result } = renderHook(() => useScenarioView(), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={client}>
          <DatasetContext.Provider value={dataset}>
            <ScenarioScoresProvider>{children}</ScenarioScoresProvider>
          </DatasetContext.Provider>
        </QueryClientProvider>
      ),
    });
    await waitFor(() => expect(result.current.uncertainty).toBeDefined());
    const settled = result.current.uncertainty;
    // Nor is the query's observer given its options again (useQuery's effect at every render).
    const setOptions = vi.spyOn(QueryObserver.prototype, 'setOptions');
    try {
      for (const value of [30, 35, 40]) {
        act(() => useScenarioStore.getState().setSlider('KG.CN.debt_share', value));
      }
      expect(result.current.differs).toBe(true);
      expect(optionUpdates).toEqual([]);
      expect(setOptions).not.toHaveBeenCalled();
    } finally {
      setOptions.mockRestore();
    }
    // Once the drag rests the query moves to the settled scenario, and its draws arrive:
    // those of the last step (40), not of an earlier one.
    await waitFor(() => expect(result.current.uncertainty).not.toBe(settled));
    expect(result.current.uncertainty).toEqual(
      monteCarlo(dataset, useScenarioStore.getState().scenario, {
        draws: DEFAULT_DRAWS,
        seed: DEFAULT_SEED,
      }),
    );
    expect(useScenarioStore.getState().scenario.overrides['KG.CN.debt_share']).toBe(40);
  });
});

describe('useScenarioScores outside a provider', () => {
  it('shows the baseline and does not follow the store', () => {
    initScenarioStore(dataset);
    const bare = ({ children }: { children: ReactNode }) => (
      <DatasetContext.Provider value={dataset}>{children}</DatasetContext.Provider>
    );
    const { result } = renderHook(() => useScenarioScores(), { wrapper: bare });
    act(() => useScenarioStore.getState().setSlider('TJ.CN.telecom_equipment_share', 10));
    expect(result.current.differs).toBe(false);
    expect(result.current.scores).toEqual(computeScores(dataset));
  });
});

describe('step pacer', () => {
  const scenarios = Array.from({ length: 10 }, (_, i) => ({
    ...baselineFullScenario(dataset),
    name: `step ${i}`,
  }));

  function steps(pacer: ReturnType<typeof createStepPacer>, durations: number[]) {
    let clock = 0;
    durations.forEach((took, i) => {
      const scenario = scenarios[i % scenarios.length]!;
      pacer.changed(scenario, clock);
      clock += took;
      pacer.committed(scenario, clock);
      // A second view committing the same step does not count it twice.
      pacer.committed(scenario, clock + 500);
      clock += 100;
    });
  }

  it(`stays in step while steps are fast, or slow ones are not ${SLOW_STEPS_TO_DEFER} in a row`, () => {
    const pacer = createStepPacer();
    const slow = SLOW_STEP_MS + 1;
    const pattern = Array.from({ length: 30 }, (_, i) =>
      (i + 1) % SLOW_STEPS_TO_DEFER === 0 ? 5 : slow,
    );
    steps(pacer, pattern);
    expect(pacer.deferred()).toBe(false);
  });

  it(`defers after ${SLOW_STEPS_TO_DEFER} slow steps in a row, tells subscribers once, and stays deferred`, () => {
    const pacer = createStepPacer();
    let told = 0;
    const unsubscribe = pacer.subscribe(() => told++);
    steps(
      pacer,
      Array.from({ length: SLOW_STEPS_TO_DEFER - 1 }, () => SLOW_STEP_MS + 1),
    );
    expect(pacer.deferred()).toBe(false);
    steps(pacer, [SLOW_STEP_MS + 1]);
    expect(pacer.deferred()).toBe(true);
    steps(pacer, [1, 1, SLOW_STEP_MS + 50, 1]);
    expect(pacer.deferred()).toBe(true);
    expect(told).toBe(1);
    unsubscribe();
  });

  it('ignores a commit of a scenario that is not the latest change', () => {
    const pacer = createStepPacer(10, 1);
    pacer.changed(scenarios[0]!, 0);
    pacer.changed(scenarios[1]!, 1);
    pacer.committed(scenarios[0]!, 1000);
    expect(pacer.deferred()).toBe(false);
    pacer.committed(scenarios[1]!, 1000);
    expect(pacer.deferred()).toBe(true);
  });
});
