// @vitest-environment jsdom
// The views with a data set of three countries and three partners (the illustrative fixture,
// tests/fixtures: KG, TJ, KZ; CN, RU, TR): countries and partners come from the data alone.
import './setupMsw';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComparePage } from '@/features/compare/ComparePage';
import { CountryPage } from '@/features/country/CountryPage';
import { OverviewPage } from '@/features/overview/OverviewPage';
import { common } from '@/i18n/locales/common';
import { compare as messages } from '@/i18n/locales/compare';
import { formatsFor } from '@/lib/format';
import { computeScores, findOverall, type Dataset } from '@/model';
// The fixture's JSON as a module: jsdom's import.meta.url is not a file (fixtures/threeCountries.ts).
import fixtureJson from '../fixtures/dataset-three-countries.json';
import { renderApp } from './renderApp';
import { renderView } from './renderView';

const fixture = structuredClone(fixtureJson) as unknown as Dataset;
const scores = computeScores(fixture);
const name = (code: string, language: 'en' | 'ru' = 'en') =>
  fixture.countries.find((c) => c.code === code)!.name[language];

describe('a data set with a third country and a third partner', () => {
  it('lists the three countries in the header navigation', async () => {
    renderApp('/', { dataset: fixture });
    const nav = await screen.findByRole('navigation', { name: common.en.nav.label });
    for (const code of ['KG', 'TJ', 'KZ']) {
      const link = await within(nav).findByRole('link', { name: code });
      expect(link.getAttribute('href')).toBe(`/country/${code}`);
    }
  });

  it('keeps the codes untranslated in Russian', async () => {
    renderApp('/', { dataset: fixture, language: 'ru' });
    const nav = await screen.findByRole('navigation', { name: common.ru.nav.label });
    expect(await within(nav).findByRole('link', { name: 'KZ' })).toBeTruthy();
  });

  it('renders /country/KZ with its scores for every partner', async () => {
    await renderView(<CountryPage />, {
      route: '/country/KZ',
      path: '/country/:code',
      dataset: fixture,
    });
    await screen.findByRole('heading', {
      level: 1,
      name: new RegExp(name('KZ').replace(/[()]/g, '\\$&')),
    });
    const { formatScore } = formatsFor('en');
    for (const partner of ['CN', 'RU', 'TR']) {
      const overall = findOverall(scores, 'KZ', partner);
      expect(overall).not.toBeNull();
      await waitFor(() =>
        expect(screen.getByTestId(`overall-${partner}`).textContent).toBe(formatScore(overall)),
      );
    }
  });

  it('gives the third partner its own colour class and pattern', async () => {
    const { container } = await renderView(<CountryPage />, {
      route: '/country/KZ',
      path: '/country/:code',
      dataset: fixture,
    });
    await screen.findByTestId('overall-TR');
    const labels = [...container.querySelectorAll('.partner-label.partner-tr')];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label.classList.contains('partner-3')).toBe(true);
      expect(label.getAttribute('data-pattern')).toBe('dots');
      expect(label.querySelector('.swatch')!.classList.contains('swatch-3')).toBe(true);
    }
    // China and Russia keep theirs: the first two of the palette.
    expect(container.querySelector('.partner-label.partner-cn')!.classList).toContain('partner-1');
    expect(container.querySelector('.partner-label.partner-ru')!.classList).toContain('partner-2');
    const turkeyWhisker = [...container.querySelectorAll('.country-whisker-row')].find(
      (row) => row.querySelector('.country-whisker-code')?.textContent === 'TR',
    );
    expect(turkeyWhisker!.classList).toContain('country-whisker-3');
  });

  it('shows the three countries on the overview', async () => {
    await renderView(<OverviewPage />, { route: '/', dataset: fixture });
    for (const code of ['KG', 'TJ', 'KZ']) {
      expect(await screen.findByRole('heading', { level: 2, name: name(code) })).toBeTruthy();
      expect(screen.getByTestId(`headline-${code}`).textContent).not.toBe('');
    }
  });

  it('compares the two countries the address names (a=KG, b=KZ)', async () => {
    const { container } = await renderView(<ComparePage />, {
      route: '/compare',
      search: 'a=KG&b=KZ',
      dataset: fixture,
    });
    const m = messages.en;
    const title = (code: string) =>
      m.scoresTitlePartners
        .replace('{{country}}', name(code))
        .replace('{{partners}}', 'China, Russia and Turkey');
    expect(await screen.findByRole('region', { name: title('KG') })).toBeTruthy();
    expect(screen.getByRole('region', { name: title('KZ') })).toBeTruthy();
    expect(screen.queryByRole('region', { name: title('TJ') })).toBeNull();
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: m.heading.replace('{{countries}}', `${name('KG')} and ${name('KZ')}`),
      }),
    ).toBeTruthy();
    const first = screen.getByRole('combobox', { name: m.choose.first }) as HTMLSelectElement;
    const second = screen.getByRole('combobox', { name: m.choose.second }) as HTMLSelectElement;
    expect([first.value, second.value]).toEqual(['KG', 'KZ']);
    expect([...first.options].map((o) => o.value)).toEqual(['KG', 'TJ', 'KZ']);
    // The third partner has its own colour and pattern in the legend.
    const tr = container.querySelector('.compare-legend .partner-tr')!;
    expect(tr.classList).toContain('partner-3');
    expect(tr.querySelector('.swatch-3')).not.toBeNull();
  });

  it('writes the choice to the address, and swaps when one side picks the other’s country', async () => {
    const { router } = await renderView(<ComparePage />, { route: '/compare', dataset: fixture });
    const m = messages.en;
    const first = (await screen.findByRole('combobox', {
      name: m.choose.first,
    })) as HTMLSelectElement;
    const second = screen.getByRole('combobox', { name: m.choose.second }) as HTMLSelectElement;
    expect([first.value, second.value]).toEqual(['KG', 'TJ']);
    fireEvent.change(second, { target: { value: 'KZ' } });
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search);
      expect([params.get('a'), params.get('b')]).toEqual(['KG', 'KZ']);
    });
    await waitFor(() => expect(second.value).toBe('KZ'));
    fireEvent.change(first, { target: { value: 'KZ' } });
    await waitFor(() => expect([first.value, second.value]).toEqual(['KZ', 'KG']));
    // Back to the default pair: the address loses the params.
    fireEvent.change(first, { target: { value: 'KG' } });
    fireEvent.change(screen.getByRole('combobox', { name: m.choose.second }), {
      target: { value: 'TJ' },
    });
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search);
      expect(params.has('a') || params.has('b')).toBe(false);
    });
  });

  it('falls back to the first two countries for codes the data set does not have', async () => {
    await renderView(<ComparePage />, {
      route: '/compare',
      search: 'a=XX&b=%3Cscript%3E',
      dataset: fixture,
    });
    const m = messages.en;
    const first = (await screen.findByRole('combobox', {
      name: m.choose.first,
    })) as HTMLSelectElement;
    const second = screen.getByRole('combobox', { name: m.choose.second }) as HTMLSelectElement;
    expect([first.value, second.value]).toEqual(['KG', 'TJ']);
  });

  it('says which two partners the tilt compares when the data set pairs others', async () => {
    const pairedWithTurkey: Dataset = { ...fixture, tiltPair: ['CN', 'TR'] };
    const { container } = await renderView(<ComparePage />, {
      route: '/compare',
      dataset: pairedWithTurkey,
      language: 'ru',
    });
    const m = messages.ru;
    await screen.findByRole('combobox', { name: m.choose.first });
    expect(container.querySelector('.page-intro')!.textContent).toContain(
      'оценка Китая − оценка партнёра «Турция»',
    );
    expect(container.textContent).not.toContain('оценка Китая − оценка России');
  });

  it('names the data set’s tilt pair on the overview, in both languages', async () => {
    const pairedWithTurkey: Dataset = { ...fixture, tiltPair: ['CN', 'TR'] };
    const { container } = await renderView(<OverviewPage />, {
      route: '/',
      dataset: pairedWithTurkey,
      language: 'ru',
    });
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1.textContent).toContain('между Китаем и партнёром «Турция»');
    expect(container.textContent).toContain(
      'Крен = оценка Китая − оценка партнёра «Турция», на единой шкале от −100 (Турция) до +100 (Китай).',
    );
    expect(container.textContent).not.toContain('оценка России');
  });
});
