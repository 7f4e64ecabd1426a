import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { formatsFor } from '@/lib/format';
import {
  methodChoiceName,
  methodKey,
  methodSentence,
  orderMethodFlips,
  type MethodNames,
  type Translate,
} from '@/lib/methodRisks';
import type { MethodChoice, MethodFlip } from '@/model';

await loadNamespaces(['risks', 'analysis']);

/** The risks messages, as the views pass them. */
const translate = (language: Language): Translate => {
  const t = createI18n(language).getFixedT(language, 'risks');
  return (key, options) => String(options === undefined ? t(key) : t(key, options as never));
};

const namesFor = (language: Language): MethodNames => {
  // a tilt's and a partner's names as the analysis view gives them
  const ta = createI18n(language).getFixedT(language, 'analysis');
  return {
    country: (c) => dataset.countries.find((x) => x.code === c)!.name[language],
    tiltName: (d) => ta(`tilts.${d}`),
    partnerIn: (p) => ta(`partnerIn.${p}`),
    tilt: (x) => formatsFor(language).formatSigned(x),
    option: (key) => dataset.options.find((o) => o.key === key)!.label[language],
    choice: (key, value) =>
      dataset.options.find((o) => o.key === key)!.choices.find((c) => c.value === value)!.label[
        language
      ],
  };
};

const country = dataset.countries[0]!;
const [first] = dataset.tiltPair;
const option = dataset.options[0]!;
const other = option.choices.find((c) => c.value !== option.default)!;
const CHOICES: MethodChoice[] = [
  { kind: 'aggregation', from: 'arithmetic', to: 'geometric' },
  { kind: 'aggregation', from: 'geometric', to: 'arithmetic' },
  { kind: 'option', option: option.key, from: option.default, to: other.value },
  { kind: 'weights', from: 'scenario', to: 'equal' },
];
const OUTCOMES = ['flips', 'balances', 'unbalances'] as const;

const flip = (over: Partial<MethodFlip>): MethodFlip => ({
  country: country.code,
  dimension: 'overall',
  now: -4,
  then: 7.91,
  outcome: 'flips',
  toward: first,
  choice: CHOICES[0]!,
  ...over,
});

describe('method choices in words', () => {
  it('one whole sentence per choice × outcome, in both languages', () => {
    expect(methodSentence(flip({}), namesFor('en'), translate('en'))).toBe(
      `Switching to the geometric mean turns ${country.name.en}'s overall tilt to China (${formatsFor('en').formatSigned(7.91)}).`,
    );
    expect(methodSentence(flip({}), namesFor('ru'), translate('ru'))).toBe(
      `${country.name.ru}: при переходе к среднему геометрическому общий крен сменится в пользу Китая (${formatsFor('ru').formatSigned(7.91)}).`,
    );
    const optionFlip = flip({ dimension: 'economic', choice: CHOICES[2]! });
    const en = methodSentence(optionFlip, namesFor('en'), translate('en'));
    expect(en).toContain(`Switching “${option.label.en}” to “${other.label.en}” turns`);
    expect(en).toContain('economic tilt to China');
    expect(
      methodSentence(
        flip({ choice: CHOICES[3]!, outcome: 'balances', then: 0, toward: null }),
        namesFor('en'),
        translate('en'),
      ),
    ).toBe(
      `Weighting every dimension and indicator equally would balance ${country.name.en}'s overall tilt (0.0).`,
    );
    for (const language of ['en', 'ru'] as const)
      for (const outcome of OUTCOMES)
        for (const choice of CHOICES) {
          const text = methodSentence(
            flip({ outcome, choice }),
            namesFor(language),
            translate(language),
          );
          expect(text).not.toMatch(/\{\{|\}\}|method\./);
          expect(text).toMatch(/\.$/);
        }
  });

  it('names every tested choice', () => {
    const names = namesFor('en');
    const t = translate('en');
    expect(CHOICES.map((c) => methodChoiceName(c, names, t))).toEqual([
      'the geometric mean',
      'the arithmetic mean',
      `“${option.label.en}”: ${other.label.en}`,
      'equal weights',
    ]);
    for (const choice of CHOICES)
      expect(methodChoiceName(choice, namesFor('ru'), translate('ru'))).not.toMatch(
        /\{\{|\}\}|method\./,
      );
    expect(CHOICES.map(methodKey)).toEqual(['geometric', 'arithmetic', 'option', 'weights']);
  });

  it('property: findings are listed flips first, then balances, then tips, each in the order given', () => {
    const rank = { flips: 0, balances: 1, unbalances: 2 };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OUTCOMES), { maxLength: 12 }), (outcomes) => {
        const given = outcomes.map((outcome, i) => flip({ outcome, now: i }));
        const ordered = orderMethodFlips(given);
        expect([...ordered].sort((a, b) => a.now! - b.now!)).toEqual(given);
        for (let i = 1; i < ordered.length; i++) {
          const [a, b] = [ordered[i - 1]!, ordered[i]!];
          expect(
            rank[a.outcome] < rank[b.outcome] || (a.outcome === b.outcome && a.now! < b.now!),
          ).toBe(true);
        }
      }),
    );
  });
});
