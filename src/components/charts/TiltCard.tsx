// The tilt card every view shows (overview, compare, analysis, briefing): a chart card whose
// table view is the tilt table, and the diverging bars most of them draw in it.
import { memo, useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { useDataset } from '@/lib/dataset';
import { ChartCard, type ChartCardProps } from '../ChartCard';
import { useLeanWording } from '../useLeanWording';
import { HorizontalBarChart } from './HorizontalBarChart';
import { TiltTable } from './TiltTable';
import { tiltChartModel, tiltTableLabels, type TiltRow } from './tiltAdapter';
import { useTiltSides } from './useTiltSides';

/**
 * A chart card of tilts whose table view is the TiltTable: a country column when the rows hold
 * more than one country, the baseline columns while the scenario differs.
 */
export function TiltCard({
  caption,
  rows,
  differs,
  pending,
  ...card
}: Omit<ChartCardProps, 'table'> & {
  /** the table view's caption */
  caption: string;
  rows: readonly TiltRow[];
  /** true while the scenario differs from the baseline */
  differs: boolean;
  /** the intervals are still being drawn */
  pending: boolean;
}) {
  const tc = useT('common');
  // Worded once per language, not at every slider step.
  const lean = useLeanWording();
  const positiveTo = lean.partnerTo('positive');
  const labels = useMemo(() => tiltTableLabels(tc, caption, positiveTo), [tc, caption, positiveTo]);
  const showCountry = new Set(rows.map((r) => r.country)).size > 1;
  return (
    <ChartCard
      {...card}
      table={
        <TiltTable
          rows={rows}
          labels={labels}
          showCountry={showCountry}
          showBaseline={differs}
          pending={pending}
        />
      }
    />
  );
}

/** The tilts as diverging bars between the data set's two partners, a group per dimension. */
export const TiltBars = memo(function TiltBars({
  rows,
  differs,
  ariaLabel,
  dense = false,
}: {
  rows: readonly TiltRow[];
  /** true while the scenario differs from the baseline: the bars show their change */
  differs: boolean;
  /** describes the whole chart for screen readers (the table view has every number) */
  ariaLabel: string;
  /** drawn in a box of fixed height (a slide): see HorizontalBarChart's `dense` */
  dense?: boolean;
}) {
  const lean = useLeanWording();
  const { tiltPair } = useDataset();
  const sides = useTiltSides();
  const model = useMemo(() => tiltChartModel(rows, tiltPair, differs), [rows, tiltPair, differs]);
  return (
    <HorizontalBarChart
      model={model}
      sides={sides}
      ariaLabel={ariaLabel}
      noDataLabel={lean.missing('evidence')}
      excludedLabel={lean.missing('weights')}
      dense={dense}
    />
  );
});
