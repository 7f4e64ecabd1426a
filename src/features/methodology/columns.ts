// Columns that more than one table of the methodology view shows.
import type { ReactNode } from 'react';
import type { Column } from '@/components/DataTable';
import { effectiveWeight } from '@/model';
import { formatNumber } from './derive';

/** The row's dimension, naming the row. */
export function dimensionColumn<Row extends { dimension: string }>(
  header: ReactNode,
  name: (dimension: Row['dimension']) => ReactNode,
): Column<Row> {
  return { id: 'dimension', header, rowHeader: true, cell: (row) => name(row.dimension) };
}

/**
 * The weight the scenario gives each row: its override, else the published `weight`, as
 * the model reads it (shown beside the published weight while the scenario differs).
 */
export function scenarioWeightColumn<Row extends { weight: number }>({
  id,
  header,
  overrides,
  key,
  language,
}: {
  id: string;
  header: ReactNode;
  overrides: Readonly<Partial<Record<string, number>>>;
  key: (row: Row) => string;
  language: string;
}): Column<Row> {
  return {
    id,
    header,
    numeric: true,
    cell: (row) => formatNumber(effectiveWeight(overrides[key(row)], row.weight), language),
  };
}
