// Grouping by dimension, the one rule every list that is ordered by dimension reads (the
// scorer's groups, the slider panel, the indicator tables, the methodology lists).
import type { Dimension, Indicator } from './types';
import { DIMENSIONS } from './types';

export interface DimensionGroup<T> {
  dimension: Dimension;
  /** the items of this dimension, in their given order */
  items: T[];
}

/**
 * Items grouped by dimension, one group per dimension in DIMENSIONS order (a dimension with
 * no item has an empty group); an item whose dimension is none of them is left out.
 */
export function groupByDimension<T>(
  items: readonly T[],
  dimensionOf: (item: T) => Dimension | null,
): DimensionGroup<T>[] {
  const groups = DIMENSIONS.map((dimension): DimensionGroup<T> => ({ dimension, items: [] }));
  for (const item of items) {
    const d = dimensionOf(item);
    const at = d === null ? -1 : DIMENSIONS.indexOf(d);
    if (at >= 0) groups[at]!.items.push(item);
  }
  return groups;
}

/** The groups that have items. */
export function nonEmptyGroups<T>(groups: readonly DimensionGroup<T>[]): DimensionGroup<T>[] {
  return groups.filter((g) => g.items.length > 0);
}

/** A data set's indicators by dimension, in the data set's order inside each dimension. */
export function indicatorsByDimension(
  indicators: readonly Indicator[],
): DimensionGroup<Indicator>[] {
  return groupByDimension(indicators, (i) => i.dimension);
}

/** The indicators in dimension order (by dimension, then the data set's order). */
export function indicatorsInDimensionOrder(indicators: readonly Indicator[]): Indicator[] {
  return indicatorsByDimension(indicators).flatMap((g) => g.items);
}
