// @vitest-environment jsdom
// The views with a data set whose tilt pair is not China − Russia: the illustrative fixture
// (tests/fixtures: partners CN, RU, TR) paired Russia − Turkey. Every sentence that words a tilt
// names that pair, by side, in the case its words take; China is named only as a partner.
import './setupMsw';
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AnalysisPage } from '@/features/analysis/AnalysisPage';
import { BriefingPage } from '@/features/briefing/BriefingPage';
import { CountryPage } from '@/features/country/CountryPage';
import { OverviewPage } from '@/features/overview/OverviewPage';
import type { Language } from '@/i18n';
import type { Dataset } from '@/model';
import { useScenarioStore } from '@/scenario/store';
// The fixture's JSON as a module: jsdom's import.meta.url is not a file (fixtures/threeCountries.ts).
import fixtureJson from '../fixtures/dataset-three-countries.json';
import { renderView } from './renderView';

const paired = { ...structuredClone(fixtureJson), tiltPair: ['RU', 'TR'] } as unknown as Dataset;
const CODES = ['KG', 'TJ', 'KZ'];

/** China in any form: the name, the adjective, «Китай» in every case. */
const CHINA = /China|Chinese|Кита[йяюеи]/u;
/** A name from the data set straight after a Russian preposition, undeclined: «к Турция». */
const UNDECLINED = /(^|[\s(])(к|от|у|по|для|между|пользу|с)\s+«?Турция/u;
/** The pair, named: the English names, or the Russian forms of src/lib/partnerWords.ts. */
const NAMED = {
  en: /Russia|Turkey/,
  ru: /России|Россией|партнёр[ауом]+ «Турция»/u,
} as const;

function expectPairWords(text: string, language: Language) {
  expect(text).not.toMatch(CHINA);
  if (language === 'ru') expect(text).not.toMatch(UNDECLINED);
}

beforeEach(() => {
  useScenarioStore.setState({ dataset: null, presetId: null });
});

describe.each(['en', 'ru'] as const)('a tilt pair of Russia − Turkey (%s)', (language) => {
  it('the briefing’s first slide names it in its heading, tilt label and takeaway', async () => {
    await renderView(<BriefingPage />, {
      route: '/brief/overview',
      path: '/brief/:slide?',
      dataset: paired,
      language,
    });
    const heading = await screen.findByRole('heading', { level: 1 });
    expectPairWords(heading.textContent!, language);
    expect(heading.textContent).toContain(
      language === 'en' ? 'between Russia and Turkey' : 'между Россией и партнёром «Турция»',
    );
    const takeaway = await screen.findByTestId('briefing-takeaway');
    expectPairWords(takeaway.textContent!, language);
    expect(takeaway.textContent).toMatch(NAMED[language]);
    expect(
      screen.getAllByText(
        language === 'en' ? 'Overall tilt (Russia − Turkey)' : 'Общий крен (Россия − Турция)',
      ).length,
    ).toBe(CODES.length);
  });

  it('the briefing’s country slide states its headline by the pair', async () => {
    await renderView(<BriefingPage />, {
      route: '/brief/KZ',
      path: '/brief/:slide?',
      dataset: paired,
      language,
    });
    const takeaway = await screen.findByTestId('briefing-takeaway');
    await waitFor(() => expect(takeaway.textContent).toMatch(NAMED[language]));
    expectPairWords(takeaway.textContent!, language);
  });

  it('the country page words its tilts by the pair, on both sides', async () => {
    // A scenario in which two of Kazakhstan's dimensions lean to Turkey instead.
    const { container } = await renderView(<CountryPage />, {
      route: '/country/KZ',
      path: '/country/:code',
      search: 'o.KZ.TR.trade_share=90&o.KZ.TR.telecom_equipment_share=90',
      dataset: paired,
      language,
    });
    await screen.findByTestId('overall-TR');
    const tilt = container.querySelector('.country-lede-tilt')!;
    expectPairWords(tilt.textContent!, language);
    expect(tilt.textContent).toMatch(NAMED[language]);
    // Each side in its case; China is named only as a partner (its scores).
    const text = container.textContent!;
    expect(text).toContain(language === 'en' ? 'to Turkey' : 'к партнёру «Турция»');
    expect(text).toContain(language === 'en' ? 'to Russia' : 'к России');
    if (language === 'ru') expect(text).not.toMatch(UNDECLINED);
  });

  it('the analysis page names it in the tilt card and its flips', async () => {
    await renderView(<AnalysisPage />, { route: '/analysis', dataset: paired, language });
    const card = await screen.findByTestId('analysis-tilts');
    expectPairWords(card.textContent!, language);
    expect(card.textContent).toMatch(NAMED[language]);
    // Each country's flips: one finding per tilt, worded by the pair's sides.
    for (const code of CODES) {
      const flips = await screen.findByTestId(`analysis-flip-${code}`);
      await waitFor(() =>
        expect(flips.querySelector(`[data-testid^="flip-${code}-"]`)).not.toBeNull(),
      );
      for (const finding of flips.querySelectorAll(`[data-testid^="flip-${code}-"]`))
        expectPairWords(finding.textContent!, language);
      // every tilt leans to Russia: a flip goes to Turkey, «в пользу партнёра «Турция»»
      expect(flips.textContent).toMatch(
        language === 'en' ? /to Turkey/ : /пользу партнёра «Турция»/,
      );
    }
  });

  // Not the file's first render: the overview suspends once for the pair's words (usePairText),
  // and in jsdom the very first render of a file that suspends so is not retried (the same holds
  // for tests/integration/three-countries.test.tsx run alone).
  it('the overview’s headlines name it', async () => {
    await renderView(<OverviewPage />, { route: '/', dataset: paired, language });
    for (const code of CODES) {
      const headline = await screen.findByTestId(`headline-${code}`);
      await waitFor(() => expect(headline.textContent).not.toBe(''));
      expectPairWords(headline.textContent!, language);
      expect(headline.textContent).toMatch(NAMED[language]);
    }
  });
});
