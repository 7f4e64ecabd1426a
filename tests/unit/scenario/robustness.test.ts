import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  computeScores,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  findTilt,
  hasEqualWeights,
  monteCarlo,
  readTilt,
  type Dataset,
} from '@/model';
import { robustness, robustnessSpecifications } from '@/scenario/robustness';
import { baselineFullScenario, normalizeScenario } from '@/scenario/sliders';
import { scenarioArb } from './scenarioArb';

/** Read without draws: property runs stay fast (the rule of the rows is the same). */
const noDraws = () => null;

/** Rows with no presets: the reference, the other aggregation, every other option choice, and equal weights unless the reference has them. */
function lengthWithoutPresets(data: Dataset, scenario = baselineFullScenario(data)): number {
  const otherChoices = data.options.reduce((n, o) => n + o.choices.length - 1, 0);
  return 1 + 1 + otherChoices + (hasEqualWeights(data, scenario) ? 0 : 1);
}

describe('robustness', () => {
  it('runs the baseline, both aggregations, both trade readings, equal weights and every preset', () => {
    const { specifications } = robustness(dataset, undefined, noDraws);
    const changes = specifications.flatMap((s) => s.changes);
    expect(specifications[0]!.changes[0]).toEqual({ kind: 'baseline' });
    expect(changes).toContainEqual({
      kind: 'method',
      choice: { kind: 'aggregation', from: 'arithmetic', to: 'geometric' },
    });
    expect(changes).toContainEqual({
      kind: 'method',
      choice: {
        kind: 'option',
        option: 'kgTradeSource',
        from: 'kyrgyz-stats',
        to: 'china-customs',
      },
    });
    expect(changes).toContainEqual({
      kind: 'method',
      choice: { kind: 'weights', from: 'scenario', to: 'equal' },
    });
    for (const preset of dataset.presets)
      expect(changes).toContainEqual({ kind: 'preset', presetId: preset.id });
    // no two rows are the same scenario
    const keys = specifications.map((s) => JSON.stringify({ ...s.scenario, name: '' }));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('the baseline row is computeScores of the baseline, read by the lean rule with the dashboard draws', () => {
    const { specifications } = robustness(dataset);
    const first = specifications[0]!;
    const expected = computeScores(dataset);
    expect(first.scores).toEqual(expected);
    const draws = monteCarlo(dataset, {}, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });
    for (const t of first.tilts) {
      const tilt = findTilt(expected, t.country, 'overall');
      expect(t.tilt).toBe(tilt);
      const p = draws.tilts.find((d) => d.country === t.country && d.dimension === 'overall');
      expect(t.reading).toEqual(readTilt(tilt, p?.pPositive ?? null));
      expect(t.drawn).toBe(true);
    }
  });

  it('with no presets the list has its fixed length', () => {
    const bare: Dataset = { ...dataset, presets: [] };
    expect(robustnessSpecifications(bare)).toHaveLength(lengthWithoutPresets(bare));
    const weighted = normalizeScenario(bare, { dimensionWeights: { security: 2 } });
    expect(robustnessSpecifications(bare, weighted)).toHaveLength(
      lengthWithoutPresets(bare, weighted),
    );
  });

  it('per country, the counts add up to the number of specifications; every row is computeScores of its scenario', () => {
    fc.assert(
      fc.property(scenarioArb(dataset), (scenario) => {
        const result = robustness(dataset, scenario, noDraws);
        const n = result.specifications.length;
        expect(result.specifications[0]!.scenario).toEqual(normalizeScenario(dataset, scenario));
        for (const count of result.counts) {
          expect(count.total).toBe(n);
          expect(
            count.positive + count.negative + count.uncertain + count.balanced + count.none,
          ).toBe(n);
        }
        for (const s of result.specifications) {
          expect(s.scores).toEqual(computeScores(dataset, s.scenario));
          for (const t of s.tilts) expect(t.drawn).toBe(false);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('lays a preset over the reference: what the preset sets wins, the rest is kept', () => {
    const preset = dataset.presets.find((p) => Object.keys(p.scenario.overrides ?? {}).length > 0)!;
    const reference = normalizeScenario(dataset, { aggregation: 'geometric', name: 'mine' });
    const row = robustnessSpecifications(dataset, reference).find((s) =>
      s.changes.some((c) => c.kind === 'preset' && c.presetId === preset.id),
    )!;
    expect(row.scenario.aggregation).toBe('geometric');
    for (const key of Object.keys(preset.scenario.overrides ?? {}))
      expect(row.scenario.overrides).toHaveProperty([key]);
  });
});
