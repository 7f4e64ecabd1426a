import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { buildDeck, largestOverallMove } from '@/features/briefing/slides';
import { compareScenarios } from '@/scenario/compare';

const countries = dataset.countries.map((c) => c.code);

describe('the A-vs-B slide', () => {
  it('joins the deck after the scenario slide only when the address names two scenarios', () => {
    const plain = buildDeck(countries);
    expect(plain.some((s) => s.kind === 'versus')).toBe(false);
    const withPair = buildDeck(countries, { versus: true });
    expect(withPair.map((s) => s.id)).toEqual([
      ...plain.slice(0, -1).map((s) => s.id),
      'versus',
      'risks',
    ]);
  });

  it('names the overall tilt that moves most, or none when nothing moves', () => {
    const comparison = compareScenarios(dataset, {}, { overrides: { 'KG.CN.debt_share': 90 } });
    const top = largestOverallMove(comparison.tilts)!;
    const kg = comparison.tilts.find((t) => t.country === 'KG' && t.dimension === 'overall')!;
    expect(top).toEqual({ country: 'KG', a: kg.a, b: kg.b, difference: kg.difference });
    expect(largestOverallMove(compareScenarios(dataset, {}, {}).tilts)).toBeNull();
  });

  it("moves by the comparison's own rule (differs), as /versus marks its rows, not by rounding", () => {
    const tilt = (country: 'KG' | 'KZ', a: number, b: number, differs: boolean) => ({
      country,
      dimension: 'overall' as const,
      a,
      b,
      difference: b - a,
      differs,
    });
    // a change too small to show at one decimal still differs, on the page and on the slide
    expect(largestOverallMove([tilt('KG', 10, 10.04, true)])).toEqual({
      country: 'KG',
      a: 10,
      b: 10.04,
      difference: 10.04 - 10,
    });
    // what the comparison calls the same is not a move, however the numbers read
    expect(largestOverallMove([tilt('KG', 10, 10.2, false)])).toBeNull();
    // and on the data: the slide's country is one whose overall row /versus marks as differing
    const comparison = compareScenarios(dataset, {}, { overrides: { 'KG.CN.debt_share': 41 } });
    const top = largestOverallMove(comparison.tilts);
    const differing = comparison.tilts.filter((t) => t.dimension === 'overall' && t.differs);
    if (top === null) expect(differing.filter((t) => t.difference !== null)).toEqual([]);
    else expect(differing.map((t) => t.country)).toContain(top.country);
  });
});
