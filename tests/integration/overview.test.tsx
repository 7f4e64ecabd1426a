// @vitest-environment jsdom
import './setupMsw';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { dataset } from '@/data/dataset';
import { OverviewPage } from '@/features/overview/OverviewPage';
import { createI18n, type Language } from '@/i18n';
import { common } from '@/i18n/locales/common';
import { overview as messages } from '@/i18n/locales/overview';
import { formatsFor } from '@/lib/format';
import { headline, joinList, type Translate } from '@/lib/headline';
import { leanWording } from '@/lib/leanText';
import type { Dimension } from '@/model';
import {
  computeScores,
  datasetCounts,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  DIMENSIONS,
  findOverall,
  findTilt,
  monteCarlo,
  readTilt,
  TILT_DIMENSIONS,
  tiltBasis,
} from '@/model';
import { renderView } from './renderView';

const scores = computeScores(dataset);
// The app's own draws: the headline and the leans read them once they are in.
const mc = monteCarlo(dataset, {}, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });
const name = (code: string, language: Language) =>
  dataset.countries.find((c) => c.code === code)!.name[language];

function expectedHeadline(code: string, language: Language): string {
  const fixed = createI18n(language).getFixedT(language, 'overview');
  const t: Translate = (key, options) => fixed(key, options);
  const dimensionNames = Object.fromEntries(
    DIMENSIONS.map((d) => [d, t(`headline.dimensions.${d}`)]),
  ) as Record<Dimension, string>;
  return headline({
    country: name(code, language),
    tilts: scores.tilts.filter((x) => x.country === code),
    pPositive: mc.tilts.filter((x) => x.country === code),
    dimensionNames,
    t,
  });
}

async function open(language: Language) {
  const utils = await renderView(<OverviewPage />, { language });
  const heading = joinList(
    dataset.countries.map((c) => c.name[language]),
    messages[language].headline.and,
  );
  const h1 = await screen.findByRole('heading', {
    level: 1,
    name: messages[language].heading.replace('{{countries}}', heading),
  });
  return { ...utils, h1 };
}

describe.each(['en', 'ru'] as const)('overview in %s', (language) => {
  const { formatInterval, formatScore, formatSigned } = formatsFor(language);
  const m = messages[language];
  const c = common[language];

  it('has one h1 and a document title', async () => {
    await open(language);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe(`${m.pageTitle} — Fulcrum`));
  });

  it('shows each country with a link to its page, its overall scores and its headline', async () => {
    await open(language);
    for (const country of dataset.countries) {
      const section = screen.getByRole('region', { name: name(country.code, language) });
      const link = within(section).getAllByRole('heading', { level: 2 })[0]!.querySelector('a')!;
      expect(link).toHaveTextContent(name(country.code, language));
      expect(link.getAttribute('href')).toContain(`/country/${country.code}`);

      const scoresList = section.querySelector('dl')!;
      for (const partner of dataset.partners) {
        const expected = formatScore(findOverall(scores, country.code, partner.code));
        const item = within(scoresList).getByText(partner.name[language]).closest('div')!;
        expect(item.querySelector('.overview-score-value')).toHaveTextContent(expected);
      }
      // The headline reads each tilt with its share of draws: it settles once they are in.
      await waitFor(() =>
        expect(within(section).getByTestId(`headline-${country.code}`)).toHaveTextContent(
          expectedHeadline(country.code, language),
        ),
      );
    }
  });

  it('shows the 90% intervals and how sure each lean is once Monte Carlo is done', async () => {
    await open(language);
    const kg = dataset.countries[0]!.code;
    const section = screen.getByRole('region', { name: name(kg, language) });
    const cn = dataset.tiltPair[0];
    const interval = formatInterval(
      mc.overall.find((o) => o.country === kg && o.partner === cn)!.interval,
    )!;
    expect(await within(section).findByText(interval)).toBeInTheDocument();

    // Each tilt in the model's words: "Overall — too close to call: 88% of draws lean to China"
    const fixed = createI18n(language).getFixedT(language, 'common');
    const words = leanWording(
      (key, options) => fixed(key, options),
      dataset.tiltPair,
      (code) => dataset.partners.find((p) => p.code === code)!.name[language],
      language,
    );
    const overallTilt = mc.tilts.find((t) => t.country === kg && t.dimension === 'overall')!;
    const reading = readTilt(findTilt(scores, kg, 'overall'), overallTilt.pPositive);
    const text = m.pLine
      .replace('{{dimension}}', c.dimensions.overall)
      .replace('{{reading}}', words.label(reading));
    const item = within(section).getByText(text);
    expect(item.getAttribute('data-lean')).toMatch(new RegExp(`^${kg}\\.overall:${reading.kind}`));

    // Beside each line, a note when the tilt's two sides rest on unequal data, and none when
    // they rest on the same (both cases derived from the model on the bundled data).
    const seen = { equal: 0, unequal: 0 };
    for (const country of dataset.countries) {
      const column = screen.getByRole('region', { name: name(country.code, language) });
      for (const dimension of TILT_DIMENSIONS) {
        const line = column.querySelector(
          `.overview-p li[data-lean^="${country.code}.${dimension}:"]`,
        )!;
        const note = words.basisNote(tiltBasis(scores, dataset.tiltPair, country.code, dimension));
        const shown = line.querySelector('[data-role="tilt-basis-note"]');
        if (note) {
          seen.unequal++;
          expect(shown).toHaveTextContent(note);
        } else {
          if (findTilt(scores, country.code, dimension) !== null) seen.equal++;
          expect(shown).toBeNull();
        }
      }
    }
    expect(seen.equal).toBeGreaterThan(0);
    expect(seen.unequal).toBeGreaterThan(0);
  });

  it('draws the tilt chart and shows the same numbers as a table on request', async () => {
    await open(language);
    for (const country of dataset.countries) {
      const title = m.tiltTitle.replace('{{country}}', name(country.code, language));
      const card = screen.getByRole('region', { name: title });
      const chart = within(card).getByRole('img');
      for (const dimension of TILT_DIMENSIONS) {
        expect(chart.getAttribute('aria-label')).toContain(
          `${c.dimensions[dimension]} ${formatSigned(findTilt(scores, country.code, dimension), c.noData)}`,
        );
      }
      fireEvent.click(within(card).getByRole('button', { name: c.showTable }));
      const table = within(card).getByRole('table', {
        name: m.table.caption.replace('{{country}}', name(country.code, language)),
      });
      for (const dimension of TILT_DIMENSIONS) {
        const row = within(table)
          .getByRole('rowheader', { name: c.dimensions[dimension] })
          .closest('tr')!;
        const cells = within(row).getAllByRole('cell');
        expect(cells[0]).toHaveTextContent(
          formatSigned(findTilt(scores, country.code, dimension), c.noData),
        );
      }
      fireEvent.click(within(card).getByRole('button', { name: c.showChart }));
      expect(within(card).getByRole('img')).toBeInTheDocument();
    }
  });

  it('names how many observations the scores use and links to the sources', async () => {
    await open(language);
    // the one count every view quotes (the briefing and the methodology page read it too)
    const count = datasetCounts(dataset).cellsCoded;
    const source = screen.getByText((_, el) => el?.classList.contains('overview-source') ?? false);
    expect(source).toHaveTextContent(String(count));
    expect(
      within(source).getByRole('link', { name: m.methodology }).getAttribute('href'),
    ).toContain('/methodology');
    for (const country of dataset.countries) {
      expect(
        within(source)
          .getByRole('link', { name: name(country.code, language) })
          .getAttribute('href'),
      ).toContain(`/country/${country.code}`);
    }
  });
});
