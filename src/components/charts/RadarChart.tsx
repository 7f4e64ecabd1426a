import { memo, type CSSProperties } from 'react';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
  Tooltip,
  useChartWidth,
} from 'recharts';
import { PartnerLabel } from '@/components/PartnerLabel';
import { partnerColor } from '@/components/partnerColor';
import { formatScore } from '@/lib/format';
import type { PartnerCode } from '@/model';
import type { BaseTickContentProps } from 'recharts';
import type { RadarDatum, RadarSeriesStyle } from './radarAdapter';
import { partnerSeriesStyle, RADAR_DOMAIN } from './radarAdapter';

interface RadarChartProps {
  data: RadarDatum[];
  partners: readonly PartnerCode[];
  /** localised partner names, for the tooltip */
  partnerNames: Record<PartnerCode, string>;
  /** draw the baseline scores as grey ghost outlines (while a scenario differs) */
  showBaseline: boolean;
  baselineLabel: string;
  /** what the chart shows, for assistive technology */
  title: string;
  description: string;
  height?: number;
}

// Self-contained styles (shared component, no stylesheet of its own); the CSP allows style attributes.
const LEGEND_STYLE: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'center',
  gap: '0.4rem 1.5rem',
  listStyle: 'none',
  padding: 0,
  margin: '0.5rem 0 0',
  fontSize: '1rem',
};
const LEGEND_ITEM_STYLE: CSSProperties = { display: 'flex', alignItems: 'center', gap: '0.4rem' };

/**
 * The radar is turned 45° so its four axes point to the corners and its grid is an upright
 * square; each dimension label sits centred above (top corners) or below (bottom corners) its
 * axis end, clear of the grid and of the other labels — so the radar can use nearly the whole
 * card, even on a 360px phone, with 16px labels.
 */
function AngleTick(props: BaseTickContentProps) {
  const width = useChartWidth() ?? 0;
  const fontSize = width > 0 && width < 440 ? 14 : 16;
  const label = String(props.payload.value);
  // Keep the whole label inside the chart (an estimate of its width is enough here).
  const half = (label.length * fontSize * 0.62) / 2;
  const rawX = Number(props.x);
  const x = width > 2 * half ? Math.min(Math.max(rawX, half), width - half) : rawX;
  const y = Number(props.y);
  const above = Math.sin((props.payload.coordinate * Math.PI) / 180) > 0;
  return (
    <text
      x={x}
      y={above ? y - 6 : y + fontSize + 2}
      textAnchor="middle"
      fontSize={fontSize}
      fontWeight={600}
      fill="var(--text)"
      className="recharts-polar-angle-axis-tick-value"
    >
      {label}
    </text>
  );
}

/** A small line-and-symbol sample matching a series, for the legend. */
function SeriesSample({ style, color }: { style: RadarSeriesStyle | null; color: string }) {
  const symbol = style?.symbol;
  return (
    <svg width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="8"
        x2="38"
        y2="8"
        stroke={color}
        strokeWidth="3"
        strokeDasharray={style ? style.dash : '4 3'}
      />
      {symbol === 'square' && <rect x="15" y="3" width="10" height="10" fill={color} />}
      {symbol === 'circle' && <circle cx="20" cy="8" r="5" fill={color} />}
      {symbol === 'diamond' && <path d="M20 2 L26 8 L20 14 L14 8 Z" fill={color} />}
      {symbol === 'triangle' && <path d="M20 2 L26 14 L14 14 Z" fill={color} />}
    </svg>
  );
}

/**
 * The four dimension scores of one country for each partner, on a fixed 0–100 scale.
 * Partners differ by line style and dot shape as well as colour; the legend below is HTML,
 * so it reads and scales like text.
 */
function RadarChartImpl({
  data,
  partners,
  partnerNames,
  showBaseline,
  baselineLabel,
  title,
  description,
  height = 420,
}: RadarChartProps) {
  const styles = partners.map((p, i) => partnerSeriesStyle(p, i));
  return (
    <div className="radar-chart">
      <RechartsRadarChart
        responsive
        style={{ width: '100%', height }}
        data={data}
        startAngle={45}
        endAngle={-315}
        outerRadius="134%"
        margin={{ top: 30, right: 40, bottom: 30, left: 40 }}
        title={title}
        desc={description}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={(p: BaseTickContentProps) => <AngleTick {...p} />} />
        <PolarRadiusAxis
          domain={[RADAR_DOMAIN[0], RADAR_DOMAIN[1]]}
          tickCount={6}
          angle={45}
          axisLine={false}
          tick={(p: BaseTickContentProps) => (
            // Upright labels just beside the Economic axis, where the grid's corners are.
            <text x={Number(p.x) + 6} y={Number(p.y) + 14} fontSize={14} fill="var(--muted)">
              {String(p.payload.value)}
            </text>
          )}
        />
        {showBaseline &&
          styles.map((s) => (
            <Radar
              key={`baseline-${s.partner}`}
              name={`${baselineLabel}: ${partnerNames[s.partner] ?? s.partner}`}
              dataKey={(d: RadarDatum) => d.baseline[s.partner]}
              stroke="var(--ghost)"
              strokeWidth={2}
              strokeDasharray={s.dash}
              fill="none"
              dot={false}
              activeDot={false}
              legendType="none"
              tooltipType="none"
              isAnimationActive={false}
            />
          ))}
        {styles.map((s) => {
          const color = partnerColor(s.partner);
          return (
            <Radar
              key={s.partner}
              name={partnerNames[s.partner] ?? s.partner}
              dataKey={(d: RadarDatum) => d.values[s.partner]}
              stroke={color}
              strokeWidth={3}
              strokeDasharray={s.dash}
              fill={color}
              fillOpacity={0.1}
              dot={{ symbol: s.symbol, r: 6, fill: color, stroke: color, strokeDasharray: '' }}
              activeDot={{ symbol: s.symbol, r: 8, fill: color }}
              isAnimationActive={false}
            />
          );
        })}
        <Tooltip
          formatter={(value) => formatScore(typeof value === 'number' ? value : null)}
          contentStyle={{
            background: 'var(--surface)',
            border: '1px solid var(--border)',
            color: 'var(--text)',
            fontSize: 15,
          }}
        />
      </RechartsRadarChart>
      <ul className="radar-legend" style={LEGEND_STYLE}>
        {styles.map((s) => (
          <li key={s.partner} style={LEGEND_ITEM_STYLE}>
            <SeriesSample style={s} color={partnerColor(s.partner)} />
            <PartnerLabel code={s.partner} />
          </li>
        ))}
        {showBaseline && (
          <li style={LEGEND_ITEM_STYLE}>
            <SeriesSample style={null} color="var(--ghost)" />
            <span>{baselineLabel}</span>
          </li>
        )}
      </ul>
    </div>
  );
}

export const RadarChart = memo(RadarChartImpl);
