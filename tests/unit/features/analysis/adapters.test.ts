import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTiltRows } from '@/components/charts/tiltAdapter';
import { dataset } from '@/data/dataset';
import {
  buildFlips,
  buildScoreIntervalRows,
  buildTornadoes,
  flipSentence,
  leanShare,
  niceStep,
  scoreIntervalModel,
  smallestFlip,
  tiltIntervalModel,
  tornadoAxis,
  unitKey,
  withUnit,
  type FlipEntry,
  type FlipNames,
  type Tornado,
} from '@/features/analysis/adapters';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { formatSigned, formatValue } from '@/lib/format';
import type { Dataset, ScenarioInput, TiltDimension } from '@/model';
import {
  computeScores,
  findTilt,
  monteCarlo,
  normalise,
  prepare,
  TILT_DIMENSIONS,
  whatWouldFlip,
} from '@/model';
import { datasetArb, fixtureDataset } from '../../model/arbitraries';

await loadNamespaces(['analysis']);

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);
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
        const tilt = findTilt(scores, country, dimension)!;
        expect(p.value).toBe(tilt);
        expect(p.partner).toBe(tilt >= 0 ? 'CN' : 'RU');
        expect(p.hatched).toBe(tilt >= 0);
        expect(p.pPositive).toBe(
          uncertainty.tilts.find((x) => x.country === country && x.dimension === dimension)!
            .pPositive,
        );
      }
    }
    // one country: its points need no label
    const single = tiltIntervalModel(
      rows.filter((r) => r.country === 'KG'),
      dataset.tiltPair,
    );
    expect(single.groups.every((g) => g.points.every((p) => p.label === null))).toBe(true);
  });

  it('leanShare names the side of the median and its share', () => {
    expect(leanShare(0.87, ['CN', 'RU'])).toEqual({ partner: 'CN', share: 0.87 });
    expect(leanShare(0.25, ['CN', 'RU'])).toEqual({ partner: 'RU', share: 0.75 });
    expect(leanShare(0.5, ['CN', 'RU'])).toEqual({ partner: 'CN', share: 0.5 });
    expect(leanShare(null, ['CN', 'RU'])).toBeNull();
  });
});

describe('sensitivity tornado', () => {
  it('on the fixture: the tilt’s largest swing first, with the re-scored ends', () => {
    const ds = fixtureDataset();
    const [kg] = buildTornadoes(prepare(ds), ['KG'], 'economic');
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
        const tornadoes = buildTornadoes(prepare(ds), countries, dimension, top);
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

  /** Checks one finding against the model: the sign really changes, and nothing smaller does. */
  function checkFinding(
    ds: Dataset,
    scenario: Partial<ScenarioInput>,
    country: string,
    dimension: TiltDimension,
  ) {
    const prepared = prepare(ds, scenario);
    const finding = smallestFlip(prepared, country, dimension);
    const now = findTilt(computeScores(ds, scenario), country, dimension);
    if (finding.kind === 'no-data') {
      expect(now).toBeNull();
      return;
    }
    expect(now).not.toBeNull();
    expect(finding.tilt).toBeCloseTo(now!, 9);
    if (finding.kind === 'balanced') {
      expect(now).toBe(0);
      return;
    }
    // every assumption of the country, tried through the model itself
    const flips = prepared.cells
      .filter((c) => c.country === country)
      .map((cell) => ({
        cell,
        r: whatWouldFlip(ds, scenario, { country, dimension, key: cell.key }),
      }))
      .filter((x) => x.r.kind === 'flips');
    if (finding.kind === 'cannot-flip') {
      expect(flips).toEqual([]);
      expect(finding.leansTo).toBe(now! > 0 ? ds.tiltPair[0] : ds.tiltPair[1]);
      return;
    }
    const s = finding.suggestion;
    expect(s.from).not.toBe(s.to);
    // applied as an override through the model, the suggestion changes the tilt's sign
    const after = tiltWith(ds, scenario, s.key, s.to, country, dimension)!;
    expect(sign(after)).not.toBe(sign(now!));
    if (s.outcome === 'flips') expect(sign(after)).toBe(-sign(now!));
    else expect(after).toBe(0);
    expect(s.toward).toBe(now! > 0 ? ds.tiltPair[1] : ds.tiltPair[0]);
    expect(s.withinRange).toBe(s.to >= s.low && s.to <= s.high);
    // and no single assumption does it with a smaller change (a real flip beats a balance)
    for (const { cell, r } of flips) {
      if (r.kind !== 'flips') continue;
      const { goalposts, scale } = cell.indicator;
      const distance = Math.abs(
        normalise(r.value, goalposts, scale) - normalise(r.current, goalposts, scale),
      );
      const real = r.tiltBeyond !== 0;
      if (s.outcome === 'balances') expect(real).toBe(false);
      else if (real) expect(distance).toBeGreaterThanOrEqual(s.distance - 1e-9);
    }
  }

  it('on the data set: a suggestion applied as an override really flips the sign, and is the smallest', () => {
    for (const country of dataset.countries)
      for (const dimension of TILT_DIMENSIONS) checkFinding(dataset, {}, country.code, dimension);
  });

  it('on the data set under random scenarios', () => {
    const keys = [
      ...new Set(dataset.observations.map((o) => `${o.country}.${o.partner}.${o.indicator}`)),
    ];
    const goalposts = (key: string) =>
      dataset.indicators.find((i) => i.id === key.split('.')[2])!.goalposts;
    const scenarioArb = fc
      .uniqueArray(fc.constantFrom(...keys), { maxLength: 4 })
      .chain((chosen) =>
        fc.tuple(
          ...chosen.map((key) =>
            fc.double({ min: 0, max: 1, noNaN: true }).map((f): [string, number] => {
              const gp = goalposts(key);
              return [key, gp.min + f * (gp.max - gp.min)];
            }),
          ),
        ),
      )
      .map((pairs): Partial<ScenarioInput> => ({ overrides: Object.fromEntries(pairs) }));
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

  it('buildFlips gives one finding per country × dimension, in order', () => {
    const entries = buildFlips(prepare(dataset), ['KG', 'TJ'], TILT_DIMENSIONS);
    expect(entries.map((e) => `${e.country}.${e.dimension}`)).toEqual(
      ['KG', 'TJ'].flatMap((c) => TILT_DIMENSIONS.map((d) => `${c}.${d}`)),
    );
  });
});

describe('words', () => {
  it('unit keys and values with units', () => {
    expect(unitKey('%')).toBe('pct');
    expect(unitKey('% of GDP')).toBe('pct_of_GDP');
    expect(unitKey('level 0–4')).toBe('level_0_4');
    const t = (key: string, o?: Record<string, unknown>) => `${key}:${JSON.stringify(o)}`;
    expect(withUnit('4', 'level 0–4', t)).toBe('units.level_0_4:{"value":"4"}');
    expect(withUnit('4', 'level 0–4', t, 'unitsAfter')).toBe('unitsAfter.level_0_4:{"value":"4"}');
    expect(withUnit('3', 'USD m', t)).toBe('units.other:{"value":"3","unit":"USD m"}');
    expect(withUnit('3', '', t)).toBe('3');
  });

  const namesFor = (language: Language): FlipNames => {
    const i18n = createI18n(language);
    const t = i18n.getFixedT(language, 'analysis');
    return {
      country: (c) => dataset.countries.find((x) => x.code === c)!.name[language],
      partner: (p) => dataset.partners.find((x) => x.code === p)!.name[language],
      partnerIn: (p) => t(`partnerIn.${p}`),
      indicator: (i) => i.name[language],
      valueAfter: (v, i) => withUnit(formatValue(v, language), i.unit, t, 'unitsAfter'),
      tilt: (x) => formatSigned(x),
    };
  };
  const translate = (language: Language) => {
    const t = createI18n(language).getFixedT(language, 'analysis');
    return (key: string, options?: Record<string, unknown>): string =>
      String(options === undefined ? t(key) : t(key, options as never));
  };
  const entries = buildFlips(prepare(dataset), ['KG', 'TJ'], TILT_DIMENSIONS);
  const entry = (country: string, dimension: TiltDimension): FlipEntry =>
    entries.find((e) => e.country === country && e.dimension === dimension)!;

  it('says what would flip a tilt in plain English', () => {
    const e = entry('KG', 'economic');
    expect(e.finding.kind).toBe('flips');
    if (e.finding.kind !== 'flips') return;
    const s = e.finding.suggestion;
    const partner = s.partner === 'CN' ? 'China' : 'Russia';
    const to = s.toward === 'CN' ? 'China' : 'Russia';
    const verb = s.to < s.from ? 'fell' : 'rose';
    expect(flipSentence(e, namesFor('en'), translate('en'))).toBe(
      `Kyrgyzstan's economic tilt would flip to ${to} if ${partner}'s ${s.indicator.name.en.charAt(0).toLowerCase()}${s.indicator.name.en.slice(1)} ${verb} from ${formatValue(s.from)}% to ${formatValue(s.to)}%.`,
    );
  });

  it('and in Russian, with the partner and levels in the genitive', () => {
    const names = namesFor('ru');
    const t = translate('ru');
    for (const e of entries) {
      const text = flipSentence(e, names, t);
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text.startsWith(e.country === 'KG' ? 'Кыргызстан: ' : 'Таджикистан: ')).toBe(true);
      if (e.finding.kind === 'flips') {
        expect(text).toMatch(/в пользу (Китая|России)/);
        expect(text).not.toMatch(/уровень \d/);
      }
    }
  });

  it('names the tilt and its side when no single assumption flips it', () => {
    const e = entry('KG', 'security');
    expect(e.finding.kind).toBe('cannot-flip');
    const tilt = findTilt(computeScores(dataset), 'KG', 'security')!;
    expect(flipSentence(e, namesFor('en'), translate('en'))).toBe(
      `Kyrgyzstan's security tilt (${formatSigned(tilt)}, toward Russia): no single assumption flips it.`,
    );
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
