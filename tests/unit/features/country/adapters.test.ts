import { describe, expect, it } from 'vitest';
import type { Dataset, ScoreSet, UncertaintyResult } from '@/model';
import { computeScores, DIMENSIONS, findDimensionScore, monteCarlo, readTilt } from '@/model';
import {
  buildDimensionSummaries,
  buildIndicatorRows,
  buildOverallSummary,
  capitalise,
  countryEvents,
  filterRows,
  findCountry,
  formatEventDate,
  type IndicatorRow,
  nextSort,
  summaryReading,
  rowId,
  sortIndicatorRows,
  topContributor,
} from '@/features/country/adapters';
import { fixtureDataset, txt, variantDataset } from '../../model/arbitraries';

const names = {
  indicator: (r: IndicatorRow) => r.indicator.id,
  partner: (r: IndicatorRow) => r.partner,
};

describe('findCountry', () => {
  const dataset = fixtureDataset();
  it('matches codes case-insensitively', () => {
    expect(findCountry(dataset, 'KG')?.code).toBe('KG');
    expect(findCountry(dataset, 'kg')?.code).toBe('KG');
    expect(findCountry(dataset, ' tj ')?.code).toBe('TJ');
  });
  it('returns undefined for unknown or missing codes', () => {
    expect(findCountry(dataset, 'XX')).toBeUndefined();
    expect(findCountry(dataset, undefined)).toBeUndefined();
    expect(findCountry(dataset, '')).toBeUndefined();
  });
});

describe('rowId', () => {
  it('turns a key into an anchor id', () => {
    expect(rowId('KG.CN.debt_share')).toBe('row-KG-CN-debt_share');
  });
});

describe('buildIndicatorRows', () => {
  const dataset = fixtureDataset();
  const scores = computeScores(dataset);
  const rows = buildIndicatorRows(dataset, scores, { options: {}, indicatorWeights: {} }, 'KG');

  it('has one row per indicator × partner, ordered by dimension, indicator, partner', () => {
    expect(rows).toHaveLength(dataset.indicators.length * dataset.partners.length);
    const dims = rows.map((r) => DIMENSIONS.indexOf(r.dimension));
    expect([...dims].sort((a, b) => a - b)).toEqual(dims);
    expect(rows[0]!.key).toBe('KG.CN.trade_share');
    expect(rows[1]!.key).toBe('KG.RU.trade_share');
    expect(rows.map((r) => r.order)).toEqual(rows.map((_, i) => i));
  });

  it('carries the model numbers and the observation used', () => {
    const debt = rows.find((r) => r.key === 'KG.CN.debt_share')!;
    expect(debt.id).toBe('row-KG-CN-debt_share');
    expect(debt.value).toBe(20);
    expect(debt.normalised).toBeCloseTo(40, 10);
    expect(debt.observation?.low).toBe(10);
    const contribution = findDimensionScore(scores, 'KG', 'CN', 'economic')!.contributions.find(
      (c) => c.indicator === 'debt_share',
    )!;
    expect(debt.contribution).toBe(contribution.contribution);
  });

  it('keeps rows without data, with nulls (never zeros)', () => {
    const ruDebt = rows.find((r) => r.key === 'KG.RU.debt_share')!;
    expect(ruDebt.observation).toBeNull();
    expect(ruDebt.value).toBeNull();
    expect(ruDebt.contribution).toBeNull();
    expect(ruDebt.weight).toBe(1);
  });

  it('contributions of a dimension sum to its score', () => {
    for (const d of DIMENSIONS) {
      for (const p of ['CN', 'RU']) {
        const score = findDimensionScore(scores, 'KG', p, d)!.score;
        const sum = rows
          .filter((r) => r.dimension === d && r.partner === p && r.contribution !== null)
          .reduce((acc, r) => acc + r.contribution!, 0);
        if (score === null) expect(sum).toBe(0);
        else expect(sum).toBeCloseTo(score, 9);
      }
    }
  });

  it('uses the observation that matches the scenario options and lists the alternative', () => {
    const ds = variantDataset();
    const s = computeScores(ds, { options: { src: 'b' } });
    const r = buildIndicatorRows(ds, s, { options: { src: 'b' }, indicatorWeights: {} }, 'KG');
    const cn = r.find((x) => x.key === 'KG.CN.trade_share')!;
    expect(cn.value).toBe(20);
    expect(cn.observation?.value).toBe(20);
    expect(cn.alternatives.map((o) => o.value)).toEqual([80]);
  });

  it('marks a missing cell as suppliable, and a supplied one as the analyst’s (no observation)', () => {
    // the fixture has no KG.RU.debt_share observation: a missing cell
    const ruDebt = rows.find((r) => r.key === 'KG.RU.debt_share')!;
    expect(ruDebt).toMatchObject({ suppliable: true, supplied: false, value: null });
    expect(rows.find((r) => r.key === 'KG.CN.debt_share')).toMatchObject({
      suppliable: false,
      supplied: false,
    });
    const s = computeScores(dataset, { overrides: { 'KG.RU.debt_share': 25 } });
    const r = buildIndicatorRows(dataset, s, { options: {}, indicatorWeights: {} }, 'KG');
    expect(r.find((x) => x.key === 'KG.RU.debt_share')).toMatchObject({
      suppliable: true,
      supplied: true,
      observation: null,
      value: 25,
      baselineValue: null,
      normalised: 50,
    });
    // sorted by confidence, the analyst's value comes after every published one
    const sorted = sortIndicatorRows(r, { key: 'confidence', direction: 'ascending' }, names);
    const withConfidence = sorted.filter((x) => x.observation || x.supplied);
    expect(withConfidence[withConfidence.length - 1]!.key).toBe('KG.RU.debt_share');
  });

  it('reflects overrides: scenario value and published value', () => {
    const s = computeScores(dataset, { overrides: { 'KG.CN.debt_share': 30 } });
    const r = buildIndicatorRows(dataset, s, { options: {}, indicatorWeights: {} }, 'KG');
    const debt = r.find((x) => x.key === 'KG.CN.debt_share')!;
    expect(debt.value).toBe(30);
    expect(debt.baselineValue).toBe(20);
    expect(debt.overridden).toBe(true);
  });

  it('rows without data use the scenario indicator weight', () => {
    const r = buildIndicatorRows(
      dataset,
      scores,
      { options: {}, indicatorWeights: { debt_share: 3 } },
      'KG',
    );
    expect(r.find((x) => x.key === 'KG.RU.debt_share')!.weight).toBe(3);
  });
});

describe('sorting and filtering the indicator rows', () => {
  const dataset = fixtureDataset();
  const rows = buildIndicatorRows(
    dataset,
    computeScores(dataset),
    { options: {}, indicatorWeights: {} },
    'KG',
  );

  it('the default order is the build order', () => {
    const shuffled = [...rows].reverse();
    expect(sortIndicatorRows(shuffled, { key: null, direction: 'ascending' }, names)).toEqual(rows);
  });

  it('sorts numbers both ways and keeps rows without data last', () => {
    const desc = sortIndicatorRows(rows, { key: 'contribution', direction: 'descending' }, names);
    const values = desc.map((r) => r.contribution);
    const firstNull = values.indexOf(null);
    const withData = values.slice(0, firstNull === -1 ? undefined : firstNull) as number[];
    expect(withData).toEqual([...withData].sort((a, b) => b - a));
    if (firstNull !== -1) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);

    const asc = sortIndicatorRows(rows, { key: 'contribution', direction: 'ascending' }, names);
    const ascValues = asc.map((r) => r.contribution).filter((v): v is number => v !== null);
    expect(ascValues).toEqual([...ascValues].sort((a, b) => a - b));
    expect(asc[asc.length - 1]!.contribution).toBeNull();
  });

  it('sorts text with the locale and breaks ties by the default order', () => {
    const byName = sortIndicatorRows(rows, { key: 'indicator', direction: 'ascending' }, names);
    expect(byName[0]!.indicator.id).toBe('arms_share');
    expect(byName[0]!.partner).toBe('CN');
    expect(byName[1]!.partner).toBe('RU');
  });

  it('sorts confidence reported → estimate → judgement', () => {
    const ds = fixtureDataset();
    ds.observations[0] = { ...ds.observations[0]!, confidence: 'judgement' };
    ds.observations[1] = { ...ds.observations[1]!, confidence: 'reported' };
    const r = buildIndicatorRows(
      ds,
      computeScores(ds),
      { options: {}, indicatorWeights: {} },
      'KG',
    );
    const sorted = sortIndicatorRows(r, { key: 'confidence', direction: 'ascending' }, names);
    expect(sorted[0]!.observation?.confidence).toBe('reported');
    const withData = sorted.filter((x) => x.observation);
    expect(withData[withData.length - 1]!.observation?.confidence).toBe('judgement');
  });

  it('nextSort flips the same column and starts numbers high-to-low', () => {
    expect(nextSort({ key: null, direction: 'ascending' }, 'contribution')).toEqual({
      key: 'contribution',
      direction: 'descending',
    });
    expect(nextSort({ key: 'contribution', direction: 'descending' }, 'contribution')).toEqual({
      key: 'contribution',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'contribution', direction: 'descending' }, 'indicator')).toEqual({
      key: 'indicator',
      direction: 'ascending',
    });
  });

  it('filters by dimension', () => {
    expect(filterRows(rows, 'all')).toHaveLength(rows.length);
    const digital = filterRows(rows, 'digital');
    expect(digital.length).toBeGreaterThan(0);
    expect(digital.every((r) => r.dimension === 'digital')).toBe(true);
  });
});

describe('summaryReading', () => {
  it("reads a summary's tilt by the model's lean rule, with its share of draws", () => {
    for (const [tilt, p] of [
      [1, null],
      [-15, null],
      [60, 0.5],
      [20, 0.97],
      [-20, 0.02],
      [null, 0.5],
    ] as const) {
      expect(summaryReading({ tilt, pPositive: p })).toEqual(readTilt(tilt, p));
    }
  });
});

describe('dimension and overall summaries', () => {
  const dataset: Dataset = fixtureDataset();
  const baseline: ScoreSet = computeScores(dataset);
  const scores: ScoreSet = computeScores(dataset, { overrides: { 'KG.CN.telecom_share': 50 } });
  const mc: UncertaintyResult = monteCarlo(dataset, {}, { draws: 200 });

  it('gives both partners per dimension with baseline, change, interval and coverage', () => {
    const s = buildDimensionSummaries(scores, baseline, mc, 'KG', ['CN', 'RU'], ['CN', 'RU']);
    expect(s.map((x) => x.dimension)).toEqual([...DIMENSIONS]);
    const digital = s.find((x) => x.dimension === 'digital')!;
    const cn = digital.partners.find((p) => p.partner === 'CN')!;
    expect(cn.score).toBeCloseTo(50);
    expect(cn.baseline).toBeCloseTo(90);
    expect(cn.change).toBeCloseTo(-40);
    expect(cn.interval).not.toBeNull();
    expect(cn.coverage).toBe(1);
    expect(cn.top?.rowId).toBe('row-KG-CN-telecom_share');
    expect(digital.tilt).toBeCloseTo(40);
    expect(digital.pPositive).not.toBeNull();
    const econ = s.find((x) => x.dimension === 'economic')!;
    expect(econ.partners.find((p) => p.partner === 'RU')!.coverage).toBeLessThan(1);
  });

  it('has no intervals before Monte Carlo has run', () => {
    const s = buildDimensionSummaries(
      scores,
      baseline,
      undefined,
      'KG',
      ['CN', 'RU'],
      ['CN', 'RU'],
    );
    expect(s.every((d) => d.partners.every((p) => p.interval === null))).toBe(true);
    expect(s.every((d) => d.pPositive === null)).toBe(true);
  });

  it('overall summary has each partner and the overall tilt', () => {
    const o = buildOverallSummary(baseline, baseline, mc, 'KG', ['CN', 'RU'], ['CN', 'RU']);
    expect(o.partners).toHaveLength(2);
    expect(o.partners[0]!.change).toBe(0);
    expect(o.tilt).toBeCloseTo(o.partners[0]!.score! - o.partners[1]!.score!);
    expect(o.partners[0]!.interval).not.toBeNull();
  });

  it('topContributor picks the largest contribution, first on a tie, null when empty', () => {
    const base = {
      value: 0,
      baselineValue: 0,
      overridden: false,
      supplied: false,
      normalised: 0,
      weight: 1,
    };
    expect(topContributor([])).toBeNull();
    const top = topContributor([
      { ...base, key: 'KG.CN.a', indicator: 'a', contribution: 5 },
      { ...base, key: 'KG.CN.b', indicator: 'b', contribution: 9 },
      { ...base, key: 'KG.CN.c', indicator: 'c', contribution: 9 },
    ]);
    expect(top?.indicator).toBe('b');
  });
});

describe('timeline', () => {
  const dataset = fixtureDataset();
  dataset.events = [
    {
      id: 'b',
      date: '2019-06',
      countries: ['KG'],
      partner: 'CN',
      dimension: 'security',
      title: txt('B'),
      sources: [],
    },
    {
      id: 'a',
      date: '2026-03-04',
      countries: ['KG', 'TJ'],
      partner: 'CN',
      dimension: 'security',
      title: txt('A'),
      sources: [],
    },
    {
      id: 'c',
      date: '2019',
      countries: ['TJ'],
      partner: 'RU',
      dimension: 'security',
      title: txt('C'),
      sources: [],
    },
    {
      id: 'd',
      date: '1996',
      countries: ['KG', 'TJ'],
      partner: 'CN',
      dimension: 'security',
      title: txt('D'),
      sources: [],
    },
  ];

  it("keeps the country's events, oldest first", () => {
    expect(countryEvents(dataset, 'KG').map((e) => e.id)).toEqual(['d', 'b', 'a']);
    expect(countryEvents(dataset, 'TJ').map((e) => e.id)).toEqual(['d', 'c', 'a']);
    expect(countryEvents(dataset, 'XX')).toEqual([]);
  });

  it('formats dates of any precision in English and Russian', () => {
    expect(formatEventDate('1996', 'en')).toBe('1996');
    expect(formatEventDate('2019-06', 'en')).toBe('June 2019');
    expect(formatEventDate('2026-03-04', 'en')).toBe('4 March 2026');
    expect(formatEventDate('2019-06', 'ru')).toBe('Июнь 2019');
    expect(formatEventDate('2026-03-04', 'ru')).toBe('4 марта 2026');
    expect(formatEventDate('soon', 'en')).toBe('soon');
  });
});

describe('small text helpers', () => {
  it('capitalise', () => {
    expect(capitalise('leans')).toBe('Leans');
    expect(capitalise('')).toBe('');
  });
});
