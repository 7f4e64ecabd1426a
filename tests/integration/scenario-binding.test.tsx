// @vitest-environment jsdom
// The scenario ↔ address binding (src/app/ScenarioBinding.tsx): its first render shows the
// views at once only when the store already holds the address's scenario (main.tsx reads it in
// before rendering over a prerendered page); a store holding another scenario is never shown.
import { act, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { importBundledDataset } from '@/lib/dataset';
import { initScenarioStore, useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';

const CELL = 'KG.CN.debt_share';

/** The order in which the views mount and the binding reads the address (its layout effect). */
const order: string[] = [];
vi.mock('@/app/addressScenario', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/app/addressScenario')>();
  return {
    ...actual,
    readAddress: (...args: Parameters<typeof actual.readAddress>) => {
      order.push('binding reads the address');
      return actual.readAddress(...args);
    },
  };
});

describe('the first render of a linked scenario', () => {
  it('never shows a store that holds another scenario of the same data set', async () => {
    // The store belongs to the bundled data set, at its baseline (another page's visit).
    initScenarioStore(await importBundledDataset());
    const seen: (number | undefined)[] = [];
    function View() {
      seen.push(useScenarioStore.getState().scenario.overrides[CELL]);
      return <p>view</p>;
    }
    await renderView(<View />, { search: `o.${CELL}=60` });
    await screen.findByText('view');
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([60]));
  });

  it('shows at once a store that holds the address’s scenario', async () => {
    initScenarioStore(await importBundledDataset(), { scenario: { overrides: { [CELL]: 60 } } });
    order.length = 0;
    const seen: (number | undefined)[] = [];
    function View() {
      seen.push(useScenarioStore.getState().scenario.overrides[CELL]);
      useLayoutEffect(() => {
        order.push('view mounts');
      }, []);
      return <p>view</p>;
    }
    await renderView(<View />, { search: `o.${CELL}=60` });
    expect(screen.getByText('view')).toBeTruthy();
    expect(new Set(seen)).toEqual(new Set([60]));
    // In the binding's first commit (a child's layout effect runs before its parent's), not
    // in a second one after the binding has read the address.
    expect(order).toEqual(['view mounts', 'binding reads the address']);
  });
});

describe('Back and Forward', () => {
  it('the page follows the address back to the baseline and forward to the scenario written there', async () => {
    initScenarioStore(await importBundledDataset());
    function View() {
      const value = useScenarioStore((s) => s.scenario.overrides[CELL]);
      return <p data-testid="value">{String(value)}</p>;
    }
    const { router } = await renderView(<View />);
    const value = () => screen.getByTestId('value');
    await waitFor(() => expect(value()).toHaveTextContent('undefined'));
    // A second entry of the same view, where the analyst moves a slider: the binding writes
    // the change into that entry's address once it rests.
    await act(() => router.navigate('/'));
    act(() => useScenarioStore.getState().setSlider(CELL, 45));
    await waitFor(() => expect(router.state.location.search).toContain(`o.${CELL}=45`), {
      timeout: 3000,
    });
    const written = router.state.location.search;

    await act(() => router.navigate(-1));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(value()).toHaveTextContent('undefined'));

    // Forward: the address is the one the binding wrote itself; the page must follow it too.
    await act(() => router.navigate(1));
    await waitFor(() => expect(router.state.location.search).toBe(written));
    await waitFor(() => expect(value()).toHaveTextContent('45'));
    expect(useScenarioStore.getState().scenario.overrides[CELL]).toBe(45);
  });
});
