// @vitest-environment jsdom
import './setupMsw';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { allEvidence } from '@/data/evidence';
import { REPORT_SOURCE_ID } from '@/data/schema';
import {
  citationCounts,
  formatNumber,
  formulaText,
  judgementObservations,
  KG_TRADE_OPTION,
  localizePeriod,
  orderedSources,
} from '@/features/methodology/derive';
import { common } from '@/i18n/locales/common';
import { methodology } from '@/i18n/locales/methodology';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { DatasetContext } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import {
  completeScenario,
  datasetCounts,
  EVIDENCE_KINDS,
  evidenceMix,
  missingCells,
  observationKey,
  type Dataset,
  type Observation,
} from '@/model';
import { CaveatsSection } from '@/features/methodology/CaveatsSection';
import { ContextSection } from '@/features/methodology/ContextSection';
import { DataSection } from '@/features/methodology/DataSection';
import { EvidenceSection } from '@/features/methodology/EvidenceSection';
import { FormulasSection } from '@/features/methodology/FormulasSection';
import { IndicatorsSection } from '@/features/methodology/IndicatorsSection';
import { MethodologyPage } from '@/features/methodology/MethodologyPage';
import { MixSection } from '@/features/methodology/MixSection';
import { SourcesSection } from '@/features/methodology/SourcesSection';
import { WeightsSection } from '@/features/methodology/WeightsSection';
import { renderView } from './renderView';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function open(language: Language) {
  const utils = await renderView(<MethodologyPage />, { route: '/methodology', language });
  const h1 = await screen.findByRole('heading', { level: 1, name: methodology[language].title });
  return { ...utils, h1 };
}

const region = (name: string) => screen.getByRole('region', { name });

/** The baseline scenario, as the page passes it to its sections when nothing is changed. */
const baseline = completeScenario(dataset);

/**
 * One section of the page, alone with the page's providers: a test of one section need not
 * render the whole page (some 5,000 elements) around it.
 */
function openSection(section: ReactElement, language: Language) {
  return renderView(section, { route: '/methodology', language });
}

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
    // one link per section of the page
    expect(links.length).toBe(document.querySelectorAll('section.methodology-section').length);
    for (const name of [m.toc.mix, m.toc.evidence, m.toc.context])
      expect(within(toc).getByRole('link', { name })).toBeInTheDocument();
    for (const link of links) {
      const target = link.getAttribute('href')!;
      expect(target).toMatch(/^#methodology-/);
      expect(document.getElementById(target.slice(1))).not.toBeNull();
    }
  });

  it('states the formulas as text', async () => {
    await openSection(<FormulasSection />, language);
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
    await openSection(<IndicatorsSection scenario={baseline} differs={false} />, language);
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
    await openSection(<SourcesSection />, language);
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
      if (entry.source.title) expect(item.textContent).toContain(entry.source.title);
      else if (entry.source.description)
        expect(item.textContent).toContain(entry.source.description[language]);
      if (entry.source.author) expect(item.textContent).toContain(entry.source.author);
      expect(item.textContent).toContain(entry.source.outlet);
      if (!entry.source.url && entry.source.site)
        expect(item.textContent).toContain(entry.source.site);
      if (entry.source.footnote !== undefined)
        expect(item.textContent).toContain(footnoteText(entry.source.footnote));
      const n = counts.get(entry.source.id) ?? 0;
      if (n > 0) expect(item.textContent).toMatch(new RegExp(`\\b${n}\\b`));
      if (entry.source.url) {
        const link = within(item).getByRole('link', {
          name: entry.source.title ?? entry.source.description?.[language] ?? entry.source.url,
        });
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
    await openSection(<CaveatsSection />, language);
    const caveats = region(m.caveats.heading);
    const kg = within(caveats).getByRole('region', { name: m.caveats.kgTrade.heading });
    // The report's words on the two readings come from the data, with their footnotes.
    const reportWords = dataset.observations
      .filter((o) => o.variant?.option === KG_TRADE_OPTION)
      .flatMap((o) => allEvidence(o))
      .filter((e) => e.from === 'report');
    expect(reportWords.length).toBeGreaterThan(0);
    const quotes = kg.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(new Set(reportWords.map((e) => e.quote)).size);
    for (const e of reportWords) {
      expect(kg.textContent).toContain(`“${e.quote}”`);
      if (e.footnote !== undefined)
        expect(kg.textContent).toContain(
          m.caveats.kgTrade.quoteSource.replace('{{footnote}}', String(e.footnote)),
        );
    }
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
    await openSection(<DataSection />, language);
    const data = region(m.data.heading);
    expect(within(data).getByTestId('data-version').textContent).toContain(dataset.version);
    const table = within(data).getByRole('table');
    const count = (label: string) =>
      within(table).getByRole('rowheader', { name: label }).closest('tr')!.textContent;
    expect(count(m.data.counts.indicators)).toContain(String(dataset.indicators.length));
    expect(count(m.data.counts.sources)).toContain(String(dataset.sources.length));
    expect(count(m.data.counts.events)).toContain(String(dataset.events.length));
    const counts = datasetCounts(dataset);
    const exact = (label: string, n: number) =>
      expect(
        within(table).getByRole('rowheader', { name: label }).closest('tr')!.querySelector('td')!
          .textContent,
      ).toBe(formatNumber(n, language));
    exact(m.data.counts.cells, counts.cells);
    exact(m.data.counts.cellsCoded, counts.cellsCoded);
    exact(m.data.counts.missingCells, counts.missingCells);
    exact(m.data.counts.readings, counts.readings);
    exact(m.data.counts.judgement, counts.byConfidence.judgement);
    exact(m.data.counts.computed, counts.byConfidence.computed);
    exact(m.data.counts.sources, counts.sources);
    exact(m.data.counts.context, dataset.context.length);
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
        expect((a.author ?? a.outlet).localeCompare(b.author ?? b.outlet, 'en') <= 0).toBe(true);
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
          evidence: [],
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
          evidence: [],
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

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each<Language>(['en', 'ru'])('/methodology shows the evidence, in %s', (language) => {
  const { formatShare } = formatsFor(language);
  const m = methodology[language];

  it('shows how much rests on judgement: a share per kind for every dimension and overall', async () => {
    await openSection(<MixSection scenario={baseline} differs={false} />, language);
    const section = region(m.mix.heading);
    const table = within(section).getByRole('table', { name: m.mix.caption });
    const mix = evidenceMix(dataset);
    const kinds = EVIDENCE_KINDS.filter((k) => k !== 'analyst');
    for (const kind of kinds)
      expect(
        within(table).getByRole('columnheader', { name: m.mix.kinds[kind] }),
      ).toBeInTheDocument();
    const rows = [...mix.dimensions, mix.overall];
    for (const row of rows) {
      const name =
        row.dimension === 'overall' ? m.mix.overall : common[language].dimensions[row.dimension];
      const tr = within(table).getByRole('rowheader', { name }).closest('tr')!;
      for (const kind of kinds) {
        const cell = tr.querySelector(`td[data-kind="${kind}"]`)!;
        expect(cell.textContent).toBe(row.shares ? formatShare(row.shares[kind]) : m.mix.noWeight);
      }
    }
    // the judgement share is stated in words too, in the reader's decimal style
    expect(within(section).getByTestId('mix-summary').textContent).toContain(
      formatShare(mix.overall.shares!.judgement),
    );
    if (language === 'ru') expect(formatShare(0.125)).toBe('12,5%');
  });

  it('lists the cells that are not coded, with their scenario keys', async () => {
    await openSection(<MixSection scenario={baseline} differs={false} />, language);
    const section = region(m.mix.heading);
    const missing = missingCells(dataset);
    if (missing.length === 0) {
      expect(section.textContent).toContain(m.mix.missingNone);
      return;
    }
    const list = within(section).getByRole('list', { name: m.mix.missingHeading });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(missing.length);
    missing.forEach((c, i) => {
      const key = observationKey(c.country, c.partner, c.indicator);
      expect(items[i]!.textContent).toContain(key);
      expect(items[i]!.textContent).toContain(
        dataset.indicators.find((x) => x.id === c.indicator)!.name[language],
      );
    });
  });

  it('shows every quotation with its reading, the formulas of computed values and the rubric line of judgements', async () => {
    await openSection(<EvidenceSection />, language);
    const section = region(m.evidence.heading);
    fireEvent.click(within(section).getByRole('button', { name: m.evidence.expandAll }));
    const details = section.querySelectorAll('details');
    expect(details.length).toBe(dataset.indicators.length);
    await waitFor(() => details.forEach((d) => expect(d.open).toBe(true)));

    const readings = within(section).getAllByTestId('evidence-reading');
    expect(readings).toHaveLength(dataset.observations.length);
    const quotes = dataset.observations.flatMap((o) => allEvidence(o).map((e) => e.quote));
    expect(quotes.length, 'quoted evidence in the data set').toBeGreaterThan(0);
    const text = squash(section.textContent ?? '');
    for (const quote of quotes) expect(text).toContain(`“${squash(quote)}”`);

    for (const o of dataset.observations) {
      const key = `${o.country}.${o.partner}.${o.indicator}`;
      const item = readings.find(
        (r) => r.getAttribute('data-cell') === key && r.textContent!.includes(o.note[language]),
      );
      expect(item, key).toBeDefined();
      const itemText = squash(item!.textContent ?? '');
      expect(itemText).toContain(common[language].confidence[o.confidence]);
      for (const e of o.evidence) expect(itemText).toContain(`“${squash(e.quote)}”`);
      if (o.coding) {
        const indicator = dataset.indicators.find((i) => i.id === o.indicator)!;
        expect(itemText).toContain(squash(indicator.rubric![o.coding.level]![language]));
        expect(itemText).toContain(`“${squash(o.coding.rubricWords)}”`);
        expect(itemText).toContain(o.coding.evidenceKey);
      }
      const d = o.derivation;
      for (const formula of d ? [d.value, d.low, d.high] : []) {
        if (!formula) continue;
        expect(itemText).toContain(formulaText(formula.expr));
        for (const input of Object.values(formula.inputs))
          expect(itemText).toContain(input.label[language]);
      }
    }

    fireEvent.click(within(section).getByRole('button', { name: m.evidence.collapseAll }));
    await waitFor(() => details.forEach((d) => expect(d.open).toBe(false)));
  });

  it('shows the context facts, or says there are none', async () => {
    await openSection(<ContextSection />, language);
    const section = region(m.context.heading);
    if (dataset.context.length === 0) {
      expect(section.textContent).toContain(m.context.none);
      return;
    }
    for (const fact of dataset.context) {
      expect(
        within(section).getByRole('heading', { level: 3, name: fact.title[language] }),
      ).toBeInTheDocument();
      for (const e of fact.evidence)
        expect(squash(section.textContent ?? '')).toContain(`“${squash(e.quote)}”`);
    }
  });
});

/** A small data set whose evidence exercises every kind of locator, a formula and a coding. */
function evidenceFixture(): Dataset {
  const base = structuredClone(dataset);
  const ordinal = base.indicators.find((i) => i.kind === 'ordinal' && i.rubric)!;
  const share = base.indicators.find((i) => i.kind !== 'ordinal')!;
  const report = REPORT_SOURCE_ID;
  const notesSource = base.sources.find((s) => s.id !== report && s.footnote === undefined)!;
  const footnoted = base.sources.find((s) => s.footnote !== undefined)!;
  const observations: Observation[] = [
    {
      country: 'KG',
      partner: 'RU',
      indicator: share.id,
      value: 21.1,
      low: 21.1,
      high: 24,
      year: 2024,
      confidence: 'computed',
      sources: [notesSource.id],
      evidence: [
        {
          source: report,
          locator: 'Monopoly in the telecommunications sector',
          quote: 'words of the report without a footnote',
          from: 'report',
        },
      ],
      derivation: {
        value: {
          expr: '24 * ru / total',
          inputs: {
            ru: {
              label: { en: 'Remittances from Russia', ru: 'Переводы из России' },
              value: 1.2,
              evidence: [
                {
                  source: notesSource.id,
                  locator: 'Economic',
                  quote: '| KG | RU | remittances | $1.2bn of $1.367bn',
                  from: 'notes',
                },
              ],
            },
            total: {
              label: { en: 'All remittances', ru: 'Все переводы' },
              value: 1.367,
              evidence: [
                {
                  source: notesSource.id,
                  locator: 'Economic',
                  quote: 'all remittances $1.367bn',
                  from: 'notes',
                },
              ],
            },
          },
        },
      },
      note: { en: 'computed note', ru: 'расчётное примечание' },
    },
    {
      country: 'TJ',
      partner: 'CN',
      indicator: ordinal.id,
      value: 3,
      low: 2,
      high: 3,
      year: 2025,
      confidence: 'judgement',
      sources: [report, footnoted.id],
      footnotes: [footnoted.footnote!],
      evidence: [
        {
          source: report,
          footnote: footnoted.footnote!,
          locator: 'Digital securitization',
          quote: 'a passage that carries the footnote',
          from: 'report',
        },
      ],
      coding: { level: 3, rubricWords: 'the coded rubric words', evidenceKey: 'cn-fixture-key' },
      note: { en: 'judged note', ru: 'примечание к суждению' },
    },
  ];
  return {
    ...base,
    observations,
    context: [
      {
        id: 'turkey-drones',
        countries: ['KG'],
        other: { en: 'Turkey', ru: 'Турция' },
        title: { en: 'Turkish drones', ru: 'Турецкие беспилотники' },
        text: { en: 'context text', ru: 'текст контекста' },
        sources: [report],
        evidence: [
          {
            source: report,
            locator: 'A delicate balance',
            quote: 'a quoted context passage',
            from: 'report',
          },
        ],
      },
    ],
  };
}

describe.each<Language>(['en', 'ru'])('evidence rendering on a fixture, in %s', (language) => {
  const { formatShare } = formatsFor(language);
  const m = methodology[language];

  async function renderFixture(data: Dataset, scenario = completeScenario(data)) {
    await loadNamespaces(['methodology']);
    const i18n = createI18n(language);
    render(
      <I18nextProvider i18n={i18n}>
        <DatasetContext.Provider value={data}>
          <MixSection scenario={scenario} differs={false} />
          <EvidenceSection />
          <ContextSection />
        </DatasetContext.Provider>
      </I18nextProvider>,
    );
    // The folded readings are drawn once the section has been painted.
    await waitFor(() =>
      expect(document.querySelector('.methodology-evidence-readings')).not.toBeNull(),
    );
  }

  it('cites the report with its section and footnote, its own words, and the notes with their work', async () => {
    const data = evidenceFixture();
    await renderFixture(data);
    const section = screen.getByRole('region', { name: m.evidence.heading });
    const text = squash(section.textContent ?? '');
    const [computed, judged] = data.observations as [Observation, Observation];
    const footnote = judged.evidence[0]!.footnote!;
    const note = language === 'ru' ? `сноска ${footnote}` : `note ${footnote}`;
    expect(text).toContain(
      language === 'ru'
        ? `доклад Ifri, раздел «Digital securitization», ${note}`
        : `Ifri report, “Digital securitization”, ${note}`,
    );
    expect(text).toContain(
      language === 'ru'
        ? 'собственные слова доклада, раздел «Monopoly in the telecommunications sector»'
        : 'the report’s own words, “Monopoly in the telecommunications sector”',
    );
    const notesSource = data.sources.find((s) => s.id === computed.sources[0])!;
    expect(text).toContain(
      language === 'ru'
        ? 'исследовательские заметки (data-notes), раздел «Economic» — по данным:'
        : 'research notes (data-notes), “Economic” — from:',
    );
    expect(
      within(section).getAllByRole('link', {
        name: notesSource.author
          ? new RegExp(escape(notesSource.author))
          : new RegExp(escape(notesSource.outlet)),
      }).length,
    ).toBeGreaterThan(0);
    // quotations stay in English, marked as such for screen readers
    const quote = within(section).getAllByTestId('evidence-quote')[0]!;
    expect(quote).toHaveAttribute('lang', 'en');

    // the computed value: its formula with the result, each input with value, label and quote
    const derivation = within(section).getByTestId('evidence-derivation');
    const d = squash(derivation.textContent ?? '');
    const valueWord = m.evidence.computed.value;
    expect(d).toContain(`${valueWord} = 24 × ru / total = ${language === 'ru' ? '21,1' : '21.1'}`);
    expect(d).toContain(
      `ru = ${language === 'ru' ? '1,2' : '1.2'} — ${language === 'ru' ? 'Переводы из России' : 'Remittances from Russia'}`,
    );
    expect(d).toContain(`total = ${language === 'ru' ? '1,367' : '1.367'}`);
    expect(d).toContain('“| KG | RU | remittances | $1.2bn of $1.367bn”');

    // the judgement: the rubric line of its level in the reader's language, the words coded, the key
    const coding = within(section).getByTestId('evidence-coding');
    const indicator = data.indicators.find((i) => i.id === judged.indicator)!;
    expect(squash(coding.textContent ?? '')).toContain(squash(indicator.rubric![3]![language]));
    expect(coding.textContent).toContain('“the coded rubric words”');
    expect(coding.textContent).toContain('cn-fixture-key');
  });

  it('folds each indicator; the buttons and the summaries open and close them', async () => {
    await renderFixture(evidenceFixture());
    const section = screen.getByRole('region', { name: m.evidence.heading });
    const details = [...section.querySelectorAll('details')];
    expect(details.every((d) => !d.open)).toBe(true);
    // every summary is a native, keyboard-reachable control
    for (const d of details) expect(d.querySelector(':scope > summary')).not.toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: m.evidence.expandAll }));
    await waitFor(() => expect(details.every((d) => d.open)).toBe(true));
    expect(within(section).getByRole('button', { name: m.evidence.expandAll })).toBeDisabled();
    fireEvent.click(within(section).getByRole('button', { name: m.evidence.collapseAll }));
    await waitFor(() => expect(details.every((d) => !d.open)).toBe(true));
  });

  it('counts the judgement share and lists every uncoded cell of the fixture', async () => {
    const data = evidenceFixture();
    await renderFixture(data);
    const section = screen.getByRole('region', { name: m.mix.heading });
    const mix = evidenceMix(data);
    const ordinal = data.indicators.find((i) => i.id === data.observations[1]!.indicator)!;
    const row = within(section)
      .getByRole('rowheader', { name: common[language].dimensions[ordinal.dimension] })
      .closest('tr')!;
    const shares = mix.dimensions.find((r) => r.dimension === ordinal.dimension)!.shares!;
    expect(shares.judgement).toBeGreaterThan(0);
    expect(row.querySelector('td[data-kind="judgement"]')!.textContent).toBe(
      formatShare(shares.judgement),
    );
    const list = within(section).getByRole('list', { name: m.mix.missingHeading });
    expect(within(list).getAllByRole('listitem')).toHaveLength(datasetCounts(data).missingCells);
    expect(within(section).getByTestId('missing-count').textContent).toContain(
      String(datasetCounts(data).cells),
    );
  });

  it('counts a value the scenario supplies as the analyst’s own', async () => {
    const data = evidenceFixture();
    const cell = missingCells(data)[0]!;
    const scenario = completeScenario(data, {
      overrides: { [observationKey(cell.country, cell.partner, cell.indicator)]: 1 },
    });
    await renderFixture(data, scenario);
    const table = screen.getByRole('table', { name: m.mix.caption });
    expect(
      within(table).getByRole('columnheader', { name: m.mix.kinds.analyst }),
    ).toBeInTheDocument();
  });

  it('shows a context fact with its quotation and locator', async () => {
    await renderFixture(evidenceFixture());
    const section = screen.getByRole('region', { name: m.context.heading });
    expect(
      within(section).getByRole('heading', {
        level: 3,
        name: language === 'ru' ? 'Турецкие беспилотники' : 'Turkish drones',
      }),
    ).toBeInTheDocument();
    expect(section.textContent).toContain('“a quoted context passage”');
    expect(section.textContent).toContain(language === 'ru' ? 'Турция' : 'Turkey');
  });
});
