import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '@/i18n';
import { headline, headlineGroup, joinList, type Translate } from '@/lib/headline';
import type { Dimension, TiltDimension } from '@/model';
import { DIMENSIONS, readTilt } from '@/model';

function messages(language: Language) {
  const i18n = createI18n(language);
  const fixed = i18n.getFixedT(language, 'overview');
  const t: Translate = (key, options) => fixed(key, options);
  const dimensionNames = Object.fromEntries(
    DIMENSIONS.map((d) => [d, t(`headline.dimensions.${d}`)]),
  ) as Record<Dimension, string>;
  return { t, dimensionNames };
}

const en = messages('en');
const ru = messages('ru');

/** Tilts in DIMENSIONS order (economic, infrastructure, digital, security), plus an overall one. */
function tilts(
  values: (number | null)[],
  overall: number | null = 99,
): { dimension: TiltDimension; tilt: number | null }[] {
  return [
    ...DIMENSIONS.map((dimension, i) => ({ dimension, tilt: values[i] ?? null })),
    { dimension: 'overall', tilt: overall },
  ];
}

/** Shares of draws in which each tilt is positive, in DIMENSIONS order. */
function shares(
  values: (number | null)[],
): { dimension: TiltDimension; pPositive: number | null }[] {
  return DIMENSIONS.map((dimension, i) => ({ dimension, pPositive: values[i] ?? null }));
}

const write = (
  lang: typeof en,
  country: string,
  values: (number | null)[],
  overall?: number | null,
  pPositive?: (number | null)[],
) =>
  headline({
    country,
    tilts: tilts(values, overall),
    pPositive: pPositive ? shares(pPositive) : undefined,
    ...lang,
  });

describe('headlineGroup', () => {
  it("is the model's reading: a lean by side, else its kind", () => {
    const cases: [number | null, number | null][] = [
      [null, null],
      [0, 0.99],
      [0.01, null],
      [1, null],
      [-1, null],
      [30, null],
      [-30, null],
      [30, 0.5],
      [-30, 0.05],
      [4, 0.95],
      [4, 0.85],
    ];
    for (const [tilt, p] of cases) {
      const reading = readTilt(tilt, p);
      expect(headlineGroup(tilt, p)).toBe(reading.kind === 'leans' ? reading.side : reading.kind);
    }
  });
});

describe('joinList', () => {
  it('joins with commas and the word for "and"', () => {
    expect(joinList([], 'and')).toBe('');
    expect(joinList(['a'], 'and')).toBe('a');
    expect(joinList(['a', 'b'], 'and')).toBe('a and b');
    expect(joinList(['a', 'b', 'c'], 'и')).toBe('a, b и c');
  });
});

describe('headline (English)', () => {
  it('mixed, mostly China: names the dimension that still leans to Russia', () => {
    expect(write(en, 'Tajikistan', [12, 30.2, 45, -20])).toBe(
      'Tajikistan leans to China in 3 of 4 dimensions; security still leans to Russia.',
    );
  });

  it('mixed, mostly Russia: names the dimension that already leans to China', () => {
    expect(write(en, 'Kyrgyzstan', [-12, -3, 8, -40])).toBe(
      'Kyrgyzstan leans to Russia in 3 of 4 dimensions; digital already leans to China.',
    );
  });

  it('all China and all Russia', () => {
    expect(write(en, 'Tajikistan', [5, 6, 7, 8])).toBe(
      'Tajikistan leans to China in all 4 dimensions.',
    );
    expect(write(en, 'Kyrgyzstan', [-5, -6, -7, -8])).toBe(
      'Kyrgyzstan leans to Russia in all 4 dimensions.',
    );
  });

  it('all balanced when every tilt shows as 0.0', () => {
    expect(write(en, 'Kyrgyzstan', [0.04, -0.049, 0, 0.02])).toBe(
      'Kyrgyzstan is balanced between China and Russia in all 4 dimensions.',
    );
  });

  it('a tilt whose draws disagree is too close to call, whatever its size', () => {
    expect(write(en, 'Kyrgyzstan', [1, -25, 65, -37.5], 0, [0.82, 0.004, 1, 0])).toBe(
      'Kyrgyzstan leans to Russia in 2 of 4 dimensions; digital already leans to China; economic is too close to call.',
    );
    expect(write(en, 'Tajikistan', [-5, 12.5, 82.5, -42], 0, [0.34, 0.76, 1, 0])).toBe(
      "Tajikistan's dimensions divide: digital leans to China, security to Russia; economic and infrastructure are too close to call.",
    );
    // 30 points, but only 70% of the draws agree
    expect(write(en, 'Tajikistan', [30, 30, 30, 30], 0, [0.7, 0.7, 0.7, 0.7])).toBe(
      'Tajikistan: all 4 dimensions are too close to call between China and Russia.',
    );
  });

  it('without draws, a small tilt is too close to call', () => {
    expect(write(en, 'Kyrgyzstan', [1, -10, 2, -5])).toBe(
      'Kyrgyzstan leans to Russia in 2 of 4 dimensions; economic and digital are too close to call.',
    );
  });

  it('balanced and too-close dimensions are named after the leaning ones, with plural agreement', () => {
    expect(write(en, 'Tajikistan', [10, 20, 30, 0.02])).toBe(
      'Tajikistan leans to China in 3 of 4 dimensions; security is balanced.',
    );
    expect(write(en, 'Tajikistan', [10, -20, 30, 0.02])).toBe(
      'Tajikistan leans to China in 2 of 4 dimensions; infrastructure still leans to Russia; security is balanced.',
    );
    expect(write(en, 'Tajikistan', [10, -20, 1, 0])).toBe(
      "Tajikistan's dimensions divide: economic leans to China, infrastructure to Russia; digital is too close to call; security is balanced.",
    );
  });

  it('no clear lean anywhere names both kinds', () => {
    expect(write(en, 'Kyrgyzstan', [1, 0, -2, 0.01])).toBe(
      'Kyrgyzstan leans clearly in no dimension (too close to call: economic and digital; balanced: infrastructure and security).',
    );
  });

  it('an even split names both sides', () => {
    expect(write(en, 'Kyrgyzstan', [10, -20, 30, -10])).toBe(
      "Kyrgyzstan's dimensions divide: economic and digital lean to China, infrastructure and security to Russia.",
    );
  });

  it('several exceptions are listed with "and"', () => {
    expect(
      write(
        en,
        'Tajikistan',
        [10, 20, 30, 40].map((x, i) => (i < 1 ? x : -x)),
      ),
    ).toBe('Tajikistan leans to Russia in 3 of 4 dimensions; economic already leans to China.');
  });

  it('no data at all, and dimensions without data', () => {
    expect(write(en, 'Kyrgyzstan', [null, null, null, null])).toBe(
      'Kyrgyzstan: not enough data for a headline.',
    );
    expect(write(en, 'Kyrgyzstan', [5, 7, null, -3])).toBe(
      'Kyrgyzstan leans to China in 2 of 3 dimensions; security still leans to Russia (no data for digital).',
    );
    expect(write(en, 'Kyrgyzstan', [null, 7, null, null])).toBe(
      'Kyrgyzstan leans to China in the only dimension with data (infrastructure; no data for economic, digital and security).',
    );
  });

  it('ignores the overall tilt: it counts dimensions only', () => {
    expect(write(en, 'Tajikistan', [5, 6, 7, 8], -80)).toBe(
      'Tajikistan leans to China in all 4 dimensions.',
    );
    expect(write(en, 'Tajikistan', [null, null, null, null], 30)).toBe(
      'Tajikistan: not enough data for a headline.',
    );
  });
});

/**
 * A headline with some dimensions left out: `values` in DIMENSIONS order, 'w' for a tilt the
 * weights exclude, null for one without evidence.
 */
const writeMissing = (lang: typeof en, country: string, values: (number | null | 'w')[]) =>
  headline({
    country,
    tilts: DIMENSIONS.map((dimension, i) => {
      const v = values[i] ?? null;
      return v === 'w'
        ? { dimension, tilt: null, missing: 'weights' as const }
        : { dimension, tilt: v, missing: v === null ? ('evidence' as const) : null };
    }),
    ...lang,
  });

describe('headline with dimensions the weights exclude', () => {
  it('English: "the dimensions the weights keep", one parenthesis for what is left out', () => {
    expect(writeMissing(en, 'KG', [7, 'w', 'w', 'w'])).toBe(
      'KG leans to China in the only dimension the weights keep (economic; infrastructure, digital and security excluded by weights).',
    );
    expect(writeMissing(en, 'KG', [7, 8, 'w', 'w'])).toBe(
      'KG leans to China in both dimensions the weights keep (digital and security excluded by weights).',
    );
    expect(writeMissing(en, 'KG', [-7, -8, -9, 'w'])).toBe(
      'KG leans to Russia in all 3 dimensions the weights keep (security excluded by weights).',
    );
    expect(writeMissing(en, 'KG', [7, null, 'w', 'w'])).toBe(
      'KG leans to China in the only dimension the weights keep (economic; no data for infrastructure; digital and security excluded by weights).',
    );
    expect(writeMissing(en, 'KG', [0, 0, 'w', 'w'])).toBe(
      'KG is balanced between China and Russia in both dimensions the weights keep (digital and security excluded by weights).',
    );
    // without excluded dimensions: "with data", as before
    expect(writeMissing(en, 'KG', [7, null, null, null])).toBe(
      'KG leans to China in the only dimension with data (economic; no data for infrastructure, digital and security).',
    );
  });

  it('Russian: «которое/которые оставляют веса» in the right case and number', () => {
    expect(writeMissing(ru, 'Кыргызстан', [7, 'w', 'w', 'w'])).toBe(
      'Кыргызстан: крен к Китаю в единственном измерении, которое оставляют веса (экономика; исключено весами: инфраструктура, цифровая сфера и безопасность).',
    );
    expect(writeMissing(ru, 'Кыргызстан', [7, 8, 'w', 'w'])).toBe(
      'Кыргызстан: крен к Китаю в обоих измерениях, которые оставляют веса (исключено весами: цифровая сфера и безопасность).',
    );
    expect(writeMissing(ru, 'Кыргызстан', [-7, -8, -9, 'w'])).toBe(
      'Кыргызстан: крен к России во всех 3 измерениях, которые оставляют веса (исключено весами: безопасность).',
    );
    expect(writeMissing(ru, 'Кыргызстан', [7, null, 'w', 'w'])).toBe(
      'Кыргызстан: крен к Китаю в единственном измерении, которое оставляют веса (экономика; нет данных: инфраструктура; исключено весами: цифровая сфера и безопасность).',
    );
  });
});

describe('headline (Russian)', () => {
  it('mixed, mostly China', () => {
    expect(write(ru, 'Таджикистан', [12, 30.2, 45, -20])).toBe(
      'Таджикистан: крен к Китаю в 3 из 4 измерений; безопасность по-прежнему тяготеет к России.',
    );
  });

  it('verb agreement: one dimension or several', () => {
    expect(write(ru, 'Кыргызстан', [-12, -3, 8, 9])).toBe(
      'Кыргызстан: измерения расходятся — цифровая сфера и безопасность тяготеют к Китаю, экономика и инфраструктура — к России.',
    );
    expect(write(ru, 'Кыргызстан', [-12, 3, 0.01, 0])).toBe(
      'Кыргызстан: измерения расходятся — инфраструктура тяготеет к Китаю, экономика — к России; цифровая сфера и безопасность — в равновесии.',
    );
    expect(write(ru, 'Кыргызстан', [-12, -3, 8, -9])).toBe(
      'Кыргызстан: крен к России в 3 из 4 измерений; цифровая сфера уже тяготеет к Китаю.',
    );
  });

  it('too close to call', () => {
    expect(write(ru, 'Кыргызстан', [1, -25, 65, -37.5], 0, [0.82, 0.004, 1, 0])).toBe(
      'Кыргызстан: крен к России в 2 из 4 измерений; цифровая сфера уже тяготеет к Китаю; экономика — направление неясно.',
    );
    expect(write(ru, 'Кыргызстан', [1, 0, -2, 0.01])).toBe(
      'Кыргызстан: явного крена нет ни в одном измерении (направление неясно: экономика и цифровая сфера; равновесие: инфраструктура и безопасность).',
    );
  });

  it('all one way, balanced, no data', () => {
    expect(write(ru, 'Кыргызстан', [-5, -6, -7, -8])).toBe(
      'Кыргызстан: крен к России во всех 4 измерениях.',
    );
    expect(write(ru, 'Таджикистан', [5, 6, 7, 8])).toBe(
      'Таджикистан: крен к Китаю во всех 4 измерениях.',
    );
    expect(write(ru, 'Кыргызстан', [0.01, 0, -0.02, 0.03])).toBe(
      'Кыргызстан: равновесие между Китаем и Россией во всех 4 измерениях.',
    );
    expect(write(ru, 'Кыргызстан', [30, 30, 30, 30], 0, [0.7, 0.7, 0.7, 0.7])).toBe(
      'Кыргызстан: во всех 4 измерениях направление между Китаем и Россией неясно.',
    );
    expect(write(ru, 'Кыргызстан', [null, null, null, null])).toBe(
      'Кыргызстан: недостаточно данных для вывода.',
    );
    expect(write(ru, 'Кыргызстан', [3, 0.01, -0.02, 5])).toBe(
      'Кыргызстан: крен к Китаю в 2 из 4 измерений; инфраструктура и цифровая сфера — в равновесии.',
    );
  });
});
