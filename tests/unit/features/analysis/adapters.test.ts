import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTiltRows } from '@/components/charts/tiltAdapter';
import { dataset } from '@/data/dataset';
import {
  buildMethodEntries,
  methodChoiceId,
  outsideSentence,
  buildScoreIntervalRows,
  flipSentence,
  niceStep,
  scoreIntervalModel,
  tiltIntervalModel,
  TORNADO_TOP,
  tornadoAxis,
  type FlipNames,
} from '@/features/analysis/adapters';
import type { FlipSuggestion, Tornado } from '@/model';
import { withUnit } from '@/model';
import { flipFindingOf, flipFindings, tiltTornadoes, type FlipEntry } from '@/scenario/findings';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { formatsFor, valueStep } from '@/lib/format';
import { orderMethodFlips } from '@/lib/methodRisks';
import type { Cell, Dataset, MethodChoice, Prepared, ScenarioInput, TiltDimension } from '@/model';
import {
  computeScores,
  findTilt,
  monteCarlo,
  normalise,
  prepare,
  readTilt,
  methodAlternatives,
  methodFlips,
  TILT_DIMENSIONS,
  tiltSign,
  whatWouldFlipPrepared,
} from '@/model';
import { datasetArb, fixtureDataset, overridesArb } from '../../model/arbitraries';

/** English numbers, for the sentences these tests spell out in English. */
const { formatSigned, formatValue } = formatsFor('en');

await loadNamespaces(['analysis']);

const labelled = <K extends string>(keys: readonly K[]) => keys.map((key) => ({ key, label: key }));

describe('interval charts', () => {
  const scores = computeScores(dataset);
  const uncertainty = monteCarlo(dataset, {}, { draws: 300 });

  it('one score row per dimension × partner, with the Monte Carlo interval of each', () => {
    const rows = buildScoreIntervalRows({
      scores,
      uncertainty,
      country: 'KG',
      partners: labelled(['CN', 'RU']),
      dimensions: labelled(TILT_DIMENSIONS),
    });
    expect(rows).toHaveLength(TILT_DIMENSIONS.length * 2);
    const overall = rows.find((r) => r.dimension === 'overall' && r.partner === 'RU')!;
    expect(overall.score).toBe(
      scores.overall.find((o) => o.country === 'KG' && o.partner === 'RU')!.score,
    );
    expect(overall.interval).toEqual(
      uncertainty.overall.find((o) => o.country === 'KG' && o.partner === 'RU')!.interval,
    );
    const security = rows.find((r) => r.dimension === 'security' && r.partner === 'CN')!;
    expect(security.interval).toEqual(
      uncertainty.dimension.find(
        (o) => o.country === 'KG' && o.partner === 'CN' && o.dimension === 'security',
      )!.interval,
    );
    // before the Monte Carlo result: no intervals
    const pending = buildScoreIntervalRows({
      scores,
      uncertainty: undefined,
      country: 'KG',
      partners: labelled(['CN']),
      dimensions: labelled(['economic'] as const),
    });
    expect(pending[0]!.interval).toBeNull();

    const model = scoreIntervalModel(rows, dataset.tiltPair);
    expect(model.domain).toEqual([0, 100]);
    expect(model.groups.map((g) => g.key)).toEqual([...TILT_DIMENSIONS]);
    expect(model.groups.map((g) => g.summary)).toEqual([false, false, false, false, true]);
    for (const g of model.groups) {
      expect(g.points.map((p) => p.label)).toEqual(['CN', 'RU']);
      // China is hatched, Russia is not: never colour alone
      expect(g.points.map((p) => p.hatched)).toEqual([true, false]);
    }
  });

  it('a score without data has no partner colour', () => {
    const model = scoreIntervalModel(
      [
        {
          dimension: 'digital',
          dimensionLabel: 'Digital',
          partner: 'RU',
          partnerLabel: 'Russia',
          score: null,
          interval: null,
        },
      ],
      ['CN', 'RU'],
    );
    expect(model.groups[0]!.points[0]!.partner).toBeNull();
  });

  it('tilt points take the side they lean to and carry P(tilt > 0)', () => {
    const rows = buildTiltRows({
      scores,
      baseline: scores,
      differs: false,
      countries: [
        { code: 'KG', label: 'Kyrgyzstan' },
        { code: 'TJ', label: 'Tajikistan' },
      ],
      dimensions: labelled(TILT_DIMENSIONS),
      uncertainty,
    });
    const model = tiltIntervalModel(rows, dataset.tiltPair);
    expect(model.domain).toEqual([-100, 100]);
    for (const g of model.groups) {
      expect(g.points.map((p) => p.label)).toEqual(['KG', 'TJ']);
      for (const p of g.points) {
        const [dimension, country] = p.key.split('.') as [TiltDimension, string];
        const tilt = findTilt(scores, country, dimension);
        expect(p.value).toBe(tilt);
        // a tilt without data (a dimension with a missing partner) has no side
        expect(p.partner).toBe(tilt === null ? null : tilt >= 0 ? 'CN' : 'RU');
        expect(p.hatched).toBe(tilt !== null && tilt >= 0);
        const pPositive = uncertainty.tilts.find(
          (x) => x.country === country && x.dimension === dimension,
        )!.pPositive;
        expect(p.pPositive).toBe(pPositive);
        expect(p.reading).toEqual(readTilt(tilt, pPositive));
      }
    }
    // one country: its points need no label
    const single = tiltIntervalModel(
      rows.filter((r) => r.country === 'KG'),
      dataset.tiltPair,
    );
    expect(single.groups.every((g) => g.points.every((p) => p.label === null))).toBe(true);
  });
});

describe('sensitivity tornado', () => {
  it('on the fixture: the tilt’s largest swing first, with the re-scored ends', () => {
    const ds = fixtureDataset();
    const [kg] = tiltTornadoes(prepare(ds), ['KG'], 'economic', TORNADO_TOP);
    expect(kg!.base).toBeCloseTo(42.5 - 65 / 3, 10);
    expect(kg!.rows[0]).toMatchObject({ key: 'KG.RU.trade_share', partner: 'RU' });
    expect(kg!.rows[0]!.swing).toBeCloseTo(40 / 3, 10);
    expect(kg!.rows[0]!.atLow).toBeCloseTo(42.5 - 15, 10);
  });

  const caseArb = datasetArb({ maxPartners: 3 }).chain((ds) =>
    fc.record({
      ds: fc.constant(ds),
      dimension: fc.constantFrom(...TILT_DIMENSIONS),
      top: fc.integer({ min: 1, max: 12 }),
    }),
  );

  it('rows sorted by swing, each swing > 0 and = |atHigh − atLow|, ends reproduced by overrides; the axis holds every bar', () => {
    fc.assert(
      fc.property(caseArb, ({ ds, dimension, top }) => {
        const countries = ds.countries.map((c) => c.code);
        const tornadoes = tiltTornadoes(prepare(ds), countries, dimension, top);
        expect(tornadoes.map((t) => t.country)).toEqual(countries);
        for (const t of tornadoes) {
          expect(t.base).toBe(findTilt(computeScores(ds), t.country, dimension));
          expect(t.rows.length).toBeLessThanOrEqual(top);
          t.rows.forEach((row, i) => {
            expect(row.swing).toBeGreaterThan(0);
            expect(row.swing).toBeCloseTo(Math.abs(row.atHigh - row.atLow), 9);
            if (i > 0) expect(row.swing).toBeLessThanOrEqual(t.rows[i - 1]!.swing);
            expect(row.key.startsWith(`${t.country}.`)).toBe(true);
            const at = (value: number) =>
              findTilt(
                computeScores(ds, { overrides: { [row.key]: value } }),
                t.country,
                dimension,
              );
            expect(row.atLow).toBeCloseTo(at(row.lowValue)!, 9);
            expect(row.atHigh).toBeCloseTo(at(row.highValue)!, 9);
          });
        }
        const { domain, ticks } = tornadoAxis(tornadoes);
        expect(domain[0]).toBeLessThan(domain[1]);
        expect(domain[0]).toBeGreaterThanOrEqual(-100);
        expect(domain[1]).toBeLessThanOrEqual(100);
        expect(domain[0]).toBeLessThanOrEqual(0);
        expect(domain[1]).toBeGreaterThanOrEqual(0);
        expect(ticks).toContain(0);
        expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
        for (const tick of ticks) {
          expect(tick).toBeGreaterThanOrEqual(domain[0] - 1e-9);
          expect(tick).toBeLessThanOrEqual(domain[1] + 1e-9);
        }
        for (const t of tornadoes) {
          for (const x of [t.base ?? 0, ...t.rows.flatMap((r) => [r.atLow, r.atHigh])]) {
            expect(x).toBeGreaterThanOrEqual(domain[0] - 1e-9);
            expect(x).toBeLessThanOrEqual(domain[1] + 1e-9);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an axis with nothing to show still spans 0', () => {
    const empty: Tornado[] = [{ country: 'KG', dimension: 'overall', base: null, rows: [] }];
    expect(tornadoAxis(empty).domain[0]).toBeLessThan(0);
    expect(tornadoAxis(empty).domain[1]).toBeGreaterThan(0);
  });

  it('niceStep is 1, 2 or 5 × 10^k and at least a quarter of the span', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (span) => {
        const step = niceStep(span);
        const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-12);
        expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
        expect(step * 4).toBeGreaterThanOrEqual(span * (1 - 1e-12));
        expect(step).toBeLessThan((span / 4) * 10 + 1e-12);
      }),
    );
    expect(niceStep(0)).toBe(1);
    expect(niceStep(NaN)).toBe(1);
  });
});

describe('what would flip it', () => {
  /** The data set's tilt under a scenario with one more override. */
  const tiltWith = (
    ds: Dataset,
    scenario: Partial<ScenarioInput>,
    key: string,
    value: number,
    country: string,
    dimension: TiltDimension,
  ) =>
    findTilt(
      computeScores(ds, { ...scenario, overrides: { ...scenario.overrides, [key]: value } }),
      country,
      dimension,
    );

  /** What one assumption can do to a tilt inside its published range (the model's search). */
  const insideRange = (prepared: Prepared, cell: Cell, country: string, dimension: TiltDimension) =>
    whatWouldFlipPrepared(prepared, {
      country,
      dimension,
      key: cell.key,
      min: Math.max(cell.low, cell.indicator.goalposts.min),
      max: Math.min(cell.high, cell.indicator.goalposts.max),
    });

  const distanceOf = (cell: Cell, from: number, to: number) => {
    const { goalposts, scale } = cell.indicator;
    return Math.abs(normalise(to, goalposts, scale) - normalise(from, goalposts, scale));
  };

  /** Checks a suggestion against the model: applied as an override it does what it says. */
  function checkSuggestion(
    ds: Dataset,
    scenario: Partial<ScenarioInput>,
    country: string,
    dimension: TiltDimension,
    s: FlipSuggestion,
    now: number,
  ) {
    expect(s.from).not.toBe(s.to);
    if (s.indicator.kind === 'ordinal') expect(Number.isInteger(s.to)).toBe(true);
    const after = tiltWith(ds, scenario, s.key, s.to, country, dimension)!;
    // a landing on 0.0 is never called a flip
    expect(tiltSign(after)).toBe(s.outcome === 'flips' ? -tiltSign(now) : 0);
    expect(s.toward).toBe(now > 0 ? ds.tiltPair[1] : ds.tiltPair[0]);
    expect(s.withinRange).toBe(s.to >= s.low && s.to <= s.high);
    // the value as shown (formatValue's precision) is the value that was tested, unless the
    // next value at that precision would leave the range searched
    if (s.indicator.kind !== 'ordinal') {
      const step = valueStep(s.to);
      const units = s.to / step;
      if (Math.abs(units - Math.round(units)) > 1e-6) {
        const gp = s.indicator.goalposts;
        const snapped = (s.to > s.from ? Math.ceil(units) : Math.floor(units)) * step;
        const outside = (lo: number, hi: number) => snapped < lo || snapped > hi;
        expect(
          outside(gp.min, gp.max) || outside(Math.max(s.low, gp.min), Math.min(s.high, gp.max)),
        ).toBe(true);
      }
    }
  }

  /**
   * Checks one finding against the model: only changes inside the published ranges are
   * findings, a flip beats a balance, nothing inside the ranges does it with a smaller change,
   * and a flip outside the ranges is only ever the `outside` suggestion.
   */
  function checkFinding(
    ds: Dataset,
    scenario: Partial<ScenarioInput>,
    country: string,
    dimension: TiltDimension,
  ) {
    const prepared = prepare(ds, scenario);
    const finding = flipFindingOf(prepared, country, dimension);
    const now = findTilt(computeScores(ds, scenario), country, dimension);
    if (finding.kind === 'no-data') {
      expect(now).toBeNull();
      return;
    }
    expect(now).not.toBeNull();
    expect(finding.tilt).toBeCloseTo(tiltSign(now!) === 0 ? finding.tilt : now!, 9);
    if (finding.kind === 'balanced') {
      expect(tiltSign(now!)).toBe(0);
      return;
    }
    // every assumption of the country with a published range, inside that range
    const inside = prepared.cells
      .filter((c) => c.country === country && c.observation)
      .map((cell) => ({ cell, r: insideRange(prepared, cell, country, dimension) }));
    const insideFlips = inside.filter((x) => x.r.kind === 'flips');
    const insideBalances = inside.filter((x) => x.r.kind === 'balances');
    if (finding.kind === 'flips' || finding.kind === 'balances') {
      const s = finding.suggestion;
      expect(s.withinRange).toBe(true);
      expect(s.outcome).toBe(finding.kind);
      checkSuggestion(ds, scenario, country, dimension, s, now!);
      const rivals = finding.kind === 'flips' ? insideFlips : insideBalances;
      if (finding.kind === 'balances') expect(insideFlips).toEqual([]);
      for (const { cell, r } of rivals) {
        if (r.kind !== 'flips' && r.kind !== 'balances') continue;
        // the search's precision (formatValue's step) may move a value out by one step
        expect(distanceOf(cell, r.current, r.value)).toBeGreaterThanOrEqual(
          s.distance - distanceOf(cell, r.value, r.value + valueStep(r.value)) - 1e-9,
        );
      }
    } else {
      expect(finding.leansTo).toBe(now! > 0 ? ds.tiltPair[0] : ds.tiltPair[1]);
      expect(insideFlips).toEqual([]);
      expect(insideBalances).toEqual([]);
    }
    if (finding.kind !== 'flips' && finding.outside) {
      const o = finding.outside;
      expect(o.withinRange).toBe(false);
      expect(o.outcome).toBe('flips');
      checkSuggestion(ds, scenario, country, dimension, o, now!);
    }
  }

  it('on the data set: a suggestion applied as an override really flips the sign, and is the smallest', () => {
    for (const country of dataset.countries)
      for (const dimension of TILT_DIMENSIONS) checkFinding(dataset, {}, country.code, dimension);
  });

  it('on the data set under random scenarios', () => {
    const scenarioArb = overridesArb(dataset, 4).map((overrides): Partial<ScenarioInput> => ({
      overrides,
    }));
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom(...dataset.countries.map((c) => c.code)),
        fc.constantFrom(...TILT_DIMENSIONS),
        (scenario, country, dimension) => checkFinding(dataset, scenario, country, dimension),
      ),
      { numRuns: 60 },
    );
  });

  it('on random data sets', () => {
    const caseArb = datasetArb().chain((ds) =>
      fc.record({
        ds: fc.constant(ds),
        country: fc.constantFrom(...ds.countries.map((c) => c.code)),
        dimension: fc.constantFrom(...TILT_DIMENSIONS),
      }),
    );
    fc.assert(
      fc.property(caseArb, ({ ds, country, dimension }) =>
        checkFinding(ds, {}, country, dimension),
      ),
      { numRuns: 150 },
    );
  });

  it('the hand-computed fixture: a rubric tilt that one level only balances inside its range, and flips beyond it', () => {
    // fixture infrastructure: KG.CN corridors level 3, KG.RU level 2 (range 1–3) → +25;
    // RU at level 3 balances (0.0) inside the range, level 4 would flip it but lies outside
    const ds = fixtureDataset();
    const finding = flipFindingOf(prepare(ds), 'KG', 'infrastructure');
    expect(finding.kind).toBe('balances');
    if (finding.kind !== 'balances') return;
    expect(finding.suggestion).toMatchObject({ key: 'KG.RU.corridors', from: 2, to: 3 });
    // outside the ranges: RU to level 4, or CN (published as a point, level 3) down to
    // level 1, both half the scale; the tie goes to the first key
    expect(finding.outside).toMatchObject({
      key: 'KG.CN.corridors',
      from: 3,
      to: 1,
      withinRange: false,
      outcome: 'flips',
    });
  });

  it('flipFindings gives one finding per country × dimension, in order', () => {
    const entries = flipFindings(prepare(dataset), ['KG', 'TJ'], TILT_DIMENSIONS);
    expect(entries.map((e) => `${e.country}.${e.dimension}`)).toEqual(
      ['KG', 'TJ'].flatMap((c) => TILT_DIMENSIONS.map((d) => `${c}.${d}`)),
    );
  });

  it('method entries: per country, the model’s method alternatives that flip, balance or tip a tilt', () => {
    const codes = dataset.countries.map((c) => c.code);
    for (const scenario of [
      {},
      { aggregation: 'geometric' as const },
      { dimensionWeights: { digital: 4 } },
    ]) {
      const alternatives = methodAlternatives(dataset, scenario);
      const entries = buildMethodEntries(alternatives, codes);
      expect(entries.map((e) => e.country)).toEqual(codes);
      // in the shared order of method findings (src/lib/methodRisks.ts)
      const all = orderMethodFlips(methodFlips(alternatives));
      for (const e of entries) {
        expect(e.tested).toEqual(alternatives.map((a) => a.choice));
        expect(e.flips).toEqual(all.filter((f) => f.country === e.country));
        for (const f of e.flips) {
          expect(f.country).toBe(e.country);
          const alt = alternatives.find((a) => a.choice === f.choice)!;
          expect(f.then).toBe(
            findTilt(computeScores(dataset, alt.scenario), f.country, f.dimension),
          );
        }
      }
    }
  });
});

describe('words', () => {
  const namesFor = (language: Language): FlipNames => {
    const i18n = createI18n(language);
    const t = i18n.getFixedT(language, 'analysis');
    return {
      country: (c) => dataset.countries.find((x) => x.code === c)!.name[language],
      tiltName: (d) => t(`tilts.${d}`),
      partner: (p) => dataset.partners.find((x) => x.code === p)!.name[language],
      partnerIn: (p) => t(`partnerIn.${p}`),
      indicator: (i) => i.name[language],
      valueAfter: (v, i) =>
        withUnit(formatsFor(language).formatValue(v), i.unit, language, 'valueAfter'),
      tilt: (x) => formatsFor(language).formatSigned(x),
      option: (key) => dataset.options.find((o) => o.key === key)!.label[language],
      choice: (key, value) =>
        dataset.options.find((o) => o.key === key)!.choices.find((c) => c.value === value)!.label[
          language
        ],
    };
  };
  const translate = (language: Language) => {
    const t = createI18n(language).getFixedT(language, 'analysis');
    return (key: string, options?: Record<string, unknown>): string =>
      String(options === undefined ? t(key) : t(key, options as never));
  };
  const entries = flipFindings(prepare(dataset), ['KG', 'TJ'], TILT_DIMENSIONS);
  const name = (code: string) => dataset.countries.find((c) => c.code === code)!.name.en;
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const [first, second] = dataset.tiltPair;
  const ordinal = dataset.indicators.find((i) => i.kind === 'ordinal')!;
  /** A synthetic suggestion on a rubric: levels are words, not data. */
  const suggestion = (over: Partial<FlipSuggestion>): FlipSuggestion => ({
    key: `KG.${second}.${ordinal.id}`,
    partner: second,
    indicator: ordinal,
    observation: dataset.observations[0]!,
    low: 3,
    high: 4,
    from: 3,
    to: 1,
    tiltNow: -5,
    tiltBeyond: 5,
    outcome: 'flips',
    toward: first,
    distance: 50,
    withinRange: false,
    ...over,
  });

  it('says what would flip a tilt in plain English', () => {
    const e = entries.find((x) => x.finding.kind === 'flips');
    if (!e || e.finding.kind !== 'flips') return;
    const s = e.finding.suggestion;
    const partner = s.partner === 'CN' ? 'China' : 'Russia';
    const to = s.toward === 'CN' ? 'China' : 'Russia';
    const verb = s.to < s.from ? 'fell' : 'rose';
    const unit = (v: number) => withUnit(formatValue(v), s.indicator.unit, 'en', 'valueAfter');
    expect(flipSentence(e, namesFor('en'), translate('en'))).toBe(
      `${name(e.country)}'s ${translate('en')(`tilts.${e.dimension}`)} would flip to ${to} if ${partner}'s ${lower(s.indicator.name.en)} ${verb} from ${unit(s.from)} to ${unit(s.to)}.`,
    );
  });

  it('and in Russian, with the partner and levels in the genitive', () => {
    const names = namesFor('ru');
    const t = translate('ru');
    for (const e of entries) {
      const text = flipSentence(e, names, t);
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(
        text.startsWith(`${dataset.countries.find((c) => c.code === e.country)!.name.ru}: `),
      ).toBe(true);
      if (e.finding.kind === 'flips') {
        expect(text).toMatch(/в пользу (Китая|России)/);
        expect(text).not.toMatch(/уровень \d/);
      }
    }
    const rubric: FlipEntry = {
      country: 'KG',
      dimension: 'infrastructure',
      finding: { kind: 'flips', tilt: -5, suggestion: suggestion({ withinRange: true, low: 1 }) },
    };
    expect(flipSentence(rubric, names, t)).toContain('снизится с уровня 3 до уровня 1.');
    expect(flipSentence(rubric, namesFor('en'), translate('en'))).toContain(
      'fell from level 3 to level 1.',
    );
  });

  it('names the tilt and its side when no single change inside the ranges flips it', () => {
    const e = entries.find((x) => x.finding.kind === 'cannot-flip');
    if (!e || e.finding.kind !== 'cannot-flip') return;
    const tilt = findTilt(computeScores(dataset), e.country, e.dimension)!;
    expect(flipSentence(e, namesFor('en'), translate('en'))).toBe(
      `${name(e.country)}'s ${translate('en')(`tilts.${e.dimension}`)} (${formatSigned(tilt)}, toward ${tilt > 0 ? 'China' : 'Russia'}): no single assumption flips it within its published range.`,
    );
  });

  it('a balance is worded as one, never as a flip', () => {
    const e: FlipEntry = {
      country: 'KG',
      dimension: 'infrastructure',
      finding: {
        kind: 'balances',
        tilt: -5,
        suggestion: suggestion({ outcome: 'balances', to: 2, withinRange: true }),
        outside: null,
      },
    };
    const en = flipSentence(e, namesFor('en'), translate('en'));
    expect(en).toBe(
      `${name('KG')}'s infrastructure tilt would not flip, but it would balance (0.0) if Russia's ${lower(ordinal.name.en)} fell from level 3 to level 2.`,
    );
    const ru = flipSentence(e, namesFor('ru'), translate('ru'));
    expect(ru).toContain('не сменится, но уравновесится (0,0)');
    expect(ru).toContain('с уровня 3 до уровня 2');
  });

  it('a flip outside the published range is said apart, as outside it', () => {
    const outside = suggestion({});
    const cannot = { kind: 'cannot-flip' as const, tilt: -5, leansTo: second, outside };
    const e: FlipEntry = { country: 'KG', dimension: 'infrastructure', finding: cannot };
    const en = outsideSentence(e, namesFor('en'), translate('en'))!;
    expect(en.startsWith('Outside the published range: ')).toBe(true);
    expect(en).toContain(
      'fell from level 3 to level 1, beyond what the sources allow (level 3 to level 4).',
    );
    expect(flipSentence(e, namesFor('en'), translate('en'))).not.toContain('level 1');
    const ru = outsideSentence(e, namesFor('ru'), translate('ru'))!;
    expect(ru.startsWith('Вне опубликованного диапазона: ')).toBe(true);
    expect(ru).toContain(
      'снизился с уровня 3 до уровня 1, а источники допускают лишь значения от уровня 3 до уровня 4.',
    );
    // a value the analyst supplied has no published range
    const supplied = outsideSentence(
      { ...e, finding: { ...cannot, outside: { ...outside, observation: null } } },
      namesFor('en'),
      translate('en'),
    );
    expect(supplied).toContain('the value supplied');
    const withSource = { ...outside, observation: dataset.observations[0]! };
    expect(
      outsideSentence(
        { ...e, finding: { ...cannot, outside: withSource } },
        namesFor('en'),
        translate('en'),
      ),
    ).toContain('beyond what the sources allow');
    // a range published as a single value
    const point = outsideSentence(
      { ...e, finding: { ...cannot, outside: { ...outside, low: 3, high: 3 } } },
      namesFor('en'),
      translate('en'),
    );
    expect(point).toContain('fell from level 3 to level 1, while the sources give only level 3.');
    expect(
      outsideSentence(
        { ...e, finding: { ...cannot, outside: { ...outside, low: 3, high: 3 } } },
        namesFor('ru'),
        translate('ru'),
      ),
    ).toContain('а источники дают лишь значение уровня 3.');
    // nothing to say apart when a change inside the ranges flips the tilt
    const flips: FlipEntry = {
      ...e,
      finding: { kind: 'flips', tilt: -5, suggestion: suggestion({ withinRange: true }) },
    };
    expect(outsideSentence(flips, namesFor('en'), translate('en'))).toBeNull();
  });

  it('a method choice’s id (its sentence and name: src/lib/methodRisks.ts)', () => {
    const option = dataset.options[0]!;
    const other = option.choices.find((c) => c.value !== option.default)!;
    const choices: MethodChoice[] = [
      { kind: 'aggregation', from: 'arithmetic', to: 'geometric' },
      { kind: 'option', option: option.key, from: option.default, to: other.value },
      { kind: 'weights', from: 'scenario', to: 'equal' },
    ];
    expect(choices.map(methodChoiceId)).toEqual([
      'geometric',
      `option-${option.key}-${other.value}`,
      'weights',
    ]);
  });

  it('balanced and no-data findings', () => {
    const t = translate('en');
    const names = namesFor('en');
    expect(
      flipSentence({ country: 'TJ', dimension: 'digital', finding: { kind: 'no-data' } }, names, t),
    ).toBe("Tajikistan's digital tilt: not enough data.");
    expect(
      flipSentence(
        { country: 'TJ', dimension: 'overall', finding: { kind: 'balanced', tilt: 0 } },
        names,
        t,
      ),
    ).toBe("Tajikistan's overall tilt is balanced: it leans to neither partner.");
  });
});
