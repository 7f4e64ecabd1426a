// @vitest-environment jsdom
// The saved list as a reader sees it, rendered alone with its providers: problems and
// failures in the reader's language, and the list following another tab live.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { PanelContext } from '@/features/scenario/context';
import { SavedScenarios } from '@/features/scenario/SavedScenarios';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { scenario as messages } from '@/i18n/locales/scenario';
import { toScenarioFile } from '@/scenario/file';
import {
  SAVED_SCENARIOS_KEY,
  useSavedScenarios,
  type SavedScenario,
} from '@/scenario/savedScenarios';
import { storedListText } from '@/scenario/savedScenarioChecks';
import { findSliderByKey, normalizeScenario } from '@/scenario/sliders';
import { initScenarioStore, useScenarioStore } from '@/scenario/store';

// The panel's messages load with the panel (src/features/scenario/ScenarioPanel.tsx): loaded ahead.
await loadNamespaces(['scenario']);

function entry(id: string, name: string, description = ''): SavedScenario {
  return {
    id,
    name,
    description,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    scenario: toScenarioFile(normalizeScenario(dataset, { name, description })),
  };
}

/** Each test gets its own data set object, so the app's store reads storage afresh. */
function renderSaved(language: Language) {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <PanelContext.Provider value={{ dataset: { ...dataset }, announce: vi.fn() }}>
        <SavedScenarios />
      </PanelContext.Provider>
    </I18nextProvider>,
  );
}

const listNames = (language: Language) =>
  within(screen.getByRole('list', { name: messages[language].saved.heading }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.scenario-saved-name')?.textContent);

beforeEach(() => {
  localStorage.clear();
  // the app's store outlives a render: start each test from a clean slate
  useSavedScenarios.setState({ problems: [], saveError: null, lastDeleted: null });
  initScenarioStore(dataset);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the saved list', () => {
  it('says in Russian what was set aside, and follows another tab', () => {
    const tooLong = entry('b', 'Длинное', 'y'.repeat(5001));
    localStorage.setItem(SAVED_SCENARIOS_KEY, storedListText([entry('a', 'Хороший'), tooLong]));
    renderSaved('ru');
    expect(listNames('ru')).toEqual(['Хороший']);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Запись 2 («Длинное»): описание длиннее 5000 символов',
    );

    // Another tab saves: the browser tells this one with a `storage` event.
    localStorage.setItem(
      SAVED_SCENARIOS_KEY,
      storedListText([
        entry('a', 'Хороший'),
        { ...entry('c', 'Из другой вкладки'), updatedAt: '2026-11-02T00:00:00.000Z' },
      ]),
    );
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: SAVED_SCENARIOS_KEY }));
    });
    expect(listNames('ru')).toEqual(['Из другой вкладки', 'Хороший']);
  });

  it('opens a hand-edited entry and lists, in Russian, what it changed to fit the sliders', async () => {
    const indicator = dataset.indicators.find((i) => i.weight > 0)!;
    const heavy = {
      ...entry('h', 'Тяжёлый'),
      scenario: { name: 'Тяжёлый', indicatorWeights: { [indicator.id]: 50 } },
    };
    localStorage.setItem(SAVED_SCENARIOS_KEY, storedListText([heavy]));
    renderSaved('ru');
    await userEvent.click(
      screen.getByRole('button', {
        name: messages.ru.saved.openLabel.replace('{{name}}', 'Тяжёлый'),
      }),
    );
    expect(useScenarioStore.getState().scenario.indicatorWeights[indicator.id]).toBe(5);
    const report = screen.getByRole('status', {
      name: 'При открытии «Тяжёлый» исправлено 1 сохранённое значение:',
    });
    expect(
      within(report)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `${findSliderByKey(dataset, `indicatorWeight.${indicator.id}`)!.label.ru}: 50 → 5 (вне диапазона ползунка 0–5)`,
    ]);
    await userEvent.click(
      within(report).getByRole('button', { name: messages.ru.share.changesDismiss }),
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says in Russian why saving failed when storage is full, and keeps the entry', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renderSaved('ru');
    const t = messages.ru.saved;
    await userEvent.type(screen.getByRole('textbox', { name: t.name }), 'Без места');
    await userEvent.click(screen.getByRole('button', { name: t.saveAs }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Не удалось сохранить в этом браузере: ${t.saveErrors.storageFull}`,
    );
    expect(listNames('ru')).toEqual(['Без места']);
  });
});
