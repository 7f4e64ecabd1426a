// The values a scenario may give, written once: the slider records (src/scenario/sliders.ts)
// build their tracks from these, and every door a scenario comes in by (a link, a file, a
// saved entry, the command line) holds a number to its slider (src/scenario/validate.ts).
import type { IndicatorKind } from './types';

/**
 * The values an indicator of a kind can take, when the kind bounds them: a share is a
 * percentage, an ordinal a rubric level 0–4. Amounts and counts are bounded by their data
 * (the goalposts widened to every published reading), not by their kind.
 */
export const KIND_RANGES = {
  share: { min: 0, max: 100 },
  ordinal: { min: 0, max: 4 },
} as const satisfies Partial<Record<IndicatorKind, { min: number; max: number }>>;

/**
 * A weight of a dimension or an indicator as a scenario sets it: 0–5 (a data set's own
 * weight above 5 widens its slider to hold it).
 */
export const WEIGHT_RANGE = { min: 0, max: 5 } as const;
