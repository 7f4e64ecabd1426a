// @vitest-environment jsdom
import './setupMsw';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { ComparePage } from '@/features/compare/ComparePage';
import { createI18n, type Language } from '@/i18n';
import { common } from '@/i18n/locales/common';
import { compare as messages } from '@/i18n/locales/compare';
import { formatsFor } from '@/lib/format';
import { leanWording } from '@/lib/leanText';
import type { TiltDimension } from '@/model';
import {
  computeScores,
  findDimensionScore,
  findOverall,
  findTilt,
  TILT_DIMENSIONS,
  tiltBasis,
} from '@/model';
import { useScenarioStore } from '@/scenario/store';
import { chartLabel, isCard, observeScreen } from './chartCards';
import { renderView } from './renderView';

// Counts the tilt card's renders: a step it does not follow yet must not render it at all.
const tiltCardRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/components/charts/TiltCard', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/components/charts/TiltCard')>();
  return {
    ...original,
    TiltCard: (props: Parameters<typeof original.TiltCard>[0]) => {
      tiltCardRenders.count += 1;
      return original.TiltCard(props);
    },
  };
});

const scores = computeScores(dataset);
const name = (code: string, language: Language) =>
  dataset.countries.find((c) => c.code === code)!.name[language];
const score = (country: string, partner: string, dimension: TiltDimension) =>
  dimension === 'overall'
    ? findOverall(scores, country, partner)
    : (findDimensionScore(scores, country, partner, dimension)?.score ?? null);

async function open(language: Language) {
  const utils = await renderView(<ComparePage />, { route: '/compare', language });
  const names = dataset.countries.map((c) => c.name[language]);
  const list = `${names.slice(0, -1).join(', ')} ${messages[language].and} ${names[names.length - 1]}`;
  const h1 = await screen.findByRole('heading', {
    level: 1,
    name: messages[language].heading.replace('{{countries}}', list),
  });
  return { ...utils, h1, list };
}

describe.each(['en', 'ru'] as const)('compare in %s', (language) => {
  const { formatScore, formatSigned } = formatsFor(language);
  const m = messages[language];
  const c = common[language];

  it('has one h1 and a document title', async () => {
    await open(language);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe(`${m.pageTitle} — Fulcrum`));
  });

  it('shows both countries on the same 0–100 scale, with their scores in the table view and links', async () => {
    await open(language);
    for (const country of dataset.countries) {
      const card = screen.getByRole('region', {
        name: m.scoresTitle.replace('{{country}}', name(country.code, language)),
      });
      const link = within(card).getByRole('link', { name: name(country.code, language) });
      expect(link.getAttribute('href')).toContain(`/country/${country.code}`);
      const chart = within(card).getByRole('img');
      // identical axes: both charts carry the same 0…100 ticks
      expect(chart.textContent).toContain('0');
      expect(chart.textContent).toContain('100');

      fireEvent.click(within(card).getByRole('button', { name: c.showTable }));
      const table = within(card).getByRole('table', {
        name: m.scoresTable.caption.replace('{{country}}', name(country.code, language)),
      });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(TILT_DIMENSIONS.length * dataset.partners.length);
      let i = 0;
      for (const dimension of TILT_DIMENSIONS) {
        for (const partner of dataset.partners) {
          const row = rows[i++]!;
          expect(within(row).getByRole('rowheader')).toHaveTextContent(c.dimensions[dimension]);
          const cells = within(row).getAllByRole('cell');
          expect(cells[0]).toHaveTextContent(partner.name[language]);
          expect(cells[1]).toHaveTextContent(
            formatScore(score(country.code, partner.code, dimension), c.noData),
          );
        }
      }
    }
  });

  it('draws both countries in one tilt chart, with a table of the same numbers', async () => {
    const { list } = await open(language);
    const card = screen.getByRole('region', { name: m.tiltTitle.replace('{{countries}}', list) });
    const chart = within(card).getByRole('img');
    const texts = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    for (const country of dataset.countries)
      expect(texts.filter((t) => t === country.code)).toHaveLength(5);

    fireEvent.click(within(card).getByRole('button', { name: c.showTable }));
    const table = within(card).getByRole('table', { name: m.tiltTable.caption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(TILT_DIMENSIONS.length * dataset.countries.length);
    let i = 0;
    for (const dimension of TILT_DIMENSIONS) {
      for (const country of dataset.countries) {
        const cells = within(rows[i++]!).getAllByRole('cell');
        expect(cells[0]).toHaveTextContent(name(country.code, language));
        expect(cells[1]).toHaveTextContent(
          formatSigned(findTilt(scores, country.code, dimension), c.noData),
        );
      }
    }
  });

  it('notes beside a reading when its two sides rest on unequal data, and not when equal', async () => {
    await open(language);
    const fixed = createI18n(language).getFixedT(language, 'common');
    const words = leanWording(
      (key, options) => fixed(key, options),
      dataset.tiltPair,
      (p) => dataset.partners.find((x) => x.code === p)!.name[language],
      language,
    );
    const seen = { equal: 0, unequal: 0 };
    for (const dimension of TILT_DIMENSIONS)
      for (const country of dataset.countries) {
        const reading = document.querySelector(
          `.compare-readings dd[data-lean^="${country.code}.${dimension}:"]`,
        )!;
        const note = words.basisNote(tiltBasis(scores, dataset.tiltPair, country.code, dimension));
        const shown = reading.querySelector('[data-role="tilt-basis-note"]');
        if (note) {
          seen.unequal++;
          expect(shown).toHaveTextContent(note);
        } else {
          if (findTilt(scores, country.code, dimension) !== null) seen.equal++;
          expect(shown).toBeNull();
        }
      }
    expect(seen.equal).toBeGreaterThan(0);
    expect(seen.unequal).toBeGreaterThan(0);
  });

  it('lists the differences largest first, in numbers and in words', async () => {
    await open(language);
    const [a, b] = dataset.countries.map((x) => x.code) as [string, string];
    const section = screen.getByRole('region', { name: m.differences.title });
    const table = within(section).getByRole('table', {
      name: m.differences.caption
        .replaceAll('{{a}}', name(a, language))
        .replaceAll('{{b}}', name(b, language)),
    });
    const diffs: number[] = [];
    for (const dimension of TILT_DIMENSIONS) {
      for (const partner of dataset.partners) {
        const x = score(a, partner.code, dimension);
        const y = score(b, partner.code, dimension);
        if (x !== null && y !== null) diffs.push(x - y);
      }
      const x = findTilt(scores, a, dimension);
      const y = findTilt(scores, b, dimension);
      if (x !== null && y !== null) diffs.push(x - y);
    }
    const largest = diffs.reduce((best, d) => (Math.abs(d) > Math.abs(best) ? d : best), 0);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(TILT_DIMENSIONS.length * (dataset.partners.length + 1));
    const first = within(rows[0]!).getAllByRole('cell');
    expect(first[3]).toHaveTextContent(formatSigned(largest));
    const shown = rows.map((r) =>
      Math.abs(
        Number(within(r).getAllByRole('cell')[3]!.textContent!.replace('−', '-').replace(',', '.')),
      ),
    );
    expect(shown).toEqual([...shown].sort((p, q) => q - p));

    const top = within(section).getByTestId('compare-top');
    const items = within(top).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toBe(`${first[4]!.textContent}.`);
    const higher = largest > 0 ? name(a, language) : name(b, language);
    expect(items[0]!.textContent).toContain(higher);
    // the difference in words, with the reader's decimal mark
    expect(items[0]!.textContent).toContain(formatScore(Math.abs(largest)));
  });
});

describe('a slider step on /compare', () => {
  const m = messages.en;
  afterEach(() => vi.unstubAllGlobals());

  it('redraws the score cards in its own render, and the tilt chart below the fold after the paint', async () => {
    vi.stubGlobal('IntersectionObserver', observeScreen(isCard('compare-tilt')));
    const { list } = await open('en');
    const tiltTitle = m.tiltTitle.replace('{{countries}}', list);
    const kyrgyz = m.scoresTitle.replace('{{country}}', name('KG', 'en'));
    const tajik = m.scoresTitle.replace('{{country}}', name('TJ', 'en'));
    // The draws first (from the worker, a later task), so that only the step renders a card.
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: tiltTitle })).queryByText(m.readings.pending),
      ).toBeNull(),
    );
    const before = {
      kyrgyz: chartLabel(kyrgyz),
      tajik: chartLabel(tajik),
      tilt: chartLabel(tiltTitle),
    };

    const rendersBefore = tiltCardRenders.count;

    act(() => useScenarioStore.getState().setSlider('KG.CN.debt_share', 95));
    expect(chartLabel(kyrgyz)).not.toBe(before.kyrgyz);
    expect(chartLabel(tajik)).toBe(before.tajik);
    expect(chartLabel(tiltTitle)).toBe(before.tilt);
    expect(tiltCardRenders.count).toBe(rendersBefore);
    await waitFor(() => expect(chartLabel(tiltTitle)).not.toBe(before.tilt));
    expect(tiltCardRenders.count).toBeGreaterThan(rendersBefore);
  });
});
