// @vitest-environment jsdom
import './setupMsw';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { dataset } from '@/data/dataset';
import { buildMethodEntries, methodChoiceId, TORNADO_TOP } from '@/features/analysis/adapters';
import { AnalysisPage } from '@/features/analysis/AnalysisPage';
import { flipFindings, tiltTornadoes } from '@/scenario/findings';
import type { Language } from '@/i18n';
import { analysis as messages } from '@/i18n/locales/analysis';
import { common } from '@/i18n/locales/common';
import { risks } from '@/i18n/locales/risks';
import { formatsFor } from '@/lib/format';
import type { ScenarioInput, TiltDimension } from '@/model';
import {
  computeScores,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  findTilt,
  methodAlternatives,
  monteCarlo,
  prepare,
  readTilt,
  TILT_DIMENSIONS,
} from '@/model';
import { useScenarioStore } from '@/scenario/store';
import { chartLabel, isCard, observeScreen } from './chartCards';
import { renderView } from './renderView';

const baseline = computeScores(dataset);
const uncertainty = monteCarlo(dataset, {}, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });
const countryName = (code: string, language: Language) =>
  dataset.countries.find((c) => c.code === code)!.name[language];
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? `{{${k}}}`);

beforeEach(() => {
  // Each test reads its scenario from its own address.
  useScenarioStore.setState({ dataset: null, presetId: null });
});

async function open(language: Language, search = '') {
  const utils = await renderView(<AnalysisPage />, { route: '/analysis', search, language });
  const h1 = await screen.findByRole('heading', { level: 1, name: messages[language].heading });
  return { ...utils, h1 };
}

const region = (name: string) => screen.getByRole('region', { name });

function showTable(card: HTMLElement, language: Language) {
  fireEvent.click(within(card).getByRole('button', { name: common[language].showTable }));
}

describe.each(['en', 'ru'] as const)('analysis in %s', (language) => {
  const { formatInterval, formatPercent, formatScore, formatSigned, formatValue } =
    formatsFor(language);
  const m = messages[language];
  const mr = risks[language];
  const c = common[language];

  it('has one h1, a document title and the three sections', async () => {
    await open(language);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe(`${m.pageTitle} — Fulcrum`));
    for (const heading of [m.uncertainty.heading, m.sensitivity.heading, m.flip.heading])
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
  });

  it('shows every score with its 90% interval, and the tilts with the chance of each lean', async () => {
    await open(language);
    for (const country of dataset.countries) {
      const card = region(fill(m.uncertainty.scoresTitle, { country: country.name[language] }));
      expect(within(card).getByRole('img')).toBeInTheDocument();
      showTable(card, language);
      const table = within(card).getByRole('table', {
        name: fill(m.uncertainty.scoresTable.caption, { country: country.name[language] }),
      });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(TILT_DIMENSIONS.length * dataset.partners.length);
      // the Monte Carlo result arrives from the worker (here: a later task)
      await waitFor(() =>
        expect(within(rows[0]!).getAllByRole('cell')[2]).not.toHaveTextContent(m.pending),
      );
      let i = 0;
      for (const dimension of TILT_DIMENSIONS) {
        for (const partner of dataset.partners) {
          const row = rows[i++]!;
          expect(within(row).getByRole('rowheader')).toHaveTextContent(c.dimensions[dimension]);
          const cells = within(row).getAllByRole('cell');
          expect(cells[0]).toHaveTextContent(partner.name[language]);
          const score =
            dimension === 'overall'
              ? baseline.overall.find(
                  (o) => o.country === country.code && o.partner === partner.code,
                )!.score
              : baseline.dimensionScores.find(
                  (s) =>
                    s.country === country.code &&
                    s.partner === partner.code &&
                    s.dimension === dimension,
                )!.score;
          expect(cells[1]).toHaveTextContent(formatScore(score, c.noData));
          const interval =
            dimension === 'overall'
              ? uncertainty.overall.find(
                  (o) => o.country === country.code && o.partner === partner.code,
                )!.interval
              : uncertainty.dimension.find(
                  (o) =>
                    o.country === country.code &&
                    o.partner === partner.code &&
                    o.dimension === dimension,
                )!.interval;
          // no interval where the score has no data
          expect(cells[2]).toHaveTextContent(formatInterval(interval) ?? '—');
        }
      }
      // and back to the chart
      fireEvent.click(within(card).getByRole('button', { name: c.showChart }));
      expect(within(card).getByRole('img')).toBeInTheDocument();
    }

    const tilts = region(m.uncertainty.tiltTitle);
    const chart = within(tilts).getByRole('img');
    // every tilt is written beside its point as the model's lean rule reads it: the share of
    // draws on its side for a lean, "too close to call" otherwise
    const kgOverall = uncertainty.tilts.find(
      (x) => x.country === 'KG' && x.dimension === 'overall',
    )!;
    const kgTilt = findTilt(baseline, 'KG', 'overall');
    const reading = readTilt(kgTilt, kgOverall.pPositive);
    const beside =
      reading.kind === 'leans'
        ? formatPercent(reading.share)
        : reading.kind === 'uncertain'
          ? m.uncertainty.tooClose
          : '';
    await waitFor(() => expect(chart.textContent).toContain(`${formatSigned(kgTilt)} · ${beside}`));
    showTable(tilts, language);
    const table = within(tilts).getByRole('table', { name: m.uncertainty.tiltTable.caption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(TILT_DIMENSIONS.length * dataset.countries.length);
    let i = 0;
    for (const dimension of TILT_DIMENSIONS) {
      for (const country of dataset.countries) {
        const cells = within(rows[i++]!).getAllByRole('cell');
        const mc = uncertainty.tilts.find(
          (x) => x.country === country.code && x.dimension === dimension,
        )!;
        expect(cells[0]).toHaveTextContent(country.name[language]);
        expect(cells[1]).toHaveTextContent(
          formatSigned(findTilt(baseline, country.code, dimension), c.noData),
        );
        expect(cells[3]).toHaveTextContent(formatInterval(mc.interval, true) ?? '—');
        expect(cells[4]).toHaveTextContent(
          mc.pPositive === null ? '—' : formatPercent(mc.pPositive),
        );
      }
    }
  });

  it('draws a tornado per country, largest swing first, with a table; another tilt can be chosen', async () => {
    await open(language);
    const check = (dimension: TiltDimension) => {
      const tornadoes = tiltTornadoes(
        prepare(dataset),
        dataset.countries.map((x) => x.code),
        dimension,
        TORNADO_TOP,
      );
      const tilt = fill(m.tilts[dimension], {});
      for (const tornado of tornadoes) {
        const country = countryName(tornado.country, language);
        const card = region(fill(m.sensitivity.title, { country, tilt }));
        const chart = within(card).getByRole('img');
        expect(chart).toHaveAccessibleName(
          expect.stringContaining(formatSigned(tornado.base)) as unknown as string,
        );
        showTable(card, language);
        const table = within(card).getByRole('table');
        const rows = within(table).getAllByRole('row').slice(1);
        expect(rows.length).toBeGreaterThan(0);
        expect(rows).toHaveLength(tornado.rows.length);
        const swings = rows.map((row, k) => {
          const cells = within(row).getAllByRole('cell');
          const expected = tornado.rows[k]!;
          const indicator = dataset.indicators.find((x) => x.id === expected.indicator)!;
          expect(within(row).getByRole('rowheader')).toHaveTextContent(indicator.name[language]);
          expect(cells[0]).toHaveTextContent(String(k + 1));
          expect(cells[3]).toHaveTextContent(formatSigned(expected.atLow));
          expect(cells[4]).toHaveTextContent(formatSigned(expected.atHigh));
          expect(cells[5]).toHaveTextContent(formatScore(expected.swing));
          return Number(cells[5]!.textContent);
        });
        expect(swings).toEqual([...swings].sort((a, b) => b - a));
        fireEvent.click(within(card).getByRole('button', { name: c.showChart }));
      }
    };
    check('overall');
    fireEvent.change(screen.getByLabelText(m.sensitivity.choose), {
      target: { value: 'security' },
    });
    await waitFor(() =>
      expect(
        region(
          fill(m.sensitivity.title, {
            country: countryName('KG', language),
            tilt: m.tilts.security,
          }),
        ),
      ).toBeInTheDocument(),
    );
    check('security');
  });

  it('says what would flip each tilt, in words, with the source of the figure', async () => {
    await open(language);
    const entries = flipFindings(
      prepare(dataset),
      dataset.countries.map((x) => x.code),
      TILT_DIMENSIONS,
    );
    for (const entry of entries) {
      const item = screen.getByTestId(`flip-${entry.country}-${entry.dimension}`);
      expect(item).toHaveAttribute('data-kind', entry.finding.kind);
      expect(item).toHaveTextContent(countryName(entry.country, language));
      const tilt = findTilt(baseline, entry.country, entry.dimension);
      expect(item).toHaveTextContent(formatSigned(tilt, c.noData));
      const outside = screen.queryByTestId(`flip-outside-${entry.country}-${entry.dimension}`);
      if (entry.finding.kind === 'flips' || entry.finding.kind === 'balances') {
        // a change inside the published range, with the published figure and its sources
        const s = entry.finding.suggestion;
        expect(s.withinRange).toBe(true);
        expect(item.textContent).toContain(formatValue(s.to));
        expect(item.textContent!.toLowerCase()).toContain(s.indicator.name[language].toLowerCase());
        expect(within(item).getAllByRole('listitem').length).toBeGreaterThan(0);
      } else if (entry.finding.kind === 'cannot-flip') {
        expect(within(item).queryAllByRole('listitem')).toHaveLength(0);
      }
      // a flip that needs a value outside its published range is only ever said apart
      const beyond =
        entry.finding.kind === 'cannot-flip' || entry.finding.kind === 'balances'
          ? entry.finding.outside
          : null;
      if (beyond) {
        expect(outside).not.toBeNull();
        expect(outside!.textContent).toMatch(
          language === 'en' ? /^Outside the published (range|data): / : /^Вне опубликованн/,
        );
        expect(outside!.textContent).toContain(formatValue(beyond.to));
      } else {
        expect(outside).toBeNull();
      }
    }
    // the baseline has a tilt that no single change inside the ranges flips
    expect(entries.some((e) => e.finding.kind === 'cannot-flip')).toBe(true);
    const none = entries.find((e) => e.finding.kind === 'cannot-flip')!;
    expect(screen.getByTestId(`flip-${none.country}-${none.dimension}`)).toHaveTextContent(
      language === 'en'
        ? /: no single assumption flips it within its published range\./
        : /не меняет знак ни при каком изменении одного допущения в пределах опубликованного диапазона/,
    );
  });

  it('says which method choices flip or balance each country’s tilts', async () => {
    await open(language);
    const entries = buildMethodEntries(
      methodAlternatives(dataset, {}),
      dataset.countries.map((x) => x.code),
    );
    for (const entry of entries) {
      const section = screen.getByTestId(`method-flips-${entry.country}`);
      expect(
        within(section).getByRole('heading', { level: 4, name: m.flip.method.heading }),
      ).toBeInTheDocument();
      // every choice tested is named
      expect(section).toHaveTextContent(mr.method.choice.geometric);
      if (entry.flips.length === 0) {
        expect(within(section).queryAllByRole('listitem')).toHaveLength(0);
        expect(section).toHaveTextContent(countryName(entry.country, language));
      }
      for (const f of entry.flips) {
        const item = within(section).getByTestId(
          `method-${f.country}-${f.dimension}-${methodChoiceId(f.choice)}`,
        );
        expect(item).toHaveAttribute('data-kind', f.outcome);
        expect(item).toHaveTextContent(formatSigned(f.then));
      }
    }
  });

  it('method choices follow the scenario: from the geometric mean, the arithmetic one is tested', async () => {
    await open(language, 'agg=geometric');
    const entries = buildMethodEntries(
      methodAlternatives(dataset, { aggregation: 'geometric' }),
      dataset.countries.map((x) => x.code),
    );
    const section = screen.getByTestId(`method-flips-${entries[0]!.country}`);
    await waitFor(() => expect(section).toHaveTextContent(mr.method.choice.arithmetic));
    for (const f of entries[0]!.flips)
      expect(
        within(section).getByTestId(
          `method-${f.country}-${f.dimension}-${methodChoiceId(f.choice)}`,
        ),
      ).toHaveTextContent(formatSigned(f.then));
  });

  it('follows the scenario in the address', async () => {
    const overrides = { 'KG.RU.debt_share': 40 };
    const scenario: Partial<ScenarioInput> = { overrides };
    const scores = computeScores(dataset, scenario);
    const before = findTilt(baseline, 'KG', 'economic')!;
    const after = findTilt(scores, 'KG', 'economic')!;
    expect(formatSigned(after)).not.toBe(formatSigned(before));
    await open(language, 'o.KG.RU.debt_share=40');

    const item = screen.getByTestId('flip-KG-economic');
    await waitFor(() => expect(item).toHaveTextContent(formatSigned(after)));
    const entries = flipFindings(prepare(dataset, scenario), ['KG'], ['economic']);
    expect(item).toHaveAttribute('data-kind', entries[0]!.finding.kind);

    // the tilt table shows the scenario with the baseline beside it
    const tilts = region(m.uncertainty.tiltTitle);
    showTable(tilts, language);
    const table = within(tilts).getByRole('table', { name: m.uncertainty.tiltTable.caption });
    const row = within(table)
      .getAllByRole('row')
      .find(
        (r) =>
          within(r).queryByRole('rowheader')?.textContent === c.dimensions.economic &&
          r.textContent!.includes(countryName('KG', language)),
      )!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent(formatSigned(after));
    expect(cells[5]).toHaveTextContent(formatSigned(before));

    // the tornado tests the scenario's ranges
    const [kg] = tiltTornadoes(prepare(dataset, scenario), ['KG'], 'overall', TORNADO_TOP);
    const card = region(
      fill(m.sensitivity.title, { country: countryName('KG', language), tilt: m.tilts.overall }),
    );
    expect(within(card).getByRole('img')).toHaveAccessibleName(
      expect.stringContaining(formatSigned(kg!.base)) as unknown as string,
    );
  });
});

describe('a slider step on /analysis', () => {
  const m = messages.en;
  afterEach(() => vi.unstubAllGlobals());

  it('redraws the charts on screen in its own render, and a chart below the fold after the paint', async () => {
    const tiltTitle = m.uncertainty.tiltTitle;
    vi.stubGlobal('IntersectionObserver', observeScreen(isCard('analysis-tilts')));
    await open('en');
    const kyrgyz = fill(m.uncertainty.scoresTitle, { country: countryName('KG', 'en') });
    const tajik = fill(m.uncertainty.scoresTitle, { country: countryName('TJ', 'en') });
    // The draws first (from the worker, a later task), so that only the step changes a chart.
    await waitFor(() => {
      for (const card of [kyrgyz, tajik]) expect(chartLabel(card)).toMatch(/\(\d+\.\d–\d+\.\d\)/);
      expect(chartLabel(tiltTitle)).toMatch(/ of draws/);
    });
    const before = {
      kyrgyz: chartLabel(kyrgyz),
      tajik: chartLabel(tajik),
      tilt: chartLabel(tiltTitle),
    };

    act(() => useScenarioStore.getState().setSlider('KG.CN.debt_share', 95));
    // The Kyrgyz card, on screen, shows the step at once; the tilt card, off screen, not yet.
    expect(chartLabel(kyrgyz)).not.toBe(before.kyrgyz);
    expect(chartLabel(tajik)).toBe(before.tajik);
    expect(chartLabel(tiltTitle)).toBe(before.tilt);
    // It follows once the step's frame is painted.
    await waitFor(() => expect(chartLabel(tiltTitle)).not.toBe(before.tilt));
  });

  it('leaves a country card off screen (a phone shows one at a time) until the step is painted', async () => {
    vi.stubGlobal('IntersectionObserver', observeScreen(isCard('analysis-scores-TJ')));
    await open('en');
    const tajik = fill(m.uncertainty.scoresTitle, { country: countryName('TJ', 'en') });
    await waitFor(() => expect(chartLabel(tajik)).toMatch(/\(\d+\.\d–\d+\.\d\)/));
    const before = chartLabel(tajik);

    act(() => useScenarioStore.getState().setSlider('TJ.CN.telecom_equipment_share', 10));
    expect(chartLabel(tajik)).toBe(before);
    await waitFor(() => expect(chartLabel(tajik)).not.toBe(before));
  });
});
