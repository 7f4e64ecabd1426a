import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, Target } from '@/model';
import {
  allocateVectors,
  cellValues,
  computeScores,
  DIMENSIONS,
  evaluate,
  findDimensionScore,
  findOverall,
  findTilt,
  prepare,
  sensitivity,
  sensitivityPrepared,
  TILT_DIMENSIONS,
  targetReader,
} from '@/model';
import { datasetArb, fixtureDataset } from './arbitraries';

const valueOf = (ds: Dataset, overrides: Record<string, number>, t: Target): number | null => {
  const set = computeScores(ds, { overrides });
  if (t.kind === 'dimension')
    return findDimensionScore(set, t.country, t.partner, t.dimension)?.score ?? null;
  if (t.kind === 'overall') return findOverall(set, t.country, t.partner);
  return findTilt(set, t.country, t.dimension);
};

describe('sensitivity — hand-computed fixture', () => {
  const ds = fixtureDataset();

  it('a dimension target: one row per assumption of that dimension, sorted by swing', () => {
    const r = sensitivity(
      ds,
      {},
      { kind: 'dimension', country: 'KG', partner: 'CN', dimension: 'economic' },
    );
    expect(r.base).toBeCloseTo(42.5, 10);
    expect(r.rows.map((x) => x.key)).toEqual([
      'KG.CN.fdi_amount',
      'KG.CN.trade_share',
      'KG.CN.debt_share',
    ]);
    const [fdi, trade, debt] = r.rows;
    // fdi [10, 1000] → n 25 / 75: (80 + 40 + 25) / 4, (80 + 40 + 75) / 4
    expect(fdi).toMatchObject({
      country: 'KG',
      partner: 'CN',
      indicator: 'fdi_amount',
      lowValue: 10,
      highValue: 1000,
    });
    expect(fdi!.atLow).toBeCloseTo(36.25, 10);
    expect(fdi!.atHigh).toBeCloseTo(48.75, 10);
    expect(fdi!.swing).toBeCloseTo(12.5, 10);
    // trade [30, 50]: (60 + 40 + 50) / 4, (100 + 40 + 50) / 4
    expect(trade!.atLow).toBeCloseTo(37.5, 10);
    expect(trade!.atHigh).toBeCloseTo(47.5, 10);
    expect(trade!.swing).toBeCloseTo(10, 10);
    // debt [10, 25] → n 20 / 50
    expect(debt!.atLow).toBeCloseTo(37.5, 10);
    expect(debt!.atHigh).toBeCloseTo(45, 10);
    expect(debt!.swing).toBeCloseTo(7.5, 10);
  });

  it('returns at most `top` rows', () => {
    const t: Target = { kind: 'dimension', country: 'KG', partner: 'CN', dimension: 'economic' };
    expect(sensitivity(ds, {}, t, 2).rows.map((x) => x.key)).toEqual([
      'KG.CN.fdi_amount',
      'KG.CN.trade_share',
    ]);
    expect(sensitivity(ds, {}, t, 0).rows).toEqual([]);
    expect(sensitivity(ds, {}, t, -3).rows).toEqual([]);
  });

  it('a tilt target moves with both partners’ assumptions, in opposite directions', () => {
    const r = sensitivity(ds, {}, { kind: 'tilt', country: 'KG', dimension: 'economic' });
    expect(r.base).toBeCloseTo(42.5 - 65 / 3, 10);
    expect(r.rows.map((x) => x.key)).toEqual([
      'KG.RU.trade_share',
      'KG.CN.fdi_amount',
      'KG.CN.trade_share',
      'KG.CN.debt_share',
      'KG.RU.fdi_amount',
    ]);
    const ru = r.rows[0]!;
    // RU economic (2·10 + 25) / 3 = 15 and (2·30 + 25) / 3: raising Russia lowers the tilt
    expect(ru.atLow).toBeCloseTo(42.5 - 15, 10);
    expect(ru.atHigh).toBeCloseTo(42.5 - 85 / 3, 10);
    expect(ru.swing).toBeCloseTo(40 / 3, 10);
    // RU fdi [5, 20] on log 1..10^4: (25·log10 20 − 25·log10 5) / 3
    expect(r.rows[4]!.swing).toBeCloseTo((25 * Math.log10(20) - 25 * Math.log10(5)) / 3, 10);
  });

  it('an overall target: swings scale by the dimension weight; zero-swing rows dropped', () => {
    const r = sensitivity(ds, {}, { kind: 'overall', country: 'KG', partner: 'CN' });
    expect(r.base).toBeCloseTo(58.125, 10);
    // telecom [80, 95] → digital ±, /4; corridors and facilities have no range; arms_share has weight 0
    expect(r.rows.map((x) => x.key)).toEqual([
      'KG.CN.telecom_share',
      'KG.CN.fdi_amount',
      'KG.CN.trade_share',
      'KG.CN.debt_share',
    ]);
    expect(r.rows.map((x) => x.swing)).toEqual([
      expect.closeTo(15 / 4, 10),
      expect.closeTo(12.5 / 4, 10),
      expect.closeTo(10 / 4, 10),
      expect.closeTo(7.5 / 4, 10),
    ]);
  });

  it('an assumption in another dimension has no effect on a dimension target', () => {
    const r = sensitivity(
      ds,
      {},
      { kind: 'dimension', country: 'KG', partner: 'CN', dimension: 'digital' },
    );
    expect(r.base).toBeCloseTo(90, 10);
    expect(r.rows.map((x) => x.key)).toEqual(['KG.CN.telecom_share']);
    expect(r.rows[0]!.swing).toBeCloseTo(15, 10);
  });

  it('ties in swing are broken by key', () => {
    // KG digital tilt: CN [80, 95] and RU [5, 20] both swing 15
    const r = sensitivity(ds, {}, { kind: 'tilt', country: 'KG', dimension: 'digital' });
    expect(r.rows.map((x) => x.key)).toEqual(['KG.CN.telecom_share', 'KG.RU.telecom_share']);
  });

  it('ties in code-unit order, not a locale’s (the same in every runtime)', () => {
    // China's code in lower case: "KG.RU…" < "KG.cn…" by code unit, the other way in a collation
    const lower = {
      ...ds,
      partners: ds.partners.map((p) => (p.code === 'CN' ? { ...p, code: 'cn' } : p)),
    };
    const renamed: Dataset = {
      ...lower,
      tiltPair: ['cn', 'RU'],
      observations: ds.observations.map((o) => (o.partner === 'CN' ? { ...o, partner: 'cn' } : o)),
    } as Dataset;
    const r = sensitivity(renamed, {}, { kind: 'tilt', country: 'KG', dimension: 'digital' });
    expect(r.rows.map((x) => x.key)).toEqual(['KG.RU.telecom_share', 'KG.cn.telecom_share']);
    expect('KG.cn.telecom_share'.localeCompare('KG.RU.telecom_share')).toBeLessThan(0);
  });

  it('follows the scenario: an overridden assumption is tested over its shifted range', () => {
    const r = sensitivity(
      ds,
      { overrides: { 'KG.CN.telecom_share': 50 } },
      { kind: 'dimension', country: 'KG', partner: 'CN', dimension: 'digital' },
    );
    expect(r.base).toBeCloseTo(50, 10);
    expect(r.rows[0]).toMatchObject({ lowValue: 40, highValue: 55 });
    expect(r.rows[0]!.atLow).toBeCloseTo(40, 10);
    expect(r.rows[0]!.atHigh).toBeCloseTo(55, 10);
  });

  it('a target with no data or unknown names: base null, no rows', () => {
    expect(
      sensitivity(
        ds,
        {},
        { kind: 'dimension', country: 'TJ', partner: 'CN', dimension: 'infrastructure' },
      ),
    ).toEqual({
      base: null,
      rows: [],
    });
    expect(sensitivity(ds, {}, { kind: 'overall', country: 'KZ', partner: 'CN' })).toEqual({
      base: null,
      rows: [],
    });
    expect(sensitivity(ds, {}, { kind: 'overall', country: 'KG', partner: 'US' })).toEqual({
      base: null,
      rows: [],
    });
  });

  it('sensitivityPrepared(prepare(d, s)) equals sensitivity(d, s)', () => {
    const t: Target = { kind: 'tilt', country: 'KG', dimension: 'overall' };
    expect(sensitivityPrepared(prepare(ds, {}), t, 4)).toEqual(sensitivity(ds, {}, t, 4));
  });
});

describe('targetReader', () => {
  const prepared = prepare(fixtureDataset());
  const v = allocateVectors(prepared);
  evaluate(prepared, cellValues(prepared), v);

  it('reads dimension, overall and tilt targets', () => {
    expect(
      targetReader(prepared, {
        kind: 'dimension',
        country: 'KG',
        partner: 'RU',
        dimension: 'economic',
      })(v),
    ).toBeCloseTo(65 / 3, 10);
    expect(
      targetReader(prepared, { kind: 'overall', country: 'TJ', partner: 'RU' })(v),
    ).toBeCloseTo(65, 10);
    expect(
      targetReader(prepared, { kind: 'tilt', country: 'KG', dimension: 'security' })(v),
    ).toBeCloseTo(-75, 10);
    expect(
      targetReader(prepared, { kind: 'tilt', country: 'TJ', dimension: 'overall' })(v),
    ).toBeCloseTo(155 / 3 - 65, 10);
  });

  it('gives NaN for unknown names and for no data', () => {
    expect(targetReader(prepared, { kind: 'overall', country: 'KZ', partner: 'CN' })(v)).toBeNaN();
    expect(targetReader(prepared, { kind: 'overall', country: 'KG', partner: 'US' })(v)).toBeNaN();
    expect(
      targetReader(prepared, { kind: 'tilt', country: 'KG', dimension: 'space' as never })(v),
    ).toBeNaN();
    expect(
      targetReader(prepared, {
        kind: 'dimension',
        country: 'KG',
        partner: 'CN',
        dimension: 'space' as never,
      })(v),
    ).toBeNaN();
    expect(
      targetReader(prepared, {
        kind: 'dimension',
        country: 'TJ',
        partner: 'RU',
        dimension: 'digital',
      })(v),
    ).toBeNaN();
  });
});

describe('sensitivity — properties', () => {
  const targetArb = (ds: Dataset): fc.Arbitrary<Target> => {
    const countries = ds.countries.map((c) => c.code);
    const partners = ds.partners.map((p) => p.code);
    return fc.oneof(
      fc.record({
        kind: fc.constant('dimension' as const),
        country: fc.constantFrom(...countries),
        partner: fc.constantFrom(...partners),
        dimension: fc.constantFrom(...DIMENSIONS),
      }),
      fc.record({
        kind: fc.constant('overall' as const),
        country: fc.constantFrom(...countries),
        partner: fc.constantFrom(...partners),
      }),
      fc.record({
        kind: fc.constant('tilt' as const),
        country: fc.constantFrom(...countries),
        dimension: fc.constantFrom(...TILT_DIMENSIONS),
      }),
    );
  };
  const caseArb = datasetArb({ maxPartners: 3 }).chain((ds) =>
    fc.record({ ds: fc.constant(ds), target: targetArb(ds), top: fc.integer({ min: 0, max: 12 }) }),
  );

  it('base is the computed score; rows sorted by swing, ≤ top, non-zero, in the target’s scope, and reproducible by overrides', () => {
    fc.assert(
      fc.property(caseArb, ({ ds, target, top }) => {
        const r = sensitivity(ds, {}, target, top);
        const base = valueOf(ds, {}, target);
        if (base === null) expect(r.base).toBeNull();
        else expect(r.base).toBeCloseTo(base, 9);
        expect(r.rows.length).toBeLessThanOrEqual(top);
        const dimOf = (id: string) => ds.indicators.find((i) => i.id === id)!.dimension;
        r.rows.forEach((row, i) => {
          expect(row.swing).toBeGreaterThan(0);
          if (i > 0) expect(row.swing).toBeLessThanOrEqual(r.rows[i - 1]!.swing);
          // equal swings in key order by code unit (the same in every locale)
          if (i > 0 && row.swing === r.rows[i - 1]!.swing)
            expect(r.rows[i - 1]!.key < row.key).toBe(true);
          expect(row.swing).toBeCloseTo(Math.abs(row.atHigh! - row.atLow!), 9);
          expect(row.country).toBe(target.country);
          if (target.kind === 'tilt') expect(ds.tiltPair).toContain(row.partner);
          else expect(row.partner).toBe(target.partner);
          if (target.kind !== 'overall' && target.dimension !== 'overall')
            expect(dimOf(row.indicator)).toBe(target.dimension);
          // the row's ends equal re-scoring with the assumption overridden to them
          expect(row.atLow).toBeCloseTo(valueOf(ds, { [row.key]: row.lowValue }, target)!, 9);
          expect(row.atHigh).toBeCloseTo(valueOf(ds, { [row.key]: row.highValue }, target)!, 9);
        });
        // with a large `top`, the rows are exactly the assumptions whose range moves the target
        const all = sensitivity(ds, {}, target, 1000).rows;
        const expected = ds.observations
          .map((o) => `${o.country}.${o.partner}.${o.indicator}`)
          .filter((key) => {
            const o = ds.observations.find(
              (x) => `${x.country}.${x.partner}.${x.indicator}` === key,
            )!;
            const lo = valueOf(ds, { [key]: o.low }, target);
            const hi = valueOf(ds, { [key]: o.high }, target);
            return lo !== null && hi !== null && Math.abs(hi - lo) > 0;
          })
          .sort();
        expect(all.map((x) => x.key).sort()).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
