// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n';
import { useFormat } from '@/i18n/useFormat';

/** Memoised with no props: only the language can make it render again. */
const Score = memo(function Score() {
  const { formatScore, formatInterval } = useFormat();
  return (
    <p>
      {formatScore(45.25)} ({formatInterval({ low: 40.04, high: 51.9 })})
    </p>
  );
});

describe('useFormat', () => {
  it('writes numbers in the provider’s language and follows a change of language', async () => {
    const i18n = createI18n('ru');
    render(
      <I18nextProvider i18n={i18n}>
        <Score />
      </I18nextProvider>,
    );
    expect(screen.getByText('45,3 (40,0–51,9)')).toBeTruthy();
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('45.3 (40.0–51.9)')).toBeTruthy();
    await act(() => i18n.changeLanguage('ru'));
    expect(screen.getByText('45,3 (40,0–51,9)')).toBeTruthy();
  });

  it('reads two providers apart: the language is not global', () => {
    render(
      <>
        <I18nextProvider i18n={createI18n('en')}>
          <Score />
        </I18nextProvider>
        <I18nextProvider i18n={createI18n('ru')}>
          <Score />
        </I18nextProvider>
      </>,
    );
    expect(screen.getByText('45.3 (40.0–51.9)')).toBeTruthy();
    expect(screen.getByText('45,3 (40,0–51,9)')).toBeTruthy();
  });
});
