import type { ReactNode } from 'react';
import { CHART_BOX } from '@/components/hydration';
import { BottomAxis, GridLines, VerticalLine } from './Axis';
import type { PlotArea } from './chartParts';
import type { Box } from './textBoxes';
import type { useChartFrame } from './useChartScale';
import './ChartFrame.css';

/**
 * What every horizontal-scale chart (bars, intervals, tornado) draws in: the box whose width
 * it follows, the SVG image with its accessible name, sized for the projector theme, the
 * vertical grid lines behind the plot and the bottom axis under it. `behind` goes first
 * (patterns, the names of the two sides), then the grid, then `children` (the plot itself).
 * The parts look alike in every chart (ChartFrame.css, `chart-frame-*`); `prefix` also names
 * them for the chart's own CSS: `<prefix>-chart` (the box), `<prefix>-svg`, `<prefix>-grid`,
 * `<prefix>-zero` and `<prefix>-axis`.
 */
export function ChartFrame({
  frame,
  prefix,
  ariaLabel,
  height,
  plot,
  behind,
  zero = false,
  keepClear,
  children,
}: {
  frame: ReturnType<typeof useChartFrame>;
  prefix: string;
  ariaLabel: string;
  /** the chart's height in layout units (drawn larger in the projector theme) */
  height: number;
  plot: PlotArea;
  behind?: ReactNode;
  /** draw the zero line (`<prefix>-zero`) over the grid: a diverging scale */
  zero?: boolean;
  /** the boxes of text drawn on the plot: the grid and zero lines stop short of them */
  keepClear?: readonly Box[];
  children: ReactNode;
}) {
  const { ref, drawnWidth, typeScale, width } = frame;
  return (
    <div ref={ref} {...CHART_BOX} className={`chart-frame ${prefix}-chart`}>
      <svg
        role="img"
        aria-label={ariaLabel}
        width={drawnWidth}
        height={Math.round(height * typeScale)}
        viewBox={`0 0 ${width} ${height}`}
        className={`chart-frame-svg ${prefix}-svg`}
      >
        {behind}
        <GridLines
          className={`chart-frame-grid ${prefix}-grid`}
          plot={plot}
          keepClear={keepClear}
        />
        {zero ? (
          <VerticalLine
            className={`${prefix}-zero`}
            x={plot.scale(0)}
            top={plot.top}
            bottom={plot.bottom}
            keepClear={keepClear}
          />
        ) : null}
        {children}
        <BottomAxis className={`chart-frame-axis ${prefix}-axis`} plot={plot} />
      </svg>
    </div>
  );
}
