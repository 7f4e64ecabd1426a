import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  assumptionChanges,
  buildDeck,
  flipRisks,
  keyAction,
  largestTiltGap,
  moved,
  moveIndex,
  rankByOverallTilt,
  scoreChanges,
  slideIndexOf,
  swingRisks,
  unitMessage,
  type DeckAction,
} from '@/features/briefing/slides';
import {
  computeScores,
  findOverall,
  findTilt,
  prepare,
  TILT_DIMENSIONS,
  whatWouldFlip,
} from '@/model';
import { normalizeScenario } from '@/scenario/sliders';

const codes = dataset.countries.map((c) => c.code);
const baseline = computeScores(dataset);

describe('deck', () => {
  it('has overview, each country, compare, scenario and risks, in that order', () => {
    expect(buildDeck(codes).map((s) => s.id)).toEqual([
      'overview',
      ...codes,
      'compare',
      'scenario',
      'risks',
    ]);
    expect(buildDeck(['KG']).map((s) => s.id)).toEqual(['overview', 'KG', 'scenario', 'risks']);
  });

  it('finds slides by id; no id is the first slide, an unknown one -1', () => {
    const deck = buildDeck(codes);
    expect(slideIndexOf(deck, undefined)).toBe(0);
    expect(slideIndexOf(deck, 'TJ')).toBe(2);
    expect(slideIndexOf(deck, 'nope')).toBe(-1);
  });

  it('maps keys to actions, leaving modified keys to the browser', () => {
    expect(keyAction({ key: 'ArrowRight' })).toBe('next');
    expect(keyAction({ key: ' ' })).toBe('next');
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('previous');
    expect(keyAction({ key: 'ArrowLeft' })).toBe('previous');
    expect(keyAction({ key: 'Home' })).toBe('first');
    expect(keyAction({ key: 'End' })).toBe('last');
    expect(keyAction({ key: 'f' })).toBe('fullscreen');
    expect(keyAction({ key: 'Escape' })).toBe('exit');
    expect(keyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'r', metaKey: true })).toBeNull();
    expect(keyAction({ key: 'x' })).toBeNull();
  });

  const actions: DeckAction[] = ['next', 'previous', 'first', 'last'];

  it('property: moving always stays inside the deck', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -5, max: 25 }),
        fc.array(fc.constantFrom(...actions), { maxLength: 30 }),
        (count, start, steps) => {
          let i = start;
          for (const a of steps) {
            i = moveIndex(i, count, a);
            expect(i).toBeGreaterThanOrEqual(0);
            expect(i).toBeLessThan(count);
          }
        },
      ),
    );
  });

  it('property: next then previous returns, except from the last slide', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), (count, k) => {
        const i = k % count;
        const back = moveIndex(moveIndex(i, count, 'next'), count, 'previous');
        expect(back).toBe(i === count - 1 ? Math.max(0, count - 2) : i);
      }),
    );
  });

  it('property: count − 1 nexts reach the last slide from the first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (count) => {
        let i = 0;
        for (let k = 0; k < count - 1; k++) i = moveIndex(i, count, 'next');
        expect(i).toBe(count - 1);
        expect(moveIndex(i, count, 'next')).toBe(count - 1);
      }),
    );
  });
});

describe('takeaway numbers', () => {
  it('ranks countries by overall tilt, furthest to China first', () => {
    const ranked = rankByOverallTilt(baseline, codes);
    expect(ranked).toHaveLength(codes.length);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]!.tilt).toBeGreaterThanOrEqual(ranked[i]!.tilt!);
    expect(ranked[0]!.tilt).toBe(findTilt(baseline, ranked[0]!.country, 'overall'));
  });

  it('finds the widest tilt gap between two countries', () => {
    const gap = largestTiltGap(baseline, ['KG', 'TJ'], TILT_DIMENSIONS)!;
    for (const d of TILT_DIMENSIONS) {
      const a = findTilt(baseline, 'KG', d);
      const b = findTilt(baseline, 'TJ', d);
      if (a !== null && b !== null) expect(gap.gap).toBeGreaterThanOrEqual(Math.abs(a - b));
    }
    expect(gap.higher.tilt).toBeGreaterThanOrEqual(gap.lower.tilt);
  });

  it('at baseline nothing moved; a scenario moves its own score first', () => {
    const partners = dataset.partners.map((p) => p.code);
    const same = scoreChanges(baseline, baseline, codes, partners, TILT_DIMENSIONS);
    expect(same.some((r) => moved(r.change))).toBe(false);
    const scenario = computeScores(dataset, { overrides: { 'KG.CN.debt_share': 60 } });
    const rows = scoreChanges(scenario, baseline, codes, partners, TILT_DIMENSIONS);
    expect(rows).toHaveLength(codes.length * (partners.length + TILT_DIMENSIONS.length));
    const kgCn = rows.find((r) => r.key === 'KG.CN.overall')!;
    expect(kgCn.change).toBeCloseTo(
      findOverall(scenario, 'KG', 'CN')! - findOverall(baseline, 'KG', 'CN')!,
    );
    expect(moved(kgCn.change)).toBe(true);
    expect(rows.filter((r) => r.country === 'TJ').some((r) => moved(r.change))).toBe(false);
    // largest change first
    const sizes = rows.map((r) => Math.abs(Number((r.change ?? 0).toFixed(1))));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('lists what a scenario changes, with baseline and scenario values', () => {
    expect(assumptionChanges(dataset, normalizeScenario(dataset, {}))).toEqual([]);
    const changes = assumptionChanges(
      dataset,
      normalizeScenario(dataset, {
        overrides: { 'KG.CN.debt_share': 60 },
        aggregation: 'geometric',
      }),
    );
    expect(changes.map((c) => c.key)).toContain('KG.CN.debt_share');
    const debt = changes.find((c) => c.key === 'KG.CN.debt_share')!;
    expect(debt.to).toEqual({ kind: 'number', value: 60, unit: '%' });
    expect(debt.from.kind).toBe('number');
    expect(changes.find((c) => c.key === 'aggregation')?.to.kind).toBe('choice');
  });

  it('flip risks agree with the model’s whatWouldFlip, closest first', () => {
    const prepared = prepare(dataset, {});
    const risks = flipRisks(prepared, codes, TILT_DIMENSIONS);
    for (let i = 1; i < risks.length; i++)
      expect(risks[i - 1]!.distance).toBeLessThanOrEqual(risks[i]!.distance);
    for (const r of risks.slice(0, 3)) {
      const result = whatWouldFlip(
        dataset,
        {},
        { country: r.country, dimension: r.dimension, key: r.key },
      );
      expect(result.kind).toBe('flips');
      if (result.kind === 'flips') expect(result.value).toBeCloseTo(r.to);
      expect(Math.sign(r.tilt)).toBe(Math.sign(findTilt(baseline, r.country, r.dimension)!));
    }
  });

  it('swing risks are the top sensitivities of each country’s overall tilt', () => {
    const swings = swingRisks(prepare(dataset, {}), codes, 3);
    for (const code of codes) {
      const mine = swings.filter((s) => s.country === code);
      expect(mine.length).toBeLessThanOrEqual(3);
      for (let i = 1; i < mine.length; i++)
        expect(mine[i - 1]!.swing).toBeGreaterThanOrEqual(mine[i]!.swing);
      for (const s of mine) expect(s.swing).toBeCloseTo(Math.abs(s.atHigh - s.atLow));
    }
  });

  it('names units', () => {
    expect(unitMessage('%')).toBe('pct');
    expect(unitMessage('% of GDP')).toBe('pctGdp');
    expect(unitMessage('level 0–4')).toBe('level');
    expect(unitMessage('USD m')).toBe('other');
  });
});
