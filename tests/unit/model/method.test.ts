import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, MethodAlternative, ScenarioInput } from '@/model';
import {
  completeScenario,
  computeScores,
  DIMENSIONS,
  findTilt,
  hasEqualWeights,
  methodAlternatives,
  methodFlips,
  methodOutcome,
  TILT_DIMENSIONS,
  tiltSign,
} from '@/model';
import {
  datasetArb,
  makeCountries,
  makeDataset,
  makeIndicator,
  makeObservation,
  variantDataset,
  weightArb,
} from './arbitraries';

/** One country, an economic and a digital indicator (0–100), CN and RU values given. */
function twoDimensions(cn: [number, number], ru: [number, number]): Dataset {
  return makeDataset({
    countries: makeCountries('KG'),
    indicators: [
      makeIndicator({ id: 'econ', dimension: 'economic' }),
      makeIndicator({ id: 'digi', dimension: 'digital' }),
    ],
    observations: [
      makeObservation('KG', 'CN', 'econ', cn[0]),
      makeObservation('KG', 'CN', 'digi', cn[1]),
      makeObservation('KG', 'RU', 'econ', ru[0]),
      makeObservation('KG', 'RU', 'digi', ru[1]),
    ],
  });
}

const find = (alternatives: MethodAlternative[], kind: string) =>
  alternatives.find((a) => a.choice.kind === kind)!;
const overall = (a: MethodAlternative) =>
  a.tilts.find((t) => t.country === 'KG' && t.dimension === 'overall')!;

describe('method alternatives — hand-computed', () => {
  it('the geometric mean can turn an overall tilt (CN 81/1 against RU 30/30)', () => {
    // arithmetic: CN 41, RU 30 → +11; geometric: CN √81 = 9, RU 30 → −21
    const ds = twoDimensions([81, 1], [30, 30]);
    const alternatives = methodAlternatives(ds);
    expect(alternatives.map((a) => a.choice)).toEqual([
      { kind: 'aggregation', from: 'arithmetic', to: 'geometric' },
    ]);
    const effect = overall(alternatives[0]!);
    expect(effect.now).toBeCloseTo(11, 9);
    expect(effect.then).toBeCloseTo(-21, 9);
    expect(effect.outcome).toBe('flips');
    expect(effect.toward).toBe('RU');
    // the dimension tilts do not depend on the aggregation
    for (const t of alternatives[0]!.tilts) {
      if (t.dimension === 'economic' || t.dimension === 'digital') expect(t.outcome).toBe('holds');
      if (t.dimension === 'security') expect(t.outcome).toBe('no-data');
    }
    expect(methodFlips(alternatives)).toEqual([
      { ...effect, choice: alternatives[0]!.choice, outcome: 'flips' },
    ]);
  });

  it('landing on 0 balances; leaving 0 tips the tilt (unbalances)', () => {
    // CN 0/100 → arithmetic 50, geometric 0; RU 0/0 → 0: +50 → 0.0
    const balances = overall(methodAlternatives(twoDimensions([0, 100], [0, 0]))[0]!);
    expect(balances.now).toBe(50);
    expect(balances.then).toBe(0);
    expect(balances.outcome).toBe('balances');
    expect(balances.toward).toBeNull();
    // CN 50/50 (50 both ways), RU 100/0 (arithmetic 50, geometric 0): 0.0 → +50
    const tips = overall(methodAlternatives(twoDimensions([50, 50], [100, 0]))[0]!);
    expect(tips.now).toBe(0);
    expect(tips.then).toBeCloseTo(50, 9);
    expect(tips.outcome).toBe('unbalances');
    expect(tips.toward).toBe('CN');
    // and back: from the geometric scenario, the arithmetic mean is the alternative
    const back = methodAlternatives(twoDimensions([81, 1], [30, 30]), { aggregation: 'geometric' });
    expect(back[0]!.choice).toEqual({ kind: 'aggregation', from: 'geometric', to: 'arithmetic' });
    expect(overall(back[0]!).outcome).toBe('flips');
    expect(overall(back[0]!).toward).toBe('CN');
  });

  it('the other choice of a data option is an alternative (source a: 80, b: 20 against RU 50)', () => {
    const alternatives = methodAlternatives(variantDataset());
    const option = find(alternatives, 'option');
    expect(option.choice).toEqual({ kind: 'option', option: 'src', from: 'a', to: 'b' });
    const economic = option.tilts.find((t) => t.dimension === 'economic')!;
    expect(economic).toMatchObject({ now: 30, then: -30, outcome: 'flips', toward: 'RU' });
    // chosen explicitly, the other way round
    const fromB = find(methodAlternatives(variantDataset(), { options: { src: 'b' } }), 'option');
    expect(fromB.choice).toEqual({ kind: 'option', option: 'src', from: 'b', to: 'a' });
  });

  it('equal weights are an alternative only when the scenario’s weights are not equal', () => {
    // CN 60/0, RU 0/50: equal → +5; digital weighted 3 → (60 − 150) / 4 = −22.5
    const ds = twoDimensions([60, 0], [0, 50]);
    expect(methodAlternatives(ds).some((a) => a.choice.kind === 'weights')).toBe(false);
    const scenario = { dimensionWeights: { digital: 3 } };
    const weights = find(methodAlternatives(ds, scenario), 'weights');
    expect(weights.choice).toEqual({ kind: 'weights', from: 'scenario', to: 'equal' });
    expect(overall(weights)).toMatchObject({ outcome: 'flips', toward: 'CN' });
    expect(overall(weights).now).toBeCloseTo(-22.5, 9);
    expect(overall(weights).then).toBeCloseTo(5, 9);
    // indicator weights count too
    expect(hasEqualWeights(ds, completeScenario(ds, { indicatorWeights: { econ: 2 } }))).toBe(
      true, // one indicator per dimension: its weight has nothing to be unequal to
    );
    const three = makeDataset({
      countries: makeCountries('KG'),
      indicators: [
        makeIndicator({ id: 'a', dimension: 'economic' }),
        makeIndicator({ id: 'b', dimension: 'economic' }),
      ],
      observations: [],
    });
    expect(hasEqualWeights(three, completeScenario(three, { indicatorWeights: { a: 2 } }))).toBe(
      false,
    );
    expect(hasEqualWeights(three, completeScenario(three, { indicatorWeights: { a: 0 } }))).toBe(
      false,
    );
  });

  it('outcomes follow the lean rule’s balanced band', () => {
    expect(methodOutcome(5, -5)).toBe('flips');
    expect(methodOutcome(5, 0.01)).toBe('balances');
    expect(methodOutcome(0.01, -5)).toBe('unbalances');
    expect(methodOutcome(5, 7)).toBe('holds');
    expect(methodOutcome(0, 0.01)).toBe('holds');
    expect(methodOutcome(null, 5)).toBe('no-data');
    expect(methodOutcome(5, null)).toBe('no-data');
  });
});

describe('method alternatives — properties', () => {
  const scenarioArb = (ds: Dataset): fc.Arbitrary<Partial<ScenarioInput>> =>
    fc.record(
      {
        aggregation: fc.constantFrom('arithmetic' as const, 'geometric' as const),
        dimensionWeights: fc.record(
          Object.fromEntries(DIMENSIONS.map((d) => [d, weightArb])) as Record<
            (typeof DIMENSIONS)[number],
            fc.Arbitrary<number>
          >,
          { requiredKeys: [] },
        ),
        indicatorWeights: fc.dictionary(
          fc.constantFrom(...ds.indicators.map((i) => i.id)),
          weightArb,
        ),
      },
      { requiredKeys: [] },
    );
  const caseArb = datasetArb().chain((ds) =>
    fc.record({ ds: fc.constant(ds), scenario: scenarioArb(ds) }),
  );

  it('each alternative recomputes the same scores as computeScores with that scenario, and changes only its choice', () => {
    fc.assert(
      fc.property(caseArb, ({ ds, scenario }) => {
        const full = completeScenario(ds, scenario);
        const now = computeScores(ds, scenario);
        const alternatives = methodAlternatives(ds, scenario);
        // the other aggregation always; equal weights exactly when the scenario's are not
        expect(alternatives.filter((a) => a.choice.kind === 'aggregation')).toHaveLength(1);
        expect(alternatives.some((a) => a.choice.kind === 'weights')).toBe(
          !hasEqualWeights(ds, full),
        );
        for (const a of alternatives) {
          const then = computeScores(ds, a.scenario);
          expect(a.tilts).toHaveLength(ds.countries.length * TILT_DIMENSIONS.length);
          for (const t of a.tilts) {
            expect(t.now).toBe(findTilt(now, t.country, t.dimension));
            expect(t.then).toBe(findTilt(then, t.country, t.dimension));
            expect(t.outcome).toBe(methodOutcome(t.now, t.then));
            if (t.outcome === 'flips') expect(tiltSign(t.then!)).toBe(-tiltSign(t.now!));
            if (t.outcome === 'balances') expect(tiltSign(t.then!)).toBe(0);
          }
          // everything but the choice is the scenario's
          const { aggregation, dimensionWeights, indicatorWeights, options, overrides } =
            a.scenario;
          expect(overrides).toEqual(full.overrides);
          expect(options).toEqual(full.options);
          if (a.choice.kind === 'aggregation') {
            expect(aggregation).toBe(a.choice.to);
            expect(a.choice.from).toBe(full.aggregation);
            expect(dimensionWeights).toEqual(full.dimensionWeights);
            expect(indicatorWeights).toEqual(full.indicatorWeights);
          } else if (a.choice.kind === 'weights') {
            expect(aggregation).toBe(full.aggregation);
            expect(hasEqualWeights(ds, a.scenario)).toBe(true);
          }
        }
        // methodFlips lists exactly the tilts that flip, balance or tip off 0
        const flips = methodFlips(alternatives);
        expect(flips).toHaveLength(
          alternatives
            .flatMap((a) => a.tilts)
            .filter((t) => t.outcome !== 'holds' && t.outcome !== 'no-data').length,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('a data option: each other choice is one alternative, scored as computeScores scores it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'b'),
        fc.constantFrom('arithmetic' as const, 'geometric' as const),
        (src, aggregation) => {
          const ds = variantDataset();
          const scenario = { options: { src }, aggregation };
          const options = methodAlternatives(ds, scenario).filter(
            (a) => a.choice.kind === 'option',
          );
          expect(options).toHaveLength(1);
          const [a] = options;
          expect(a!.scenario.options.src).toBe(src === 'a' ? 'b' : 'a');
          const then = computeScores(ds, a!.scenario);
          for (const t of a!.tilts) expect(t.then).toBe(findTilt(then, t.country, t.dimension));
        },
      ),
      { numRuns: 4 },
    );
  });
});
