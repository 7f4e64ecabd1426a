// Method choices as assumptions: the aggregation (arithmetic ↔ geometric mean), each data
// option (e.g. which source to trust for Kyrgyz trade with China) and equal against the
// scenario's weights. Each alternative is the current scenario with that one choice changed,
// scored by the model like any other scenario; the result says which tilts it flips or
// balances, by the flip search's rule (tiltSign: a tilt that shows as 0.0 is balanced).
import { tiltSign } from './flip';
import { indicatorsByDimension } from './dimensions';
import { completeScenario, effectiveWeight } from './prepare';
import type { ScoreSet, TiltDimension } from './scores';
import { computeScores, findTilt, TILT_DIMENSIONS } from './scores';
import type { Aggregation, CountryCode, Dataset, PartnerCode, ScenarioInput } from './types';
import { DIMENSIONS } from './types';

/** One method choice changed from the scenario's. */
export type MethodChoice =
  | { kind: 'aggregation'; from: Aggregation; to: Aggregation }
  /** a data option of the data set (its key), from the scenario's choice to another */
  | { kind: 'option'; option: string; from: string; to: string }
  /** every dimension and every indicator weighted alike, instead of the scenario's weights */
  | { kind: 'weights'; from: 'scenario'; to: 'equal' };

/**
 * What the alternative does to one tilt:
 * - 'flips': it ends strictly on the other side;
 * - 'balances': it lands on 0 (shows as 0.0: balanced by the lean rule) from one side;
 * - 'unbalances': a tilt that is 0 now leans to a side;
 * - 'holds': it stays on its side (or stays at 0);
 * - 'no-data': it has no value now or under the alternative.
 */
export type MethodOutcome = 'flips' | 'balances' | 'unbalances' | 'holds' | 'no-data';

interface MethodTiltEffect {
  country: CountryCode;
  dimension: TiltDimension;
  /** the tilt under the scenario, and under the alternative */
  now: number | null;
  then: number | null;
  outcome: MethodOutcome;
  /** the partner the tilt leans to under the alternative (null at 0 or without data) */
  toward: PartnerCode | null;
}

export interface MethodAlternative {
  choice: MethodChoice;
  /** the complete scenario with only this choice changed */
  scenario: ScenarioInput;
  /** every country × tilt (the dimensions, then overall) */
  tilts: MethodTiltEffect[];
}

/** A tilt the alternative flips, balances or tips off 0, with the choice that does it. */
export interface MethodFlip extends MethodTiltEffect {
  choice: MethodChoice;
  outcome: 'flips' | 'balances' | 'unbalances';
}

/**
 * Are every dimension and, within each dimension, every indicator weighted alike (and not
 * zero) under the scenario? Then "equal weights" is not an alternative to it.
 */
export function hasEqualWeights(dataset: Dataset, scenario: ScenarioInput): boolean {
  const dims = DIMENSIONS.map((d) =>
    effectiveWeight(scenario.dimensionWeights[d], dataset.dimensionWeights[d]),
  );
  if (dims.some((w) => w <= 0 || w !== dims[0])) return false;
  for (const { items } of indicatorsByDimension(dataset.indicators)) {
    const ws = items.map((i) => effectiveWeight(scenario.indicatorWeights[i.id], i.weight));
    if (ws.some((w) => w <= 0 || w !== ws[0])) return false;
  }
  return true;
}

/** The method choices other than the scenario's: one alternative per choice, one at a time. */
function methodChoices(dataset: Dataset, scenario: ScenarioInput): MethodChoice[] {
  const choices: MethodChoice[] = [];
  const aggregation = scenario.aggregation === 'geometric' ? 'geometric' : 'arithmetic';
  choices.push({
    kind: 'aggregation',
    from: aggregation,
    to: aggregation === 'geometric' ? 'arithmetic' : 'geometric',
  });
  for (const option of dataset.options) {
    const from = scenario.options[option.key] ?? option.default;
    for (const choice of option.choices)
      if (choice.value !== from)
        choices.push({ kind: 'option', option: option.key, from, to: choice.value });
  }
  if (!hasEqualWeights(dataset, scenario))
    choices.push({ kind: 'weights', from: 'scenario', to: 'equal' });
  return choices;
}

/** The scenario with one method choice changed (its overrides and other choices kept). */
function applyMethodChoice(
  dataset: Dataset,
  scenario: ScenarioInput,
  choice: MethodChoice,
): ScenarioInput {
  switch (choice.kind) {
    case 'aggregation':
      return { ...scenario, aggregation: choice.to };
    case 'option':
      return { ...scenario, options: { ...scenario.options, [choice.option]: choice.to } };
    case 'weights':
      return {
        ...scenario,
        dimensionWeights: Object.fromEntries(DIMENSIONS.map((d) => [d, 1])),
        indicatorWeights: Object.fromEntries(dataset.indicators.map((i) => [i.id, 1])),
      };
  }
}

/** How a tilt moves from `now` to `then`, by the flip search's sign rule. */
export function methodOutcome(now: number | null, then: number | null): MethodOutcome {
  if (now === null || then === null) return 'no-data';
  const a = tiltSign(now);
  const b = tiltSign(then);
  if (a === b) return 'holds';
  if (b === 0) return 'balances';
  if (a === 0) return 'unbalances';
  return 'flips';
}

function effects(
  dataset: Dataset,
  countries: readonly CountryCode[],
  now: ScoreSet,
  then: ScoreSet,
): MethodTiltEffect[] {
  const [first, second] = dataset.tiltPair;
  return countries.flatMap((country) =>
    TILT_DIMENSIONS.map((dimension): MethodTiltEffect => {
      const a = findTilt(now, country, dimension);
      const b = findTilt(then, country, dimension);
      const side = b === null ? 0 : tiltSign(b);
      return {
        country,
        dimension,
        now: a,
        then: b,
        outcome: methodOutcome(a, b),
        toward: side > 0 ? first : side < 0 ? second : null,
      };
    }),
  );
}

/** A method alternative before it is scored: the complete scenario with one choice changed. */
export interface MethodAlternativeScenario {
  choice: MethodChoice;
  scenario: ScenarioInput;
}

/** Every method choice other than the scenario's, each applied alone to the scenario. */
export function methodAlternativeScenarios(
  dataset: Dataset,
  partial: Partial<ScenarioInput> = {},
): MethodAlternativeScenario[] {
  const scenario = completeScenario(dataset, partial);
  return methodChoices(dataset, scenario).map((choice) => ({
    choice,
    scenario: applyMethodChoice(dataset, scenario, choice),
  }));
}

/**
 * What each alternative does to every country's tilts, from its scores (`then`, in the
 * alternatives' order) and the scenario's own (`now`): methodAlternatives, for a caller that
 * scores them itself (one at a time).
 */
export function methodAlternativesScored(
  dataset: Dataset,
  alternatives: readonly MethodAlternativeScenario[],
  then: readonly ScoreSet[],
  now: ScoreSet,
): MethodAlternative[] {
  const countries = dataset.countries.map((c) => c.code);
  return alternatives.map(({ choice, scenario }, i) => ({
    choice,
    scenario,
    tilts: effects(dataset, countries, now, then[i]!),
  }));
}

/**
 * Every method alternative to the scenario, each scored in full (computeScores of the
 * scenario with that one choice changed), with what it does to every country's tilts.
 */
export function methodAlternatives(
  dataset: Dataset,
  partial: Partial<ScenarioInput> = {},
): MethodAlternative[] {
  const alternatives = methodAlternativeScenarios(dataset, partial);
  const then = alternatives.map(({ scenario }) => computeScores(dataset, scenario));
  // Scored last, so that prepare()'s memo holds the scenario's own structure again.
  const now = computeScores(dataset, completeScenario(dataset, partial));
  return methodAlternativesScored(dataset, alternatives, then, now);
}

/** The tilts that the alternatives flip, balance or tip off 0, in the alternatives' order. */
export function methodFlips(alternatives: readonly MethodAlternative[]): MethodFlip[] {
  return alternatives.flatMap((a) =>
    a.tilts.flatMap((t): MethodFlip[] =>
      t.outcome === 'flips' || t.outcome === 'balances' || t.outcome === 'unbalances'
        ? [{ ...t, outcome: t.outcome, choice: a.choice }]
        : [],
    ),
  );
}
