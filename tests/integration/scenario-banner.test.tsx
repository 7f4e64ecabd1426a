// @vitest-environment jsdom
// The banner above every view: which scenario the numbers follow, "Back to baseline", and the
// Undo that brings back what a preset or that reset replaced (one click must not lose a
// scenario an analyst built).
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ScenarioBanner } from '@/app/ScenarioBanner';
import { dataset } from '@/data/dataset';
import type { Language } from '@/i18n';
import { common } from '@/i18n/locales/common';
import { initScenarioStore, useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';

const CELL = 'KG.CN.debt_share';

beforeEach(() => initScenarioStore(dataset));

describe.each(['en', 'ru'] as Language[])('the scenario banner in %s', (language) => {
  const bar = common[language].scenarioBar;

  it('offers Undo after Back to baseline and after a preset, and brings the scenario back', async () => {
    await renderView(<ScenarioBanner />, { search: `o.${CELL}=45`, language });
    const banner = await screen.findByTestId('scenario-banner');
    expect(within(banner).queryByRole('button', { name: bar.undoLabel })).toBeNull();

    const reset = within(banner).getByRole('button', { name: bar.resetAll });
    reset.focus();
    fireEvent.click(reset);
    expect(banner).toHaveTextContent(bar.baseline);
    expect(useScenarioStore.getState().scenario.overrides[CELL]).toBeUndefined();
    // the clicked button is gone: the focus is on the one in its place, not lost to the page
    const undo = within(banner).getByRole('button', { name: bar.undoLabel });
    expect(undo).toHaveFocus();
    fireEvent.click(undo);
    expect(useScenarioStore.getState().scenario.overrides[CELL]).toBe(45);
    expect(within(banner).queryByRole('button', { name: bar.undoLabel })).toBeNull();
    expect(within(banner).getByRole('button', { name: bar.resetAll })).toHaveFocus();

    act(() => useScenarioStore.getState().applyPreset('cku-railway-in-operation'));
    expect(within(banner).getByRole('button', { name: bar.undoLabel })).toHaveTextContent(bar.undo);
    // another change ends the offer
    act(() => useScenarioStore.getState().setSlider(CELL, 30));
    expect(within(banner).queryByRole('button', { name: bar.undoLabel })).toBeNull();
  });
});
