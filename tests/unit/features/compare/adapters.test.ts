import { describe, expect, it } from 'vitest';
import { SCORE_DOMAIN } from '@/components/charts/tiltAdapter';
import {
  buildDifferences,
  buildScoreRows,
  differencePhrase,
  scoreChartModel,
  type PhraseNames,
} from '@/features/compare/adapters';
import { createI18n, loadNamespaces, type Language } from '@/i18n';
import type { Translate } from '@/lib/headline';
import type { Dimension, ScoreSet, TiltDimension, UncertaintyResult } from '@/model';
import { DIMENSIONS, readTilt, TILT_DIMENSIONS } from '@/model';

// The compare messages load lazily in the app; here createI18n() has them at once.
await loadNamespaces(['compare']);

type Cells = Record<string, Record<string, Partial<Record<Dimension, number | null>>>>;

/** A score set from dimension scores; overall = mean of the dimensions, tilts = CN − RU. */
function scoreSet(cells: Cells): ScoreSet {
  const set: ScoreSet = { dimensionScores: [], overall: [], tilts: [] };
  for (const [country, byPartner] of Object.entries(cells)) {
    for (const [partner, byDimension] of Object.entries(byPartner)) {
      const values: number[] = [];
      for (const dimension of DIMENSIONS) {
        const score = byDimension[dimension] ?? null;
        if (score !== null) values.push(score);
        set.dimensionScores.push({
          country,
          partner,
          dimension,
          score,
          coverage: 1,
          contributions: [],
          missing: score === null ? 'evidence' : null,
        });
      }
      set.overall.push({
        country,
        partner,
        score: values.length ? values.reduce((a, b) => a + b) / values.length : null,
        missing: values.length ? null : 'evidence',
      });
    }
    for (const dimension of TILT_DIMENSIONS) {
      const get = (p: string) =>
        dimension === 'overall'
          ? (set.overall.find((o) => o.country === country && o.partner === p)?.score ?? null)
          : (byPartner[p]?.[dimension] ?? null);
      const cn = get('CN');
      const ru = get('RU');
      const tilt = cn === null || ru === null ? null : cn - ru;
      set.tilts.push({ country, dimension, tilt, missing: tilt === null ? 'evidence' : null });
    }
  }
  return set;
}

const scores = scoreSet({
  KG: {
    CN: { economic: 40, infrastructure: 30, digital: 50, security: 10 },
    RU: { economic: 45, infrastructure: 35, digital: 20, security: 60 },
  },
  TJ: {
    CN: { economic: 42, infrastructure: 50, digital: 73.4, security: 25 },
    RU: { economic: 40, infrastructure: 30, digital: 15, security: 55 },
  },
});
const partners = [
  { key: 'CN', label: 'China' },
  { key: 'RU', label: 'Russia' },
];
const dimensions = TILT_DIMENSIONS.map((key) => ({ key, label: key }));

describe('buildScoreRows and scoreChartModel', () => {
  it('gives every dimension × partner score of one country, overall last', () => {
    const rows = buildScoreRows({
      scores,
      baseline: scores,
      differs: false,
      country: 'TJ',
      partners,
      dimensions,
    });
    expect(rows).toHaveLength(10);
    expect(rows[4]).toMatchObject({
      dimension: 'digital',
      partner: 'CN',
      score: 73.4,
      baseline: null,
      change: null,
    });
    expect(rows[9]!.dimension).toBe('overall');
    expect(rows[8]!.score).toBeCloseTo((42 + 50 + 73.4 + 25) / 4, 10);
  });

  it('draws on the fixed 0–100 scale, China hatched, with ghosts when the scenario differs', () => {
    const baseline = scoreSet({
      KG: { CN: { economic: 30 }, RU: {} },
      TJ: { CN: { economic: 42 }, RU: {} },
    });
    const rows = buildScoreRows({
      scores,
      baseline,
      differs: true,
      country: 'KG',
      partners,
      dimensions,
    });
    const model = scoreChartModel(rows, ['CN', 'RU'], true);
    expect(model.domain).toBe(SCORE_DOMAIN);
    const economic = model.groups[0]!;
    expect(economic.bars).toMatchObject([
      { label: 'CN', partner: 'CN', hatched: true, value: 40, baseline: 30, change: 10 },
      { label: 'RU', partner: 'RU', hatched: false, value: 45, baseline: null, change: null },
    ]);
  });
});

describe('buildDifferences', () => {
  const rows = buildDifferences({
    scores,
    baseline: scores,
    differs: false,
    countries: ['KG', 'TJ'],
    partners: ['CN', 'RU'],
    dimensions: TILT_DIMENSIONS,
  });

  it('has one row per dimension × partner plus one tilt per dimension', () => {
    expect(rows).toHaveLength(TILT_DIMENSIONS.length * 3);
  });

  it("reads each tilt row by the model's lean rule, with the draws when given", () => {
    for (const row of rows) {
      if (row.kind === 'score') expect(row.readings).toBeNull();
      else expect(row.readings).toEqual({ a: readTilt(row.a, null), b: readTilt(row.b, null) });
    }
    const pPositive = (country: string, dimension: TiltDimension) =>
      (country === 'KG' ? 0.3 : 0.95) * (dimension === 'digital' ? 1 : 0.5);
    const uncertainty: UncertaintyResult = {
      draws: 10,
      seed: 1,
      dimension: [],
      overall: [],
      tilts: ['KG', 'TJ'].flatMap((country) =>
        TILT_DIMENSIONS.map((dimension) => ({
          country,
          dimension,
          interval: null,
          pPositive: pPositive(country, dimension),
        })),
      ),
    };
    const withDraws = buildDifferences({
      scores,
      baseline: scores,
      differs: false,
      countries: ['KG', 'TJ'],
      partners: ['CN', 'RU'],
      dimensions: TILT_DIMENSIONS,
      uncertainty,
    });
    for (const row of withDraws.filter((r) => r.kind === 'tilt')) {
      expect(row.readings).toEqual({
        a: readTilt(row.a, pPositive('KG', row.dimension)),
        b: readTilt(row.b, pPositive('TJ', row.dimension)),
      });
    }
  });

  it('sorts by absolute difference, largest first', () => {
    const magnitudes = rows.map((r) => Math.abs(r.diff ?? -1));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    // TJ digital tilt 58.4 vs KG 30: the largest difference is the digital tilt (−28.4)
    expect(rows[0]).toMatchObject({ kind: 'tilt', dimension: 'digital', a: 30 });
    expect(rows[0]!.diff).toBeCloseTo(-28.4, 10);
    // then the infrastructure tilt (KG −5, TJ +20), then TJ's digital dependence on China
    expect(rows[1]).toMatchObject({ kind: 'tilt', dimension: 'infrastructure', diff: -25 });
    expect(rows[2]).toMatchObject({ kind: 'score', dimension: 'digital', partner: 'CN' });
    expect(rows[2]!.diff).toBeCloseTo(-23.4, 10);
  });

  it('puts comparisons without data last and reports baseline differences when the scenario differs', () => {
    const partial = scoreSet({
      KG: { CN: { economic: 10 }, RU: { economic: 20 } },
      TJ: { CN: { economic: 50 }, RU: {} },
    });
    const base = scoreSet({
      KG: { CN: { economic: 10 }, RU: { economic: 20 } },
      TJ: { CN: { economic: 30 }, RU: {} },
    });
    const diff = buildDifferences({
      scores: partial,
      baseline: base,
      differs: true,
      countries: ['KG', 'TJ'],
      partners: ['CN', 'RU'],
      dimensions: ['economic'] as TiltDimension[],
    });
    expect(diff.map((r) => r.diff)).toEqual([-40, null, null]);
    expect(diff[0]!.baselineDiff).toBe(-20);
  });
});

describe('differencePhrase', () => {
  function phrases(language: Language) {
    const fixed = createI18n(language).getFixedT(language, 'compare');
    const common = createI18n(language).getFixedT(language, 'common');
    const t: Translate = (key, options) => fixed(key, options);
    const names: PhraseNames =
      language === 'en'
        ? {
            a: 'Kyrgyzstan',
            b: 'Tajikistan',
            partner: (c) => (c === 'CN' ? 'China' : 'Russia'),
            dimension: (d) => t(`phrase.dimensions.${d}`),
            dimensionLabel: (d) => common(`dimensions.${d}`),
            reading: (r) => (r.kind === 'leans' ? `${r.kind} ${r.side} ${r.strength}` : r.kind),
            language,
          }
        : {
            a: 'Кыргызстан',
            b: 'Таджикистан',
            partner: (c) => (c === 'CN' ? 'Китай' : 'Россия'),
            dimension: (d) => t(`phrase.dimensions.${d}`),
            dimensionLabel: (d) => common(`dimensions.${d}`),
            language,
          };
    return { t, names };
  }
  const rows = buildDifferences({
    scores,
    baseline: scores,
    differs: false,
    countries: ['KG', 'TJ'],
    partners: ['CN', 'RU'],
    dimensions: TILT_DIMENSIONS,
  });
  const find = (kind: string, dimension: string, partner: string | null) =>
    rows.find((r) => r.kind === kind && r.dimension === dimension && r.partner === partner)!;

  it('names the higher country first, in English', () => {
    const { t, names } = phrases('en');
    expect(differencePhrase(find('score', 'digital', 'CN'), names, t)).toBe(
      "Tajikistan's digital dependence on China is 23.4 points higher than Kyrgyzstan's",
    );
    expect(differencePhrase(find('score', 'economic', 'RU'), names, t)).toBe(
      "Kyrgyzstan's economic dependence on Russia is 5.0 points higher than Tajikistan's",
    );
    // both lean to China (read without draws here): a comparative toward China
    expect(differencePhrase(find('tilt', 'digital', null), names, t)).toBe(
      "Tajikistan's digital tilt leans further to China than Kyrgyzstan's, by 28.4 points",
    );
    // both lean to Russia: never "further toward China"
    expect(differencePhrase(find('tilt', 'security', null), names, t)).toBe(
      "Tajikistan's security tilt leans less to Russia than Kyrgyzstan's, by 20.0 points",
    );
    // one to each side
    expect(differencePhrase(find('tilt', 'infrastructure', null), names, t)).toBe(
      'Infrastructure: Tajikistan leans to China, Kyrgyzstan to Russia (25.0 points apart)',
    );
    // Tajikistan's +2.0 is too close to call: each reading on its own
    expect(differencePhrase(find('tilt', 'economic', null), names, t)).toBe(
      'Economic tilt, 7.0 points apart: Kyrgyzstan — leans negative slight; Tajikistan — uncertain',
    );
    const equal = { ...find('score', 'economic', 'CN'), a: 40, b: 40, diff: 0.01 };
    expect(differencePhrase(equal, names, t)).toBe(
      'Kyrgyzstan and Tajikistan have the same economic dependence on China',
    );
    expect(differencePhrase({ ...equal, diff: null }, names, t)).toBe(
      'Economic: not enough data to compare',
    );
  });

  it('and in Russian', () => {
    const { t, names } = phrases('ru');
    expect(differencePhrase(find('score', 'digital', 'CN'), names, t)).toBe(
      'Цифровая сфера, Китай: Таджикистан зависит сильнее, чем Кыргызстан, на 23,4 пункта',
    );
    expect(differencePhrase(find('tilt', 'security', null), names, t)).toBe(
      'Безопасность, крен: Таджикистан склоняется к России слабее, чем Кыргызстан, на 20,0 пункта',
    );
    expect(differencePhrase(find('tilt', 'digital', null), names, t)).toBe(
      'Цифровая сфера, крен: Таджикистан склоняется к Китаю сильнее, чем Кыргызстан, на 28,4 пункта',
    );
    expect(differencePhrase(find('tilt', 'infrastructure', null), names, t)).toBe(
      'Инфраструктура, крен: Таджикистан склоняется к Китаю, Кыргызстан — к России (разница 25,0 пункта)',
    );
  });
});
