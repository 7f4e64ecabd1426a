// @vitest-environment jsdom
import './setupMsw';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { rowId } from '@/features/country/adapters';
import { CountryPage } from '@/features/country/CountryPage';
import { createI18n, type Language } from '@/i18n';
import { common } from '@/i18n/locales/common';
import { country as messages } from '@/i18n/locales/country';
import { formatsFor } from '@/lib/format';
import { leanWording } from '@/lib/leanText';
import type { Observation } from '@/model';
import {
  computeScores,
  DIMENSIONS,
  findDimensionScore,
  findTilt,
  observationKey,
  TILT_DIMENSIONS,
  tiltBasis,
} from '@/model';
import { renderView } from './renderView';

const scores = computeScores(dataset);

// A scenario that differs from the baseline, switched on per test: the country view must then
// show each score's baseline and change, and ghost outlines on the radar.
const mockScenario = vi.hoisted(() => ({ overrides: null as Record<string, number> | null }));
vi.mock('@/scenario/hooks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/scenario/hooks')>();
  const model = await import('@/model');
  const { dataset: data } = await import('@/data/dataset');
  return {
    ...actual,
    useScenarioView: () => {
      const real = actual.useScenarioView();
      if (!mockScenario.overrides) return real;
      const scenario = { ...real.scenario, overrides: mockScenario.overrides };
      return {
        ...real,
        scenario,
        scores: model.computeScores(data, scenario),
        baseline: real.baseline,
        differs: true,
      };
    },
  };
});
afterEach(() => {
  mockScenario.overrides = null;
});

const countryName = (code: string, language: Language) =>
  dataset.countries.find((c) => c.code === code)!.name[language];

async function open(path: string, code: string, language: Language) {
  const [route = path, search] = path.split('?');
  const utils = await renderView(<CountryPage />, {
    route,
    path: '/country/:code',
    search,
    language,
  });
  const h1 = await screen.findByRole('heading', { level: 1, name: countryName(code, language) });
  return { ...utils, h1 };
}

/** The observation the baseline scores use for a cell (variant matching the default option). */
function usedObservation(code: string, partner: string, indicator: string): Observation {
  const options = Object.fromEntries(dataset.options.map((o) => [o.key, o.default]));
  const candidates = dataset.observations.filter(
    (o) =>
      o.country === code &&
      o.partner === partner &&
      o.indicator === indicator &&
      (!o.variant || options[o.variant.option] === o.variant.value),
  );
  return candidates.find((o) => o.variant) ?? candidates[0]!;
}

const cases: [string, string, Language][] = [
  ['/country/KG', 'KG', 'en'],
  ['/country/tj', 'TJ', 'en'],
  ['/country/KG', 'KG', 'ru'],
  ['/country/tj', 'TJ', 'ru'],
];

describe.each(cases)('%s (%s) in %s', (path, code, language) => {
  const { formatScore } = formatsFor(language);
  const m = messages[language];
  const c = common[language];
  const footnoteText = (n: number) => c.footnote.replace('{{n}}', String(n));

  it('has one h1 with the country name, a document title and the canonical upper-case address', async () => {
    const { router } = await open(path, code, language);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe(`${countryName(code, language)} — Fulcrum`));
    expect(router.state.location.pathname).toBe(`/country/${code}`);
  });

  it('shows the radar card with a table view of the dimension scores', async () => {
    await open(path, code, language);
    const card = screen.getByTestId('country-radar');
    expect(within(card).getByRole('heading', { level: 2, name: m.radar.title })).toBeVisible();
    fireEvent.click(within(card).getByRole('button', { name: c.showTable }));
    const table = within(card).getByRole('table', {
      name: m.radar.caption.replace('{{country}}', countryName(code, language)),
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(DIMENSIONS.length);
    DIMENSIONS.forEach((d, i) => {
      const row = rows[i]!;
      expect(within(row).getByRole('rowheader')).toHaveTextContent(c.dimensions[d]);
      const cells = within(row).getAllByRole('cell');
      // a dimension without data reads "no data" (cells are missing in the data)
      expect(cells[0]).toHaveTextContent(
        formatScore(findDimensionScore(scores, code, 'CN', d)!.score, c.noData),
      );
      expect(cells[1]).toHaveTextContent(
        formatScore(findDimensionScore(scores, code, 'RU', d)!.score, c.noData),
      );
    });
  });

  it('the radar closes no outline over a dimension without data, and says which it leaves out', async () => {
    await open(path, code, language);
    const card = screen.getByTestId('country-radar');
    const gaps = within(card)
      .queryAllByText((_, el) => el?.getAttribute('data-role') === 'radar-gap')
      .map((el) => el.textContent);
    const expected = dataset.partners.flatMap((p) =>
      DIMENSIONS.filter((d) => findDimensionScore(scores, code, p.code, d)!.score === null).map(
        (d) => `${p.name[language]}, ${c.dimensions[d]}: ${c.noData}`,
      ),
    );
    expect(gaps).toEqual(expected);
    // a closed (filled) outline per partner with every score; lines only for one with gaps
    const complete = dataset.partners.filter((p) =>
      DIMENSIONS.every((d) => findDimensionScore(scores, code, p.code, d)!.score !== null),
    );
    const outlines = card.querySelectorAll('svg polygon[fill-opacity]');
    expect(outlines).toHaveLength(complete.length);
    if (complete.length < dataset.partners.length)
      expect(card.querySelectorAll('svg polyline').length).toBeGreaterThan(0);
  });

  it('has four dimension cards whose scores are the model scores', async () => {
    await open(path, code, language);
    for (const d of DIMENSIONS) {
      const card = screen.getByTestId(`dimension-card-${d}`);
      expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(c.dimensions[d]);
      for (const p of ['CN', 'RU']) {
        const expected = formatScore(findDimensionScore(scores, code, p, d)!.score, c.noData);
        expect(within(card).getByTestId(`score-${d}-${p}`)).toHaveTextContent(expected);
      }
      // the top contributors link to rows of the indicator table
      for (const link of within(card).getAllByRole('link')) {
        const id = link.getAttribute('href')!.slice(1);
        expect(id).toMatch(new RegExp(`^row-${code}-(CN|RU)-`));
        expect(document.getElementById(id)).not.toBeNull();
      }
    }
    // Monte Carlo intervals arrive from the worker (here: a later task)
    const intervalWord = language === 'ru' ? /90-процентный интервал/ : /90% interval/;
    await waitFor(() => expect(screen.getAllByText(intervalWord).length).toBeGreaterThan(4));
  });

  it('notes beside a tilt when its two sides rest on unequal data, and not when equal', async () => {
    await open(path, code, language);
    const fixed = createI18n(language).getFixedT(language, 'common');
    const words = leanWording(
      (key, options) => fixed(key, options),
      dataset.tiltPair,
      (p) => dataset.partners.find((x) => x.code === p)!.name[language],
      language,
    );
    for (const dimension of TILT_DIMENSIONS) {
      // the header's sentence for the overall tilt, a card's tilt line for a dimension
      const line =
        dimension === 'overall'
          ? document.querySelector('.country-lede-tilt')!
          : within(screen.getByTestId(`dimension-card-${dimension}`))
              .getByText(`${c.tiltLabel}:`)
              .closest('p')!;
      const note = words.basisNote(tiltBasis(scores, dataset.tiltPair, code, dimension));
      const shown = line.querySelector('[data-role="tilt-basis-note"]');
      if (note) expect(shown).toHaveTextContent(note);
      else expect(shown).toBeNull();
    }
  });

  it('lists every indicator × partner with values, sources and footnote numbers', async () => {
    await open(path, code, language);
    const table = screen.getByRole('table', {
      name: m.table.caption.replace('{{country}}', countryName(code, language)),
    });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(dataset.indicators.length * dataset.partners.length);

    for (const indicator of dataset.indicators) {
      for (const partner of ['CN', 'RU']) {
        const key = observationKey(code, partner, indicator.id);
        const row = document.getElementById(rowId(key));
        expect(row, key).not.toBeNull();
        expect(row!).toHaveTextContent(indicator.name[language]);
        const ds = findDimensionScore(scores, code, partner, indicator.dimension)!;
        const contribution = ds.contributions.find((x) => x.indicator === indicator.id);
        if (!contribution) continue;
        expect(row!).toHaveTextContent(formatScore(contribution.normalised));
        expect(row!).toHaveTextContent(formatScore(contribution.contribution));
        const observation = usedObservation(code, partner, indicator.id);
        expect(row!).toHaveTextContent(String(observation.year));
        for (const n of observation.footnotes ?? []) {
          expect(row!, `${key} note ${n}`).toHaveTextContent(footnoteText(n));
        }
        for (const id of observation.sources) {
          const source = dataset.sources.find((s) => s.id === id)!;
          expect(row!, `${key} source ${id}`).toHaveTextContent(source.title ?? source.outlet);
        }
        for (const link of within(row!).queryAllByRole('link')) {
          expect(link).toHaveAttribute('rel', 'noreferrer');
        }
      }
    }
    // at least one row rests on the Ifri report's footnotes
    expect(
      within(table).getAllByText(new RegExp(footnoteText(1).replace(/1$/, '\\d+'))).length,
    ).toBeGreaterThan(0);
  });

  it('sorts by a column: aria-sort updates and the order changes', async () => {
    await open(path, code, language);
    const table = screen.getByRole('table', {
      name: m.table.caption.replace('{{country}}', countryName(code, language)),
    });
    const keys = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.getAttribute('data-key'));
    const before = keys();
    const button = within(table).getByRole('button', { name: m.table.columns.contribution });
    const th = button.closest('th')!;
    expect(th).not.toHaveAttribute('aria-sort');

    fireEvent.click(button);
    expect(th).toHaveAttribute('aria-sort', 'descending');
    const desc = keys();
    expect(desc).not.toEqual(before);
    const contributionOf = (key: string | null) => {
      const [cc, p, ind] = key!.split('.');
      const dim = dataset.indicators.find((i) => i.id === ind)!.dimension;
      return (
        findDimensionScore(scores, cc!, p!, dim)!.contributions.find((x) => x.indicator === ind)
          ?.contribution ?? null
      );
    };
    const values = desc.map(contributionOf).filter((v): v is number => v !== null);
    expect(values).toEqual([...values].sort((a, b) => b - a));

    fireEvent.click(button);
    expect(th).toHaveAttribute('aria-sort', 'ascending');
    const asc = keys()
      .map(contributionOf)
      .filter((v): v is number => v !== null);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    // another column takes over the sort
    const byName = within(table).getByRole('button', { name: m.table.columns.indicator });
    fireEvent.click(byName);
    expect(byName.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(th).not.toHaveAttribute('aria-sort');
  });

  it('filters the table by dimension', async () => {
    await open(path, code, language);
    const group = screen.getByRole('group', { name: m.table.filter });
    fireEvent.click(within(group).getByRole('button', { name: c.dimensions.digital }));
    const table = screen.getByRole('table', {
      name: m.table.caption.replace('{{country}}', countryName(code, language)),
    });
    const digital = dataset.indicators.filter((i) => i.dimension === 'digital').length;
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(digital * 2);
    fireEvent.click(within(group).getByRole('button', { name: m.table.all }));
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(dataset.indicators.length * 2);
  });

  it("shows the country's events in date order", async () => {
    await open(path, code, language);
    const section = screen.getByRole('region', { name: m.timeline.heading });
    const events = dataset.events
      .filter((e) => e.countries.includes(code))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    expect(events.length).toBeGreaterThan(0);
    const items = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.event);
    expect(items.map((li) => li.dataset.event)).toEqual(events.map((e) => e.id));
    events.forEach((e, i) => {
      expect(items[i]!).toHaveTextContent(e.title[language]);
      expect(within(items[i]!).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute(
        'datetime',
        e.date,
      );
    });
  });
});

describe('the unequal-data note on the bundled data', () => {
  it('has tilts with unequal and with equal data to show it for and not', () => {
    const bases = dataset.countries.flatMap((country) =>
      TILT_DIMENSIONS.filter((d) => findTilt(scores, country.code, d) !== null).map((d) =>
        tiltBasis(scores, dataset.tiltPair, country.code, d),
      ),
    );
    expect(bases.some((b) => b.equal)).toBe(true);
    expect(bases.some((b) => !b.equal)).toBe(true);
  });
});

describe('the Kyrgyz trade reading', () => {
  it('marks the KG×CN trade row with the alternative reading when the data has two', async () => {
    const readings = dataset.observations.filter(
      (o) => o.country === 'KG' && o.partner === 'CN' && o.indicator === 'trade_share',
    );
    await open('/country/KG', 'KG', 'en');
    const row = document.getElementById('row-KG-CN-trade_share')!;
    if (readings.filter((o) => o.variant).length > 1) {
      expect(row).toHaveTextContent(/switch in the scenario panel/);
    } else {
      expect(row).not.toHaveTextContent(/switch in the scenario panel/);
    }
  });
});

describe('/country/XX', () => {
  it.each<Language>(['en', 'ru'])('shows the not-found block in %s', async (language) => {
    await renderView(<CountryPage />, { route: '/country/XX', path: '/country/:code', language });
    const m = messages[language];
    expect(
      await screen.findByRole('heading', { level: 1, name: m.notFound.title }),
    ).toBeInTheDocument();
    for (const c of dataset.countries) {
      const link = screen.getByRole('link', { name: c.name[language] });
      expect(link.getAttribute('href')).toMatch(new RegExp(`^/country/${c.code}`));
    }
    await waitFor(() => expect(document.title).toBe(`${m.notFound.title} — Fulcrum`));
  });
});

describe('while a scenario differs from the baseline', () => {
  it('shows baselines with changes, the scenario value of an overridden row and the radar ghost', async () => {
    mockScenario.overrides = { 'KG.CN.debt_share': 50 };
    const changed = computeScores(dataset, { overrides: mockScenario.overrides });
    await open('/country/KG', 'KG', 'en');
    const { formatScore } = formatsFor('en');
    const card = screen.getByTestId('dimension-card-economic');
    const now = findDimensionScore(changed, 'KG', 'CN', 'economic')!.score;
    const before = findDimensionScore(scores, 'KG', 'CN', 'economic')!.score;
    expect(within(card).getByTestId('score-economic-CN')).toHaveTextContent(formatScore(now));
    expect(card).toHaveTextContent(`baseline ${formatScore(before)}`);
    expect(card).toHaveTextContent(`change +${(now! - before!).toFixed(1)}`);
    const row = document.getElementById('row-KG-CN-debt_share')!;
    expect(row).toHaveTextContent('50%');
    expect(row).toHaveTextContent(/scenario value; published/);
    const radar = screen.getByTestId('country-radar');
    expect(radar).toHaveTextContent(messages.en.radar.baselineLegend);
  });
});
