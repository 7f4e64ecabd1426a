import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '@/i18n';
import { BALANCE_THRESHOLD, headline, joinList, tiltLean, type Translate } from '@/lib/headline';
import type { Dimension, TiltDimension } from '@/model';
import { DIMENSIONS } from '@/model';

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

const write = (
  lang: typeof en,
  country: string,
  values: (number | null)[],
  overall?: number | null,
) => headline({ country, tilts: tilts(values, overall), ...lang });

describe('tiltLean', () => {
  it('counts |tilt| below the threshold as balanced', () => {
    expect(BALANCE_THRESHOLD).toBe(0.5);
    expect(tiltLean(0.49)).toBe('balanced');
    expect(tiltLean(-0.49)).toBe('balanced');
    expect(tiltLean(0)).toBe('balanced');
    expect(tiltLean(0.5)).toBe('positive');
    expect(tiltLean(-0.5)).toBe('negative');
    expect(tiltLean(null)).toBe('none');
    expect(tiltLean(Number.NaN)).toBe('none');
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
    expect(write(en, 'Tajikistan', [1, 2, 3, 4])).toBe(
      'Tajikistan leans to China in all 4 dimensions.',
    );
    expect(write(en, 'Kyrgyzstan', [-1, -2, -3, -4])).toBe(
      'Kyrgyzstan leans to Russia in all 4 dimensions.',
    );
  });

  it('all balanced when every |tilt| < 0.5', () => {
    expect(write(en, 'Kyrgyzstan', [0.4, -0.49, 0, 0.2])).toBe(
      'Kyrgyzstan is balanced between China and Russia in all 4 dimensions.',
    );
  });

  it('balanced dimensions are named after the leaning ones, with plural agreement', () => {
    expect(write(en, 'Kyrgyzstan', [0.1, -10, 0.3, -5])).toBe(
      'Kyrgyzstan leans to Russia in 2 of 4 dimensions; economic and digital are balanced.',
    );
    expect(write(en, 'Tajikistan', [10, 20, 30, 0.2])).toBe(
      'Tajikistan leans to China in 3 of 4 dimensions; security is balanced.',
    );
    expect(write(en, 'Tajikistan', [10, -20, 30, 0.2])).toBe(
      'Tajikistan leans to China in 2 of 4 dimensions; infrastructure still leans to Russia; security is balanced.',
    );
  });

  it('an even split names both sides', () => {
    expect(write(en, 'Kyrgyzstan', [10, -20, 30, -1])).toBe(
      'Kyrgyzstan is split evenly: economic and digital lean to China, infrastructure and security to Russia.',
    );
    expect(write(en, 'Kyrgyzstan', [10, -20, 0, 0.1])).toBe(
      'Kyrgyzstan is split evenly: economic leans to China, infrastructure to Russia; digital and security are balanced.',
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
      'Kyrgyzstan leans to China in the only dimension with data (infrastructure) (no data for economic, digital and security).',
    );
  });

  it('ignores the overall tilt: it counts dimensions only', () => {
    expect(write(en, 'Tajikistan', [1, 2, 3, 4], -80)).toBe(
      'Tajikistan leans to China in all 4 dimensions.',
    );
    expect(write(en, 'Tajikistan', [null, null, null, null], 30)).toBe(
      'Tajikistan: not enough data for a headline.',
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
      'Кыргызстан: силы поровну — цифровая сфера и безопасность тяготеют к Китаю, экономика и инфраструктура — к России.',
    );
    expect(write(ru, 'Кыргызстан', [-12, 3, 0.1, 0])).toBe(
      'Кыргызстан: силы поровну — инфраструктура тяготеет к Китаю, экономика — к России; цифровая сфера и безопасность — в равновесии.',
    );
    expect(write(ru, 'Кыргызстан', [-12, -3, 8, -9])).toBe(
      'Кыргызстан: крен к России в 3 из 4 измерений; цифровая сфера уже тяготеет к Китаю.',
    );
  });

  it('all one way, balanced, no data', () => {
    expect(write(ru, 'Кыргызстан', [-1, -2, -3, -4])).toBe(
      'Кыргызстан: крен к России во всех 4 измерениях.',
    );
    expect(write(ru, 'Таджикистан', [1, 2, 3, 4])).toBe(
      'Таджикистан: крен к Китаю во всех 4 измерениях.',
    );
    expect(write(ru, 'Кыргызстан', [0.1, 0, -0.2, 0.3])).toBe(
      'Кыргызстан: равновесие между Китаем и Россией во всех 4 измерениях.',
    );
    expect(write(ru, 'Кыргызстан', [null, null, null, null])).toBe(
      'Кыргызстан: недостаточно данных для вывода.',
    );
    expect(write(ru, 'Кыргызстан', [3, 0.1, -0.2, 5])).toBe(
      'Кыргызстан: крен к Китаю в 2 из 4 измерений; инфраструктура и цифровая сфера — в равновесии.',
    );
  });
});
