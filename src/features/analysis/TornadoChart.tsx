// The sensitivity tornado, drawn as plain SVG: one bar per assumption, from the tilt with the
// assumption at its low to the tilt at its high, largest swing on top. The part of a bar on
// China's side of the current tilt is hatched in China's colour, the part on Russia's side
// solid in Russia's; both ends carry the assumption's value in text and each row its name
// and swing, so colour is never the only cue.
import { memo } from 'react';
import { partnerColor } from '@/components/partnerColor';
import { scaleLinear } from '@/components/charts/tiltAdapter';
import { useChartFrame } from '@/components/charts/useChartScale';
import {
  CHAR,
  FONT,
  hatchId,
  longestText,
  TICK_FONT,
  type ChartSides,
} from '@/components/charts/chartParts';
import { SideLabels } from '@/components/charts/Axis';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { HatchPatterns } from '@/components/charts/HatchPatterns';

export interface TornadoBar {
  key: string;
  /** "RU · Share of arms imports" */
  label: string;
  atLow: number;
  atHigh: number;
  /** the assumption's value at each end, with its unit ("40%", "level 3") */
  lowText: string;
  highText: string;
  /** "swing 2.8" */
  swingText: string;
}

export interface TornadoChartProps {
  bars: readonly TornadoBar[];
  /** the current tilt */
  base: number;
  /** "now −4.5" */
  baseText: string;
  domain: readonly [number, number];
  ticks: readonly number[];
  sides: ChartSides;
  ariaLabel: string;
}

const LABEL_LINE = 20;

/** `text` cut to at most `chars` characters, with "…" when cut. */
function fit(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}
const BAR = 18;
const ROW_GAP = 10;

/** The part of a bar on one side of the current tilt, from x `from` to `to`; none when empty. */
function BarPart({
  from,
  to,
  y,
  fill,
  stroke,
}: {
  from: number;
  to: number;
  y: number;
  fill: string;
  stroke: string;
}) {
  return to > from ? (
    <rect
      x={from}
      y={y}
      width={to - from}
      height={BAR}
      className="analysis-bar"
      style={{ fill, stroke }}
    />
  ) : null;
}

/** A number on the plot: the value at a bar's end, or the current tilt over its line. */
function ValueLabel({
  x,
  y,
  anchor,
  children,
}: {
  x: number;
  y: number;
  anchor?: 'end' | 'middle';
  children: string;
}) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={TICK_FONT}
      fontWeight={700}
      className="analysis-label"
    >
      {children}
    </text>
  );
}

export const TornadoChart = memo(function TornadoChart({
  bars,
  base,
  baseText,
  domain,
  ticks,
  sides,
  ariaLabel,
}: TornadoChartProps) {
  const frame = useChartFrame();
  const { uid, width } = frame;
  const endChars = longestText(bars.flatMap((b) => [b.lowText, b.highText]));
  const pad = Math.ceil(endChars * (CHAR * 0.9) + 10);
  const plotLeft = pad;
  const plotRight = Math.max(plotLeft + 80, width - pad);
  const scale = scaleLinear(domain, [plotLeft, plotRight]);
  const xBase = scale(base);
  const hatch = hatchId(uid, sides.positive.code);

  // The name keeps clear of the swing on its right; a name too long is cut with "…"
  // (the table view and the chart's description have it in full).
  const swingChars = longestText(bars.map((b) => b.swingText));
  const labelRoom = Math.floor((width - swingChars * CHAR * 0.9 - 16) / CHAR);

  const plotTop = 50;
  const rowHeight = LABEL_LINE + BAR + ROW_GAP;
  const rows = bars.map((bar, i) => ({ bar, top: plotTop + 4 + i * rowHeight }));
  const plotBottom = plotTop + 4 + bars.length * rowHeight - ROW_GAP + 4;
  const height = plotBottom + TICK_FONT + 14;

  return (
    <ChartFrame
      frame={frame}
      prefix="analysis"
      ariaLabel={ariaLabel}
      height={height}
      plot={{ ticks, scale, left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom }}
      zero={domain[0] < 0 && domain[1] > 0}
      behind={
        <>
          <HatchPatterns uid={uid} partners={[sides.positive.code]} />
          <SideLabels sides={sides} left={plotLeft} right={plotRight} />
        </>
      }
    >
      {rows.map(({ bar, top }) => {
        const lo = Math.min(bar.atLow, bar.atHigh);
        const hi = Math.max(bar.atLow, bar.atHigh);
        const x0 = scale(lo);
        const x1 = scale(hi);
        const xb = Math.min(Math.max(xBase, x0), x1);
        const barY = top + LABEL_LINE;
        const cy = barY + BAR / 2;
        // the ends: which of low / high lands on the left
        const [leftText, rightText] =
          bar.atLow <= bar.atHigh ? [bar.lowText, bar.highText] : [bar.highText, bar.lowText];
        return (
          <g key={bar.key} fontSize={FONT}>
            <text x={0} y={top + 15} className="analysis-label" fontWeight={600}>
              {fit(bar.label, labelRoom)}
            </text>
            <text
              x={width}
              y={top + 15}
              textAnchor="end"
              className="analysis-muted"
              fontSize={TICK_FONT}
            >
              {bar.swingText}
            </text>
            <BarPart
              from={x0}
              to={xb}
              y={barY}
              fill={partnerColor(sides.negative.code)}
              stroke={partnerColor(sides.negative.code)}
            />
            <BarPart
              from={xb}
              to={x1}
              y={barY}
              fill={`url(#${hatch})`}
              stroke={partnerColor(sides.positive.code)}
            />
            <ValueLabel x={x0 - 5} y={cy + 5} anchor="end">
              {leftText}
            </ValueLabel>
            <ValueLabel x={x1 + 5} y={cy + 5}>
              {rightText}
            </ValueLabel>
          </g>
        );
      })}

      <line className="analysis-base" x1={xBase} x2={xBase} y1={plotTop - 6} y2={plotBottom} />
      <ValueLabel x={xBase} y={plotTop - 10} anchor="middle">
        {baseText}
      </ValueLabel>
    </ChartFrame>
  );
});
