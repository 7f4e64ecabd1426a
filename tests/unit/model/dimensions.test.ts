import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dimension } from '@/model';
import {
  DIMENSIONS,
  groupByDimension,
  indicatorsByDimension,
  indicatorsInDimensionOrder,
  nonEmptyGroups,
} from '@/model';
import { fixtureDataset } from './arbitraries';

describe('grouping by dimension', () => {
  it('one group per dimension in order, items in their given order, unknown dimensions left out', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.nat(),
            dimension: fc.constantFrom<Dimension | null>(...DIMENSIONS, null),
          }),
        ),
        (items) => {
          const groups = groupByDimension(items, (x) => x.dimension);
          expect(groups.map((g) => g.dimension)).toEqual([...DIMENSIONS]);
          for (const g of groups)
            expect(g.items).toEqual(items.filter((x) => x.dimension === g.dimension));
          expect(nonEmptyGroups(groups).every((g) => g.items.length > 0)).toBe(true);
        },
      ),
    );
  });

  it('orders a data set’s indicators by dimension, then the data set’s order', () => {
    const { indicators } = fixtureDataset();
    const ordered = indicatorsInDimensionOrder(indicators);
    expect(ordered.map((i) => i.id)).toEqual(
      DIMENSIONS.flatMap((d) => indicators.filter((i) => i.dimension === d).map((i) => i.id)),
    );
    expect(indicatorsByDimension(indicators).flatMap((g) => g.items)).toEqual(ordered);
  });
});
