import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import { computeScores, type Dataset, type Scenario } from '@/model';
import { perScenario, perScenarioPiece, scenarioScores } from '@/scenario/perScenario';
import { baselineFullScenario } from '@/scenario/sliders';
import { scenarioArb } from './scenarioArb';

/** A result that is a new object at every call, so that a cached one is told by its identity. */
const summary = (data: Dataset, scenario: Scenario) => ({
  version: data.version,
  overrides: Object.keys(scenario.overrides).length,
  aggregation: scenario.aggregation,
});

describe('perScenario', () => {
  it('computes once per scenario object: the same object gives the identical result', () => {
    const compute = vi.fn(summary);
    const memoised = perScenario(compute);
    const scenario = baselineFullScenario(dataset);
    const first = memoised(dataset, scenario);
    expect(memoised(dataset, scenario)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes again for another scenario object, even one equal to the first', () => {
    const compute = vi.fn(summary);
    const memoised = perScenario(compute);
    const scenario = baselineFullScenario(dataset);
    const first = memoised(dataset, scenario);
    const second = memoised(dataset, { ...scenario });
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('computes again for another data set object, and holds that one from then on', () => {
    const compute = vi.fn(summary);
    const memoised = perScenario(compute);
    const scenario = baselineFullScenario(dataset);
    const other = { ...dataset, version: `${dataset.version}-other` };
    const first = memoised(dataset, scenario);
    const ofOther = memoised(other, scenario);
    expect(ofOther).not.toBe(first);
    expect(ofOther.version).toBe(other.version);
    expect(memoised(other, scenario)).toBe(ofOther);
    expect(compute).toHaveBeenCalledTimes(2);
    // one data set at a time: back to the first, it is computed anew
    expect(memoised(dataset, scenario)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('equals the plain function for generated scenarios, asked once or twice', () => {
    const memoised = perScenario(summary);
    fc.assert(
      fc.property(scenarioArb(dataset), (scenario) => {
        expect(memoised(dataset, scenario)).toEqual(summary(dataset, scenario));
        expect(memoised(dataset, scenario)).toEqual(summary(dataset, scenario));
      }),
      { numRuns: 100 },
    );
  });
});

describe('perScenarioPiece', () => {
  const piece = (data: Dataset, scenario: Scenario, name: string, index: number) => ({
    ...summary(data, scenario),
    name,
    index,
  });

  it('computes each piece once per scenario object; another piece or data set anew', () => {
    const compute = vi.fn(piece);
    const memoised = perScenarioPiece(compute);
    const scenario = baselineFullScenario(dataset);
    const a = memoised(dataset, scenario, 'a', 1);
    expect(memoised(dataset, scenario, 'a', 1)).toBe(a);
    expect(compute).toHaveBeenCalledTimes(1);
    // keys that would run together as text are told apart
    const a11 = memoised(dataset, scenario, 'a', 11);
    expect(a11).not.toBe(a);
    expect(memoised(dataset, scenario, 'a1', 1)).not.toBe(a11);
    expect(compute).toHaveBeenCalledTimes(3);
    const other = { ...dataset };
    expect(memoised(other, scenario, 'a', 1)).not.toBe(a);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('caches a piece whose value is undefined', () => {
    const compute = vi.fn((_data: Dataset, _scenario: Scenario, _index: number) => undefined);
    const memoised = perScenarioPiece(compute);
    const scenario = baselineFullScenario(dataset);
    memoised(dataset, scenario, 0);
    memoised(dataset, scenario, 0);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('equals the plain function for generated scenarios and keys', () => {
    const memoised = perScenarioPiece(piece);
    fc.assert(
      fc.property(scenarioArb(dataset), fc.string(), fc.nat(), (scenario, name, index) => {
        expect(memoised(dataset, scenario, name, index)).toEqual(
          piece(dataset, scenario, name, index),
        );
        expect(memoised(dataset, scenario, name, index)).toEqual(
          piece(dataset, scenario, name, index),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('scenarioScores', () => {
  it("is the model's scores of the scenario, the identical set for the same object", () => {
    fc.assert(
      fc.property(scenarioArb(dataset), (scenario) => {
        const scores = scenarioScores(dataset, scenario);
        expect(scores).toEqual(computeScores(dataset, scenario));
        expect(scenarioScores(dataset, scenario)).toBe(scores);
      }),
      { numRuns: 25 },
    );
  });
});
