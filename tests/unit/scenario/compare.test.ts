import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { computeScores, findScore, findTilt } from '@/model';
import { assumptionChanges } from '@/scenario/assumptionChanges';
import { compareScenarios } from '@/scenario/compare';
import { baselineFullScenario, findSliderByKey } from '@/scenario/sliders';
import { scenarioArb } from './scenarioArb';

const runs = { numRuns: 40 };

describe('compareScenarios', () => {
  it('a scenario against itself: no difference, every delta 0, no assumption', () => {
    fc.assert(
      fc.property(scenarioArb(dataset), (a) => {
        const same = compareScenarios(dataset, a, a);
        for (const row of [...same.scores, ...same.tilts]) {
          expect(row.differs).toBe(false);
          expect(row.a).toBe(row.b);
          expect(row.difference === null || Object.is(row.difference, 0)).toBe(true);
        }
        expect(same.assumptions).toEqual([]);
      }),
      runs,
    );
  });

  it('B against A is A against B turned round: deltas negated, assumptions swapped', () => {
    fc.assert(
      fc.property(scenarioArb(dataset), scenarioArb(dataset), (a, b) => {
        const ab = compareScenarios(dataset, a, b);
        const ba = compareScenarios(dataset, b, a);
        const rows = (c: typeof ab) => [...c.scores, ...c.tilts];
        rows(ab).forEach((row, i) => {
          const back = rows(ba)[i]!;
          expect(back.a).toBe(row.b);
          expect(back.differs).toBe(row.differs);
          if (row.difference === null) expect(back.difference).toBeNull();
          else expect(back.difference).toBe(-row.difference + 0);
        });
        expect(ba.assumptions.map((c) => c.key)).toEqual(ab.assumptions.map((c) => c.key));
        ab.assumptions.forEach((c, i) => {
          expect(ba.assumptions[i]!.from).toEqual(c.to);
          expect(ba.assumptions[i]!.to).toEqual(c.from);
        });
      }),
      runs,
    );
  });

  it("pairs the model's own scores of each scenario (computeScores)", () => {
    fc.assert(
      fc.property(scenarioArb(dataset), scenarioArb(dataset), (a, b) => {
        const c = compareScenarios(dataset, a, b);
        const [sa, sb] = [computeScores(dataset, a), computeScores(dataset, b)];
        const n = dataset.countries.length * dataset.partners.length * 5;
        expect(c.scores).toHaveLength(n);
        for (const row of c.scores) {
          expect(row.a).toBe(findScore(sa, row.country, row.partner, row.dimension));
          expect(row.b).toBe(findScore(sb, row.country, row.partner, row.dimension));
        }
        expect(c.tilts).toHaveLength(dataset.countries.length * 5);
        for (const row of c.tilts) {
          expect(row.a).toBe(findTilt(sa, row.country, row.dimension));
          expect(row.b).toBe(findTilt(sb, row.country, row.dimension));
        }
      }),
      runs,
    );
  });

  it('lists the assumptions by the one rule of assumptionChanges, each with its sources', () => {
    const a = baselineFullScenario(dataset);
    const b = {
      ...a,
      overrides: { 'KG.CN.debt_share': 40 },
      options: { kgTradeSource: 'china-customs' },
    };
    const c = compareScenarios(dataset, a, b);
    // against the baseline it is exactly what a scenario changes from the baseline
    expect(c.assumptions.map(({ sourceIds: _s, ...change }) => change)).toEqual(
      assumptionChanges(dataset, c.b),
    );
    const debt = c.assumptions.find((x) => x.key === 'KG.CN.debt_share')!;
    expect(debt.to).toMatchObject({ kind: 'number', value: 40 });
    expect(debt.sourceIds).toEqual(findSliderByKey(dataset, 'KG.CN.debt_share')!.sourceIds);
    expect(debt.sourceIds.length).toBeGreaterThan(0);
    const option = c.assumptions.find((x) => x.key === 'option.kgTradeSource')!;
    expect(option.sourceIds.length).toBeGreaterThan(0);
  });
});
