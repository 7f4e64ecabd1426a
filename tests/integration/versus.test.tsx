// @vitest-environment jsdom
import './setupMsw';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { VersusPage } from '@/features/versus/VersusPage';
import { formatsFor } from '@/lib/format';
import { compareScenarios } from '@/scenario/compare';
import { decodeScenarioPair, encodeScenarioPair } from '@/scenario/pairCodec';
import { useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';

const preset = dataset.presets.find((p) => p.id !== 'baseline')!;
const a = { scenario: { name: 'Railway', overrides: { 'KG.CN.debt_share': 40 } } };
const b = { scenario: { name: 'Security heavy', dimensionWeights: { security: 2 } } };
const search = encodeScenarioPair(dataset, a, b).toString();

beforeEach(() => {
  useScenarioStore.setState({ dataset: null, presetId: null });
});

describe('/versus: scenario A against scenario B', () => {
  it('shows both scenarios, every score and tilt under each, B − A and the differing assumptions', async () => {
    await renderView(<VersusPage />, { route: '/versus', search });
    await screen.findByRole('heading', { level: 1, name: 'Scenario A against scenario B' });
    expect(screen.getByTestId('versus-name-a')).toHaveTextContent('Now: Railway');
    expect(screen.getByTestId('versus-name-b')).toHaveTextContent('Now: Security heavy');

    const comparison = compareScenarios(dataset, a.scenario, b.scenario);
    const { formatScore, formatSigned } = formatsFor('en');
    // the assumptions in which they differ, each with A's and B's value
    const assumptions = screen.getByTestId('versus-assumptions');
    const keys = within(assumptions)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.getAttribute('data-key'));
    expect(keys).toEqual(comparison.assumptions.map((c) => c.key));
    expect(keys).toEqual(expect.arrayContaining(['KG.CN.debt_share', 'dimensionWeight.security']));

    // every score of Kyrgyzstan under A and B, and B − A, through the one formatter
    const table = screen.getByTestId(`versus-table-KG`);
    for (const s of comparison.scores.filter((x) => x.country === 'KG')) {
      const row = table.querySelector(`tr[data-key="KG.${s.partner}.${s.dimension}"]`)!;
      const cells = within(row as HTMLElement).getAllByRole('cell');
      expect(cells.map((c) => c.textContent)).toEqual([
        formatScore(s.a, 'no data'),
        formatScore(s.b, 'no data'),
        formatSigned(s.difference, 'no data'),
      ]);
      expect(row.getAttribute('data-differs')).toBe(String(s.differs));
    }
    // the chart, and its table view
    const card = screen.getByTestId('versus-chart-card');
    expect(within(card).getByRole('img')).toHaveAttribute('aria-label');
    fireEvent.click(within(card).getByRole('button', { name: 'Show table' }));
    const chartTable = await within(card).findByTestId('versus-chart-table');
    expect(within(chartTable).getAllByRole('row')).toHaveLength(comparison.tilts.length + 1);
  });

  it('puts a chosen side in the address, under its prefix, and swaps A and B', async () => {
    const { router } = await renderView(<VersusPage />, { route: '/versus', search });
    const select = await screen.findByRole('combobox', { name: 'Choose scenario A' });
    fireEvent.change(select, { target: { value: `preset:${preset.id}` } });
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('a.p')).toBe(preset.id),
    );
    const pair = decodeScenarioPair(dataset, router.state.location.search);
    expect(pair.a!.presetId).toBe(preset.id);
    expect(pair.b!.scenario.name).toBe('Security heavy');
    expect(await screen.findByTestId('versus-name-a')).toHaveTextContent(preset.name.en);

    fireEvent.click(screen.getByRole('button', { name: /Swap A and B/ }));
    await waitFor(() =>
      expect(decodeScenarioPair(dataset, router.state.location.search).a!.scenario.name).toBe(
        'Security heavy',
      ),
    );
    expect(decodeScenarioPair(dataset, router.state.location.search).b!.presetId).toBe(preset.id);
  });

  it('reads a pasted link into a side, and says what it could not use', async () => {
    const { router } = await renderView(<VersusPage />, { route: '/versus', search });
    const box = await screen.findByRole('textbox', { name: 'Paste a Fulcrum link for scenario B' });
    fireEvent.change(box, {
      target: { value: 'https://example.org/country/KG?o.KG.CN.debt_share=55&o.nope=1&n=Pasted' },
    });
    fireEvent.click(
      within(screen.getByTestId('versus-side-b')).getByRole('button', { name: 'Use link' }),
    );
    await waitFor(() =>
      expect(
        decodeScenarioPair(dataset, router.state.location.search).b!.scenario.overrides,
      ).toEqual({ 'KG.CN.debt_share': 55 }),
    );
    const notice = await screen.findByTestId('versus-paste-notice');
    expect(notice).toHaveTextContent('o.nope');
  });

  it('refuses pasted text that is not a Fulcrum link, or one of another data set, and changes nothing', async () => {
    const { router } = await renderView(<VersusPage />, { route: '/versus', search });
    const box = await screen.findByRole('textbox', { name: 'Paste a Fulcrum link for scenario B' });
    const side = screen.getByTestId('versus-side-b');
    const before = router.state.location.search;
    for (const junk of ['hello', 'https://example.org/country/KG', '//evil.example/?n=X&v=1']) {
      fireEvent.change(box, { target: { value: junk } });
      fireEvent.click(within(side).getByRole('button', { name: 'Use link' }));
      expect(await within(side).findByRole('alert')).toHaveTextContent(
        'This is not a link Fulcrum can read',
      );
      expect(box).toHaveValue(junk);
      expect(router.state.location.search).toBe(before);
      expect(screen.getByTestId('versus-name-b')).toHaveTextContent('Now: Security heavy');
    }
    fireEvent.change(box, {
      target: { value: '/?o.KG.CN.debt_share=55&dataset=d-0123abcd' },
    });
    fireEvent.click(within(side).getByRole('button', { name: 'Use link' }));
    await waitFor(() =>
      expect(within(side).getByRole('alert')).toHaveTextContent(
        'This link was made with the data set “d-0123abcd”, but the bundled data set is in use here.',
      ),
    );
    expect(router.state.location.search).toBe(before);
    expect(screen.queryByTestId('versus-paste-notice')).toBeNull();
  });

  it("takes a pasted comparison link's own side, and names the data set in its source line", async () => {
    const { router } = await renderView(<VersusPage />, { route: '/versus', search });
    const box = await screen.findByRole('textbox', { name: 'Paste a Fulcrum link for scenario A' });
    const other = encodeScenarioPair(
      dataset,
      { scenario: { name: 'Pasted A', overrides: { 'KG.CN.debt_share': 70 } } },
      { scenario: { name: 'Pasted B' } },
    );
    fireEvent.change(box, { target: { value: `https://example.org/versus?${other}` } });
    fireEvent.click(
      within(screen.getByTestId('versus-side-a')).getByRole('button', { name: 'Use link' }),
    );
    await waitFor(() =>
      expect(decodeScenarioPair(dataset, router.state.location.search).a!.scenario.name).toBe(
        'Pasted A',
      ),
    );
    expect(decodeScenarioPair(dataset, router.state.location.search).b!.scenario.name).toBe(
      'Security heavy',
    );
    expect(screen.getByTestId('versus-chart-card')).toHaveTextContent(
      `Scores from data set ${dataset.version} under each scenario`,
    );
    expect(screen.getByTestId('versus-chart-card')).not.toHaveTextContent('bundled');
  });

  it('reports hostile params of the address under their prefix and keeps the rest', async () => {
    await renderView(<VersusPage />, {
      route: '/versus',
      search: `${search}&a.o.KG.CN.debt_share=9999&b.evil=%3Cscript%3E`,
    });
    const notice = await screen.findByTestId('versus-link-notice');
    expect(notice).toHaveTextContent('b.evil');
    expect(notice).toHaveTextContent('a.o.KG.CN.debt_share');
    expect(screen.getByTestId('versus-name-b')).toHaveTextContent('Security heavy');
  });

  it('speaks Russian, numbers written the Russian way', async () => {
    await renderView(<VersusPage />, { route: '/versus', search, language: 'ru' });
    await screen.findByRole('heading', { level: 1, name: 'Сценарий A и сценарий B' });
    const comparison = compareScenarios(dataset, a.scenario, b.scenario);
    const tilt = comparison.tilts.find((t) => t.country === 'KG' && t.dimension === 'overall')!;
    const row = screen
      .getByTestId('versus-table-KG')
      .querySelector('tr[data-key="KG.tilt.overall"]')!;
    expect(within(row as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent(
      formatsFor('ru').formatSigned(tilt.a),
    );
    expect(screen.getByTestId('versus-summary')).toHaveTextContent(
      /^Различаются 2 допущения; различаются \d+ (?:оценк|оцен).* \(всего: \d+; B − A\)\.$/,
    );
    expect(screen.getByTestId('versus-chart-card')).toHaveTextContent(
      `Оценки по набору данных ${dataset.version} при каждом сценарии`,
    );
  });
});
