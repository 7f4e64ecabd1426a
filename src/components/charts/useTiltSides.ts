import { useMemo } from 'react';
import { useDataset } from '@/lib/dataset';
import { usePlaceNames } from '../usePlaceNames';
import type { ChartSides } from './chartParts';

/** The data set's two partners as the ends of a diverging scale: the second left, the first right. */
export function useTiltSides(): ChartSides {
  const { tiltPair } = useDataset();
  const { partnerName } = usePlaceNames();
  return useMemo(
    () => ({
      negative: { code: tiltPair[1], label: partnerName(tiltPair[1]) },
      positive: { code: tiltPair[0], label: partnerName(tiltPair[0]) },
    }),
    [tiltPair, partnerName],
  );
}
