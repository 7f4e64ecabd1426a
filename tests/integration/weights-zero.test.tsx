// @vitest-environment jsdom
// Every weight at 0: the scores are missing because the weights exclude their data, not for
// want of evidence, and every view says so (src/model/missing.ts) instead of "no data".
import './setupMsw';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { BriefingPage } from '@/features/briefing/BriefingPage';
import { ComparePage } from '@/features/compare/ComparePage';
import { CountryPage } from '@/features/country/CountryPage';
import type { Language } from '@/i18n';
import { common } from '@/i18n/locales/common';
import { compare } from '@/i18n/locales/compare';
import { DIMENSIONS } from '@/model';
import { renderView } from './renderView';

/** The four dimension weights at 0: the overall scores and tilts lose every dimension. */
const DIMENSION_WEIGHTS_ZERO = DIMENSIONS.map((d) => `w.${d}=0`).join('&');
/** Every weight at 0, the indicators' too: every score loses its data. */
const EVERY_WEIGHT_ZERO = [
  DIMENSION_WEIGHTS_ZERO,
  ...dataset.indicators.map((i) => `iw.${i.id}=0`),
].join('&');

describe.each(['en', 'ru'] as const)('every weight at 0, in %s', (language: Language) => {
  const c = common[language];
  /** the way back, with where the weights are set filled in */
  const excludedHint = c.excludedHint.replace('{{where}}', c.weightsPath);

  it('the country view says the weights exclude each score, not that there is no data', async () => {
    await renderView(<CountryPage />, {
      route: '/country/KG',
      path: '/country/:code',
      search: EVERY_WEIGHT_ZERO,
      language,
    });
    for (const partner of dataset.partners) {
      const overall = await screen.findByTestId(`overall-${partner.code}`);
      expect(overall).toHaveTextContent(c.excluded);
      for (const dimension of DIMENSIONS) {
        const score = screen.getByTestId(`score-${dimension}-${partner.code}`);
        expect(score).toHaveTextContent(c.excluded);
        expect(score).not.toHaveTextContent(c.noData);
      }
    }
    // the way back is named beside the cards' scores
    expect(screen.getAllByText(excludedHint).length).toBeGreaterThan(0);
  });

  it('the compare view words the overall rows as excluded by the weights', async () => {
    await renderView(<ComparePage />, {
      route: '/compare',
      search: DIMENSION_WEIGHTS_ZERO,
      language,
    });
    const table = await screen.findByRole('table', {
      name: compare[language].differences.caption
        .replaceAll('{{a}}', dataset.countries[0]!.name[language])
        .replaceAll('{{b}}', dataset.countries[1]!.name[language]),
    });
    const overallRows = within(table)
      .getAllByRole('row')
      .filter((row) => row.textContent?.includes(c.dimensions.overall));
    expect(overallRows.length).toBeGreaterThan(0);
    for (const row of overallRows) {
      expect(row).toHaveTextContent(c.excluded);
      expect(row).not.toHaveTextContent(c.noData);
    }
  });

  it('the briefing’s big numbers say excluded by weights', async () => {
    await renderView(<BriefingPage />, {
      route: '/brief/KG',
      path: '/brief/:slide?',
      search: DIMENSION_WEIGHTS_ZERO,
      language,
    });
    const numbers = await screen.findByTestId('numbers-KG');
    const big = numbers.querySelectorAll('.briefing-big');
    expect(big.length).toBe(dataset.partners.length + 1);
    for (const el of big) expect(el).toHaveTextContent(c.excluded);
    expect(numbers).not.toHaveTextContent(c.noData);
    expect(numbers).toHaveTextContent(excludedHint);
  });

  it('the briefing’s scenario slide says a score the weights now exclude is excluded, not no data', async () => {
    await renderView(<BriefingPage />, {
      route: '/brief/scenario',
      path: '/brief/:slide?',
      search: DIMENSION_WEIGHTS_ZERO,
      language,
    });
    const effects = await screen.findByTestId('brief-effects');
    expect(effects).toHaveTextContent(c.excluded);
    expect(effects).not.toHaveTextContent(c.noData);
  });
});
