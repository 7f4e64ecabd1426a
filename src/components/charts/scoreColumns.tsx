// The columns every table of scores with their 90% intervals starts with (analysis, compare).
import type { Formatters } from '@/lib/format';
import type { LeanWording } from '@/lib/leanText';
import type { Interval, MissingReason, PartnerCode } from '@/model';
import type { Column } from '../DataTable';
import { PartnerLabel } from '../PartnerLabel';
import { IntervalNote } from './IntervalNote';

/** A row of a table that lists scores with their 90% intervals. */
export interface ScoreIntervalRow {
  dimensionLabel: string;
  partner: PartnerCode;
  score: number | null;
  /** why the score is missing (src/model/missing.ts): "excluded by weights" or "no data" */
  missing?: MissingReason | null;
  interval: Interval | null;
}

/** Marks rows whose number and interval the interval-consistency checks read. */
export const intervalCheckRow = () => ({ 'data-interval-check': '' });

/**
 * The first columns of every table of scores with their 90% intervals (analysis, compare):
 * the dimension as the row's header, the partner, the score, and its interval with the note
 * that says when the score lies outside it. `missing` stands where there is no interval yet
 * ("computing…" while the draws run, else "—").
 */
export function scoreIntervalColumns<Row extends ScoreIntervalRow>(
  headers: { dimension: string; partner: string; score: string; interval: string },
  { lean, format, missing }: { lean: LeanWording; format: Formatters; missing: string },
): Column<Row>[] {
  return [
    {
      id: 'dimension',
      header: headers.dimension,
      rowHeader: true,
      cell: (row) => row.dimensionLabel,
    },
    { id: 'partner', header: headers.partner, cell: (row) => <PartnerLabel code={row.partner} /> },
    {
      id: 'score',
      header: headers.score,
      numeric: true,
      cellProps: () => ({ 'data-role': 'score' }),
      cell: (row) => format.formatScore(row.score, lean.missing(row.missing)),
    },
    {
      id: 'interval',
      header: headers.interval,
      numeric: true,
      cell: (row) => (
        <>
          <span data-role="interval">{format.formatInterval(row.interval) ?? missing}</span>
          <IntervalNote text={lean.intervalNote('score', row.score, row.interval)} />
        </>
      ),
    },
  ];
}
