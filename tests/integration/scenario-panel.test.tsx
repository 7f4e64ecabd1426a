// @vitest-environment jsdom
import './setupMsw';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { CountryPage } from '@/features/country/CountryPage';
import { SCENARIO_PANEL_HEADING_ID } from '@/features/scenario/ids';
import type { Language } from '@/i18n';
import { common } from '@/i18n/locales/common';
import { scenario as messages } from '@/i18n/locales/scenario';
import { presetRationale } from '@/lib/presetRationale';
import { indicatorsCsv, scenarioScoresCsv } from '@/scenario/exportCsv';
import { SCENARIO_FILE_MAX_BYTES } from '@/scenario/file';
import { SAVED_SCENARIO_LIMITS } from '@/scenario/limits';
import { useSavedScenarios } from '@/scenario/savedScenarios';
import { useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';
import { ScenarioPanelHarness } from './ScenarioPanelHarness';

const m = messages.en;

/**
 * The scenario panel opened from its toggle, at an address (the panel filters to the
 * address's country and copies it); with `page`, that page renders beside it.
 */
async function renderPanel(
  route = '/country/KG',
  language: Language = 'en',
  page?: { view: ReactElement; path: string },
) {
  const t = messages[language];
  // The content the panel loads on first open, loaded ahead: the test does not wait on it.
  await import('@/features/scenario/PanelContent');
  const utils = await renderView(<ScenarioPanelHarness>{page?.view}</ScenarioPanelHarness>, {
    route,
    path: page?.path ?? route,
    language,
  });
  const toggle = screen.getByRole('button', {
    name: common[language].scenarioPanel.toggle,
    expanded: false,
  });
  await userEvent.click(toggle);
  // The panel's content loads on first open; its heading takes the focus. Waited for by id:
  // a role query at every DOM change of a whole page costs seconds of CPU while it waits.
  await waitFor(() => expect(document.getElementById(SCENARIO_PANEL_HEADING_ID)).not.toBeNull());
  const heading = screen.getByRole('heading', { level: 2, name: t.title });
  const panelElement = screen.getByRole('region', { name: common[language].scenarioPanel.label });
  expect(panelElement).toContainElement(heading);
  return { ...utils, toggle, panel: within(panelElement), panelElement };
}

const countryName = (code: string) => dataset.countries.find((c) => c.code === code)!.name.en;
const sliderLabel = (key: string) => {
  const [c, p, i] = key.split('.') as [string, string, string];
  const partner = dataset.partners.find((x) => x.code === p)!.name.en;
  const indicator = dataset.indicators.find((x) => x.id === i)!.name.en;
  return `${countryName(c)} · ${partner} · ${indicator}`;
};
const state = () => useScenarioStore.getState();
const RANGE = 'input[type="range"]';
/** A slider by its label (label queries are much cheaper than role queries in a big tree). */
const sliderOf = (panel: ReturnType<typeof within>, key: string) =>
  panel.getByLabelText(sliderLabel(key), { selector: RANGE });

beforeEach(() => {
  localStorage.clear();
  useScenarioStore.setState({ dataset: null, presetId: null });
  useSavedScenarios.setState({
    entries: [],
    problems: [],
    saveError: null,
    lastDeleted: null,
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('scenario panel on /country/KG', () => {
  it('opens beside the page with the focus on its heading, filtered to the page country', async () => {
    const { panel, panelElement, toggle } = await renderPanel();
    const heading = panel.getByRole('heading', { level: 2, name: m.title });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(toggle).toHaveAttribute('aria-controls', 'scenario-panel');
    expect(panel.getByRole('radio', { name: countryName('KG') })).toBeChecked();
    expect(sliderOf(panel, 'KG.CN.debt_share')).toBeVisible();
    expect(panel.queryByLabelText(sliderLabel('TJ.CN.debt_share'), { selector: RANGE })).toBeNull();
    // Not a modal: the page beside it stays usable.
    expect(panelElement).not.toHaveAttribute('aria-modal');
    expect(screen.getByRole('main')).not.toHaveAttribute('inert');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows both countries when asked', async () => {
    const { panel } = await renderPanel();
    await userEvent.click(panel.getByRole('radio', { name: m.assumptions.all }));
    expect(sliderOf(panel, 'TJ.CN.debt_share')).toBeVisible();
  });

  it('follows a slider live: store, value text, the score on the page, the toggle count; then resets it', async () => {
    const { panel, toggle } = await renderPanel('/country/KG', 'en', {
      view: <CountryPage />,
      path: '/country/:code',
    });
    const key = 'KG.CN.debt_share';
    // Through its <label>'s `for` (jsdom resolves a label query against the whole page, which
    // takes seconds here; the other tests find sliders by their accessible label).
    const label = panel.getByText(sliderLabel(key), { selector: 'label' }) as HTMLLabelElement;
    const slider = document.getElementById(label.htmlFor)!;
    expect(slider).toHaveAttribute('type', 'range');
    const record = dataset.observations.find(
      (o) => `${o.country}.${o.partner}.${o.indicator}` === key,
    )!;
    expect(slider).toHaveAttribute('min', '0');
    expect(slider).toHaveAttribute('max', '100');
    expect(slider).toHaveAttribute('step', '0.5');
    const row = slider.closest('li')!;
    expect(within(row).getByText(`baseline ${record.value}%`)).toBeInTheDocument();
    expect(within(row).getByText(/^Sources?: /)).toBeInTheDocument();
    const reset = within(row).getByRole('button', { name: /^Reset/ });
    expect(reset).toBeDisabled();

    const score = screen.getByTestId('score-economic-CN');
    const before = score.textContent;
    fireEvent.change(slider, { target: { value: '95' } });
    expect(state().scenario.overrides[key]).toBe(95);
    expect(slider).toHaveAttribute('aria-valuetext', '95%');
    await waitFor(() =>
      expect(screen.getByTestId('score-economic-CN').textContent).not.toBe(before),
    );
    expect(within(row).getByText(`+${(95 - record.value).toFixed(1)} vs baseline`)).toBeVisible();
    expect(toggle).toHaveAccessibleName(`${common.en.scenarioPanel.toggle}, 1 assumption changed`);

    expect(reset).toBeEnabled();
    await userEvent.click(reset);
    expect(state().scenario.overrides[key]).toBeUndefined();
    expect(slider).toHaveFocus();
    await waitFor(() => expect(screen.getByTestId('score-economic-CN').textContent).toBe(before));
  });

  it('takes an exact value, clamps it, and refuses text that is not a number', async () => {
    const { panel } = await renderPanel();
    const key = 'KG.CN.debt_share';
    const box = panel.getByRole('textbox', { name: `Exact value: ${sliderLabel(key)}` });
    await userEvent.clear(box);
    await userEvent.type(box, '41,5{Enter}');
    expect(state().scenario.overrides[key]).toBe(41.5);

    await userEvent.clear(box);
    await userEvent.type(box, 'lots{Enter}');
    expect(state().scenario.overrides[key]).toBe(41.5);
    expect(panel.getByRole('alert')).toHaveTextContent('“lots” is not a number');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveValue('41.5');

    await userEvent.clear(box);
    await userEvent.type(box, '250');
    await userEvent.tab();
    expect(state().scenario.overrides[key]).toBe(100);
    expect(panel.getByText(/Limited to the slider’s range/)).toBeInTheDocument();
  });

  it('resets everything', async () => {
    const { panel } = await renderPanel();
    fireEvent.change(sliderOf(panel, 'KG.CN.debt_share'), {
      target: { value: '60' },
    });
    fireEvent.change(sliderOf(panel, 'KG.RU.trade_share'), {
      target: { value: '10' },
    });
    expect(Object.keys(state().scenario.overrides)).toHaveLength(2);
    expect(panel.getByText('2 assumptions differ from the baseline.')).toBeInTheDocument();
    await userEvent.click(panel.getByRole('button', { name: m.share.resetAll }));
    expect(state().scenario.overrides).toEqual({});
    expect(panel.getByRole('status')).toHaveTextContent(m.share.resetAllDone);
    expect(panel.getByText(m.panel.baseline)).toBeInTheDocument();
  });

  it('applies a preset, marks it, and shows its rationale on focus', async () => {
    const { panel } = await renderPanel();
    const preset = dataset.presets.find((p) => p.id === 'remittance-shock')!;
    const button = panel.getByRole('button', { name: preset.name.en });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    // the rationale reads its numbers from the data: shown filled, never with placeholders
    const rationale = presetRationale(dataset, preset, 'en');
    expect(rationale).not.toMatch(/\{\{|\}\}/);
    expect(button).toHaveAccessibleDescription(rationale);
    act(() => button.focus());
    expect(panel.getByText(rationale, { selector: '.scenario-rationale p' })).toBeVisible();
    await userEvent.click(button);
    expect(state().presetId).toBe('remittance-shock');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveAccessibleName(preset.name.en);
    expect(state().scenario.overrides['KG.RU.remittances_gdp']).toBe(
      preset.scenario.overrides!['KG.RU.remittances_gdp'],
    );
    expect(panel.getByRole('status')).toHaveTextContent(preset.name.en);
  });

  it.each(['en', 'ru'] as const)(
    'shows the applied preset’s rationale; pointing or focusing previews another (%s)',
    async (language) => {
      const t = messages[language];
      const { panel } = await renderPanel('/country/KG', language);
      const user = userEvent.setup();
      const presetButton = (id: string) =>
        panel.getByRole('button', {
          name: dataset.presets.find((p) => p.id === id)!.name[language],
        });
      const rationaleTitle = () =>
        document.querySelector('.scenario-rationale-title')?.textContent ?? '';
      const titleOf = (id: string) =>
        t.presets.rationale.replace(
          '{{name}}',
          dataset.presets.find((p) => p.id === id)!.name[language],
        );
      const applied = presetButton('remittance-shock');
      const baseline = presetButton('baseline');
      const other = presetButton('cku-railway-in-operation');

      await user.hover(applied);
      await user.click(applied);
      expect(state().presetId).toBe('remittance-shock');
      expect(rationaleTitle()).toBe(titleOf('remittance-shock'));
      // Applying moves the "applied" line between buttons and the list shifts under the
      // still pointer: the browser then reports it over a neighbour without any move.
      fireEvent.pointerOut(applied);
      fireEvent.pointerOver(baseline);
      fireEvent.mouseOver(baseline);
      expect(rationaleTitle()).toBe(titleOf('remittance-shock'));
      // Pointing at another previews it; leaving returns to the applied one.
      await user.hover(other);
      expect(rationaleTitle()).toBe(titleOf('cku-railway-in-operation'));
      await user.unhover(other);
      expect(rationaleTitle()).toBe(titleOf('remittance-shock'));
      // So does the keyboard focus.
      act(() => baseline.focus());
      expect(rationaleTitle()).toBe(titleOf('baseline'));
      act(() => baseline.blur());
      expect(rationaleTitle()).toBe(titleOf('remittance-shock'));
    },
  );

  it('saves as a name, lists it, renames it, deletes it and brings it back', async () => {
    const user = userEvent.setup();
    const { panel } = await renderPanel();
    fireEvent.change(sliderOf(panel, 'KG.CN.debt_share'), {
      target: { value: '60' },
    });
    const name = panel.getByRole('textbox', { name: m.saved.name });
    expect(name).toHaveValue('');
    // the form holds the same limits as saving and the restore (src/scenario/limits.ts)
    expect(name).toHaveAttribute('maxlength', String(SAVED_SCENARIO_LIMITS.name));
    expect(panel.getByRole('textbox', { name: m.saved.description })).toHaveAttribute(
      'maxlength',
      String(SAVED_SCENARIO_LIMITS.description),
    );
    await user.type(name, 'Debt stress');
    await user.type(panel.getByRole('textbox', { name: m.saved.description }), 'KG debt at 60%');
    await user.click(panel.getByRole('button', { name: m.saved.saveAs }));

    const list = panel.getByRole('list', { name: m.saved.heading });
    expect(within(list).getByText('Debt stress')).toBeInTheDocument();
    expect(within(list).getByText('KG debt at 60%')).toBeInTheDocument();
    expect(useSavedScenarios.getState().entries[0]!.scenario.overrides).toEqual({
      'KG.CN.debt_share': 60,
    });
    expect(state().scenario.name).toBe('Debt stress');
    expect(name).toHaveValue('Debt stress');
    expect(panel.getByRole('status')).toHaveTextContent('Saved “Debt stress”.');

    await user.click(panel.getByRole('button', { name: 'Rename “Debt stress”' }));
    const rename = panel.getByRole('textbox', { name: 'New name for “Debt stress”' });
    await user.clear(rename);
    await user.type(rename, 'Debt shock{Enter}');
    expect(within(list).getByText('Debt shock')).toBeInTheDocument();
    expect(panel.getByRole('status')).toHaveTextContent('Renamed to “Debt shock”.');

    await user.click(panel.getByRole('button', { name: 'Delete “Debt shock”' }));
    expect(panel.queryByRole('list', { name: m.saved.heading })).toBeNull();
    const undo = panel.getByRole('button', { name: 'Undo: bring back “Debt shock”' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(
      within(panel.getByRole('list', { name: m.saved.heading })).getByText('Debt shock'),
    ).toBeInTheDocument();
    expect(panel.getByRole('button', { name: 'Open “Debt shock”' })).toHaveFocus();

    // Opening it brings the saved scenario back into the working store.
    await user.click(panel.getByRole('button', { name: m.share.resetAll }));
    expect(state().scenario.overrides).toEqual({});
    await user.click(panel.getByRole('button', { name: 'Open “Debt shock”' }));
    expect(state().scenario.overrides).toEqual({ 'KG.CN.debt_share': 60 });
  });

  it('imports a valid file whole', async () => {
    const user = userEvent.setup();
    const { panel } = await renderPanel();
    const file = new File(
      [
        JSON.stringify({
          kind: 'fulcrum.scenario',
          version: 1,
          name: 'From a colleague',
          overrides: { 'KG.CN.debt_share': 50 },
          dimensionWeights: { security: 2 },
          aggregation: 'geometric',
        }),
      ],
      'x.json',
      { type: 'application/json' },
    );
    await user.upload(panel.getByLabelText(m.share.importJson), file);
    await waitFor(() => expect(state().scenario.overrides).toEqual({ 'KG.CN.debt_share': 50 }));
    expect(state().scenario.dimensionWeights.security).toBe(2);
    expect(state().scenario.aggregation).toBe('geometric');
    expect(state().scenario.name).toBe('From a colleague');
    expect(panel.getByRole('status')).toHaveTextContent('Imported “From a colleague”.');
  });

  it('refuses a bad file, names the field and changes nothing', async () => {
    const user = userEvent.setup();
    const { panel } = await renderPanel();
    fireEvent.change(sliderOf(panel, 'KG.CN.debt_share'), {
      target: { value: '60' },
    });
    const before = state().scenario;
    const bad = new File(
      [JSON.stringify({ overrides: { 'KG.CN.debt_share': 'a lot' }, aggregation: 'geometric' })],
      'x.json',
      { type: 'application/json' },
    );
    await user.upload(panel.getByLabelText(m.share.importJson), bad);
    const alert = await panel.findByText(/^Nothing was changed\./);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('overrides.KG.CN.debt_share');
    expect(state().scenario).toBe(before);

    const unknown = new File([JSON.stringify({ overrides: { 'KG.XX.debt_share': 3 } })], 'y.json');
    await user.upload(panel.getByLabelText(m.share.importJson), unknown);
    expect(
      await panel.findByText(/overrides\.KG\.XX\.debt_share: no such observation/),
    ).toHaveAttribute('role', 'alert');
    expect(state().scenario).toBe(before);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const user = userEvent.setup();
    const { panel } = await renderPanel();
    const before = state().scenario;
    const big = new File(['x'.repeat(SCENARIO_FILE_MAX_BYTES + 1)], 'big.json');
    const text = vi.spyOn(big, 'text');
    await user.upload(panel.getByLabelText(m.share.importJson), big);
    expect(await panel.findByText(/more than the limit of 1024 KB/)).toHaveAttribute(
      'role',
      'alert',
    );
    expect(text).not.toHaveBeenCalled();
    expect(state().scenario).toBe(before);
  });

  it('exports the scenario as a JSON file named after it', async () => {
    const { panel } = await renderPanel();
    fireEvent.change(sliderOf(panel, 'KG.CN.debt_share'), {
      target: { value: '60' },
    });
    act(() => state().setName('Debt stress'));
    let blob: Blob | null = null;
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:fulcrum-test';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    let download = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      download = this.download;
    });
    await userEvent.click(panel.getByRole('button', { name: m.share.exportJson }));
    expect(download).toBe('fulcrum-scenario-debt-stress.json');
    expect(create).toHaveBeenCalledOnce();
    const json = JSON.parse(await blob!.text()) as Record<string, unknown>;
    expect(json).toMatchObject({
      kind: 'fulcrum.scenario',
      version: 1,
      name: 'Debt stress',
      overrides: { 'KG.CN.debt_share': 60 },
    });
    expect(panel.getByRole('status')).toHaveTextContent('fulcrum-scenario-debt-stress.json');
  });

  it('downloads the scenario’s scores and indicators as CSV, as the command line prints them', async () => {
    const { panel } = await renderPanel();
    fireEvent.change(sliderOf(panel, 'KG.CN.debt_share'), {
      target: { value: '60' },
    });
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        blobs.push(b);
        return 'blob:fulcrum-test';
      }),
      revokeObjectURL: vi.fn(),
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await userEvent.click(panel.getByRole('button', { name: m.share.scoresCsv }));
    await userEvent.click(panel.getByRole('button', { name: m.share.indicatorsCsv }));
    expect(names).toEqual(['fulcrum-scores-custom.csv', 'fulcrum-indicators-custom.csv']);
    // A UTF-8 byte-order mark first (Blob.text() decodes it away), for spreadsheets.
    for (const blob of blobs) {
      expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const [scores, indicators] = await Promise.all(blobs.map((b) => b.text()));
    const scenario = state().scenario;
    // The same text as the command line's CSV for this scenario.
    expect(scores).toBe(scenarioScoresCsv(dataset, scenario));
    expect(indicators).toBe(indicatorsCsv(dataset, scenario, 'en'));
    expect(indicators).toMatch(/\nKG,CN,economic,debt_share,[^\n]*,60,/);
    expect(panel.getByRole('status')).toHaveTextContent('fulcrum-indicators-custom.csv');
  });

  it('copies a link that carries the scenario, or shows it to copy by hand', async () => {
    const { panel } = await renderPanel();
    fireEvent.change(sliderOf(panel, 'KG.CN.debt_share'), {
      target: { value: '60' },
    });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(panel.getByRole('button', { name: m.share.copyLink }));
    expect(writeText).toHaveBeenCalledOnce();
    const link = new URL((writeText.mock.calls[0] as unknown as [string])[0]);
    expect(link.pathname).toBe('/country/KG');
    expect(link.searchParams.get('o.KG.CN.debt_share')).toBe('60');
    await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent(m.share.linkCopied));

    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await userEvent.click(panel.getByRole('button', { name: m.share.copyLink }));
    const box = await panel.findByRole('textbox', { name: m.share.linkLabel });
    expect(box).toHaveAttribute('readonly');
    expect((box as HTMLInputElement).value).toContain('o.KG.CN.debt_share=60');
    expect(box).toHaveFocus();
  });

  it('changes weights and the aggregation method', async () => {
    const user = userEvent.setup();
    const { panel } = await renderPanel();
    await user.click(panel.getByText(m.sections.weights));
    fireEvent.change(panel.getByRole('slider', { name: 'Weight of the security dimension' }), {
      target: { value: '2.5' },
    });
    expect(state().scenario.dimensionWeights.security).toBe(2.5);
    await user.click(panel.getByText(m.sections.method));
    await user.click(panel.getByRole('radio', { name: /^Geometric mean/ }));
    expect(state().scenario.aggregation).toBe('geometric');
    const option = dataset.options[0]!;
    const other = option.choices.find((c) => c.value !== option.default)!;
    await user.click(
      panel.getByRole('radio', {
        name: (name) => name.startsWith(other.label.en),
      }),
    );
    expect(state().scenario.options[option.key]).toBe(other.value);
  });

  it('closes on Esc and gives the focus back to the toggle', async () => {
    const { panel, panelElement, toggle } = await renderPanel();
    const slider = sliderOf(panel, 'KG.CN.debt_share');
    act(() => slider.focus());
    await userEvent.keyboard('{Escape}');
    expect(panelElement).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).not.toHaveAttribute('aria-controls');
    await userEvent.click(toggle);
    expect(
      await screen.findByRole('region', { name: common.en.scenarioPanel.label }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: m.panel.closeLabel }));
    expect(screen.queryByRole('region', { name: common.en.scenarioPanel.label })).toBeNull();
    expect(toggle).toHaveFocus();
  });
});

describe('scenario panel in Russian', () => {
  it('speaks Russian, data labels included', async () => {
    const { panel } = await renderPanel('/compare', 'ru');
    const ru = messages.ru;
    expect(panel.getByRole('heading', { level: 2, name: ru.title })).toBeInTheDocument();
    expect(panel.getByRole('radio', { name: ru.assumptions.all })).toBeChecked();
    const kg = dataset.countries.find((c) => c.code === 'KG')!.name.ru;
    const cn = dataset.partners.find((c) => c.code === 'CN')!.name.ru;
    const debt = dataset.indicators.find((i) => i.id === 'debt_share')!.name.ru;
    const slider = panel.getByRole('slider', { name: `${kg} · ${cn} · ${debt}` });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^\d+(,\d)?%$/);
    expect(panel.getByRole('button', { name: ru.share.resetAll })).toBeInTheDocument();
  });
});
