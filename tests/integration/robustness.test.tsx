// @vitest-environment jsdom
import './setupMsw';
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { summaryLine } from '@/features/robustness/summary';
import { RobustnessSection } from '@/features/robustness/RobustnessSection';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { robustness as messages } from '@/i18n/locales/robustness';
import { formatsFor } from '@/lib/format';
import { robustness, robustnessSpecifications } from '@/scenario/robustness';
import { normalizeScenario } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';

// The specifications as the view plans them (src/features/robustness/compute.ts), counted: the
// module's own function, unchanged (robustness(), which the expected values below call, reaches
// it inside the module, not through this mock).
vi.mock('@/scenario/robustness', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/scenario/robustness')>();
  return { ...actual, robustnessSpecifications: vi.fn(actual.robustnessSpecifications) };
});

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
  await screen.findByRole('heading', { level: 2, name: messages[language].heading });
  // wait for every specification's draws, so the words are the final ones
  await waitFor(() =>
    expect(screen.getByTestId('robustness').getAttribute('data-drawn')).toBe('true'),
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
    // the caption's words shown outside the sideways-scrolling frame, whole on a phone; the
    // table and its frame keep them as their name
    const caption = messages[language].table.caption.split('{{')[0]!;
    const frame = table.closest('.table-scroll')!;
    expect(frame.getAttribute('aria-labelledby')).toBe('robustness-caption');
    expect(table.querySelector('caption')?.textContent).toContain(caption);
    const shownCaption = screen.getByTestId('robustness').querySelector('.robustness-caption')!;
    expect(shownCaption.textContent).toContain(caption);
    expect(frame.contains(shownCaption)).toBe(false);
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

/** The view's summary lines and, per row, the tilt cells' text. */
function shown() {
  const lines = [
    ...screen.getByTestId('robustness').querySelectorAll('[data-testid^="robustness-summary-"]'),
  ].map((line) => line.textContent);
  const rows = within(screen.getByTestId('robustness-table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
  return { lines, rows };
}

describe('a changed scenario', () => {
  it('scores the specifications once it rests, not at each step, keeping the last result meanwhile', async () => {
    await open('en');
    const before = shown();
    const calls = vi.mocked(robustnessSpecifications);
    calls.mockClear();

    // a drag: ten steps 30 ms apart, each well inside the 250 ms the scenario must rest
    const steps = [10, 20, 30, 40, 50, 60, 70, 80, 90, 95];
    for (const value of steps) {
      await act(async () => {
        useScenarioStore.getState().replaceScenario({ overrides: { 'KG.CN.debt_share': value } });
        await new Promise((resolve) => setTimeout(resolve, 30));
      });
    }
    // not one scoring of the specifications per step (the old view ran robustness() at each)
    const whileDragging = calls.mock.calls.length;
    expect(whileDragging).toBeLessThanOrEqual(1);
    // meanwhile the last complete result stays, whole
    expect(shown()).toEqual(before);

    const section = screen.getByTestId('robustness');
    // once the scenario rests its specifications are drawn, and the view is busy till then
    await waitFor(() => expect(section.getAttribute('aria-busy')).toBe('true'));
    expect(section.getAttribute('data-drawn')).toBe('false');
    expect(screen.getByTestId('robustness-updating').textContent).toBe(messages.en.updating);
    await waitFor(() => expect(section.getAttribute('data-drawn')).toBe('true'));
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByTestId('robustness-updating')).toBeNull();

    // …then shows robustness() of the new scenario, rows and counts
    const scenario = { overrides: { 'KG.CN.debt_share': 95 } };
    const expected = await expectedLines('en', scenario);
    for (const { count, text } of expected) {
      const line = screen.getByTestId(`robustness-summary-${count.country}`);
      expect(line.textContent).toBe(text);
      expect(Number(line.getAttribute('data-positive'))).toBe(count.positive);
      expect(Number(line.getAttribute('data-negative'))).toBe(count.negative);
      expect(Number(line.getAttribute('data-total'))).toBe(count.total);
    }
    const result = robustness(dataset, normalizeScenario(dataset, scenario));
    const { formatSigned } = formatsFor('en');
    expect(shown().rows.map((cells) => cells.filter((_, i) => i % 2 === 0))).toEqual(
      result.specifications.map((s) => s.tilts.map((tilt) => formatSigned(tilt.tilt))),
    );
    expect(shown().rows).not.toEqual(before.rows);
    // planned and scored once for the rested scenario
    expect(calls.mock.calls.length - whileDragging).toBe(1);
    expect(calls.mock.lastCall?.[1]).toMatchObject(scenario);

    // announced once, by one polite status line; the list itself is not live
    const status = screen.getByTestId('robustness-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('Robustness updated for the current scenario.');
    for (const { text } of expected) expect(status.textContent).toContain(text);
    expect(section.querySelector('[aria-live]')).toBeNull();
  });
});
