import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, PartnerCode } from '@/model';
import { computeScores, DIMENSIONS, TILT_DIMENSIONS, tiltBasis } from '@/model';
import { datasetArb, fixtureDataset } from './arbitraries';

/** The same data set with the tilt pair's observations copied from the first partner. */
function mirrored(dataset: Dataset): Dataset {
  const [first, second] = dataset.tiltPair;
  const others = dataset.observations.filter((o) => o.partner !== second);
  const copies = dataset.observations
    .filter((o) => o.partner === first)
    .map((o) => ({ ...o, partner: second }));
  return { ...dataset, observations: [...others, ...copies] };
}

describe('tiltBasis', () => {
  it('names what each side of the fixture lacks', () => {
    const scores = computeScores(fixtureDataset());
    const pair: [PartnerCode, PartnerCode] = ['CN', 'RU'];
    // KG economic: CN trade, debt, fdi; RU trade, fdi
    expect(tiltBasis(scores, pair, 'KG', 'economic')).toEqual({
      unit: 'indicator',
      counts: [3, 2],
      onlyFirst: ['debt_share'],
      onlySecond: [],
      equal: false,
    });
    // KG security: arms_share has weight 0, so only facilities counts, on both sides
    expect(tiltBasis(scores, pair, 'KG', 'security').equal).toBe(true);
    expect(tiltBasis(scores, pair, 'KG', 'overall').equal).toBe(true);
    // TJ: CN has economic, digital, security; RU economic and security
    expect(tiltBasis(scores, pair, 'TJ', 'overall')).toEqual({
      unit: 'dimension',
      counts: [3, 2],
      onlyFirst: ['digital'],
      onlySecond: [],
      equal: false,
    });
  });

  it('is symmetric: swapping the tilt pair swaps the sides', () => {
    fc.assert(
      fc.property(datasetArb({ presence: 2 }), fc.constantFrom(...TILT_DIMENSIONS), (ds, dim) => {
        const scores = computeScores(ds);
        const [a, b] = ds.tiltPair;
        for (const c of ds.countries) {
          const ab = tiltBasis(scores, [a, b], c.code, dim);
          const ba = tiltBasis(scores, [b, a], c.code, dim);
          expect(ba.onlyFirst).toEqual(ab.onlySecond);
          expect(ba.onlySecond).toEqual(ab.onlyFirst);
          expect(ba.counts).toEqual([ab.counts[1], ab.counts[0]]);
          expect(ba.equal).toBe(ab.equal);
          expect(ab.equal).toBe(ab.onlyFirst.length === 0 && ab.onlySecond.length === 0);
          // what a side lacks is no more than what the other side has
          expect(ab.counts[0] - ab.onlyFirst.length).toBe(ab.counts[1] - ab.onlySecond.length);
        }
      }),
    );
  });

  it('is empty when both sides have the same indicators', () => {
    fc.assert(
      fc.property(datasetArb({ presence: 2 }), (ds) => {
        const same = mirrored(ds);
        const scores = computeScores(same);
        for (const c of same.countries)
          for (const dim of TILT_DIMENSIONS) {
            const basis = tiltBasis(scores, same.tiltPair, c.code, dim);
            expect(basis.onlyFirst).toEqual([]);
            expect(basis.onlySecond).toEqual([]);
            expect(basis.equal).toBe(true);
          }
      }),
    );
  });

  it("lists the overall tilt's missing dimensions in their usual order", () => {
    fc.assert(
      fc.property(datasetArb({ presence: 2 }), (ds) => {
        const scores = computeScores(ds);
        for (const c of ds.countries) {
          const basis = tiltBasis(scores, ds.tiltPair, c.code, 'overall');
          for (const list of [basis.onlyFirst, basis.onlySecond]) {
            const order = list.map((d) => DIMENSIONS.indexOf(d as (typeof DIMENSIONS)[number]));
            expect(order).toEqual([...order].sort((x, y) => x - y));
            expect(order.every((i) => i >= 0)).toBe(true);
          }
        }
      }),
    );
  });
});
