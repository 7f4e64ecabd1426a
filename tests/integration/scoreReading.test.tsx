// @vitest-environment jsdom
// The methodology page states the model's reading rules with the model's own thresholds.
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { ScoreReadingSection } from '@/features/methodology/ScoreReadingSection';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { methodology } from '@/i18n/locales/methodology';
import { DatasetContext } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import { LEAN_THRESHOLDS } from '@/model';

await loadNamespaces(['methodology']);

describe.each<Language>(['en', 'ru'])('the reading rules on /methodology (%s)', (language) => {
  const { formatPercent, formatValue } = formatsFor(language);
  it('states the lean rule with the thresholds of src/model/lean.ts, and the interval rule', () => {
    const m = methodology[language];
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <DatasetContext.Provider value={dataset}>
          <ScoreReadingSection />
        </DatasetContext.Provider>
      </I18nextProvider>,
    );
    const section = screen.getByRole('region', { name: m.reading.heading });
    const rule = within(section).getByTestId('lean-rule');
    const text = rule.textContent ?? '';
    for (const value of [
      formatValue(LEAN_THRESHOLDS.balanced),
      formatPercent(LEAN_THRESHOLDS.share),
      formatValue(LEAN_THRESHOLDS.tooCloseWithoutDraws),
      formatValue(LEAN_THRESHOLDS.slight),
      formatValue(LEAN_THRESHOLDS.clear),
    ])
      expect(text).toContain(value);
    expect(
      within(section).getByRole('heading', { name: m.reading.interval.heading }),
    ).toBeVisible();
  });
});
