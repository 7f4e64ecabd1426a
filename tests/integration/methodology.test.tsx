// @vitest-environment jsdom
import './setupMsw';
import { render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { REPORT_SOURCE_ID } from '@/data/schema';
import {
  citationCounts,
  formatNumber,
  judgementObservations,
  KG_TRADE_OPTION,
  localizePeriod,
  orderedSources,
} from '@/features/methodology/derive';
import { methodology } from '@/i18n/locales/methodology';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { DatasetContext } from '@/lib/dataset';
import { completeScenario } from '@/model';
import { IndicatorsSection } from '@/features/methodology/IndicatorsSection';
import { WeightsSection } from '@/features/methodology/WeightsSection';
import { renderApp } from './renderApp';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function open(language: Language) {
  const utils = renderApp(`/methodology${language === 'ru' ? '?lang=ru' : ''}`, { language });
  const h1 = await screen.findByRole('heading', { level: 1, name: methodology[language].title });
  return { ...utils, h1 };
}

const region = (name: string) => screen.getByRole('region', { name });

describe.each<Language>(['en', 'ru'])('/methodology in %s', (language) => {
  const m = methodology[language];
  const footnoteText = (n: number) =>
    language === 'ru' ? `Доклад Ifri, сноска ${n}` : `Ifri report, note ${n}`;

  it('has one h1, a document title and a table of contents of anchors', async () => {
    await open(language);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe(m.pageTitle));
    const toc = screen.getByRole('navigation', { name: m.toc.heading });
    const links = within(toc).getAllByRole('link');
    expect(links.length).toBe(7);
    for (const link of links) {
      const target = link.getAttribute('href')!;
      expect(target).toMatch(/^#methodology-/);
      expect(document.getElementById(target.slice(1))).not.toBeNull();
    }
  });

  it('states the formulas as text', async () => {
    await open(language);
    const formulas = region(m.formulas.heading);
    expect(
      within(formulas).getByText('n = 100 · clamp((T(v) − T(min)) / (T(max) − T(min)), 0, 1)'),
    ).toBeInTheDocument();
    expect(within(formulas).getByText(m.formulas.overall.geometric)).toBeInTheDocument();
    expect(
      within(formulas).getByText(m.formulas.uncertainty.interval.replace(/\s+/g, ' ')),
    ).toBeInTheDocument();
    // the Monte Carlo draws and seed come from the model's defaults
    expect(formulas.textContent).toContain('20260701');
    expect(formulas.textContent).toMatch(/2[\s\u00a0\u202f,]?000/);
    expect(
      within(formulas).getByRole('heading', { level: 3, name: m.formulas.flip.heading }),
    ).toBeInTheDocument();
  });

  it('lists every indicator with its goalposts, scale and weight, and the rubric of ordinal ones', async () => {
    await open(language);
    const indicators = region(m.indicators.heading);
    for (const indicator of dataset.indicators) {
      const name = indicator.name[language];
      const header = within(indicators).getByRole('rowheader', {
        name: new RegExp(`^${escape(name)}`),
      });
      const row = header.closest('tr')!;
      const goalposts = `${formatNumber(indicator.goalposts.min, language)} – ${formatNumber(indicator.goalposts.max, language)}`;
      expect(row.textContent).toContain(goalposts);
      expect(row.textContent).toContain(m.indicators.scales[indicator.scale]);
      expect(row.textContent).toContain(indicator.description[language]);
      if (indicator.rubric) {
        const levels = within(row).getAllByRole('listitem');
        expect(levels).toHaveLength(indicator.rubric.length);
        indicator.rubric.forEach((level, i) =>
          expect(levels[i]!.textContent).toContain(level[language]),
        );
      }
    }
  });

  it('lists every source, the report first, with footnote numbers and citation counts', async () => {
    await open(language);
    const sources = region(m.sources.heading);
    const list = within(sources).getByRole('list', { name: m.sources.heading });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(dataset.sources.length);
    expect(items[0]!.id).toBe(`methodology-source-${REPORT_SOURCE_ID}`);
    expect(items[0]!.textContent).toContain(m.sources.report);

    const counts = citationCounts(dataset);
    const ordered = orderedSources(dataset);
    ordered.forEach((entry, i) => {
      const item = items[i]!;
      expect(item.textContent).toContain(entry.source.title);
      expect(item.textContent).toContain(entry.source.author);
      if (entry.source.footnote !== undefined)
        expect(item.textContent).toContain(footnoteText(entry.source.footnote));
      const n = counts.get(entry.source.id) ?? 0;
      if (n > 0) expect(item.textContent).toMatch(new RegExp(`\\b${n}\\b`));
      if (entry.source.url) {
        const link = within(item).getByRole('link', { name: entry.source.title });
        expect(link).toHaveAttribute('href', entry.source.url);
        expect(link).toHaveAttribute('rel', 'noreferrer');
      }
    });

    // e.g. footnote 3 (the Kyrgyz trade figures) shows "3"
    const three = dataset.sources.find((s) => s.footnote === 3);
    expect(three).toBeDefined();
    const item3 = items.find((li) => li.id === `methodology-source-${three!.id}`)!;
    expect(item3.textContent).toContain('3');
    expect(item3.textContent).toContain(footnoteText(3));
  });

  it('states the caveats: Kyrgyz trade data, remittances, judgements', async () => {
    await open(language);
    const caveats = region(m.caveats.heading);
    const kg = within(caveats).getByRole('region', { name: m.caveats.kgTrade.heading });
    expect(kg.textContent).toContain(language === 'ru' ? '27,2 млрд' : '$27.2bn');
    expect(kg.textContent).toContain(language === 'ru' ? '4,97 млрд' : '$4.97bn');
    expect(kg.textContent).toContain(footnoteText(3).replace('Доклад', 'доклад'));
    const option = dataset.options.find((o) => o.key === KG_TRADE_OPTION)!;
    expect(kg.textContent).toContain(option.label[language]);
    for (const choice of option.choices) expect(kg.textContent).toContain(choice.label[language]);
    expect(kg.textContent).toContain(
      `${KG_TRADE_OPTION}=${option.default} ${m.caveats.kgTrade.isDefault}`,
    );

    const remittances = within(caveats).getByRole('region', {
      name: m.caveats.remittances.heading,
    });
    for (const o of dataset.observations.filter((x) => x.indicator === 'remittances_gdp')) {
      expect(remittances.textContent).toContain(o.note[language]);
    }

    const judgements = judgementObservations(dataset);
    expect(judgements.length).toBeGreaterThan(0);
    const list = within(caveats).getByRole('list', { name: m.caveats.judgement.heading });
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(judgements.length);
    judgements.forEach((o, i) => expect(entries[i]!.textContent).toContain(o.note[language]));

    expect(
      within(caveats).getByRole('heading', { level: 3, name: m.caveats.general.heading }),
    ).toBeInTheDocument();
  });

  it('shows the data version, the counts and how to reproduce the numbers', async () => {
    await open(language);
    const data = region(m.data.heading);
    expect(within(data).getByTestId('data-version').textContent).toContain(dataset.version);
    const table = within(data).getByRole('table');
    const count = (label: string) =>
      within(table).getByRole('rowheader', { name: label }).closest('tr')!.textContent;
    expect(count(m.data.counts.indicators)).toContain(String(dataset.indicators.length));
    expect(count(m.data.counts.sources)).toContain(String(dataset.sources.length));
    expect(count(m.data.counts.events)).toContain(String(dataset.events.length));
    expect(count(m.data.counts.observations)).toContain(
      formatNumber(dataset.observations.length, language),
    );
    expect(within(data).getByText('npm run fulcrum -- scores')).toBeInTheDocument();
  });
});

describe('methodology derivations', () => {
  it('orders sources: report, then footnote number, then author', () => {
    const ordered = orderedSources(dataset);
    expect(ordered[0]!.isReport).toBe(true);
    const rest = ordered.slice(1).map((e) => e.source);
    for (let i = 1; i < rest.length; i++) {
      const a = rest[i - 1]!;
      const b = rest[i]!;
      const fa = a.footnote ?? Infinity;
      const fb = b.footnote ?? Infinity;
      expect(fa <= fb).toBe(true);
      if (fa === Infinity && fb === Infinity)
        expect(a.author.localeCompare(b.author, 'en') <= 0).toBe(true);
    }
  });

  it('counts a source cited through a report footnote once per observation', () => {
    const counts = citationCounts({
      sources: [
        { id: 'report', author: 'A', title: 'R', outlet: 'O', date: '2026' },
        { id: 'rferl', author: 'B', title: 'T', outlet: 'O', date: '2026', footnote: 3 },
      ],
      observations: [
        {
          country: 'KG',
          partner: 'CN',
          indicator: 'x',
          value: 1,
          low: 1,
          high: 1,
          year: 2025,
          confidence: 'reported',
          sources: ['report', 'rferl'],
          footnotes: [3],
          note: { en: 'n', ru: 'n' },
        },
        {
          country: 'TJ',
          partner: 'CN',
          indicator: 'x',
          value: 1,
          low: 1,
          high: 1,
          year: 2025,
          confidence: 'reported',
          sources: ['report'],
          footnotes: [3],
          note: { en: 'n', ru: 'n' },
        },
      ],
    });
    expect(counts.get('report')).toBe(2);
    expect(counts.get('rferl')).toBe(2);
  });

  it('translates observation periods for Russian readers and leaves English as written', () => {
    expect(localizePeriod('Jan–May 2025', 'en')).toBe('Jan–May 2025');
    expect(localizePeriod('Jan–May 2025', 'ru')).toBe('янв.–май 2025');
    expect(localizePeriod('April 2025', 'ru')).toBe('апрель 2025');
    expect(localizePeriod('Q1 2024 inflow', 'ru')).toBe('приток за I кв. 2024');
    expect(localizePeriod('2024 inflow', 'ru')).toBe('приток за 2024');
  });

  it('shows the scenario weights beside the defaults while the scenario differs', async () => {
    // The methodology messages load lazily in the app; sections rendered alone need them first.
    await loadNamespaces(['methodology']);
    const scenario = completeScenario(dataset, {
      dimensionWeights: { security: 2 },
      indicatorWeights: { trade_share: 3, debt_share: -1 },
      aggregation: 'geometric',
    });
    const m = methodology.en;
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <DatasetContext.Provider value={dataset}>
          <WeightsSection scenario={scenario} differs />
          <IndicatorsSection scenario={scenario} differs />
        </DatasetContext.Provider>
      </I18nextProvider>,
    );
    const weights = screen.getByRole('table', { name: m.weights.caption });
    expect(
      within(weights).getByRole('columnheader', { name: m.weights.columns.scenario }),
    ).toBeInTheDocument();
    const security = within(weights).getByRole('rowheader', { name: 'Security' }).closest('tr')!;
    expect(
      within(security)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '25%', '2']);
    expect(screen.getByText(/weighted geometric mean/)).toBeInTheDocument();
    const row = (name: string) =>
      screen.getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) }).closest('tr')!;
    const last = (tr: HTMLElement) => within(tr).getAllByRole('cell').at(-1)!.textContent;
    expect(last(row('Share of foreign trade'))).toBe('3');
    // a negative weight is not usable: the model falls back to the default
    expect(last(row('Share of external public debt'))).toBe('1');
  });
});
