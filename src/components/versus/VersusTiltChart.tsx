// The tilts of each country under scenario A and scenario B on one diverging axis: a row per
// dimension, A an open circle, B a filled square, an arrow from A to B, and B − A written at
// the right. Shapes, the legend and the written difference carry the meaning; colour only adds.
// Drawn from dumbbellLayout (./versusAdapter.ts); `/versus` and its briefing slide use it (the
// slide's fills its cell: fitDumbbell).
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { subscribePrint } from '@/components/printMedia';
import { useT } from '@/i18n/fastT';
import { useFormat } from '@/i18n/useFormat';
import type { TiltDimension } from '@/model';
import type { ScenarioComparison } from '@/scenario/compare';
import { useChartFrame } from '../charts/useChartScale';
import { useLeanWording } from '../useLeanWording';
import { usePlaceNames } from '../usePlaceNames';
import { dumbbellLayout, fitDumbbell } from './versusAdapter';
import './versus.css';
import { CHART_BOX } from '@/components/hydration';

const LABEL_WIDTH = 132;
const DIFFERENCE_WIDTH = 110;
const MARK = 6;
/** A row's height on /versus (a filling chart sets its own). */
const ROW_HEIGHT = 30;

export const VersusTiltChart = memo(function VersusTiltChart({
  comparison,
  ariaLabel,
  dimensions,
  fill = false,
}: {
  comparison: ScenarioComparison;
  ariaLabel: string;
  dimensions?: readonly TiltDimension[];
  /** fill the height of the box it is in (a slide's cell), its type growing with it */
  fill?: boolean;
}) {
  const frame = useChartFrame();
  const { ref, uid, drawnWidth } = frame;
  const [boxRef, boxHeight] = useHeight(fill);
  const tc = useT('common');
  const { formatSigned } = useFormat();
  const lean = useLeanWording();
  const { countryName } = usePlaceNames();
  const fit = useMemo(() => {
    if (!fill || boxHeight <= 0 || drawnWidth <= 0) return null;
    const shown = comparison.tilts.filter((t) => !dimensions || dimensions.includes(t.dimension));
    const countries = new Set(shown.map((t) => t.country)).size;
    return fitDumbbell({ rows: shown.length, countries }, { width: drawnWidth, height: boxHeight });
  }, [fill, boxHeight, drawnWidth, comparison, dimensions]);
  const typeScale = fit?.scale ?? frame.typeScale;
  const width = fit?.width ?? frame.width;
  const rowHeight = fit?.rowHeight ?? ROW_HEIGHT;
  const layout = useMemo(
    () =>
      dumbbellLayout(comparison, {
        width: width || 640,
        labelWidth: LABEL_WIDTH,
        differenceWidth: DIFFERENCE_WIDTH,
        ...(dimensions ? { dimensions } : {}),
        rowHeight,
        ...(fit ? { countryHeight: fit.countryHeight } : {}),
      }),
    [comparison, width, dimensions, rowHeight, fit],
  );
  const chart = (
    <div ref={ref} {...CHART_BOX} className="versus-chart">
      <svg
        role="img"
        aria-label={ariaLabel}
        width={drawnWidth || layout.width}
        height={Math.floor(layout.height * typeScale)}
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
                <text x={0} y={row.y - rowHeight / 2 - 6} className="versus-country">
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
  return fill ? (
    <div ref={boxRef} className="versus-fill">
      {chart}
    </div>
  ) : (
    chart
  );
});

/**
 * The height of the box a filling chart stands in (0 until measured, or when not filling): the
 * box takes its height from the page's layout, never from the chart, so the two cannot chase.
 */
function useHeight(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!active || !element) return;
    const measure = () => Math.floor(element.getBoundingClientRect().height);
    setHeight(measure());
    // As useWidth: the printed deck's slide box is not the screen's, and the browser takes its
    // snapshot before a resize observer would answer, so the chart is fitted again at once.
    const stopPrint = subscribePrint(() => flushSync(() => setHeight(measure())));
    if (typeof ResizeObserver === 'undefined') return stopPrint;
    const observer = new ResizeObserver((entries) => {
      setHeight(Math.floor(entries[0]?.contentRect.height ?? 0));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      stopPrint();
    };
  }, [active]);
  return [ref, height] as const;
}

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
