// @vitest-environment jsdom
// A missing cell (no observation in the data set) on the country page and in the scenario
// panel: shown as missing, supplied by the analyst as their own value, removed again. Which
// cells are missing is read from the data set, never written here.
import './setupMsw';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { rowId } from '@/features/country/adapters';
import { SCENARIO_PANEL_HEADING_ID, SCENARIO_TOGGLE_ID } from '@/features/scenario/ids';
import type { Language } from '@/i18n';
import { common } from '@/i18n/locales/common';
import { country } from '@/i18n/locales/country';
import { scenario as messages } from '@/i18n/locales/scenario';
import { computeScores, findDimensionScore } from '@/model';
import { usePanelRequest } from '@/scenario/panelRequest';
import { missingRecords, roundTo } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { renderApp } from './renderApp';
import { renderView } from './renderView';
import { ScenarioPanelHarness } from './ScenarioPanelHarness';

const state = () => useScenarioStore.getState();

/** A missing cell of Kyrgyzstan whose indicator counts in its dimension (weight > 0). */
function missingCell() {
  const record = missingRecords(dataset).find(
    (r) =>
      r.country === 'KG' && (dataset.indicators.find((i) => i.id === r.indicator)?.weight ?? 0) > 0,
  );
  if (!record) throw new Error('the data set has no missing Kyrgyz cell to supply');
  return record;
}

async function renderCountry(language: Language = 'en') {
  const utils = renderApp(language === 'ru' ? '/country/KG?lang=ru' : '/country/KG', { language });
  await screen.findByRole('heading', { level: 1 });
  return utils;
}

const tableRow = (key: string) => document.getElementById(rowId(key))!;

/**
 * The panel once its content has loaded (its heading is there), not the loading placeholder.
 * Waited for by id: a role query at every DOM change of a whole page costs seconds of CPU.
 */
async function openedPanel(language: Language) {
  const t = messages[language];
  await waitFor(() => expect(document.getElementById(SCENARIO_PANEL_HEADING_ID)).not.toBeNull());
  expect(screen.getByRole('heading', { level: 2, name: t.title })).toBeInTheDocument();
  return within(screen.getByRole('region', { name: common[language].scenarioPanel.label }));
}

beforeEach(() => {
  localStorage.clear();
  useScenarioStore.setState({ dataset: null, presetId: null });
  usePanelRequest.setState({ request: null });
});

// The whole app: a page asking the layout to open the panel at a cell is what is tested.
// The first test renders the whole page four times over: 3.3 s on an idle machine, 21.5 s
// measured with both cores busy (it failed a 20 s limit there): vitest's testTimeout
// (vite.config.ts) is a hang guard well above that.
describe('missing data on /country/KG and in the scenario panel', () => {
  it('the table says a missing cell is missing; the panel supplies it as the analyst’s own', async () => {
    const record = missingCell();
    const en = messages.en;
    const label = record.label.en;
    await renderCountry();

    // The table: missing, no source, no badge, and a way to supply it.
    const row = tableRow(record.key);
    expect(row).toHaveAttribute('data-missing', 'true');
    expect(within(row).getByText(country.en.table.missing)).toBeInTheDocument();
    expect(within(row).queryByText(common.en.confidence.analyst)).toBeNull();
    const card = screen.getByTestId(`dimension-card-${record.dimension}`);
    const coverageBefore = card.querySelector('.country-dim-coverage')!.textContent;

    // "Supply a value" opens the panel at that cell, its number box focused.
    await userEvent.click(within(row).getByRole('button', { name: /^Supply a value/ }));
    const panel = await openedPanel('en');
    const box = await panel.findByRole('textbox', {
      name: en.missing.exact.replace('{{label}}', label),
    });
    await waitFor(() => expect(box).toHaveFocus());
    expect(panel.getByRole('heading', { name: en.sections.missing })).toBeInTheDocument();
    expect(state().scenario.overrides).toEqual({});

    // Typing a value supplies it (clamped and rounded by the record).
    const value = roundTo(record.max, record.decimals);
    await userEvent.type(box, `${value}{Enter}`);
    expect(state().scenario.overrides).toEqual({ [record.key]: value });
    const panelRow = box.closest('li')!;
    expect(within(panelRow).getByText(en.missing.yours)).toBeInTheDocument();
    expect(within(panelRow).getByText(en.missing.own)).toBeInTheDocument();
    expect(panel.getByRole('slider', { name: label })).toHaveAttribute('max', String(record.max));

    // The page: the value, marked as the analyst's, badge "analyst", no source; coverage moves.
    await waitFor(() =>
      expect(within(tableRow(record.key)).getByText(country.en.table.supplied)).toBeInTheDocument(),
    );
    const supplied = tableRow(record.key);
    expect(supplied).toHaveAttribute('data-supplied', 'true');
    expect(within(supplied).getByText(common.en.confidence.analyst)).toBeInTheDocument();
    expect(within(supplied).getByText(country.en.table.analystSource)).toBeInTheDocument();
    const expected = findDimensionScore(
      computeScores(dataset, state().scenario),
      'KG',
      record.partner,
      record.dimension,
    )!;
    expect(expected.contributions.some((c) => c.key === record.key && c.supplied)).toBe(true);
    await waitFor(() =>
      expect(card.querySelector('.country-dim-coverage')!.textContent).not.toBe(coverageBefore),
    );
    expect(document.getElementById(SCENARIO_TOGGLE_ID)).toHaveAccessibleName(
      `${common.en.scenarioPanel.toggle}, 1 assumption changed`,
    );

    // Remove: missing again, the focus back on "Add a value".
    await userEvent.click(
      panel.getByRole('button', { name: en.missing.removeLabel.replace('{{label}}', label) }),
    );
    expect(state().scenario.overrides).toEqual({});
    const add = panel.getByRole('button', {
      name: en.missing.addLabel.replace('{{label}}', label),
    });
    await waitFor(() => expect(add).toHaveFocus());
    await waitFor(() => expect(tableRow(record.key)).toHaveAttribute('data-missing', 'true'));
    expect(card.querySelector('.country-dim-coverage')!.textContent).toBe(coverageBefore);
  });

  it('lists every missing cell by dimension, each with "Add a value"; adding counts nothing until a value is set', async () => {
    // The panel alone: this one is about the panel's missing section, not the page.
    await renderView(<ScenarioPanelHarness />, { route: '/country/KG' });
    await userEvent.click(
      screen.getByRole('button', { name: common.en.scenarioPanel.toggle, expanded: false }),
    );
    const panel = await openedPanel('en');
    const region = screen.getByRole('region', { name: common.en.scenarioPanel.label });
    await panel.findByRole('heading', { name: messages.en.sections.missing });
    const section = region.querySelector('.scenario-section-missing')!;
    for (const record of missingRecords(dataset)) {
      const button = within(section as HTMLElement).getByRole('button', {
        name: messages.en.missing.addLabel.replace('{{label}}', record.label.en),
      });
      const group = button.closest('.scenario-group')!;
      expect(group.querySelector('h4')!.textContent).toBe(common.en.dimensions[record.dimension]);
    }
    const record = missingCell();
    await userEvent.click(
      panel.getByRole('button', {
        name: messages.en.missing.addLabel.replace('{{label}}', record.label.en),
      }),
    );
    const box = panel.getByRole('textbox', {
      name: messages.en.missing.exact.replace('{{label}}', record.label.en),
    });
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    expect(panel.getByRole('slider', { name: record.label.en })).toHaveAttribute(
      'aria-valuetext',
      messages.en.missing.notSet,
    );
    await userEvent.tab();
    expect(state().scenario.overrides).toEqual({});
    // a slider move supplies it
    const slider = panel.getByRole('slider', { name: record.label.en });
    fireEvent.change(slider, { target: { value: String(record.min) } });
    expect(state().scenario.overrides).toEqual({ [record.key]: record.min });
  });

  it('speaks Russian', async () => {
    const record = missingCell();
    await renderCountry('ru');
    const row = tableRow(record.key);
    expect(within(row).getByText(country.ru.table.missing)).toBeInTheDocument();
    await userEvent.click(
      within(row).getByRole('button', { name: /^Задать собственное значение/ }),
    );
    const panel = await openedPanel('ru');
    expect(panel.getByRole('heading', { name: messages.ru.sections.missing })).toBeInTheDocument();
    const box = await panel.findByRole('textbox', {
      name: messages.ru.missing.exact.replace('{{label}}', record.label.ru),
    });
    await userEvent.type(box, `${record.min}{Enter}`);
    await waitFor(() =>
      expect(within(tableRow(record.key)).getByText(country.ru.table.supplied)).toBeInTheDocument(),
    );
    expect(
      within(tableRow(record.key)).getByText(common.ru.confidence.analyst),
    ).toBeInTheDocument();
  });
});
