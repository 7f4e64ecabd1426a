// The tilt chart's table view, as a DataTable.
import { memo, useMemo } from 'react';
import { useFormat } from '@/i18n/useFormat';
import { leanData } from '@/lib/leanText';
import { DataTable, type Column } from '../DataTable';
import { useLeanWording } from '../useLeanWording';
import { IntervalNote } from './IntervalNote';
import { intervalCheckRow } from './scoreColumns';
import { changeArrow, type TiltRow, type TiltTableLabels } from './tiltAdapter';

export type { TiltTableLabels };

/** The tilt chart's numbers as a table: the chart card's table view. */
export const TiltTable = memo(function TiltTable({
  rows,
  labels,
  showCountry,
  showBaseline,
  pending = false,
}: {
  rows: readonly TiltRow[];
  labels: TiltTableLabels;
  showCountry: boolean;
  showBaseline: boolean;
  pending?: boolean;
}) {
  const lean = useLeanWording();
  const format = useFormat();
  const columns = useMemo((): (Column<TiltRow> | false)[] => {
    const { formatPercent, formatSigned, formatInterval } = format;
    const mc = (text: string | null) => text ?? (pending ? labels.pending : '—');
    return [
      {
        id: 'dimension',
        header: labels.dimension,
        rowHeader: true,
        cell: (row) => row.dimensionLabel,
      },
      showCountry && { id: 'country', header: labels.country, cell: (row) => row.countryLabel },
      {
        id: 'tilt',
        header: labels.tilt,
        numeric: true,
        cellProps: () => ({ 'data-role': 'score' }),
        cell: (row) => formatSigned(row.tilt, lean.missing(row.missing)),
      },
      {
        id: 'lean',
        header: labels.lean,
        cellProps: (row) => leanData(row.country, row.dimension, row.reading),
        cell: (row) => lean.label(row.reading, { share: false, capital: true }),
      },
      {
        id: 'interval',
        header: labels.interval,
        numeric: true,
        cell: (row) => (
          <>
            <span data-role="interval">{mc(formatInterval(row.interval, true))}</span>
            <IntervalNote text={lean.intervalNote('tilt', row.tilt, row.interval)} />
          </>
        ),
      },
      {
        id: 'pPositive',
        header: labels.pPositive,
        numeric: true,
        cell: (row) => mc(row.pPositive === null ? null : formatPercent(row.pPositive)),
      },
      showBaseline && {
        id: 'baseline',
        header: labels.baseline,
        numeric: true,
        cell: (row) => formatSigned(row.baseline, labels.noData),
      },
      showBaseline && {
        id: 'change',
        header: labels.change,
        numeric: true,
        cell: (row) =>
          `${changeArrow(row.change)} ${formatSigned(row.change, labels.noData)}`.trim(),
      },
    ];
  }, [labels, showCountry, showBaseline, pending, lean, format]);
  return (
    <DataTable
      className="barchart-table"
      caption={labels.caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.dimension}.${row.country}`}
      rowProps={intervalCheckRow}
    />
  );
});
