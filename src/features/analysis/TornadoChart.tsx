// The sensitivity tornado, drawn as plain SVG: one bar per assumption, from the tilt with the
// assumption at its low to the tilt at its high, largest swing on top. The part of a bar on
// China's side of the current tilt is hatched in China's colour, the part on Russia's side
// solid in Russia's; both ends carry the assumption's value in text and each row its name
// and swing, so colour is never the only cue.
import { memo } from 'react';
import { partnerColor } from '@/components/partnerColor';
import { usePartnerCodes } from '@/components/partnerPalette';
import { useChartFrame } from '@/components/charts/useChartScale';
import { FONT, hatchId, TICK_FONT, type ChartSides } from '@/components/charts/chartParts';
import { SideLabels, VerticalLine } from '@/components/charts/Axis';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { HatchPatterns } from '@/components/charts/HatchPatterns';
import {
  TORNADO_BAR,
  tornadoLayout,
  type TornadoBarInput,
  type TornadoText,
} from './tornadoLayout';

export interface TornadoChartProps {
  bars: readonly TornadoBarInput[];
  /** the current tilt */
  base: number;
  /** "now −4.5" */
  baseText: string;
  domain: readonly [number, number];
  ticks: readonly number[];
  sides: ChartSides;
  ariaLabel: string;
}

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
      height={TORNADO_BAR}
      className="analysis-bar"
      style={{ fill, stroke }}
    />
  ) : null;
}

/** A number on the plot: the value at a bar's end, or the current tilt over its line. */
function ValueLabel({ label }: { label: TornadoText }) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize={TICK_FONT}
      fontWeight={700}
      className="analysis-label"
    >
      {label.text}
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
  const partners = usePartnerCodes();
  const { uid, width } = frame;
  const layout = tornadoLayout({ bars, base, baseText, domain, width });
  const { plot, rows, scale } = layout;
  const hatch = hatchId(uid, sides.positive.code);

  return (
    <ChartFrame
      frame={frame}
      prefix="analysis"
      ariaLabel={ariaLabel}
      height={layout.height}
      plot={{ ticks, scale, ...plot }}
      zero={domain[0] < 0 && domain[1] > 0}
      keepClear={layout.textBoxes}
      behind={
        <>
          <HatchPatterns uid={uid} partners={[sides.positive.code]} />
          <SideLabels sides={sides} left={plot.left} right={plot.right} />
        </>
      }
    >
      {rows.map((row) => (
        <g key={row.key} fontSize={FONT}>
          <text x={row.name.x} y={row.name.y} className="analysis-label" fontWeight={600}>
            {row.name.text}
          </text>
          <text
            x={row.swing.x}
            y={row.swing.y}
            textAnchor="end"
            className="analysis-muted"
            fontSize={TICK_FONT}
          >
            {row.swing.text}
          </text>
          <BarPart
            from={row.x0}
            to={row.xBase}
            y={row.barY}
            fill={partnerColor(sides.negative.code, partners)}
            stroke={partnerColor(sides.negative.code, partners)}
          />
          <BarPart
            from={row.xBase}
            to={row.x1}
            y={row.barY}
            fill={`url(#${hatch})`}
            stroke={partnerColor(sides.positive.code, partners)}
          />
          <ValueLabel label={row.leftEnd} />
          <ValueLabel label={row.rightEnd} />
        </g>
      ))}

      <VerticalLine
        className="analysis-base"
        x={layout.base.x}
        top={layout.base.top}
        bottom={plot.bottom}
        keepClear={layout.textBoxes}
      />
      <ValueLabel label={layout.base.label} />
    </ChartFrame>
  );
});
