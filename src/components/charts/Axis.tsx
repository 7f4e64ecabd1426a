import { useFormat } from '@/i18n/useFormat';
import { FONT, partnerTextColor, TICK_FONT, type ChartSides, type PlotArea } from './chartParts';

interface AxisProps {
  /** the chart's class for these lines (their stroke comes from its CSS) */
  className: string;
  plot: PlotArea;
}

/** A vertical grid line at every tick, from the top of the plot to its bottom. */
export function GridLines({ className, plot }: AxisProps) {
  const { ticks, scale, top, bottom } = plot;
  return (
    <g className={className} aria-hidden="true">
      {ticks.map((tick) => (
        <line key={tick} x1={scale(tick)} x2={scale(tick)} y1={top} y2={bottom} />
      ))}
    </g>
  );
}

/** The bottom axis: a line under the plot from its left to its right, a label under every tick. */
export function BottomAxis({ className, plot }: AxisProps) {
  const { ticks, scale, left, right, bottom } = plot;
  // "−50", "0,5" in Russian: a tick reads like every other number of the page.
  const { formatDecimals } = useFormat();
  return (
    <g className={className} fontSize={TICK_FONT} aria-hidden="true">
      <line x1={left} x2={right} y1={bottom} y2={bottom} />
      {ticks.map((tick) => (
        <text key={tick} x={scale(tick)} y={bottom + TICK_FONT + 6} textAnchor="middle">
          {formatDecimals(tick, 6)}
        </text>
      ))}
    </g>
  );
}

/** The two ends of a diverging scale named above the plot: "← Russia" left, "China →" right. */
export function SideLabels({
  sides,
  left,
  right,
}: {
  sides: ChartSides;
  left: number;
  right: number;
}) {
  return (
    <g fontSize={FONT} fontWeight={700}>
      <text x={left} y={19} style={{ fill: partnerTextColor(sides.negative.code) }}>
        {`← ${sides.negative.label}`}
      </text>
      <text
        x={right}
        y={19}
        textAnchor="end"
        style={{ fill: partnerTextColor(sides.positive.code) }}
      >
        {`${sides.positive.label} →`}
      </text>
    </g>
  );
}
