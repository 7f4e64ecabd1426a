// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { DatasetContext } from '@/lib/dataset';
import { computeScores } from '@/model';
import {
  ScenarioScoresProvider,
  useActiveScenario,
  useDeferredScenarioScores,
  useScenarioScores,
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

  it('follow the store, deriving scores (deferred ones catch up)', async () => {
    initScenarioStore(dataset);
    const { result } = renderHook(
      () => ({
        active: useActiveScenario(),
        scores: useScenarioScores(),
        deferred: useDeferredScenarioScores(),
      }),
      { wrapper },
    );
    expect(result.current.scores.differs).toBe(false);
    act(() => useScenarioStore.getState().setOverride('TJ.CN.telecom_equipment_share', 10));
    expect(result.current.active.overrides).toEqual({ 'TJ.CN.telecom_equipment_share': 10 });
    // Views read the provider's deferred scores: they catch up after the urgent render.
    await waitFor(() => expect(result.current.scores.differs).toBe(true));
    expect(result.current.scores.changeCount).toBe(1);
    expect(result.current.scores.scores).toEqual(computeScores(dataset, result.current.active));
    await waitFor(() => expect(result.current.deferred.pending).toBe(false));
    expect(result.current.deferred.scores).toEqual(result.current.scores.scores);
  });
});

describe('useScenarioScores outside a provider', () => {
  it('shows the baseline and does not follow the store', () => {
    initScenarioStore(dataset);
    const bare = ({ children }: { children: ReactNode }) => (
      <DatasetContext.Provider value={dataset}>{children}</DatasetContext.Provider>
    );
    const { result } = renderHook(() => useScenarioScores(), { wrapper: bare });
    act(() => useScenarioStore.getState().setOverride('TJ.CN.telecom_equipment_share', 10));
    expect(result.current.differs).toBe(false);
    expect(result.current.scores).toEqual(computeScores(dataset));
  });
});
