// Dots with their 90% intervals on a fixed scale, drawn as plain SVG: a country's scores
// (0–100, one row per partner) or the tilts (−100…100, one row per country). China's marker
// is a hatched square, Russia's a disc, every row carries its code and its number in text:
// colour is never the only cue. The numbers come from the pure adapters in ./adapters.
import { memo } from 'react';
import { sameData } from '@/components/sameData';
import { partnerColor } from '@/components/partnerColor';
import { usePartnerCodes } from '@/components/partnerPalette';
import { scaleLinear } from '@/components/charts/tiltAdapter';
import { useChartFrame } from '@/components/charts/useChartScale';
import type { PartnerCode } from '@/model';
import { IntervalNote } from '@/components/charts/IntervalNote';
import { outsideIntervalMark } from '@/components/charts/intervalMark';
import type { IntervalChartModel, IntervalPoint } from './adapters';
import {
  CHAR,
  FONT,
  hatchId,
  longestText,
  partnerTextColor,
  TICK_FONT,
  type ChartSides,
} from '@/components/charts/chartParts';
import { SideLabels } from '@/components/charts/Axis';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { HatchPatterns } from '@/components/charts/HatchPatterns';

export interface IntervalChartProps {
  model: IntervalChartModel;
  /** describes the whole chart for screen readers (the table view has every number) */
  ariaLabel: string;
  /** the number written beside a point; the chart marks it "*" when outside its own interval */
  text: (point: IntervalPoint) => string;
  /** room kept for the longest text the chart can show, in characters (keeps the plot still) */
  textChars: number;
  noDataLabel: string;
  /** in place of a value the weights exclude (a point marked `excluded`) */
  excludedLabel: string;
  /** labels of the two ends of a diverging scale: negative (left) and positive (right) */
  sides?: ChartSides | undefined;
  /** under the chart, what each "*" means: one note a point outside its interval */
  notes: readonly IntervalFootnote[];
}

export interface IntervalFootnote {
  key: string;
  /** the number and what it measures */
  reading: string;
  /** why it lies outside its interval */
  note: string;
}

const ROW = 24;
const ROW_GAP = 4;
const GROUP_LABEL = 22;
const GROUP_GAP = 10;
const MARK = 12;
/** the narrowest plot worth drawing, in pixels */
const MIN_PLOT = 80;

/** A dot outside its own interval is marked beside its number and explained under the chart. */
const outsideMark = (point: IntervalPoint) => outsideIntervalMark(point.value, point.interval);

/**
 * The footnotes under an interval chart: every number marked "*" beside its dot (outside its
 * own 90% interval), with the note that says why.
 */
function OutsideIntervalNotes({ notes }: { notes: readonly IntervalFootnote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="analysis-interval-notes">
      {notes.map((n) => (
        <li key={n.key}>
          {`* ${n.reading}`}
          <IntervalNote text={n.note} />
        </li>
      ))}
    </ul>
  );
}

// Memoised by value: the rows are rebuilt at every slider step, and a step that leaves a
// country's scores as they were (a Kyrgyz slider, Tajikistan's card) then draws nothing again.
export const IntervalChart = memo(function IntervalChart({
  model,
  ariaLabel,
  text,
  textChars,
  noDataLabel,
  excludedLabel,
  sides,
  notes,
}: IntervalChartProps) {
  const frame = useChartFrame();
  const { uid, width } = frame;
  const partners = usePartnerCodes();
  const labelChars = longestText(model.groups.flatMap((g) => g.points.map((p) => p.label)));
  const gutter = labelChars > 0 ? Math.ceil(labelChars * CHAR + 12) : 0;
  const plotLeft = gutter + MARK;
  const textRoom = Math.ceil(textChars * CHAR + 16);
  // A phone cannot hold labels, plot and text on one line: each number then goes on its own
  // line under its whisker instead of running past the screen's edge.
  const stacked = width - textRoom < plotLeft + MIN_PLOT;
  const plotRight = stacked ? Math.max(plotLeft + MIN_PLOT, width - MARK) : width - textRoom;
  const rowHeight = stacked ? ROW + FONT + 4 : ROW;
  const scale = scaleLinear(model.domain, [plotLeft, plotRight]);
  const [d0, d1] = model.domain;

  let y = sides ? 34 : 6;
  const plotTop = y;
  const separators: number[] = [];
  const labels: { y: number; text: string; summary: boolean }[] = [];
  const rows: { cy: number; point: IntervalPoint }[] = [];
  model.groups.forEach((group, gi) => {
    if (group.summary && gi > 0) {
      separators.push(y);
      y += 6;
    }
    labels.push({ y: y + 16, text: group.label, summary: group.summary });
    y += GROUP_LABEL;
    for (const point of group.points) {
      rows.push({ cy: y + ROW / 2, point });
      y += rowHeight + ROW_GAP;
    }
    y += GROUP_GAP;
  });
  const plotBottom = y - GROUP_GAP - ROW_GAP + 4;
  const height = plotBottom + TICK_FONT + 14;
  const patternPartners = [
    ...new Set([
      ...rows.filter((r) => r.point.hatched && r.point.partner).map((r) => r.point.partner!),
      ...(sides ? [sides.positive.code] : []),
    ]),
  ];
  const patternId = (code: PartnerCode) => hatchId(uid, code);

  return (
    <>
      <ChartFrame
        frame={frame}
        prefix="analysis"
        ariaLabel={ariaLabel}
        height={height}
        plot={{
          ticks: model.ticks,
          scale,
          left: plotLeft,
          right: plotRight,
          top: plotTop,
          bottom: plotBottom,
        }}
        zero={d0 < 0 && d1 > 0}
        behind={
          <>
            <HatchPatterns uid={uid} partners={patternPartners} size={6} />
            {sides ? <SideLabels sides={sides} left={plotLeft} right={plotRight} /> : null}
          </>
        }
      >
        {separators.map((sy) => (
          <line key={sy} className="analysis-separator" x1={0} x2={width} y1={sy} y2={sy} />
        ))}

        <g fontSize={FONT}>
          {labels.map((l) => (
            <text
              key={`${l.y}`}
              x={0}
              y={l.y}
              className="analysis-label"
              fontWeight={l.summary ? 800 : 600}
            >
              {l.text}
            </text>
          ))}
        </g>

        {rows.map(({ cy, point }) => {
          const color = partnerColor(point.partner ?? '', partners);
          const x = point.value === null ? null : scale(point.value);
          return (
            <g key={point.key} fontSize={FONT}>
              {point.label ? (
                <text x={gutter - 6} y={cy + 5} textAnchor="end" className="analysis-pointlabel">
                  {point.label}
                </text>
              ) : null}
              {point.interval && x !== null ? (
                <g style={{ stroke: color }} className="analysis-whisker">
                  <line
                    x1={scale(point.interval.low)}
                    x2={scale(point.interval.high)}
                    y1={cy}
                    y2={cy}
                  />
                  <line
                    x1={scale(point.interval.low)}
                    x2={scale(point.interval.low)}
                    y1={cy - 6}
                    y2={cy + 6}
                  />
                  <line
                    x1={scale(point.interval.high)}
                    x2={scale(point.interval.high)}
                    y1={cy - 6}
                    y2={cy + 6}
                  />
                </g>
              ) : null}
              {x === null ? null : point.hatched && point.partner ? (
                <rect
                  x={x - MARK / 2}
                  y={cy - MARK / 2}
                  width={MARK}
                  height={MARK}
                  className="analysis-marker"
                  style={{ fill: `url(#${patternId(point.partner)})`, stroke: color }}
                />
              ) : (
                <circle
                  cx={x}
                  cy={cy}
                  r={MARK / 2}
                  className="analysis-marker"
                  style={{ fill: color, stroke: color }}
                />
              )}
              <text
                x={stacked ? plotLeft : plotRight + 12}
                y={stacked ? cy + ROW / 2 + FONT : cy + 5}
                data-stacked={stacked || undefined}
                fontWeight={700}
                className={x === null ? 'analysis-nodata' : undefined}
                style={x === null ? undefined : { fill: partnerTextColor(point.partner, partners) }}
              >
                {x === null
                  ? point.excluded
                    ? excludedLabel
                    : noDataLabel
                  : text(point) + outsideMark(point)}
              </text>
            </g>
          );
        })}
      </ChartFrame>
      <OutsideIntervalNotes notes={notes} />
    </>
  );
}, sameData);
