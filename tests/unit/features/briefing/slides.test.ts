import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { assumptionChanges } from '@/scenario/assumptionChanges';
import {
  buildDeck,
  flipRiskSentence,
  keyRisks,
  methodRisks,
  risksTakeaway,
  type FlipRisk,
  type RiskNames,
  type Translate,
  keyAction,
  largestTiltGap,
  moved,
  moveIndex,
  rankByOverallTilt,
  resolveSlideId,
  scoreChanges,
  slideIndexOf,
  swingRisks,
  type DeckAction,
} from '@/features/briefing/slides';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { formatsFor, valueStep } from '@/lib/format';
import {
  methodSentence,
  orderMethodFlips,
  type Translate as MethodTranslate,
} from '@/lib/methodRisks';
import type { MethodFlip, ScenarioInput } from '@/model';
import {
  computeScores,
  findOverall,
  findTilt,
  methodAlternatives,
  methodFlips,
  prepare,
  smallestFlipPrepared,
  TILT_DIMENSIONS,
  tiltSign,
  whatWouldFlip,
} from '@/model';
import { missingRecords, normalizeScenario } from '@/scenario/sliders';
import { overridesArb } from '../../model/arbitraries';

await loadNamespaces(['briefing', 'risks']);

const codes = dataset.countries.map((c) => c.code);
const baseline = computeScores(dataset);

/**
 * Checks one key risk against the model: it is the flip search's answer for its assumption
 * (whole levels on a rubric), and applied as an override it really puts the tilt on the other
 * side, or exactly at 0.0 for a balance.
 */
function checkRisk(r: FlipRisk, scenario: Partial<ScenarioInput>) {
  if (r.indicator.kind === 'ordinal') expect(Number.isInteger(r.to)).toBe(true);
  const query = { country: r.country, dimension: r.dimension, key: r.key, step: valueStep };
  // a flip is the nearest over the goalposts; a balance inside the ranges, over the range
  const range =
    r.outcome === 'balances'
      ? {
          min: Math.max(r.low, r.indicator.goalposts.min),
          max: Math.min(r.high, r.indicator.goalposts.max),
        }
      : {};
  const result = whatWouldFlip(dataset, scenario, { ...query, ...range });
  expect(result.kind).toBe(r.outcome);
  if (result.kind === 'flips' || result.kind === 'balances')
    expect(result.value).toBeCloseTo(r.to, 6);
  const now = findTilt(computeScores(dataset, scenario), r.country, r.dimension)!;
  expect(tiltSign(r.tilt)).toBe(tiltSign(now));
  const after = findTilt(
    computeScores(dataset, { ...scenario, overrides: { ...scenario.overrides, [r.key]: r.to } }),
    r.country,
    r.dimension,
  )!;
  expect(tiltSign(after)).toBe(r.outcome === 'flips' ? -tiltSign(now) : 0);
}

describe('deck', () => {
  it('has overview, each country, compare, each country’s confidence, scenario and risks, in that order', () => {
    expect(buildDeck(codes).map((s) => s.id)).toEqual([
      'overview',
      ...codes,
      'compare',
      ...codes.map((c) => `confidence-${c}`),
      'scenario',
      'risks',
    ]);
    expect(buildDeck(['KG']).map((s) => s.id)).toEqual([
      'overview',
      'KG',
      'confidence-KG',
      'scenario',
      'risks',
    ]);
  });

  it('finds slides by id; no id is the first slide, an unknown one -1', () => {
    const deck = buildDeck(codes);
    expect(slideIndexOf(deck, undefined)).toBe(0);
    expect(slideIndexOf(deck, 'TJ')).toBe(2);
    expect(slideIndexOf(deck, 'nope')).toBe(-1);
  });

  it('maps keys to actions, leaving modified keys to the browser', () => {
    expect(keyAction({ key: 'ArrowRight' })).toBe('next');
    expect(keyAction({ key: ' ' })).toBe('next');
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('previous');
    expect(keyAction({ key: 'ArrowLeft' })).toBe('previous');
    expect(keyAction({ key: 'Home' })).toBe('first');
    expect(keyAction({ key: 'End' })).toBe('last');
    expect(keyAction({ key: 'f' })).toBe('fullscreen');
    expect(keyAction({ key: 'n' })).toBe('notes');
    expect(keyAction({ key: 'N' })).toBe('notes');
    expect(keyAction({ key: 'n', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'Escape' })).toBe('exit');
    expect(keyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'r', metaKey: true })).toBeNull();
    expect(keyAction({ key: 'x' })).toBeNull();
  });

  const actions: DeckAction[] = ['next', 'previous', 'first', 'last'];

  it('property: moving always stays inside the deck', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -5, max: 25 }),
        fc.array(fc.constantFrom(...actions), { maxLength: 30 }),
        (count, start, steps) => {
          let i = start;
          for (const a of steps) {
            i = moveIndex(i, count, a);
            expect(i).toBeGreaterThanOrEqual(0);
            expect(i).toBeLessThan(count);
          }
        },
      ),
    );
  });

  it('property: next then previous returns, except from the last slide', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), (count, k) => {
        const i = k % count;
        const back = moveIndex(moveIndex(i, count, 'next'), count, 'previous');
        expect(back).toBe(i === count - 1 ? Math.max(0, count - 2) : i);
      }),
    );
  });

  it('property: count − 1 nexts reach the last slide from the first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (count) => {
        let i = 0;
        for (let k = 0; k < count - 1; k++) i = moveIndex(i, count, 'next');
        expect(i).toBe(count - 1);
        expect(moveIndex(i, count, 'next')).toBe(count - 1);
      }),
    );
  });
});

describe('takeaway numbers', () => {
  it('ranks countries by overall tilt, furthest to China first', () => {
    const ranked = rankByOverallTilt(baseline, codes);
    expect(ranked).toHaveLength(codes.length);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.tilt).toBeGreaterThanOrEqual(ranked[i]!.tilt!);
    expect(ranked[0]!.tilt).toBe(findTilt(baseline, ranked[0]!.country, 'overall'));
  });

  it('finds the widest tilt gap between two countries', () => {
    const gap = largestTiltGap(baseline, ['KG', 'TJ'], TILT_DIMENSIONS)!;
    for (const d of TILT_DIMENSIONS) {
      const a = findTilt(baseline, 'KG', d);
      const b = findTilt(baseline, 'TJ', d);
      if (a !== null && b !== null) expect(gap.gap).toBeGreaterThanOrEqual(Math.abs(a - b));
    }
    expect(gap.higher.tilt).toBeGreaterThanOrEqual(gap.lower.tilt);
  });

  it('at baseline nothing moved; a scenario moves its own score first', () => {
    const partners = dataset.partners.map((p) => p.code);
    const same = scoreChanges(baseline, baseline, codes, partners, TILT_DIMENSIONS);
    expect(same.some((r) => moved(r.change))).toBe(false);
    const scenario = computeScores(dataset, { overrides: { 'KG.CN.debt_share': 60 } });
    const rows = scoreChanges(scenario, baseline, codes, partners, TILT_DIMENSIONS);
    expect(rows).toHaveLength(codes.length * (partners.length + TILT_DIMENSIONS.length));
    const kgCn = rows.find((r) => r.key === 'KG.CN.overall')!;
    expect(kgCn.change).toBeCloseTo(
      findOverall(scenario, 'KG', 'CN')! - findOverall(baseline, 'KG', 'CN')!,
    );
    expect(moved(kgCn.change)).toBe(true);
    expect(rows.filter((r) => r.country === 'TJ').some((r) => moved(r.change))).toBe(false);
    // largest change first
    const sizes = rows.map((r) => Math.abs(Number((r.change ?? 0).toFixed(1))));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('lists what a scenario changes, with baseline and scenario values', () => {
    expect(assumptionChanges(dataset, normalizeScenario(dataset, {}))).toEqual([]);
    const changes = assumptionChanges(
      dataset,
      normalizeScenario(dataset, {
        overrides: { 'KG.CN.debt_share': 60 },
        aggregation: 'geometric',
      }),
    );
    expect(changes.map((c) => c.key)).toContain('KG.CN.debt_share');
    const debt = changes.find((c) => c.key === 'KG.CN.debt_share')!;
    expect(debt.to).toEqual({ kind: 'number', value: 60, unit: '%' });
    expect(debt.from.kind).toBe('number');
    expect(changes.find((c) => c.key === 'aggregation')?.to.kind).toBe('choice');
  });

  it('lists a value supplied for a missing cell as going from missing to the analyst’s own', () => {
    // Which cells are missing comes from the data set.
    const [record] = missingRecords(dataset);
    if (!record) return;
    const changes = assumptionChanges(
      dataset,
      normalizeScenario(dataset, { overrides: { [record.key]: record.max } }),
    );
    expect(changes).toEqual([
      {
        key: record.key,
        label: record.label,
        from: { kind: 'missing' },
        to: { kind: 'number', value: record.max, unit: record.unit, analyst: true },
      },
    ]);
  });

  it('key risks: only changes inside the published ranges, real flips first, closest first', () => {
    const prepared = prepare(dataset, {});
    const { flips, outside } = keyRisks(prepared, codes, TILT_DIMENSIONS);
    for (let i = 1; i < flips.length; i++) {
      const [a, b] = [flips[i - 1]!, flips[i]!];
      if (a.outcome === b.outcome) expect(a.distance).toBeLessThanOrEqual(b.distance);
      else expect(a.outcome).toBe('flips');
    }
    for (const r of flips) {
      expect(r.withinRange).toBe(true);
      expect(r.to).toBeGreaterThanOrEqual(r.low);
      expect(r.to).toBeLessThanOrEqual(r.high);
      checkRisk(r, {});
    }
    for (const r of outside) {
      expect(r.withinRange).toBe(false);
      expect(r.to < r.low || r.to > r.high).toBe(true);
      expect(r.outcome).toBe('flips');
      checkRisk(r, {});
      // and nothing inside the ranges flips that tilt
      expect(
        flips.some(
          (f) => f.country === r.country && f.dimension === r.dimension && f.outcome === 'flips',
        ),
      ).toBe(false);
    }
    // every tilt that one change flips at all is either a key risk or listed apart
    for (const country of codes)
      for (const dimension of TILT_DIMENSIONS) {
        const search = smallestFlipPrepared(prepared, country, dimension);
        const listed =
          flips.some((f) => f.country === country && f.dimension === dimension) ||
          outside.some((f) => f.country === country && f.dimension === dimension);
        if (search.best || search.outside) expect(listed).toBe(true);
      }
  });

  it('property: under random scenarios, key risks stay inside the ranges, rubric changes are whole levels, and a landing on 0.0 is never a flip', () => {
    const scenarioArb = overridesArb(dataset, 3).chain((overrides) =>
      fc.record({
        overrides: fc.constant(overrides),
        aggregation: fc.constantFrom('arithmetic' as const, 'geometric' as const),
      }),
    );
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { flips, outside } = keyRisks(prepare(dataset, scenario), codes, TILT_DIMENSIONS);
        for (const r of flips) {
          expect(r.withinRange).toBe(true);
          expect(r.to).toBeGreaterThanOrEqual(r.low);
          expect(r.to).toBeLessThanOrEqual(r.high);
          checkRisk(r, scenario);
        }
        for (const r of outside) {
          expect(r.withinRange).toBe(false);
          checkRisk(r, scenario);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('method risks are the model’s method alternatives that flip, balance or tip a tilt', () => {
    for (const scenario of [
      {},
      { aggregation: 'geometric' as const },
      { dimensionWeights: { security: 3 } },
    ]) {
      const { flips, tested } = methodRisks(dataset, scenario);
      const alternatives = methodAlternatives(dataset, scenario);
      expect(tested).toEqual(alternatives.map((a) => a.choice));
      // in the shared order of method findings (src/lib/methodRisks.ts)
      expect(flips).toEqual(orderMethodFlips(methodFlips(alternatives)));
      // each recomputes as computeScores does under that scenario
      for (const f of flips) {
        const alt = alternatives.find(
          (a) => JSON.stringify(a.choice) === JSON.stringify(f.choice),
        )!;
        expect(f.then).toBe(findTilt(computeScores(dataset, alt.scenario), f.country, f.dimension));
        expect(f.now).toBe(findTilt(computeScores(dataset, scenario), f.country, f.dimension));
      }
    }
  });

  it('swing risks are the top sensitivities of each country’s overall tilt', () => {
    const swings = swingRisks(prepare(dataset, {}), codes, 3);
    for (const code of codes) {
      const mine = swings.filter((s) => s.country === code);
      expect(mine.length).toBeLessThanOrEqual(3);
      for (let i = 1; i < mine.length; i++)
        expect(mine[i - 1]!.swing).toBeGreaterThanOrEqual(mine[i]!.swing);
      for (const s of mine) expect(s.swing).toBeCloseTo(Math.abs(s.atHigh - s.atLow));
    }
  });
});

describe('key risks in words', () => {
  const riskT = (language: Language): Translate => {
    const t = createI18n(language).getFixedT(language, 'briefing');
    return (key, options) => String(options === undefined ? t(key) : t(key, options as never));
  };
  /** the method choices' messages (src/lib/methodRisks.ts) */
  const methodT = (language: Language): MethodTranslate => {
    const t = createI18n(language).getFixedT(language, 'risks');
    return (key, options) => String(options === undefined ? t(key) : t(key, options as never));
  };
  const namesFor = (language: Language): RiskNames => {
    const t = riskT(language);
    return {
      country: (c) => dataset.countries.find((x) => x.code === c)!.name[language],
      tiltName: (d) => t(`risks.tilts.${d}`),
      partner: (p) => dataset.partners.find((x) => x.code === p)!.name[language],
      partnerIn: (p) => t(`risks.partnerIn.${p}`),
      indicator: (i) => i.name[language],
      number: (v) => formatsFor(language).formatValue(v),
      language,
      tilt: (x) => formatsFor(language).formatSigned(x),
      option: (key) => dataset.options.find((o) => o.key === key)!.label[language],
      choice: (key, value) =>
        dataset.options.find((o) => o.key === key)!.choices.find((c) => c.value === value)!.label[
          language
        ],
    };
  };
  const [first, second] = dataset.tiltPair;
  const ordinal = dataset.indicators.find((i) => i.kind === 'ordinal')!;
  /** The plural-named indicator of the issue ("remittances … go"), found by its unit. */
  const remittances = dataset.indicators.find((i) => i.unit === '% of GDP')!;
  const risk = (over: Partial<FlipRisk>): FlipRisk => ({
    country: codes[0]!,
    dimension: 'overall',
    key: `${codes[0]}.${second}.${ordinal.id}`,
    partner: second,
    indicator: ordinal,
    observation: null,
    tilt: -5,
    tiltNow: -5,
    tiltBeyond: 5,
    from: 3,
    to: 1,
    outcome: 'flips',
    toward: first,
    distance: 50,
    withinRange: true,
    low: 1,
    high: 4,
    ...over,
  });

  it('states a rubric change in whole levels, in the genitive after «с» and «до» in Russian', () => {
    const en = flipRiskSentence(risk({}), namesFor('en'), riskT('en'));
    expect(en).toContain('fell from level 3 to level 1.');
    expect(en).toMatch(/would flip to China if Russia's /);
    const ru = flipRiskSentence(risk({}), namesFor('ru'), riskT('ru'));
    expect(ru).toContain('с уровня 3 до уровня 1.');
    expect(ru).toContain('в пользу Китая');
    expect(ru).toContain('для России');
    expect(ru).not.toMatch(/уровень \d/);
    for (const text of [en, ru]) expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('words a plural indicator grammatically: “remittances … rose”, never “goes”', () => {
    const r = risk({
      indicator: remittances,
      key: `${codes[0]}.${second}.${remittances.id}`,
      from: 10,
      to: 20,
      outcome: 'flips',
    });
    const en = flipRiskSentence(r, namesFor('en'), riskT('en'));
    expect(en).toContain(
      `${remittances.name.en.charAt(0).toLowerCase()}${remittances.name.en.slice(1)} rose from 10% of GDP to 20% of GDP.`,
    );
    expect(en).not.toMatch(/\bgoes\b|\bgo\b/);
    const ru = flipRiskSentence(r, namesFor('ru'), riskT('ru'));
    expect(ru).toContain(
      `показатель «${remittances.name.ru}» для России вырастет с 10% ВВП до 20% ВВП.`,
    );
  });

  it('a balance is worded as one, not a flip', () => {
    const en = flipRiskSentence(risk({ outcome: 'balances' }), namesFor('en'), riskT('en'));
    expect(en).toContain('would not flip, but it would balance (0.0)');
    expect(en).not.toContain('would flip to');
    const ru = flipRiskSentence(risk({ outcome: 'balances' }), namesFor('ru'), riskT('ru'));
    expect(ru).toContain('уравновесится');
    expect(ru).not.toContain('в пользу');
  });

  const flip = (over: Partial<MethodFlip>): MethodFlip => ({
    country: codes[0]!,
    dimension: 'overall',
    now: -4,
    then: 7.91,
    outcome: 'flips',
    toward: first,
    choice: { kind: 'aggregation', from: 'arithmetic', to: 'geometric' },
    ...over,
  });

  it('the takeaway: a flip inside the ranges first, then a method flip, then a balance, else the leans hold', () => {
    const names = namesFor('en');
    const t = riskT('en');
    const tm = methodT('en');
    const country = dataset.countries[0]!.name.en;
    expect(risksTakeaway([risk({})], [flip({})], names, t, tm)).toBe(
      `Closest to flipping: ${country}'s overall tilt (${formatsFor('en').formatSigned(-5)}).`,
    );
    // a method choice is worded by the shared sentence, with the slide's tilt names
    expect(risksTakeaway([risk({ outcome: 'balances' })], [flip({})], names, t, tm)).toBe(
      methodSentence(flip({}), names, tm),
    );
    expect(methodSentence(flip({}), names, tm)).toContain(`${country}'s overall tilt to China`);
    expect(risksTakeaway([risk({ outcome: 'balances' })], [], names, t, tm)).toContain(
      'the closest would balance',
    );
    expect(
      risksTakeaway([], [flip({ outcome: 'balances', toward: null, then: 0 })], names, t, tm),
    ).toBe(methodSentence(flip({ outcome: 'balances', toward: null, then: 0 }), names, tm));
    expect(risksTakeaway([], [], names, t, tm)).toBe(t('risks.takeawayNone'));
  });
});

describe('resolveSlideId', () => {
  const deck = buildDeck(dataset.countries.map((c) => c.code));
  const aliases = Object.fromEntries(
    dataset.countries.map((c) => [c.code, [c.name.en, c.name.ru]] as const),
  );

  it('opens a slide by its number, its id in any case, or a country name in either language', () => {
    deck.forEach((slide, i) => expect(resolveSlideId(deck, String(i + 1), aliases)).toBe(slide.id));
    for (const c of dataset.countries) {
      expect(resolveSlideId(deck, c.code.toLowerCase(), aliases)).toBe(c.code);
      expect(resolveSlideId(deck, c.name.en.toLowerCase(), aliases)).toBe(c.code);
      expect(resolveSlideId(deck, c.name.ru, aliases)).toBe(c.code);
    }
  });

  it('names no slide for a number out of range, an unknown name or an empty address', () => {
    for (const address of ['0', String(deck.length + 1), 'kazakhstan', '', '  ', '__proto__'])
      expect(resolveSlideId(deck, address, aliases)).toBeUndefined();
  });

  it('never throws and answers a slide of the deck or nothing, for any address', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (address) => {
        const id = resolveSlideId(deck, address, aliases);
        expect(id === undefined || deck.some((s) => s.id === id)).toBe(true);
      }),
    );
  });
});
