// The sensitivity tornado, drawn as plain SVG: one bar per assumption, from the tilt with the
// assumption at its low to the tilt at its high, largest swing on top. The part of a bar on
// China's side of the current tilt is hatched in China's colour, the part on Russia's side
// solid in Russia's; both ends carry the assumption's value in text and each row its name
// and swing, so colour is never the only cue.
import { memo } from 'react';
import { partnerColor } from '@/components/partnerColor';
import { scaleLinear } from '@/components/charts/tiltAdapter';
import { useChartFrame } from '@/components/charts/useChartScale';
import { CHAR, FONT, hatchId, TICK_FONT, type ChartSides } from '@/components/charts/chartParts';
import { BottomAxis, GridLines, SideLabels } from '@/components/charts/Axis';
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

export const TornadoChart = memo(function TornadoChart({
  bars,
  base,
  baseText,
  domain,
  ticks,
  sides,
  ariaLabel,
}: TornadoChartProps) {
  const { uid, ref, drawnWidth, typeScale, width } = useChartFrame();
  let endChars = 0;
  for (const b of bars) endChars = Math.max(endChars, b.lowText.length, b.highText.length);
  const pad = Math.ceil(endChars * (CHAR * 0.9) + 10);
  const plotLeft = pad;
  const plotRight = Math.max(plotLeft + 80, width - pad);
  const scale = scaleLinear(domain, [plotLeft, plotRight]);
  const xBase = scale(base);
  const hatch = hatchId(uid, sides.positive.code);

  // The name keeps clear of the swing on its right; a name too long is cut with "…"
  // (the table view and the chart's description have it in full).
  let swingChars = 0;
  for (const b of bars) swingChars = Math.max(swingChars, b.swingText.length);
  const labelRoom = Math.floor((width - swingChars * CHAR * 0.9 - 16) / CHAR);

  const plotTop = 50;
  let y = plotTop + 4;
  const rows = bars.map((bar) => {
    const top = y;
    y += LABEL_LINE + BAR + ROW_GAP;
    return { bar, top };
  });
  const plotBottom = y - ROW_GAP + 4;
  const height = plotBottom + TICK_FONT + 14;

  return (
    <div ref={ref} className="analysis-chart">
      <svg
        role="img"
        aria-label={ariaLabel}
        width={drawnWidth}
        height={Math.round(height * typeScale)}
        viewBox={`0 0 ${width} ${height}`}
        className="analysis-svg"
      >
        <HatchPatterns uid={uid} partners={[sides.positive.code]} />

        <SideLabels sides={sides} left={plotLeft} right={plotRight} />

        <GridLines
          className="analysis-grid"
          ticks={ticks}
          scale={scale}
          top={plotTop}
          bottom={plotBottom}
        />
        {domain[0] < 0 && domain[1] > 0 ? (
          <line
            className="analysis-zero"
            x1={scale(0)}
            x2={scale(0)}
            y1={plotTop}
            y2={plotBottom}
          />
        ) : null}

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
              {xb > x0 ? (
                <rect
                  x={x0}
                  y={barY}
                  width={xb - x0}
                  height={BAR}
                  className="analysis-bar"
                  style={{
                    fill: partnerColor(sides.negative.code),
                    stroke: partnerColor(sides.negative.code),
                  }}
                />
              ) : null}
              {x1 > xb ? (
                <rect
                  x={xb}
                  y={barY}
                  width={x1 - xb}
                  height={BAR}
                  className="analysis-bar"
                  style={{ fill: `url(#${hatch})`, stroke: partnerColor(sides.positive.code) }}
                />
              ) : null}
              <text
                x={x0 - 5}
                y={cy + 5}
                textAnchor="end"
                fontSize={TICK_FONT}
                fontWeight={700}
                className="analysis-label"
              >
                {leftText}
              </text>
              <text
                x={x1 + 5}
                y={cy + 5}
                fontSize={TICK_FONT}
                fontWeight={700}
                className="analysis-label"
              >
                {rightText}
              </text>
            </g>
          );
        })}

        <line className="analysis-base" x1={xBase} x2={xBase} y1={plotTop - 6} y2={plotBottom} />
        <text
          x={xBase}
          y={plotTop - 10}
          textAnchor="middle"
          fontSize={TICK_FONT}
          fontWeight={700}
          className="analysis-label"
        >
          {baseText}
        </text>

        <BottomAxis
          className="analysis-axis"
          ticks={ticks}
          scale={scale}
          left={plotLeft}
          right={plotRight}
          bottom={plotBottom}
        />
      </svg>
    </div>
  );
});
