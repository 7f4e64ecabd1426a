import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import { useLeanWording } from '@/components/useLeanWording';
import { PartnerLabel } from '@/components/PartnerLabel';
import { partnerColor } from '@/components/partnerColor';
import { usePartnerCodes } from '@/components/partnerPalette';
import { sameData } from '@/components/sameData';
import { useFormat } from '@/i18n/useFormat';
import type { PartnerCode } from '@/model';
import type { RadarDatum, RadarSeriesStyle, RadarSymbol } from './radarAdapter';
import {
  partnerSeriesStyle,
  RADAR_DOMAIN,
  RADAR_GEOMETRY,
  radarAxisAngle,
  radarOutline,
  radarPoint,
  radarTicks,
} from './radarAdapter';

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
const GAP_STYLE: CSSProperties = { color: 'var(--muted)' };

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

const { width: WIDTH, height: HEIGHT, cx: CX, cy: CY, markerHalf } = RADAR_GEOMETRY;
const LABEL_SIZE = 17;

/**
 * One series' outline (radarOutline): closed and filled when every dimension has a value,
 * else only its lines between neighbours with values, unfilled (it encloses no area).
 */
function SeriesOutline({
  values,
  stroke,
  strokeWidth,
  dash,
  fillOpacity,
  children,
}: {
  values: (number | null)[];
  stroke: string;
  strokeWidth: number;
  dash: string | undefined;
  /** the fill of a closed outline, in the stroke's colour; none when absent */
  fillOpacity?: number;
  /** its tooltip */
  children?: ReactNode;
}) {
  const { closed, lines } = radarOutline(values);
  const common = { stroke, strokeWidth, strokeDasharray: dash };
  if (closed) {
    return (
      <polygon
        points={lines[0]}
        fill={fillOpacity === undefined ? 'none' : stroke}
        fillOpacity={fillOpacity}
        {...common}
      >
        {children}
      </polygon>
    );
  }
  return (
    <>
      {lines.map((points, i) => (
        // by place: two lines through the centre (scores of 0) can have the same points
        <polyline key={i} points={points} fill="none" {...common}>
          {children}
        </polyline>
      ))}
    </>
  );
}

/** A data point; memoised, as most points stay put while one slider moves. */
const Dot = memo(function Dot({
  x,
  y,
  symbol,
  color,
  label,
}: {
  x: number;
  y: number;
  symbol: RadarSymbol;
  color: string;
  label: string;
}) {
  const r = markerHalf;
  const shape =
    symbol === 'square' ? (
      <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={color} />
    ) : symbol === 'circle' ? (
      <circle cx={x} cy={y} r={r} fill={color} />
    ) : symbol === 'diamond' ? (
      <path
        d={`M${x} ${y - r - 1} L${x + r + 1} ${y} L${x} ${y + r + 1} L${x - r - 1} ${y} Z`}
        fill={color}
      />
    ) : (
      <path d={`M${x} ${y - r - 1} L${x + r + 1} ${y + r} L${x - r - 1} ${y + r} Z`} fill={color} />
    );
  return (
    <g className="radar-marker">
      <title>{label}</title>
      {shape}
    </g>
  );
});

/** Rings, spokes and axis labels: the same at every slider step, so drawn once. */
const RadarGrid = memo(function RadarGrid({
  axes,
}: {
  axes: readonly Pick<RadarDatum, 'dimension' | 'label'>[];
}) {
  const n = axes.length;
  const rings = RADAR_GEOMETRY.rings.map((ring) => radarOutline(axes.map(() => ring)).lines[0]);
  return (
    <>
      <g className="recharts-polar-grid">
        {rings.map((points, i) => (
          <polygon
            key={RADAR_GEOMETRY.rings[i]}
            points={points}
            fill="none"
            stroke="var(--border)"
          />
        ))}
        {axes.map((d, i) => {
          const [x, y] = radarPoint(i, n, RADAR_DOMAIN[1]);
          return <line key={d.dimension} x1={CX} y1={CY} x2={x} y2={y} stroke="var(--border)" />;
        })}
      </g>
      {axes.map((d, i) => {
        const [x, y] = radarPoint(i, n, RADAR_DOMAIN[1]);
        const above = Math.sin(radarAxisAngle(i, n)) > 0;
        const half = (d.label.length * LABEL_SIZE * 0.6) / 2;
        const lx = Math.min(Math.max(x, half + 2), WIDTH - half - 2);
        return (
          <text
            key={`label-${d.dimension}`}
            x={lx}
            y={above ? y - 12 : y + LABEL_SIZE + 8}
            textAnchor="middle"
            fontSize={LABEL_SIZE}
            fontWeight={600}
            fill="var(--text)"
          >
            {d.label}
          </text>
        );
      })}
    </>
  );
}, sameData);

/**
 * The ring numbers, between two axes where no marker can sit (radarTicks). Drawn over the
 * outlines, which do cross there, with a halo in the card's colour so a line never runs
 * through a figure.
 */
const RadarTicks = memo(function RadarTicks({ axisCount }: { axisCount: number }) {
  return (
    <g
      className="radar-ticks"
      fontSize={RADAR_GEOMETRY.tickFontSize}
      fill="var(--muted)"
      stroke="var(--surface)"
      strokeWidth={4}
      strokeLinejoin="round"
      paintOrder="stroke"
      aria-hidden="true"
    >
      {radarTicks(axisCount).map((tick) => (
        <text key={tick.value} x={tick.x} y={tick.y} dominantBaseline="central">
          {tick.text}
        </text>
      ))}
    </g>
  );
});

/** The legend below the chart (HTML, so it reads and scales like text). */
const RadarLegend = memo(function RadarLegend({
  styles,
  showBaseline,
  baselineLabel,
  gaps,
}: {
  styles: RadarSeriesStyle[];
  showBaseline: boolean;
  baselineLabel: string;
  /** the scores the outlines leave out, and why ("Russia, Digital: no data") */
  gaps: string[];
}) {
  const partners = usePartnerCodes();
  return (
    <ul className="radar-legend" style={LEGEND_STYLE}>
      {styles.map((s) => (
        <li key={s.partner} style={LEGEND_ITEM_STYLE}>
          <SeriesSample style={s} color={partnerColor(s.partner, partners)} />
          <PartnerLabel code={s.partner} />
        </li>
      ))}
      {showBaseline && (
        <li style={LEGEND_ITEM_STYLE}>
          <SeriesSample style={null} color="var(--ghost)" />
          <span>{baselineLabel}</span>
        </li>
      )}
      {gaps.map((gap) => (
        <li key={gap} data-role="radar-gap" style={GAP_STYLE}>
          {gap}
        </li>
      ))}
    </ul>
  );
}, sameData);

/**
 * The four dimension scores of one country for each partner, on a fixed 0–100 scale, drawn
 * as plain SVG (no chart library: it redraws on every slider step, and this is a handful of
 * polygons). Partners differ by line style and dot shape as well as colour; the legend
 * below is HTML, so it reads and scales like text.
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
  const { formatScore } = useFormat();
  const order = usePartnerCodes();
  const styles = partners.map((p, i) => partnerSeriesStyle(p, i));
  const n = data.length;
  const lean = useLeanWording();
  // What the outlines leave out, said under the chart: "Russia, Digital: no data" (a reason
  // stands for each score the adapter found missing).
  const gaps = styles.flatMap((s) =>
    data.flatMap((d) => {
      const reason = d.missing[s.partner];
      return reason
        ? [`${partnerNames[s.partner] ?? s.partner}, ${d.label}: ${lean.missing(reason)}`]
        : [];
    }),
  );
  const svgStyle = useMemo<CSSProperties>(
    () => ({ width: '100%', height: 'auto', maxHeight: height, display: 'block' }),
    [height],
  );
  return (
    <div className="radar-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${title}. ${description}`}
        style={svgStyle}
      >
        <RadarGrid axes={data.map(({ dimension, label }) => ({ dimension, label }))} />
        {showBaseline &&
          styles.map((s) => (
            <SeriesOutline
              key={`baseline-${s.partner}`}
              values={data.map((d) => d.baseline[s.partner] ?? null)}
              stroke="var(--ghost)"
              strokeWidth={2}
              dash={s.dash}
            >
              <title>{`${baselineLabel}: ${partnerNames[s.partner] ?? s.partner}`}</title>
            </SeriesOutline>
          ))}
        {styles.map((s) => {
          const color = partnerColor(s.partner, order);
          const name = partnerNames[s.partner] ?? s.partner;
          return (
            <g key={s.partner}>
              <SeriesOutline
                values={data.map((d) => d.values[s.partner] ?? null)}
                stroke={color}
                strokeWidth={3}
                dash={s.dash}
                fillOpacity={0.1}
              />
              {data.map((d, i) => {
                const v = d.values[s.partner];
                if (v === null || v === undefined) return null;
                const [x, y] = radarPoint(i, n, v);
                return (
                  <Dot
                    key={d.dimension}
                    x={x}
                    y={y}
                    symbol={s.symbol}
                    color={color}
                    label={`${name}, ${d.label}: ${formatScore(v)}`}
                  />
                );
              })}
            </g>
          );
        })}
        <RadarTicks axisCount={n} />
      </svg>
      <RadarLegend
        styles={styles}
        showBaseline={showBaseline}
        baselineLabel={baselineLabel}
        gaps={gaps}
      />
    </div>
  );
}

export const RadarChart = memo(RadarChartImpl);
