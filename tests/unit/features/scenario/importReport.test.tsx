// @vitest-environment jsdom
// The scenario file import lists what it changed to fit the sliders (issue 9, "one door, one
// answer"): the list the command line prints on stderr, in the reader's language.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { PanelContext } from '@/features/scenario/context';
import { ShareSection } from '@/features/scenario/ShareSection';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { scenario as messages } from '@/i18n/locales/scenario';
import { DatasetContext } from '@/lib/dataset';
import { readScenarioFile } from '@/scenario/file';
import { initScenarioStore, useScenarioStore } from '@/scenario/store';

// The panel's messages load with the panel (src/features/scenario/ScenarioPanel.tsx): loaded ahead.
await loadNamespaces(['scenario']);

const indicator = dataset.indicators.find((i) => i.weight > 0)!;
const weightLabel = { en: `Weight · ${indicator.name.en}`, ru: `Вес · ${indicator.name.ru}` };
const FILE_TEXT = `\uFEFF${JSON.stringify({
  name: 'Hand-edited',
  dimensionWeights: { economic: 1e308, security: 0.0001 },
  indicatorWeights: { [indicator.id]: 50 },
  overrides: { 'KG.CN.debt_share': 12.3456 },
})}`;

function renderShare(language: Language) {
  const announce = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MemoryRouter>
        <DatasetContext.Provider value={dataset}>
          <PanelContext.Provider value={{ dataset, announce }}>
            <ShareSection />
          </PanelContext.Provider>
        </DatasetContext.Provider>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { announce };
}

async function importText(language: Language, text: string) {
  const file = new File([text], 'scenario.json', { type: 'application/json' });
  await userEvent.upload(screen.getByLabelText(messages[language].share.importJson), file);
}

beforeEach(() => {
  localStorage.clear();
  initScenarioStore(dataset);
});

describe('the import report', () => {
  it('lists every change the import made, as the command line does', async () => {
    const { announce } = renderShare('en');
    await importText('en', FILE_TEXT);
    const report = await screen.findByRole('status');
    expect(report).toHaveTextContent('The import adjusted 4 values of the file:');
    const items = within(report)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/debt.*: 12\.3456 → 12\.3 \(rounded to the slider’s precision\)$/i),
      'Weight of the economic dimension: 1e+308 → 5 (outside the slider’s range 0–5)',
      'Weight of the security dimension: 0.0001 → 0 (a weight this small rounds to 0, so it no longer counts)',
      `${weightLabel.en}: 50 → 5 (outside the slider’s range 0–5)`,
    ]);
    expect(announce).toHaveBeenLastCalledWith(
      'Imported “Hand-edited”; 4 values were adjusted to fit their sliders.',
    );
    // the store holds what the command line computes with
    const read = readScenarioFile(dataset, FILE_TEXT);
    expect(read.ok && useScenarioStore.getState().scenario).toEqual(read.ok && read.data.scenario);

    await userEvent.click(within(report).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says it in Russian', async () => {
    const { announce } = renderShare('ru');
    await importText('ru', FILE_TEXT);
    const report = await screen.findByRole('status');
    expect(report).toHaveTextContent('При импорте исправлены 4 значения из файла:');
    expect(within(report).getAllByRole('listitem')[3]).toHaveTextContent(
      `${weightLabel.ru}: 50 → 5 (вне диапазона ползунка 0–5)`,
    );
    expect(within(report).getAllByRole('listitem')[0]).toHaveTextContent(
      /12,3456 → 12,3 \(округлено до точности ползунка\)$/,
    );
    expect(announce).toHaveBeenLastCalledWith(
      'Импортирован сценарий «Hand-edited»; 4 значения исправлены по диапазонам ползунков.',
    );
  });

  it('shows no report when nothing was changed', async () => {
    const { announce } = renderShare('en');
    await importText(
      'en',
      JSON.stringify({ name: 'Clean', indicatorWeights: { [indicator.id]: 2 } }),
    );
    await vi.waitFor(() => expect(announce).toHaveBeenLastCalledWith('Imported “Clean”.'));
    expect(screen.queryByRole('status')).toBeNull();
    expect(useScenarioStore.getState().scenario.indicatorWeights[indicator.id]).toBe(2);
  });
});
