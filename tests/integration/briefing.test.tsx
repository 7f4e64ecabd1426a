// @vitest-environment jsdom
import './setupMsw';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { BriefingPage } from '@/features/briefing/BriefingPage';
import { buildDeck, keyRisks, methodRisks } from '@/features/briefing/slides';
import type { Language } from '@/i18n';
import { briefing as messages } from '@/i18n/locales/briefing';
import { risks } from '@/i18n/locales/risks';
import { formatsFor } from '@/lib/format';
import { computeScores, findOverall, findTilt, prepare, TILT_DIMENSIONS } from '@/model';
import { useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';

const baseline = computeScores(dataset);
const deck = buildDeck(dataset.countries.map((c) => c.code));
const countryName = (code: string, language: Language) =>
  dataset.countries.find((c) => c.code === code)!.name[language];
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? `{{${k}}}`));

beforeEach(() => {
  // Each test reads its scenario from its own address.
  useScenarioStore.setState({ dataset: null, presetId: null });
});

function open(path: string, language: Language) {
  const [route = path, search] = path.split('?');
  return renderView(<BriefingPage />, { route, path: '/brief/:slide?', search, language });
}

const h1 = () => screen.findByRole('heading', { level: 1 });
// fireEvent wraps the event in act() itself.
const press = async (key: string, init: Partial<KeyboardEventInit> = {}) => {
  fireEvent.keyDown(document.body, { key, ...init });
  await Promise.resolve();
};

describe.each(['en', 'ru'] as const)('briefing in %s', (language) => {
  const { formatScore, formatSigned, formatValue } = formatsFor(language);
  const m = messages[language];
  const mr = risks[language];
  const title = (id: string) => {
    const slide = deck.find((s) => s.id === id)!;
    if (slide.kind === 'country') return countryName(id, language);
    if (slide.kind === 'confidence')
      return fill(m.titles.confidence, { country: countryName(slide.country!, language) });
    return m.titles[id as Exclude<keyof typeof m.titles, 'confidence'>];
  };

  it('/brief opens the first slide: both countries’ overall scores and tilts', async () => {
    const { router } = await open('/brief', language);
    const heading = await h1();
    await waitFor(() => expect(router.state.location.pathname).toBe('/brief/overview'));
    for (const c of dataset.countries) expect(heading).toHaveTextContent(c.name[language]);
    for (const c of dataset.countries) {
      const numbers = screen.getByTestId(`numbers-${c.code}`);
      for (const p of dataset.partners) {
        expect(numbers).toHaveTextContent(formatScore(findOverall(baseline, c.code, p.code)));
      }
      expect(numbers).toHaveTextContent(formatSigned(findTilt(baseline, c.code, 'overall')));
    }
    expect(screen.getByTestId('briefing-takeaway').textContent).toMatch(/[.]$/);
    expect(screen.getByText(fill(m.counter, { n: 1, total: deck.length }))).toBeInTheDocument();
  });

  it('moves through every slide with the keyboard; URL, heading, focus and announcement follow', async () => {
    const { router } = await open('/brief/overview', language);
    await h1();
    for (let i = 1; i < deck.length; i++) {
      await press(i % 2 ? 'ArrowRight' : ' ');
      const slide = deck[i]!;
      await waitFor(() => expect(router.state.location.pathname).toBe(`/brief/${slide.id}`));
      const heading = await h1();
      if (slide.kind === 'country') expect(heading).toHaveTextContent(title(slide.id));
      if (slide.kind === 'scenario' || slide.kind === 'risks')
        expect(heading).toHaveTextContent(title(slide.id));
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(
        screen.getByText(
          fill(m.announce, { n: i + 1, total: deck.length, title: title(slide.id) }),
        ),
      ).toBeInTheDocument();
      expect(screen.getByTestId('briefing-takeaway')).not.toBeEmptyDOMElement();
    }
    await press('ArrowRight'); // the last slide stays
    expect(router.state.location.pathname).toBe(`/brief/${deck[deck.length - 1]!.id}`);
    await press('Home');
    await waitFor(() => expect(router.state.location.pathname).toBe('/brief/overview'));
    await press('End');
    await waitFor(() => expect(router.state.location.pathname).toBe('/brief/risks'));
    await press(' ', { shiftKey: true });
    await waitFor(() => expect(router.state.location.pathname).toBe('/brief/scenario'));
    await press('ArrowLeft');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/brief/${deck[deck.length - 3]!.id}`),
    );
  });

  it('keys pressed before the next slide is drawn add up (a busy laptop in the room)', async () => {
    const { router } = await open('/brief/overview', language);
    await h1();
    // Both presses in one act(): React has not drawn slide 2 when the second arrives.
    act(() => {
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
      fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/brief/${deck[2]!.id}`));
    // End then ArrowLeft: the second key must start from the last slide, not from slide 3.
    act(() => {
      fireEvent.keyDown(document.body, { key: 'End' });
      fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/brief/${deck[deck.length - 2]!.id}`),
    );
  });

  it('a country slide shows its scores, its tilt chart with a table view, and a headline', async () => {
    await open('/brief/TJ', language);
    expect(await h1()).toHaveTextContent(countryName('TJ', language));
    const numbers = screen.getByTestId('numbers-TJ');
    for (const p of dataset.partners)
      expect(numbers).toHaveTextContent(formatScore(findOverall(baseline, 'TJ', p.code)));
    const card = screen.getByTestId('brief-tilt-TJ');
    expect(within(card).getByRole('img')).toBeInTheDocument();
    expect(screen.getByTestId('briefing-takeaway')).toHaveTextContent(countryName('TJ', language));
  });

  it('with a scenario, a country slide gives each number’s baseline as the number is written: a tilt keeps its sign', async () => {
    const overrides = { 'KG.CN.debt_share': 60 };
    await open('/brief/KG?o.KG.CN.debt_share=60', language);
    await h1();
    const scenario = computeScores(dataset, { overrides });
    const numbers = screen.getByTestId('numbers-KG');
    const from = (base: string) => `(${m.scenario.from} ${base})`;
    const tiltBase = findTilt(baseline, 'KG', 'overall')!;
    // the sign is the point: a positive baseline tilt would read as a score without it
    expect(formatSigned(tiltBase)).not.toBe(formatScore(tiltBase));
    expect(numbers).toHaveTextContent(formatSigned(findTilt(scenario, 'KG', 'overall')));
    expect(numbers).toHaveTextContent(from(formatSigned(tiltBase)));
    expect(numbers).toHaveTextContent(from(formatScore(findOverall(baseline, 'KG', 'CN'))));
  });

  it('keys typed in a form control do not move the slides', async () => {
    const { router } = await open('/brief/overview', language);
    await h1();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    await Promise.resolve();
    expect(router.state.location.pathname).toBe('/brief/overview');
    input.remove();
  });

  it('the scenario in the address shows on the scenario slide and is kept between slides', async () => {
    const { router } = await open('/brief/scenario?o.KG.CN.debt_share=60', language);
    await h1();
    const changes = await screen.findByTestId('brief-changes');
    expect(changes).toHaveTextContent(countryName('KG', language));
    expect(changes).toHaveTextContent('60');
    const scenario = computeScores(dataset, { overrides: { 'KG.CN.debt_share': 60 } });
    const change = findOverall(scenario, 'KG', 'CN')! - findOverall(baseline, 'KG', 'CN')!;
    const effects = screen.getByTestId('brief-effects');
    expect(effects).toHaveTextContent(formatSigned(change));
    expect(effects).toHaveTextContent(/[▲▼]/);
    expect(screen.getByTestId('briefing-takeaway')).toHaveTextContent(/[▲▼]/);
    await press('ArrowRight');
    await waitFor(() => expect(router.state.location.pathname).toBe('/brief/risks'));
    expect(router.state.location.search).toContain('o.KG.CN.debt_share=60');
    expect(await screen.findByTestId('brief-swings')).toBeInTheDocument();
  });

  it('at baseline the scenario slide says the data are as published, and what each preset would move', async () => {
    await open('/brief/scenario', language);
    await h1();
    expect(screen.getByText(m.scenario.asPublishedBody)).toBeInTheDocument();
    const presets = screen.getByTestId('brief-presets');
    expect(within(presets).getAllByRole('row').length).toBeGreaterThan(1);
    const first = within(presets).getAllByRole('rowheader')[0]!.textContent!;
    expect(screen.getByTestId('briefing-takeaway')).toHaveTextContent(first);
  });

  it('a confidence slide shows the overall tilt with its interval, draws per lean, a flip and the judgement share', async () => {
    await open('/brief/confidence-KG', language);
    expect(await h1()).toHaveTextContent(title('confidence-KG'));
    expect(screen.getByTestId('confidence-KG')).toHaveTextContent(
      formatSigned(findTilt(baseline, 'KG', 'overall')),
    );
    const table = await screen.findByTestId('brief-draws-KG');
    expect(within(table).getAllByRole('row')).toHaveLength(TILT_DIMENSIONS.length + 1);
    expect(screen.getByTestId('evidence-KG')).toHaveTextContent(/\d+%/);
    expect(screen.getByTestId('briefing-takeaway')).not.toBeEmptyDOMElement();
  });

  it('a confidence slide marks each tilt outside its own interval, and says what the mark means', async () => {
    /** the numbers in a cell's text ("−6.3…+8.6" → [-6.3, 8.6]) */
    const numbers = (text: string) =>
      [...text.replace(/\u2212/g, '-').matchAll(/[-+]?\d+(?:[.,]\d+)?/g)].map((x) =>
        Number(x[0].replace(',', '.')),
      );
    let marked = 0;
    for (const country of ['KG', 'TJ']) {
      const view = await open(`/brief/confidence-${country}`, language);
      const table = await screen.findByTestId(`brief-draws-${country}`);
      const rows = () => within(table).getAllByRole('row').slice(1);
      // the intervals are drawn off the main thread: every tilt's range gets its two ends
      const cellNumbers = (row: HTMLElement) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 2)
          .map((cell) => numbers(cell.textContent!));
      await waitFor(
        () => {
          for (const row of rows()) {
            const [tilt, range] = cellNumbers(row);
            if (tilt!.length > 0) expect(range, row.textContent!).toHaveLength(2);
          }
        },
        { timeout: 10_000 },
      );
      for (const row of rows()) {
        const [[tilt], [low, high]] = cellNumbers(row) as [number[], number[]];
        // a tilt with no data has no interval and no mark
        const outside = tilt !== undefined && (tilt < low! || tilt > high!);
        const value = within(row).getAllByRole('cell')[0]!.textContent!;
        expect(value.endsWith(' *'), row.textContent!).toBe(outside);
        if (outside) marked++;
      }
      const footnote = screen.queryByTestId(`outside-${country}`);
      const anyMarked = rows().some((row) => row.textContent!.includes(' *'));
      if (anyMarked) expect(footnote).toHaveTextContent(m.confidence.outside);
      else expect(footnote).toBeNull();
      view.unmount();
    }
    // the data as published put some tilts outside their intervals: the mark is exercised
    expect(marked).toBeGreaterThan(0);
  });

  it('N opens and closes the speaker notes of the slide', async () => {
    await open('/brief/KG', language);
    await h1();
    expect(screen.queryByTestId('briefing-notes')).toBeNull();
    await press('n');
    const notes = await screen.findByTestId('briefing-notes');
    expect(notes).toHaveTextContent(m.notes.judgementTitle);
    expect(notes).toHaveTextContent(m.notes.discrepancyTitle);
    expect(screen.getByRole('button', { name: m.notes.toggle })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await press('N');
    await waitFor(() => expect(screen.queryByTestId('briefing-notes')).toBeNull());
  });

  it('the key-risks slide lists only changes inside the published ranges, and the method choices', async () => {
    await open('/brief/risks', language);
    expect(await h1()).toHaveTextContent(m.titles.risks);
    const prepared = prepare(dataset);
    const codes = dataset.countries.map((c) => c.code);
    const { flips, outside } = keyRisks(prepared, codes, TILT_DIMENSIONS);
    const methods = methodRisks(dataset, {});
    if (flips.length === 0) {
      expect(screen.getByText(m.risks.noFlips)).toBeInTheDocument();
    } else {
      const list = screen.getByTestId('brief-flips');
      const items = within(list).getAllByRole('listitem');
      expect(items).toHaveLength(Math.min(flips.length, 3));
      items.forEach((item, i) => {
        const r = flips[i]!;
        expect(r.withinRange).toBe(true);
        expect(item).toHaveAttribute('data-kind', r.outcome);
        expect(item).toHaveTextContent(countryName(r.country, language));
        expect(item).toHaveTextContent(formatValue(r.to));
        expect(item.textContent).not.toMatch(/\{\{|\}\}|\bgoes\b|уровень \d/);
      });
    }
    // flips that need a value outside the published ranges: a count, set apart
    const apart = screen.queryByTestId('brief-outside');
    if (outside.length > 0) expect(apart).toHaveTextContent(String(outside.length));
    else expect(apart).toBeNull();
    // method choices: the ones that flip or balance a tilt, or that none does
    expect(
      screen.getByRole('heading', { level: 2, name: m.risks.methodTitle }),
    ).toBeInTheDocument();
    if (methods.flips.length === 0) {
      expect(screen.getByTestId('brief-methods-none')).toHaveTextContent(
        mr.method.choice.geometric,
      );
    } else {
      const items = within(screen.getByTestId('brief-methods')).getAllByRole('listitem');
      items.forEach((item, i) => {
        expect(item).toHaveAttribute('data-kind', methods.flips[i]!.outcome);
        expect(item).toHaveTextContent(formatSigned(methods.flips[i]!.then));
      });
    }
    expect(screen.getByTestId('briefing-takeaway').textContent).toMatch(/[.]$/);
  });

  it('the key-risks slide follows the scenario’s method: from the geometric mean it tries the arithmetic one', async () => {
    await open('/brief/risks?agg=geometric', language);
    await h1();
    const methods = methodRisks(dataset, { aggregation: 'geometric' });
    expect(methods.tested[0]).toEqual({ kind: 'aggregation', from: 'geometric', to: 'arithmetic' });
    const section = await screen.findByRole('region', { name: m.risks.methodTitle });
    if (methods.flips.length === 0) expect(section).toHaveTextContent(mr.method.choice.arithmetic);
    else expect(section).toHaveTextContent(formatSigned(methods.flips[0]!.then));
  });

  it('an unknown slide says so and links every slide', async () => {
    await open('/brief/nope', language);
    expect(await h1()).toHaveTextContent(fill(m.notFound.heading, { slide: 'nope' }));
    expect(screen.getAllByRole('link', { name: new RegExp(m.titles.risks) })).not.toHaveLength(0);
  });

  it('Esc leaves the briefing', async () => {
    const { router } = await open('/brief/KG', language);
    await h1();
    await press('Escape');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
