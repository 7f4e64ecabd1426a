// The tilts of each country under scenario A and scenario B on one diverging axis: a row per
// dimension, A an open circle, B a filled square, an arrow from A to B, and B − A written at
// the right. Shapes, the legend and the written difference carry the meaning; colour only adds.
// Drawn from dumbbellLayout (./versusAdapter.ts); `/versus` and its briefing slide use it.
import { memo, useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { useFormat } from '@/i18n/useFormat';
import type { TiltDimension } from '@/model';
import type { ScenarioComparison } from '@/scenario/compare';
import { useChartFrame } from '../charts/useChartScale';
import { useLeanWording } from '../useLeanWording';
import { usePlaceNames } from '../usePlaceNames';
import { dumbbellLayout } from './versusAdapter';
import './versus.css';

const LABEL_WIDTH = 132;
const DIFFERENCE_WIDTH = 110;
const MARK = 6;

export const VersusTiltChart = memo(function VersusTiltChart({
  comparison,
  ariaLabel,
  dimensions,
  rowHeight,
  countryHeight,
}: {
  comparison: ScenarioComparison;
  ariaLabel: string;
  dimensions?: readonly TiltDimension[];
  /** the height of a row, and of a country's name above its rows (compact on a slide) */
  rowHeight?: number;
  countryHeight?: number;
}) {
  const { ref, uid, width, typeScale, drawnWidth } = useChartFrame();
  const tc = useT('common');
  const { formatSigned } = useFormat();
  const lean = useLeanWording();
  const { countryName } = usePlaceNames();
  const layout = useMemo(
    () =>
      dumbbellLayout(comparison, {
        width: width || 640,
        labelWidth: LABEL_WIDTH,
        differenceWidth: DIFFERENCE_WIDTH,
        ...(dimensions ? { dimensions } : {}),
        ...(rowHeight ? { rowHeight } : {}),
        ...(countryHeight ? { countryHeight } : {}),
      }),
    [comparison, width, dimensions, rowHeight, countryHeight],
  );
  return (
    <div ref={ref} className="versus-chart">
      <svg
        role="img"
        aria-label={ariaLabel}
        width={drawnWidth || layout.width}
        height={Math.round(layout.height * typeScale)}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="versus-svg"
      >
        <defs>
          <marker
            id={`${uid}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="versus-arrowhead" />
          </marker>
        </defs>
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={0}
              y2={layout.axisY - 14}
              className={tick.value === 0 ? 'versus-zero' : 'versus-grid'}
            />
            <text x={tick.x} y={layout.axisY} textAnchor="middle" className="versus-tick">
              {formatSigned(tick.value, '', 0)}
            </text>
          </g>
        ))}
        {layout.rows.map((row) => {
          const moved =
            row.xA !== null && row.xB !== null && Math.abs(row.xB - row.xA) > MARK * 1.5;
          return (
            <g key={row.key} data-row={row.key}>
              {row.firstOfCountry ? (
                <text x={0} y={row.y - (rowHeight ?? 30) / 2 - 6} className="versus-country">
                  {countryName(row.country)}
                </text>
              ) : null}
              <text x={0} y={row.y + 5} className="versus-label">
                {tc(`dimensions.${row.dimension}`)}
              </text>
              {moved ? (
                <line
                  x1={row.xA!}
                  x2={row.xB! + (row.xB! > row.xA! ? -MARK - 2 : MARK + 2)}
                  y1={row.y}
                  y2={row.y}
                  className="versus-arrow"
                  markerEnd={`url(#${uid}-arrow)`}
                />
              ) : null}
              {row.xB !== null ? (
                <rect
                  x={row.xB - MARK + 1}
                  y={row.y - MARK + 1}
                  width={(MARK - 1) * 2}
                  height={(MARK - 1) * 2}
                  className="versus-mark-b"
                />
              ) : null}
              {row.xA !== null ? (
                <circle cx={row.xA} cy={row.y} r={MARK} className="versus-mark-a" />
              ) : null}
              {layout.missingInPlot && (row.xA === null || row.xB === null) ? (
                <text x={layout.x0 + 4} y={row.y + 5} className="versus-missing">
                  {`${row.xA === null ? `A: ${lean.missing(row.missing.a)}` : ''}${
                    row.xA === null && row.xB === null ? ' · ' : ''
                  }${row.xB === null ? `B: ${lean.missing(row.missing.b)}` : ''}`}
                </text>
              ) : null}
              <text x={layout.width} y={row.y + 5} textAnchor="end" className="versus-difference">
                {formatSigned(row.difference, lean.missing(row.missing.difference))}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
});

/** The chart's key: what each mark stands for, by shape and words (the caller's). */
export function VersusLegend({
  sideA,
  sideB,
  difference,
}: {
  sideA: string;
  sideB: string;
  /** what the right-hand column is (left out where space is short: a slide) */
  difference?: string;
}) {
  return (
    <ul className="versus-legend">
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r={MARK - 1} className="versus-mark-a" />
        </svg>
        {sideA}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <rect x="2" y="2" width="10" height="10" className="versus-mark-b" />
        </svg>
        {sideB}
      </li>
      {difference ? <li>{difference}</li> : null}
    </ul>
  );
}
