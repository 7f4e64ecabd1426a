// Every sentence the app builds from templates — the overview headline, the compare phrases,
// the analysis findings (flip, sensitivity, uncertainty, method choices) and the briefing's
// takeaways and key risks — rendered in Russian and English for each case (levels, plurals 0,
// 1, 2, 5, 21, signs, partners, countries) and read for grammar and number forms.
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { createI18n, loadNamespaces, NAMESPACES, type Language } from '@/i18n';
import {
  buildDifferences,
  differencePhrase,
  type DifferenceRow,
} from '@/features/compare/adapters';
import { flipSentence, outsideSentence, type FlipNames } from '@/features/analysis/adapters';
import {
  flipRiskSentence,
  risksTakeaway,
  type FlipRisk,
  type RiskNames,
} from '@/features/briefing/slides';
import { formatsFor } from '@/lib/format';
import { headline } from '@/lib/headline';
import { leanWording } from '@/lib/leanText';
import { methodSentence, type MethodNames } from '@/lib/methodRisks';
import type {
  CountryCode,
  Dimension,
  FlipFinding,
  FlipSuggestion,
  Indicator,
  MethodChoice,
  MethodFlip,
  Observation,
  PartnerCode,
  TiltBasis,
  TiltDimension,
} from '@/model';
import { computeScores, readTilt, TILT_DIMENSIONS, withUnit } from '@/model';
import type { FlipEntry } from '@/scenario/findings';
import { translator } from './translator';

await loadNamespaces(NAMESPACES);

const LANGS = ['en', 'ru'] as const;
const COUNTS = [0, 1, 2, 5, 21] as const;
const SIGNS = [12.34, -7.06, 0] as const;
const PARTNERS = dataset.tiltPair;
const COUNTRIES = dataset.countries.map((c) => c.code);

/** Russian noun form after a number: 1, 21 → one; 2–4, 22 → few; 0, 5–20 → many. */
function ruForm(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return one;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
  return many;
}

const word = (w: string) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu');

/** What every generated sentence must never show, in either language. */
function expectWellFormed(text: string, language: Language): void {
  const where = `${language}: ${text}`;
  expect(text, where).not.toMatch(/\{\{|\}\}/);
  expect(text, where).not.toMatch(/NaN|undefined|null|\[object/);
  // a minus sign is "−" (U+2212), never the hyphen-minus before a digit
  expect(text, where).not.toMatch(/(^|[^\p{L}\p{N}])-\d/u);
  // a message key that was not found comes back as the key itself
  expect(text, where).not.toMatch(
    /\b(headline|phrase|flip|risks|method|lean|interval|basis)\.[a-z]/,
  );
  if (language === 'ru') {
    expect(text, where).not.toMatch(/\d\.\d/);
    expect(text, where).not.toMatch(/с уровень|до уровень|к стороне «/);
  } else {
    expect(text, where).not.toMatch(/\d,\d(?!\d{2})/);
  }
  // a label does not repeat its own noun after the colon ("Крен: Небольшой крен")
  for (const segment of text.split(/[.;]\s+/)) {
    const label = /^\s*([\p{L}]+):\s+(.*)$/u.exec(segment);
    if (label) expect(label[2], where).not.toMatch(word(label[1]!));
  }
}

const names = (language: Language) => ({
  country: (code: CountryCode) => dataset.countries.find((c) => c.code === code)!.name[language],
  partner: (code: PartnerCode) => dataset.partners.find((p) => p.code === code)!.name[language],
  option: (key: string) => dataset.options.find((o) => o.key === key)!.label[language],
  choice: (key: string, value: string) =>
    dataset.options.find((o) => o.key === key)!.choices.find((c) => c.value === value)!.label[
      language
    ],
});

// ── Headline ────────────────────────────────────────────────────────────────────────────

describe('the overview headline', () => {
  type Group = 'positive' | 'negative' | 'uncertain' | 'balanced' | 'none';
  const tiltOf: Record<Group, number | null> = {
    positive: 30,
    negative: -30,
    uncertain: 1,
    balanced: 0,
    none: null,
  };

  /** A headline over made-up dimensions, `sizes[g]` of them in each group. */
  function write(language: Language, sizes: Record<Group, number>) {
    const t = translator(language, 'overview');
    const tilts: { dimension: TiltDimension; tilt: number | null }[] = [];
    const dimensionNames: Record<string, string> = {};
    const named: Record<Group, string[]> = {
      positive: [],
      negative: [],
      uncertain: [],
      balanced: [],
      none: [],
    };
    for (const group of Object.keys(sizes) as Group[]) {
      for (let i = 0; i < sizes[group]; i++) {
        const id = `${group}${i}`;
        dimensionNames[id] = `${group.slice(0, 3)}${i}`;
        named[group].push(dimensionNames[id]);
        tilts.push({ dimension: id as TiltDimension, tilt: tiltOf[group] });
      }
    }
    const text = headline({
      country: dataset.countries[0]!.name[language],
      tilts,
      dimensionNames: dimensionNames as Record<Dimension, string>,
      t,
    });
    return { text, named };
  }

  const sizes = COUNTS.flatMap((positive) =>
    COUNTS.flatMap((negative) =>
      [0, 1, 2, 5].flatMap((uncertain) =>
        [0, 1, 2].flatMap((balanced) =>
          [0, 1, 2].map((none) => ({ positive, negative, uncertain, balanced, none })),
        ),
      ),
    ),
  );

  it.each(LANGS)('is well formed and agrees in number, in every case (%s)', (language) => {
    for (const size of sizes) {
      const { text } = write(language, size);
      expectWellFormed(text, language);
      const total = size.positive + size.negative + size.uncertain + size.balanced;
      const mixed = size.positive > 0 && size.negative > 0;
      if (total === 1) expect(text).toMatch(language === 'ru' ? /единственном/ : /only dimension/);
      if (language === 'ru') {
        if (size.positive === total && total > 1)
          expect(text).toContain(
            `во всех ${total} ${ruForm(total, 'измерении', 'измерениях', 'измерениях')}`,
          );
        if (size.positive > size.negative && size.negative > 0 && size.positive !== total)
          expect(text).toContain(
            `в ${size.positive} из ${total} ${ruForm(total, 'измерения', 'измерений', 'измерений')}`,
          );
        if (size.positive > size.negative && size.negative > 0)
          expect(text).toContain(
            size.negative > 1 ? 'по-прежнему тяготеют' : 'по-прежнему тяготеет',
          );
        if (size.negative > size.positive && size.positive > 0)
          expect(text).toContain(size.positive > 1 ? 'уже тяготеют' : 'уже тяготеет');
        if (mixed && size.positive === size.negative)
          expect(text).toContain(size.positive > 1 ? 'тяготеют к Китаю' : 'тяготеет к Китаю');
      } else {
        if (size.positive > size.negative && size.negative > 0)
          expect(text).toMatch(size.negative > 1 ? /still lean to/ : /still leans to/);
        if (size.negative > size.positive && size.positive > 0)
          expect(text).toMatch(size.positive > 1 ? /already lean to/ : /already leans to/);
        if (mixed && size.positive === size.negative)
          expect(text).toMatch(size.positive > 1 ? /\blean to China/ : /leans to China/);
        if (mixed && size.uncertain > 0)
          expect(text).toMatch(
            size.uncertain > 1 ? /are too close to call/ : /is too close to call/,
          );
        if (mixed && size.balanced > 0)
          expect(text).toMatch(size.balanced > 1 ? /are balanced/ : /is balanced/);
      }
    }
  });

  it('reads as before on the bundled data, and the Russian one inflects', () => {
    const { text } = write('ru', { positive: 1, negative: 3, uncertain: 0, balanced: 0, none: 0 });
    expect(text).toBe(
      `${dataset.countries[0]!.name.ru}: крен к России в 3 из 4 измерений; pos0 уже тяготеет к Китаю.`,
    );
  });
});

// ── Compare ─────────────────────────────────────────────────────────────────────────────

describe('the compare phrases', () => {
  const scores = computeScores(dataset);
  const rows = buildDifferences({
    scores,
    baseline: scores,
    differs: false,
    countries: [COUNTRIES[0]!, COUNTRIES[1]!],
    partners: [...PARTNERS],
    dimensions: TILT_DIMENSIONS,
  });

  /** Each kind of difference: every score and tilt row, with each sign and each pair of readings. */
  function cases(): DifferenceRow[] {
    const out: DifferenceRow[] = [...rows];
    const readings = [30, 5, 0.5, 0, -0.5, -5, -30].map((x) => readTilt(x, null));
    for (const dimension of TILT_DIMENSIONS) {
      for (const partner of PARTNERS)
        for (const diff of [...SIGNS, null])
          out.push({
            kind: 'score',
            dimension,
            partner,
            a: 50,
            b: 40,
            diff,
            baselineDiff: null,
            readings: null,
          });
      for (const a of readings)
        for (const b of readings)
          for (const diff of [...SIGNS, null])
            out.push({
              kind: 'tilt',
              dimension,
              partner: null,
              a: 1,
              b: 1,
              diff,
              baselineDiff: null,
              readings: { a, b },
            });
    }
    return out;
  }

  it.each(LANGS)('names each measure with the partner in its case (%s)', (language) => {
    const t = translator(language, 'compare');
    const tc = translator(language, 'common');
    for (const dimension of TILT_DIMENSIONS)
      for (const partner of PARTNERS) {
        const text = t('differences.scoreMeasure', {
          dimension: tc(`dimensions.${dimension}`),
          partner: t(`differences.partnerFrom.${partner}`),
        });
        expectWellFormed(text, language);
        if (language === 'ru') expect(text).toMatch(/зависимость от (Китая|России)$/);
      }
  });

  it.each(LANGS)('is well formed in every case (%s)', (language) => {
    const t = translator(language, 'compare');
    const tc = translator(language, 'common');
    const n = names(language);
    const lean = leanWording(tc, PARTNERS, n.partner, language);
    for (const row of cases()) {
      const text = differencePhrase(
        row,
        {
          a: n.country(COUNTRIES[0]!),
          b: n.country(COUNTRIES[1]!),
          partner: n.partner,
          dimension: (d) => t(`phrase.dimensions.${d}`),
          dimensionLabel: (d) => tc(`dimensions.${d}`),
          reading: (r) => lean.label(r, { share: false }),
          language,
        },
        t,
      );
      expectWellFormed(text, language);
      if (row.diff !== null && Math.abs(row.diff) >= 0.05)
        expect(text).toContain(formatsFor(language).formatScore(Math.abs(row.diff)));
    }
  });
});

// ── Analysis: flips, sensitivity, uncertainty, method choices ───────────────────────────

/** One indicator of each unit the data set uses: the levels of a rubric among them. */
const byUnit = [...new Map(dataset.indicators.map((i) => [i.unit, i])).values()];
const observation = dataset.observations[0]! as Observation;

function suggestion(
  indicator: Indicator,
  partner: PartnerCode,
  direction: 'fell' | 'rose',
  kind: 'flips' | 'balances' | 'point' | 'supplied',
): FlipSuggestion {
  const level = indicator.kind === 'ordinal';
  const [from, to] =
    direction === 'fell' ? (level ? [3, 2] : [42.5, 7.25]) : level ? [1, 4] : [0.5, 63];
  return {
    key: `KG.${partner}.${indicator.id}`,
    partner,
    indicator,
    observation: kind === 'supplied' ? null : observation,
    from,
    to,
    tiltNow: -3.2,
    tiltBeyond: kind === 'balances' ? 0 : 4.1,
    outcome: kind === 'balances' ? 'balances' : 'flips',
    toward: partner === PARTNERS[0] ? PARTNERS[1] : PARTNERS[0],
    distance: 12,
    withinRange: kind !== 'point',
    low: level ? 0 : 0.3,
    high: kind === 'point' ? (level ? 0 : 0.3) : level ? 4 : 80.75,
  };
}

function flipNames(language: Language): FlipNames {
  const t = translator(language, 'analysis');
  const n = names(language);
  const f = formatsFor(language);
  return {
    ...n,
    tiltName: (d) => t(`tilts.${d}`),
    partnerIn: (p) => t(`partnerIn.${p}`),
    indicator: (i) => i.name[language],
    valueAfter: (v, i) => withUnit(f.formatValue(v), i.unit, language, 'valueAfter'),
    tilt: (x) => f.formatSigned(x),
  };
}

describe('the analysis findings', () => {
  function entries(): FlipEntry[] {
    const out: FlipEntry[] = [];
    for (const country of COUNTRIES)
      for (const dimension of TILT_DIMENSIONS) {
        const push = (finding: FlipFinding) => out.push({ country, dimension, finding });
        push({ kind: 'no-data' });
        push({ kind: 'balanced', tilt: 0 });
        for (const tilt of SIGNS.filter((x) => x !== 0))
          push({
            kind: 'cannot-flip',
            tilt,
            leansTo: tilt > 0 ? PARTNERS[0] : PARTNERS[1],
            outside: null,
          });
        for (const indicator of byUnit)
          for (const partner of PARTNERS)
            for (const direction of ['fell', 'rose'] as const) {
              push({
                kind: 'flips',
                tilt: -3.2,
                suggestion: suggestion(indicator, partner, direction, 'flips'),
              });
              for (const outside of ['flips', 'point', 'supplied'] as const) {
                const beyond = suggestion(indicator, partner, direction, outside);
                push({
                  kind: 'balances',
                  tilt: -3.2,
                  suggestion: suggestion(indicator, partner, direction, 'balances'),
                  outside: beyond,
                });
                push({ kind: 'cannot-flip', tilt: 5.55, leansTo: PARTNERS[0], outside: beyond });
              }
            }
      }
    return out;
  }

  it.each(LANGS)('words every flip finding and every outside-the-range flip (%s)', (language) => {
    const t = translator(language, 'analysis');
    const n = flipNames(language);
    for (const entry of entries()) {
      const texts = [flipSentence(entry, n, t), outsideSentence(entry, n, t)].filter(
        (x): x is string => x !== null,
      );
      for (const text of texts) {
        expectWellFormed(text, language);
        // An indicator's name is never the subject of the verb (a plural name such as
        // «Денежные переводы …» would need «снизятся»): the subject is «показатель» or
        // «значение показателя», in the singular.
        if (language === 'ru' && text.includes('«'))
          expect(text).toMatch(
            /(показатель|значение показателя) «.*» для \p{L}+ (снизится|вырастет|снизился|вырос|снизилось|выросло) с /u,
          );
        const s =
          entry.finding.kind === 'flips' || entry.finding.kind === 'balances'
            ? entry.finding.suggestion
            : null;
        if (s && s.indicator.kind === 'ordinal' && texts[0] === text) {
          expect(text).toContain(
            language === 'ru'
              ? `с уровня ${s.from} до уровня ${s.to}`
              : `from level ${s.from} to level ${s.to}`,
          );
        }
      }
    }
  });

  it.each(LANGS)('words the sensitivity of each tilt (%s)', (language) => {
    const t = translator(language, 'analysis');
    const f = formatsFor(language);
    for (const country of COUNTRIES)
      for (const dimension of TILT_DIMENSIONS)
        for (const base of SIGNS) {
          const tilt = t(`tilts.${dimension}`);
          const row = t('sensitivity.ariaRow', {
            assumption: `${PARTNERS[0]} · ${byUnit[0]!.name[language]}`,
            low: withUnit(f.formatValue(0.5), byUnit[0]!.unit, language),
            high: withUnit(f.formatValue(12.25), byUnit[0]!.unit, language),
            atLow: f.formatSigned(base - 4.44),
            atHigh: f.formatSigned(base + 4.44),
          });
          for (const text of [
            row,
            t('sensitivity.aria', {
              country: names(language).country(country),
              tilt,
              base: f.formatSigned(base),
              values: row,
            }),
            t('sensitivity.title', { country: names(language).country(country), tilt }),
            t('sensitivity.now', { value: f.formatSigned(base) }),
            t('sensitivity.swing', { value: f.formatScore(8.88) }),
          ])
            expectWellFormed(text, language);
        }
  });

  it.each(LANGS)('words every reading, interval note and unequal-data note (%s)', (language) => {
    const tc = translator(language, 'common');
    const lean = leanWording(tc, PARTNERS, names(language).partner, language);
    const texts: string[] = [];
    for (const tilt of [null, 0, 0.04, 1, -1, 3, -3, 12, -12, 40, -40])
      for (const share of [null, 0.01, 0.5, 0.82, 0.99, 1])
        for (const capital of [false, true])
          texts.push(lean.label(readTilt(tilt, share), { capital }));
    const interval = { low: 46.4, median: 49.04, high: 51.9 };
    const tiltInterval = { low: -12, median: -4.5, high: 3.25 };
    for (const withRange of [false, true]) {
      texts.push(lean.intervalNote('score', 40, interval, withRange));
      texts.push(lean.intervalNote('score', 60, interval, withRange));
      texts.push(lean.intervalNote('tilt', -20, tiltInterval, withRange));
      texts.push(lean.intervalNote('tilt', 7, tiltInterval, withRange));
    }
    for (const first of COUNTS)
      for (const second of COUNTS) {
        const basis = {
          unit: 'indicator',
          counts: [first, second],
          onlyFirst: ['a'],
          onlySecond: [],
          equal: false,
        };
        const text = lean.basisNote(basis as unknown as TiltBasis);
        texts.push(text);
        if (language === 'ru' && first > 0 && second > 0 && first !== second)
          expect(text).toContain(
            `${first} ${ruForm(first, 'индикатор', 'индикатора', 'индикаторов')}`,
          );
      }
    for (const missing of [
      ['economic'],
      ['economic', 'digital'],
      ['economic', 'digital', 'security'],
    ]) {
      const basis = {
        unit: 'dimension',
        counts: [4, 4 - missing.length],
        onlyFirst: missing,
        onlySecond: ['infrastructure'],
        equal: false,
      };
      texts.push(lean.basisNote(basis as unknown as TiltBasis));
    }
    for (const text of texts.filter(Boolean)) expectWellFormed(text, language);
    if (language === 'ru') {
      const note = lean.intervalNote('score', 40, interval, true);
      expect(note).toContain('90-процентного интервала 46,4–51,9');
      expect(note).toContain('49,0');
    }
  });

  it.each(LANGS)('words every method choice (%s)', (language) => {
    const tr = translator(language, 'risks');
    const n = flipNames(language);
    const option = dataset.options[0]!;
    const choices: MethodChoice[] = [
      { kind: 'aggregation', from: 'arithmetic', to: 'geometric' },
      { kind: 'aggregation', from: 'geometric', to: 'arithmetic' },
      {
        kind: 'option',
        option: option.key,
        from: option.choices[0]!.value,
        to: option.choices[1]!.value,
      },
      { kind: 'weights', from: 'scenario', to: 'equal' },
    ];
    for (const choice of choices)
      for (const outcome of ['flips', 'balances', 'unbalances'] as const)
        for (const country of COUNTRIES)
          for (const dimension of TILT_DIMENSIONS)
            for (const toward of PARTNERS) {
              const flip: MethodFlip = {
                choice,
                outcome,
                country,
                dimension,
                now: 2.5,
                then: outcome === 'balances' ? 0 : toward === PARTNERS[0] ? 7.91 : -7.91,
                toward: outcome === 'balances' ? null : toward,
              };
              const text = methodSentence(flip, n as MethodNames, tr);
              expectWellFormed(text, language);
              if (language === 'ru' && outcome === 'flips')
                expect(text).toContain(`в пользу ${n.partnerIn(toward)}`);
            }
  });
});

// ── Briefing ────────────────────────────────────────────────────────────────────────────

describe('the briefing', () => {
  function riskNames(language: Language): RiskNames {
    const t = translator(language, 'briefing');
    const n = names(language);
    const f = formatsFor(language);
    return {
      ...n,
      tiltName: (d) => t(`risks.tilts.${d}`),
      partnerIn: (p) => t(`risks.partnerIn.${p}`),
      indicator: (i) => i.name[language],
      number: (v) => f.formatValue(v),
      tilt: (x) => f.formatSigned(x),
      language,
    };
  }

  it.each(LANGS)('words every key risk and the takeaway (%s)', (language) => {
    const t = translator(language, 'briefing');
    const tr = translator(language, 'risks');
    const n = riskNames(language);
    const risks: FlipRisk[] = [];
    for (const country of COUNTRIES)
      for (const dimension of TILT_DIMENSIONS)
        for (const indicator of byUnit)
          for (const partner of PARTNERS)
            for (const direction of ['fell', 'rose'] as const)
              for (const kind of ['flips', 'balances'] as const) {
                const s = suggestion(indicator, partner, direction, kind);
                risks.push({ ...s, country, dimension, tilt: s.tiltNow });
              }
    for (const risk of risks) {
      const text = flipRiskSentence(risk, n, t);
      expectWellFormed(text, language);
      if (language === 'ru')
        expect(text).toMatch(/показатель «.*» для \p{L}+ (снизится|вырастет) с /u);
      if (risk.indicator.kind === 'ordinal')
        expect(text).toContain(
          language === 'ru'
            ? `с уровня ${risk.from} до уровня ${risk.to}`
            : `from level ${risk.from} to level ${risk.to}`,
        );
    }
    const flips = risks.filter((r) => r.outcome === 'flips');
    const balances = risks.filter((r) => r.outcome === 'balances');
    const method: MethodFlip = {
      choice: { kind: 'weights', from: 'scenario', to: 'equal' },
      outcome: 'flips',
      country: COUNTRIES[0]!,
      dimension: 'overall',
      now: 1,
      then: -2,
      toward: PARTNERS[1],
    };
    for (const [f, m] of [
      [flips, []],
      [balances, [method]],
      [balances, []],
      [[], [method]],
      [[], []],
    ] as const)
      expectWellFormed(risksTakeaway(f, m, n, t, tr), language);
  });

  it.each(LANGS)('counts in words: 0, 1, 2, 5 and 21 (%s)', (language) => {
    const t = translator(language, 'briefing');
    const tc = translator(language, 'common');
    for (const count of COUNTS) {
      const outside = t('risks.outside', { count });
      for (const text of [
        outside,
        t('risks.method.more', { count }),
        t('scenario.moreChanged', { count }),
        t('scenario.takeawayNone', { count }),
        t('scenarioNamed', { name: 'X', count }),
        tc('scenarioBar.changes', { count }),
      ])
        expectWellFormed(text, language);
      if (language === 'ru') {
        expect(outside).toContain(
          `${count} ${ruForm(count, 'крен сменился', 'крена сменились', 'кренов сменились')}`,
        );
        expect(tc('scenarioBar.changes', { count })).toContain(
          `${count} ${ruForm(count, 'допущение отличается', 'допущения отличаются', 'допущений отличаются')}`,
        );
      } else {
        expect(outside).toContain(count === 1 ? '1 tilt would' : `${count} tilts would`);
      }
    }
  });

  it.each(LANGS)(
    'words the takeaways of the overview, compare and scenario slides (%s)',
    (language) => {
      const t = translator(language, 'briefing');
      const tc = translator(language, 'common');
      const n = names(language);
      const f = formatsFor(language);
      const lean = leanWording(tc, PARTNERS, n.partner, language);
      const [a, b] = [n.country(COUNTRIES[0]!), n.country(COUNTRIES[1]!)];
      const texts: string[] = [];
      for (const x of SIGNS)
        for (const y of SIGNS) {
          const [tx, ty] = [f.formatSigned(x), f.formatSigned(y)];
          texts.push(
            t('overview.takeawaySame', { first: a, second: b, tilt: tx }),
            t('overview.takeawayFurtherChina', {
              further: a,
              furtherTilt: tx,
              less: b,
              lessTilt: ty,
            }),
            t('overview.takeawayFurtherRussia', {
              further: a,
              furtherTilt: tx,
              less: b,
              lessTilt: ty,
            }),
            t('overview.takeawayApart', { china: a, chinaTilt: tx, russia: b, russiaTilt: ty }),
            t('overview.takeawayEach', {
              first: a,
              firstReading: lean.label(readTilt(x, 0.7)),
              firstTilt: tx,
              second: b,
              secondReading: lean.label(readTilt(y, null)),
              secondTilt: ty,
            }),
          );
          for (const dimension of TILT_DIMENSIONS)
            texts.push(
              t('compare.takeaway', {
                dimension: tc(`dimensions.${dimension}`).toLocaleLowerCase(language),
                higher: a,
                higherTilt: tx,
                lower: b,
                lowerTilt: ty,
                gap: f.formatScore(Math.abs(x - y)),
              }),
              t('scenario.takeaway', {
                measure: t('scenario.tilt', {
                  country: a,
                  dimension: tc(`dimensions.${dimension}`).toLocaleLowerCase(language),
                }),
                arrow: x > 0 ? '▲' : x < 0 ? '▼' : '',
                change: f.formatSigned(x),
                from: f.formatSigned(y),
                to: f.formatSigned(x + y),
              }),
            );
        }
      for (const text of texts) expectWellFormed(text, language);
    },
  );
});

// ── Labels and shared wording ───────────────────────────────────────────────────────────

describe('the country card’s tilt after its label', () => {
  it.each(LANGS)('does not repeat the label’s noun (%s)', (language) => {
    const t = translator(language, 'country');
    const label = translator(language, 'common')('tiltLabel');
    const f = formatsFor(language);
    for (const kind of [
      'balanced',
      'slight',
      'clear',
      'strong',
      'uncertain',
      'uncertainShare',
      'noData',
    ])
      for (const partner of PARTNERS)
        for (const value of SIGNS) {
          const text = `${label}: ${t(`tiltAfterLabel.${kind}`, {
            partner: t(`partnerTo.${partner}`),
            value: f.formatSigned(value),
            p: f.formatPercent(0.82),
          })}`;
          expectWellFormed(text, language);
        }
  });
});

describe('the 90% interval', () => {
  /** Every Russian message of every namespace. */
  async function russianMessages(): Promise<string[]> {
    const all: string[] = [];
    const walk = (x: unknown) => {
      if (typeof x === 'string') all.push(x);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    const i18n = createI18n('ru');
    for (const ns of NAMESPACES) walk(i18n.getResourceBundle('ru', ns));
    return all;
  }

  it('has one Russian wording on every page: «90-процентный интервал»', async () => {
    const messages = await russianMessages();
    expect(messages.length).toBeGreaterThan(100);
    const named = messages.filter((m) => /90\s*%-|90-процентн/.test(m));
    expect(named.length).toBeGreaterThan(5);
    for (const m of named) expect(m).not.toMatch(/90\s*%-/);
  });
});

describe('the checks themselves', () => {
  it('catch the faults they are for', () => {
    const fails = (text: string, language: Language) => {
      expect(() => expectWellFormed(text, language)).toThrow();
    };
    fails('изменится с уровень 3 до уровень 2', 'ru');
    fails('Крен: Небольшой крен к Китаю', 'ru');
    fails('интервал 55.3–68,0', 'ru');
    fails('interval 45,3', 'en');
    fails('tilt -4.0', 'en');
    fails('{{country}} leans', 'en');
    fails('median NaN', 'en');
    fails('перейдёт к стороне «Россия»', 'ru');
    expect(() => expectWellFormed('Крен: небольшой, к Китаю (+3,2)', 'ru')).not.toThrow();
    expect(() => expectWellFormed('10,000 draws; tilt −4.0 in 0–100', 'en')).not.toThrow();
  });
  it('know the Russian number forms', () => {
    expect([0, 1, 2, 5, 11, 21, 22, 112].map((n) => ruForm(n, 'a', 'b', 'c')).join('')).toBe(
      'cabccabc',
    );
  });
});
