// Two scenarios side by side (scenario A against scenario B): every score and tilt under
// both, the difference B − A, and the assumptions in which they differ with their sources.
// What reads it now: the command line's `diff` (src/cli/diff.ts), which prints it. The view
// comparing scenario A with scenario B (issue 11) is to come and is to read it too, so both
// show the same differences. Pure: no React, no DOM.
import type {
  CountryCode,
  Dataset,
  MissingReason,
  PartnerCode,
  Scenario,
  ScoreSet,
  TiltDimension,
} from '@/model';
import {
  computeScores,
  findMissing,
  findScore,
  findTilt,
  findTiltMissing,
  TILT_DIMENSIONS,
} from '@/model';
import { assumptionChanges, type AssumptionChange } from './assumptionChanges';
import { findSliderByKey, normalizeScenario } from './sliders';

/** One number under A and under B; `difference` = b − a, null when either has no value. */
interface Paired {
  a: number | null;
  b: number | null;
  difference: number | null;
  /** the two differ: one has a value and the other none, or the values are not equal */
  differs: boolean;
  /**
   * why each side has no value (src/model/missing.ts): 'weights' when the weights exclude it,
   * 'evidence' when nothing feeds it; null on a side with a value
   */
  missing: { a: MissingReason | null; b: MissingReason | null };
}

interface ScoreComparison extends Paired {
  country: CountryCode;
  partner: PartnerCode;
  /** a dimension, or 'overall' for the overall score */
  dimension: TiltDimension;
}

interface TiltComparison extends Paired {
  country: CountryCode;
  dimension: TiltDimension;
}

/** An assumption, weight or choice set differently in A and B (`from` = A, `to` = B). */
interface AssumptionDifference extends AssumptionChange {
  /** the sources of the published value(s) the assumption stands on (none for weights) */
  sourceIds: string[];
}

export interface ScenarioComparison {
  /** both scenarios in canonical form (every door holds a scenario so) */
  a: Scenario;
  b: Scenario;
  /** every country × partner × dimension, then overall, in the data set's order */
  scores: ScoreComparison[];
  /** every country × tilt (the dimensions, then overall) */
  tilts: TiltComparison[];
  /** in the slider panel's order; empty when A and B are the same scenario */
  assumptions: AssumptionDifference[];
}

/**
 * Differences below this are floating-point noise (the same inputs summed in another order),
 * not a difference a person could see at any precision Fulcrum prints.
 */
const NOISE = 1e-9;

function paired(
  a: number | null,
  b: number | null,
  missing: { a: MissingReason | null; b: MissingReason | null },
): Paired {
  if (a === null || b === null) return { a, b, difference: null, differs: a !== b, missing };
  // `+ 0` turns −0 into 0, so that A against A reads 0 and B − A is exactly −(A − B).
  const difference = b - a + 0;
  return { a, b, difference, differs: Math.abs(difference) > NOISE, missing };
}

function scoreRows(dataset: Dataset, a: ScoreSet, b: ScoreSet): ScoreComparison[] {
  return dataset.countries.flatMap(({ code: country }) =>
    dataset.partners.flatMap(({ code: partner }) =>
      TILT_DIMENSIONS.map((dimension) => ({
        country,
        partner,
        dimension,
        ...paired(
          findScore(a, country, partner, dimension),
          findScore(b, country, partner, dimension),
          {
            a: findMissing(a, country, partner, dimension),
            b: findMissing(b, country, partner, dimension),
          },
        ),
      })),
    ),
  );
}

function tiltRows(dataset: Dataset, a: ScoreSet, b: ScoreSet): TiltComparison[] {
  return dataset.countries.flatMap(({ code: country }) =>
    TILT_DIMENSIONS.map((dimension) => ({
      country,
      dimension,
      ...paired(findTilt(a, country, dimension), findTilt(b, country, dimension), {
        a: findTiltMissing(a, country, dimension),
        b: findTiltMissing(b, country, dimension),
      }),
    })),
  );
}

/**
 * Scenario A against scenario B: both scored by the model (computeScores of each, in canonical
 * form), every score and tilt paired with the difference B − A, and the assumptions in which
 * they differ (the one rule of src/scenario/assumptionChanges.ts, with A as the base).
 */
export function compareScenarios(
  dataset: Dataset,
  a: Partial<Scenario>,
  b: Partial<Scenario>,
): ScenarioComparison {
  const scenarioA = normalizeScenario(dataset, a);
  const scenarioB = normalizeScenario(dataset, b);
  const scoresA = computeScores(dataset, scenarioA);
  const scoresB = computeScores(dataset, scenarioB);
  return {
    a: scenarioA,
    b: scenarioB,
    scores: scoreRows(dataset, scoresA, scoresB),
    tilts: tiltRows(dataset, scoresA, scoresB),
    assumptions: assumptionChanges(dataset, scenarioB, scenarioA).map((change) => ({
      ...change,
      sourceIds: [...(findSliderByKey(dataset, change.key)?.sourceIds ?? [])],
    })),
  };
}
