// @vitest-environment jsdom
import './setupMsw';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { summaryLine } from '@/features/robustness/summary';
import { RobustnessSection } from '@/features/robustness/RobustnessSection';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { robustness as messages } from '@/i18n/locales/robustness';
import { formatsFor } from '@/lib/format';
import { robustness } from '@/scenario/robustness';
import { normalizeScenario } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';

const TIMEOUT = { timeout: 15_000 };

beforeEach(() => {
  useScenarioStore.setState({ dataset: null, presetId: null });
});

/** The lines robustness() gives, in the reader's language, through the view's own wording. */
async function expectedLines(language: Language, scenario = {}) {
  await loadNamespaces(['robustness', 'common']);
  const i18n = createI18n(language);
  const t = i18n.getFixedT(language, 'robustness') as (k: string, o?: object) => string;
  const tc = i18n.getFixedT(language, 'common') as (k: string) => string;
  const result = robustness(dataset, normalizeScenario(dataset, scenario));
  return result.counts.map((count) => ({
    count,
    text: summaryLine(count, {
      t: (k, o) => t(k, o),
      countryName: (code) => dataset.countries.find((c) => c.code === code)!.name[language],
      partnerTo: (side) => tc(`lean.partnerTo.${dataset.tiltPair[side === 'positive' ? 0 : 1]}`),
      formatCount: formatsFor(language).formatCount,
    }),
  }));
}

async function open(language: Language, search = '') {
  const utils = await renderView(<RobustnessSection />, {
    route: '/analysis',
    search,
    language,
  });
  await screen.findByRole('heading', { level: 2, name: messages[language].heading }, TIMEOUT);
  // wait for every specification's draws, so the words are the final ones
  await waitFor(
    () => expect(screen.getByTestId('robustness').getAttribute('data-drawn')).toBe('true'),
    TIMEOUT,
  );
  return utils;
}

describe.each(['en', 'ru'] as const)('robustness view (%s)', (language) => {
  it('says per country how many specifications lean each way, as robustness() counts', async () => {
    await open(language);
    const expected = await expectedLines(language);
    for (const { count, text } of expected) {
      const line = screen.getByTestId(`robustness-summary-${count.country}`);
      expect(line.textContent).toBe(text);
      expect(Number(line.getAttribute('data-positive'))).toBe(count.positive);
      expect(Number(line.getAttribute('data-negative'))).toBe(count.negative);
      expect(Number(line.getAttribute('data-total'))).toBe(count.total);
    }
    // Kyrgyzstan's line names its numbers in the reader's language
    const kg = expected.find((e) => e.count.country === 'KG')!;
    expect(kg.text).toContain(formatsFor(language).formatCount(kg.count.total));
  });

  it('has one table row per specification, each country’s tilt and reading in words', async () => {
    await open(language);
    const result = robustness(dataset);
    const table = screen.getByTestId('robustness-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(result.specifications.length);
    const { formatSigned } = formatsFor(language);
    result.specifications.forEach((specification, i) => {
      const cells = within(rows[i]!).getAllByRole('cell');
      specification.tilts.forEach((tilt, c) => {
        expect(cells[c * 2]!.textContent).toBe(formatSigned(tilt.tilt));
        // the reading is words, never only a colour
        expect(cells[c * 2 + 1]!.textContent!.length).toBeGreaterThan(3);
        expect(cells[c * 2 + 1]!.getAttribute('data-spec-lean')).toMatch(
          new RegExp(`^${tilt.country}\\.overall:${tilt.reading.kind}`),
        );
      });
    });
    expect(table.querySelector('caption')?.textContent).toBeTruthy();
  });
});

it('follows the current scenario: a scenario in the address changes the reference row', async () => {
  const search = 'agg=geometric';
  await open('en', search);
  const expected = await expectedLines('en', { aggregation: 'geometric' });
  for (const { count, text } of expected)
    expect(screen.getByTestId(`robustness-summary-${count.country}`).textContent).toBe(text);
  const firstRow = within(screen.getByTestId('robustness-table')).getAllByRole('row')[1]!;
  expect(firstRow.textContent).toMatch(/Current scenario/);
});
