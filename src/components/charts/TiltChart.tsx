// Horizontal bar charts on a fixed scale, drawn as plain SVG: the diverging tilt chart
// (−100…100, China right and hatched, Russia left and solid) and, with another domain, the
// 0–100 score bars. Plain SVG keeps the first screen light and puts every label where it is
// needed; the numbers come from the pure adapters in ./tiltAdapter.
import { memo } from 'react';
import { partnerColor } from '@/components/partnerColor';
import { CHAR, FONT, hatchId, partnerTextColor, TICK_FONT, type ChartSide } from './chartParts';
import { BottomAxis, GridLines } from './Axis';
import { HatchPatterns } from './HatchPatterns';
import { useChartFrame } from './useChartScale';
import './TiltChart.css';
import { formatPercent, formatScore, formatSigned } from '@/lib/format';
import { leanData, type LeanWording } from '@/lib/leanText';
import type { Interval, PartnerCode } from '@/model';
import { PartnerLabel } from '../PartnerLabel';
import { useLeanWording } from '../useLeanWording';
import {
  barSpan,
  changeArrow,
  formatInterval,
  scaleLinear,
  type BarChartModel,
  type TiltRow,
  type TiltTableLabels,
} from './tiltAdapter';

const NARROW = 520;
/** the longest change label: " ▲+100.0" (a change of score or tilt, one decimal) */
const CHANGE_CHARS = 8;

export interface TiltChartProps {
  model: BarChartModel;
  /** describes the whole chart for screen readers (the table view has every number) */
  ariaLabel: string;
  /** shown where a bar has no value */
  noDataLabel: string;
  /** labels of the two ends of a diverging chart: negative (left) and positive (right) */
  sides?: { negative: ChartSide; positive: ChartSide } | undefined;
  /** signed values (tilts) or plain scores */
  signed?: boolean;
}

interface LaidBar {
  y: number;
  bar: BarChartModel['groups'][number]['bars'][number];
  text: string;
  changeText: string;
}

interface BarProps {
  /** vertical centre of the bar */
  cy: number;
  label: string | null;
  value: number | null;
  baseline: number | null;
  partner: PartnerCode | null;
  hatched: boolean;
  text: string;
  changeText: string;
  domain: readonly [number, number];
  plotLeft: number;
  plotRight: number;
  gutter: number;
  barH: number;
  /** prefix of the chart's pattern ids */
  uid: string;
}

/**
 * One bar with its ghost, label and value. Memoised on plain values: while a slider moves,
 * the bars whose numbers did not change keep their DOM untouched.
 */
const Bar = memo(function Bar({
  cy,
  label,
  value,
  baseline,
  partner,
  hatched,
  text,
  changeText,
  domain,
  plotLeft,
  plotRight,
  gutter,
  barH,
  uid,
}: BarProps) {
  const scale = scaleLinear(domain, [plotLeft, plotRight]);
  const [d0, d1] = domain;
  const origin = Math.min(Math.max(0, Math.min(d0, d1)), Math.max(d0, d1));
  const x0 = scale(origin);
  const ghost = baseline !== null ? barSpan(baseline, domain, scale) : null;
  if (value === null) {
    return (
      <g fontSize={FONT}>
        {label ? (
          <text x={gutter - 6} y={cy + 5} textAnchor="end" className="tiltchart-barlabel">
            {label}
          </text>
        ) : null}
        <text x={x0 + 6} y={cy + 5} className="tiltchart-nodata">
          {text}
        </text>
      </g>
    );
  }
  const span = barSpan(value, domain, scale);
  const minWidth = 2;
  const rect = span.width < minWidth ? { x: x0 - minWidth / 2, width: minWidth } : span;
  const toLeft = value < origin;
  const ghostSameSide = ghost && baseline !== null && baseline < origin === toLeft;
  const edge = toLeft
    ? Math.min(rect.x, ghostSameSide ? ghost.x : Infinity)
    : Math.max(rect.x + rect.width, ghostSameSide ? ghost.x + ghost.width : -Infinity);
  const color = partnerColor(partner ?? '');
  return (
    <g>
      {label ? (
        <text
          x={gutter - 6}
          y={cy + 5}
          textAnchor="end"
          fontSize={FONT}
          className="tiltchart-barlabel"
        >
          {label}
        </text>
      ) : null}
      {ghost ? (
        <rect
          className="tiltchart-ghost"
          x={ghost.x}
          y={cy - barH / 2 - 3}
          width={Math.max(ghost.width, 2)}
          height={barH + 6}
        />
      ) : null}
      <rect
        className="tiltchart-bar"
        x={rect.x}
        y={cy - barH / 2}
        width={rect.width}
        height={barH}
        style={{
          fill: hatched && partner ? `url(#${uid}-hatch-${partner})` : color,
          stroke: color,
        }}
      />
      <text
        x={toLeft ? edge - 6 : edge + 6}
        y={cy + 5}
        textAnchor={toLeft ? 'end' : 'start'}
        fontSize={FONT}
        fontWeight={700}
        style={{ fill: partnerTextColor(partner) }}
      >
        {text}
        {changeText ? (
          <tspan className="tiltchart-change" fontWeight={600} fontSize={TICK_FONT}>
            {changeText}
          </tspan>
        ) : null}
      </text>
    </g>
  );
});

/** A horizontal bar chart on a fixed domain; see the file comment. */
export const TiltChart = memo(function TiltChart({
  model,
  ariaLabel,
  noDataLabel,
  sides,
  signed = true,
}: TiltChartProps) {
  const { uid, ref, drawnWidth, typeScale, width } = useChartFrame();
  const narrow = width < NARROW;
  const multi = model.groups.some((g) => g.bars.length > 1);
  const labelsAbove = narrow || multi;
  const format = signed ? formatSigned : formatScore;

  // Texts first: their lengths size the gutter and the value-label margins.
  const textOf = (value: number | null) => (value === null ? noDataLabel : format(value));
  const changeOf = (change: number | null) =>
    // an unchanged bar stays quiet; the table view still lists its 0.0
    change === null || changeArrow(change) === ''
      ? ''
      : ` ${changeArrow(change)}${formatSigned(change)}`;
  let maxBarLabelChars = 0;
  let maxGroupLabelChars = 0;
  for (const g of model.groups) {
    maxGroupLabelChars = Math.max(maxGroupLabelChars, g.label.length);
    for (const b of g.bars) maxBarLabelChars = Math.max(maxBarLabelChars, b.label?.length ?? 0);
  }
  // Room for the widest value label the domain allows, not the widest shown now: while a
  // slider moves, the plot must stay put. Sized by the labels of this step, it shifted
  // whenever one grew by a digit ("9.8" → "10.2"), moving every bar, tick and label (the
  // axis jittering in front of the room, and the whole chart laid out again).
  const [d0, d1] = model.domain;
  const valueChars = Math.max(textOf(d0).length, textOf(d1).length);
  const maxValueChars = valueChars + (model.showBaseline ? CHANGE_CHARS : 0);
  const gutter = labelsAbove
    ? multi
      ? Math.ceil(maxBarLabelChars * CHAR + 12)
      : 0
    : Math.ceil(Math.min(width * 0.34, maxGroupLabelChars * CHAR + 16));
  const pad = Math.ceil(maxValueChars * CHAR + 10);
  const padLeft = d0 < 0 ? pad : 8;
  const padRight = pad;
  const plotLeft = gutter + padLeft;
  const plotRight = Math.max(plotLeft + 60, width - padRight);
  const scale = scaleLinear(model.domain, [plotLeft, plotRight]);
  const origin = Math.min(Math.max(0, Math.min(d0, d1)), Math.max(d0, d1));
  const x0 = scale(origin);

  // Vertical layout.
  const barH = multi ? 22 : 26;
  const barGap = multi ? 6 : 12;
  const groupGap = multi ? 14 : 0;
  const labelLine = 22;
  let y = sides ? 34 : 8;
  const plotTop = y;
  const separators: number[] = [];
  const groupLabels: {
    x: number;
    y: number;
    text: string;
    summary: boolean;
    anchorMiddle: boolean;
  }[] = [];
  const laid: LaidBar[] = [];
  model.groups.forEach((group, gi) => {
    if (group.summary && gi > 0) {
      separators.push(y);
      y += 8;
    }
    if (labelsAbove) {
      groupLabels.push({
        x: 0,
        y: y + 16,
        text: group.label,
        summary: group.summary,
        anchorMiddle: false,
      });
      y += labelLine;
    }
    group.bars.forEach((bar) => {
      const cy = y + barH / 2;
      if (!labelsAbove) {
        groupLabels.push({
          x: 0,
          y: cy + 5,
          text: group.label,
          summary: group.summary,
          anchorMiddle: false,
        });
      }
      laid.push({ y: cy, bar, text: textOf(bar.value), changeText: changeOf(bar.change) });
      y += barH + barGap;
    });
    y += groupGap;
  });
  const plotBottom = y - barGap - groupGap + 6;
  const height = plotBottom + TICK_FONT + 14;

  const hatchedPartners = [
    ...new Set(
      model.groups.flatMap((g) =>
        g.bars.filter((b) => b.hatched && b.partner).map((b) => b.partner!),
      ),
    ),
  ];
  const sideSwatches = sides ? [sides.positive.code] : [];
  const patternPartners = [...new Set([...hatchedPartners, ...sideSwatches])];
  const patternId = (code: PartnerCode) => hatchId(uid, code);

  return (
    <div ref={ref} className="tiltchart">
      <svg
        role="img"
        aria-label={ariaLabel}
        width={drawnWidth}
        height={Math.round(height * typeScale)}
        viewBox={`0 0 ${width} ${height}`}
        className="tiltchart-svg"
      >
        <HatchPatterns uid={uid} partners={patternPartners} />

        {sides ? (
          <g className="tiltchart-sides" fontSize={FONT} fontWeight={700}>
            <circle
              cx={plotLeft + 7}
              cy={14}
              r={6}
              style={{ fill: partnerColor(sides.negative.code) }}
            />
            <text x={plotLeft + 18} y={19} style={{ fill: partnerTextColor(sides.negative.code) }}>
              {`← ${sides.negative.label}`}
            </text>
            <text
              x={plotRight - 18}
              y={19}
              textAnchor="end"
              style={{ fill: partnerTextColor(sides.positive.code) }}
            >
              {`${sides.positive.label} →`}
            </text>
            <rect
              x={plotRight - 13}
              y={8}
              width={12}
              height={12}
              style={{
                fill: `url(#${patternId(sides.positive.code)})`,
                stroke: partnerColor(sides.positive.code),
              }}
            />
          </g>
        ) : null}

        <GridLines
          className="tiltchart-grid"
          ticks={model.ticks}
          scale={scale}
          top={plotTop}
          bottom={plotBottom}
        />

        {separators.map((sy) => (
          <line key={sy} className="tiltchart-separator" x1={0} x2={width} y1={sy} y2={sy} />
        ))}

        {origin === 0 && d0 < 0 ? (
          <line className="tiltchart-zero" x1={x0} x2={x0} y1={plotTop - 4} y2={plotBottom} />
        ) : (
          <line className="tiltchart-zero" x1={x0} x2={x0} y1={plotTop} y2={plotBottom} />
        )}

        {laid.map(({ y: cy, bar, text, changeText }) => (
          <Bar
            key={bar.key}
            cy={cy}
            label={bar.label}
            value={bar.value}
            baseline={bar.baseline}
            partner={bar.partner}
            hatched={bar.hatched}
            text={text}
            changeText={changeText}
            domain={model.domain}
            plotLeft={plotLeft}
            plotRight={plotRight}
            gutter={gutter}
            barH={barH}
            uid={uid}
          />
        ))}

        <g fontSize={FONT}>
          {groupLabels.map((l, i) => (
            <text
              key={i}
              x={l.x}
              y={l.y}
              className="tiltchart-label"
              fontWeight={l.summary ? 800 : 600}
            >
              {l.text}
            </text>
          ))}
        </g>

        <BottomAxis
          className="tiltchart-axis"
          ticks={model.ticks}
          scale={scale}
          left={plotLeft}
          right={plotRight}
          bottom={plotBottom}
        />
      </svg>
    </div>
  );
});

export type { TiltTableLabels };

/**
 * The note beside a number shown outside its own 90% interval ("below its 90% range …:
 * the published values sit at the low end of their ranges; median of draws 49.0"); nothing
 * when the number is inside.
 */
export function IntervalNote({ text }: { text: string }) {
  return text ? (
    <span className="interval-note" data-role="interval-note">
      {` · ${text}`}
    </span>
  ) : null;
}

/**
 * The first cells of a score table's row, the same in every view that tables scores with
 * their 90% intervals (analysis, compare): the dimension as the row's header, the partner,
 * the score, and its interval with the note that says when the score lies outside it.
 * `missing` stands where there is no interval yet ("computing…" while the draws run, else "—").
 */
export function ScoreIntervalCells({
  row,
  lean,
  noData,
  missing,
}: {
  row: {
    dimensionLabel: string;
    partner: PartnerCode;
    score: number | null;
    interval: Interval | null;
  };
  lean: LeanWording;
  noData: string;
  missing: string;
}) {
  return (
    <>
      <th scope="row">{row.dimensionLabel}</th>
      <td>
        <PartnerLabel code={row.partner} />
      </td>
      <td className="num" data-role="score">
        {formatScore(row.score, noData)}
      </td>
      <td className="num">
        <span data-role="interval">{formatInterval(row.interval) ?? missing}</span>
        <IntervalNote text={lean.intervalNote('score', row.score, row.interval)} />
      </td>
    </>
  );
}

/** The tilt chart's numbers as a table: the chart card's table view. */
export const TiltTable = memo(function TiltTable({
  rows,
  labels,
  showCountry,
  showBaseline,
  pending = false,
}: {
  rows: readonly TiltRow[];
  labels: TiltTableLabels;
  showCountry: boolean;
  showBaseline: boolean;
  pending?: boolean;
}) {
  const lean = useLeanWording();
  const mc = (text: string | null) => text ?? (pending ? labels.pending : '—');
  return (
    <table className="tiltchart-table">
      <caption>{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.dimension}</th>
          {showCountry ? <th scope="col">{labels.country}</th> : null}
          <th scope="col" className="num">
            {labels.tilt}
          </th>
          <th scope="col">{labels.lean}</th>
          <th scope="col" className="num">
            {labels.interval}
          </th>
          <th scope="col" className="num">
            {labels.pPositive}
          </th>
          {showBaseline ? (
            <>
              <th scope="col" className="num">
                {labels.baseline}
              </th>
              <th scope="col" className="num">
                {labels.change}
              </th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.dimension}.${row.country}`} data-interval-check="">
            <th scope="row">{row.dimensionLabel}</th>
            {showCountry ? <td>{row.countryLabel}</td> : null}
            <td className="num" data-role="score">
              {formatSigned(row.tilt, labels.noData)}
            </td>
            <td {...leanData(row.country, row.dimension, row.reading)}>
              {lean.label(row.reading, { share: false, capital: true })}
            </td>
            <td className="num">
              <span data-role="interval">{mc(formatInterval(row.interval, true))}</span>
              <IntervalNote text={lean.intervalNote('tilt', row.tilt, row.interval)} />
            </td>
            <td className="num">
              {mc(row.pPositive === null ? null : formatPercent(row.pPositive))}
            </td>
            {showBaseline ? (
              <>
                <td className="num">{formatSigned(row.baseline, labels.noData)}</td>
                <td className="num">
                  {`${changeArrow(row.change)} ${formatSigned(row.change, labels.noData)}`.trim()}
                </td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
