import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { specificationName, summaryLine } from '@/features/robustness/summary';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import { formatsFor } from '@/lib/format';
import type { RobustnessCount } from '@/scenario/robustness';
import { robustness } from '@/scenario/robustness';

await loadNamespaces(['robustness', 'common']);

function words(language: Language) {
  const i18n = createI18n(language);
  const t = i18n.getFixedT(language, 'robustness') as (k: string, o?: object) => string;
  const tc = i18n.getFixedT(language, 'common') as (k: string) => string;
  return {
    t: (k: string, o?: Record<string, unknown>) => t(k, o),
    countryName: (code: string) => dataset.countries.find((c) => c.code === code)!.name[language],
    partnerTo: (side: 'positive' | 'negative') =>
      tc(`lean.partnerTo.${dataset.tiltPair[side === 'positive' ? 0 : 1]}`),
    formatCount: formatsFor(language).formatCount,
  };
}

const count = (c: Partial<RobustnessCount>): RobustnessCount => {
  const full = {
    country: 'TJ',
    positive: 0,
    negative: 0,
    uncertain: 0,
    balanced: 0,
    none: 0,
    ...c,
  };
  return {
    ...full,
    total: full.positive + full.negative + full.uncertain + full.balanced + full.none,
  };
};

describe('summary line', () => {
  it('leads with the side most specifications lean to, then the rest', () => {
    expect(summaryLine(count({ positive: 6 }), words('en'))).toBe(
      'Tajikistan leans to China under 6 of 6 specifications.',
    );
    expect(summaryLine(count({ negative: 6, uncertain: 3 }), words('en'))).toBe(
      'Tajikistan leans to Russia under 6 of 9 specifications; too close to call under 3.',
    );
    expect(summaryLine(count({ positive: 1, negative: 2, none: 1 }), words('en'))).toBe(
      'Tajikistan leans to Russia under 2 of 4 specifications, to China under 1; no tilt (no data, or excluded by weights) under 1.',
    );
    expect(summaryLine(count({ uncertain: 1 }), words('en'))).toBe(
      'Tajikistan leans to neither side under its 1 specification; too close to call under 1.',
    );
  });

  it('declines “specification” after “из N” in Russian: 1 and 21 спецификации, 2, 5, 11 спецификаций', () => {
    const ru = words('ru');
    expect(summaryLine(count({ positive: 1 }), ru)).toBe(
      'Таджикистан: крен к Китаю в 1 из 1 спецификации.',
    );
    expect(summaryLine(count({ positive: 21 }), ru)).toMatch(/из 21 спецификации\.$/);
    for (const n of [2, 4, 5, 11, 12])
      expect(summaryLine(count({ negative: n }), ru)).toMatch(
        new RegExp(`крен к России в ${n} из ${n} спецификаций\\.$`),
      );
    expect(summaryLine(count({ negative: 6, uncertain: 3 }), ru)).toBe(
      'Таджикистан: крен к России в 6 из 9 спецификаций; направление неясно — в 3.',
    );
  });

  it('names every specification of the bundled data in both languages', () => {
    for (const language of ['en', 'ru'] as const) {
      const { t } = words(language);
      for (const s of robustness(dataset, undefined, () => null).specifications)
        for (const change of s.changes) {
          const name = specificationName(change, dataset, t, (x) => x[language]);
          expect(name).not.toMatch(/spec\.|\{\{/);
        }
    }
  });
});
