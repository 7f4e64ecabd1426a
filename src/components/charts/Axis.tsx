import { memo } from 'react';
import { sameData } from '@/components/sameData';
import { useFormat } from '@/i18n/useFormat';
import type { PartnerCode } from '@/model';
import { partnerColor } from '../partnerColor';
import { usePartnerCodes } from '../partnerPalette';
import {
  FONT,
  partnerTextColor,
  TICK_FONT,
  type ChartSides,
  samePlot,
  type PlotArea,
} from './chartParts';
import { TEXT_EM, ticksThatFit, verticalSegmentsClear, type Box } from './textBoxes';

interface AxisProps {
  /** the chart's class for these lines (their stroke comes from its CSS) */
  className: string;
  plot: PlotArea;
}

/** Props of the axis parts: the plot compared by samePlot, everything else by value. */
function samePlotProps<P extends { plot: PlotArea }>(a: P, b: P): boolean {
  const { plot: plotA, ...restA } = a;
  const { plot: plotB, ...restB } = b;
  return samePlot(plotA, plotB) && sameData(restA, restB);
}

/**
 * A vertical grid line at every tick, from the top of the plot to its bottom, stopping short
 * of the text in `keepClear` (labels drawn on the plot).
 */
export const GridLines = memo(function GridLines({
  className,
  plot,
  keepClear = [],
}: AxisProps & { keepClear?: readonly Box[] }) {
  const { ticks, scale, top, bottom } = plot;
  return (
    <g className={className} aria-hidden="true">
      {ticks.map((tick) => (
        <VerticalLine key={tick} x={scale(tick)} top={top} bottom={bottom} keepClear={keepClear} />
      ))}
    </g>
  );
}, samePlotProps);

/** A vertical line drawn in the parts that pass no box of `keepClear`. */
export function VerticalLine({
  x,
  top,
  bottom,
  keepClear = [],
  className,
}: {
  x: number;
  top: number;
  bottom: number;
  keepClear?: readonly Box[];
  className?: string;
}) {
  return (
    <>
      {verticalSegmentsClear(x, top, bottom, keepClear).map(([y1, y2]) => (
        <line key={y1} className={className} x1={x} x2={x} y1={y1} y2={y2} />
      ))}
    </>
  );
}

/**
 * The bottom axis: a line under the plot from its left to its right, a label under every tick
 * whose label has room (ticksThatFit).
 */
export const BottomAxis = memo(function BottomAxis({ className, plot }: AxisProps) {
  const { ticks, scale, left, right, bottom } = plot;
  // "−50", "0,5" in Russian: a tick reads like every other number of the page.
  const { formatDecimals } = useFormat();
  const label = (tick: number) => formatDecimals(tick, 6);
  return (
    <g className={className} fontSize={TICK_FONT} aria-hidden="true">
      <line x1={left} x2={right} y1={bottom} y2={bottom} />
      {ticksThatFit(ticks, scale, label, TICK_FONT).map((tick) => (
        <text key={tick} x={scale(tick)} y={bottom + TICK_FONT + 6} textAnchor="middle">
          {label(tick)}
        </text>
      ))}
    </g>
  );
}, samePlotProps);

interface SideLabelsProps {
  sides: ChartSides;
  left: number;
  right: number;
  /** the chart's right edge, when the row above the plot is free up to it (default `right`) */
  edge?: number;
  /** draw the markers, the positive one filled with this hatching pattern */
  patternId?: (code: PartnerCode) => string;
}

/**
 * The two ends of a diverging scale named above the plot: "← Russia" left, "China →" right,
 * optionally with a partner marker each (a dot for the negative side, the positive side's
 * hatching). They share the row above the plot: where they would meet inside a narrow plot
 * ("← РоссияКитай →" in a Russian overview column), the negative one starts at the chart's
 * left edge instead, since that row is free above the row labels; where even that is too
 * narrow (a phone), the positive one ends at the chart's right edge (`edge`) too.
 */
export const SideLabels = memo(function SideLabels({
  sides,
  left,
  right: plotRight,
  edge = plotRight,
  patternId,
}: SideLabelsProps) {
  const negative = `← ${sides.negative.label}`;
  const positive = `${sides.positive.label} →`;
  const marker = patternId ? 18 : 0;
  // Both names, their markers and a gap, by the generous estimate of textBoxes (bold Cyrillic).
  const needed = 2 * marker + (negative.length + positive.length) * TEXT_EM * FONT + 24;
  const start = needed <= plotRight - left ? left : Math.min(left, 4);
  // Still too tight (a phone): the positive name moves right too, to the chart's edge.
  const right = needed <= plotRight - start ? plotRight : Math.max(plotRight, edge - 4);
  const partners = usePartnerCodes();
  return (
    <g className="chart-sides" fontSize={FONT} fontWeight={700}>
      {patternId ? (
        <circle
          cx={start + 7}
          cy={14}
          r={6}
          style={{ fill: partnerColor(sides.negative.code, partners) }}
        />
      ) : null}
      <text
        x={start + marker}
        y={19}
        style={{ fill: partnerTextColor(sides.negative.code, partners) }}
      >
        {negative}
      </text>
      <text
        x={right - marker}
        y={19}
        textAnchor="end"
        style={{ fill: partnerTextColor(sides.positive.code, partners) }}
      >
        {positive}
      </text>
      {patternId ? (
        <rect
          x={right - 13}
          y={8}
          width={12}
          height={12}
          style={{
            fill: `url(#${patternId(sides.positive.code)})`,
            stroke: partnerColor(sides.positive.code, partners),
          }}
        />
      ) : null}
    </g>
  );
}, sameSideLabels);

/** The side labels' props by value; the pattern function by the id it gives the marker. */
function sameSideLabels(a: SideLabelsProps, b: SideLabelsProps): boolean {
  return (
    a.left === b.left &&
    a.right === b.right &&
    a.edge === b.edge &&
    sameData(a.sides, b.sides) &&
    a.patternId?.(a.sides.positive.code) === b.patternId?.(b.sides.positive.code)
  );
}
