// Horizontal bar charts on a fixed scale, drawn as plain SVG: the diverging tilt chart
// (−100…100, China right and hatched, Russia left and solid) and, with another domain, the
// 0–100 score bars. Plain SVG keeps the first screen light and puts every label where it is
// needed; the numbers come from the pure adapters in ./tiltAdapter.
import { memo } from 'react';
import { partnerColor } from '@/components/partnerColor';
import { usePartnerCodes } from '@/components/partnerPalette';
import { sameData } from '@/components/sameData';
import {
  CHAR,
  FONT,
  hatchId,
  longestText,
  partnerTextColor,
  TICK_FONT,
  type ChartSide,
} from './chartParts';
import { SideLabels } from './Axis';
import { ChartFrame } from './ChartFrame';
import { HatchPatterns } from './HatchPatterns';
import { useChartFrame } from './useChartScale';
import './HorizontalBarChart.css';
import { useFormat } from '@/i18n/useFormat';
import type { PartnerCode } from '@/model';
import { barSpan, changeArrow, scaleLinear, type BarChartModel } from './tiltAdapter';

const NARROW = 520;
/** the longest change label: " ▲+100.0" (a change of score or tilt, one decimal) */
const CHANGE_CHARS = 8;

export interface HorizontalBarChartProps {
  model: BarChartModel;
  /** describes the whole chart for screen readers (the table view has every number) */
  ariaLabel: string;
  /** shown where a bar has no value */
  noDataLabel: string;
  /** in place of a value the weights exclude (a bar marked `excluded`); noDataLabel without it */
  excludedLabel?: string;
  /** labels of the two ends of a diverging chart: negative (left) and positive (right) */
  sides?: { negative: ChartSide; positive: ChartSide } | undefined;
  /** signed values (tilts) or plain scores */
  signed?: boolean;
  /**
   * For a box of fixed height (a slide, which fits a chart to its cell by drawing it smaller):
   * tighter rows, and the groups' names beside several bars rather than on a line above them,
   * so the chart is shorter and its type is drawn at a size a room can read.
   */
  dense?: boolean;
}

interface LaidBar {
  y: number;
  bar: BarChartModel['groups'][number]['bars'][number];
  text: string;
  changeText: string;
}

/** Where the bars lie: the same for every bar of a chart. */
interface BarLayout {
  domain: readonly [number, number];
  plotLeft: number;
  plotRight: number;
  gutter: number;
  barH: number;
  /** where the change labels end, right-aligned in a column of their own; null: after the value */
  changeColumn: number | null;
  /** prefix of the chart's pattern ids */
  uid: string;
}

/**
 * One bar with its ghost, label and value. Compared by value: while a slider moves, the bars
 * whose numbers did not change keep their DOM untouched.
 */
const Bar = memo(function Bar({
  laid: {
    y: cy,
    bar: { label, value, baseline, partner, hatched },
    text,
    changeText,
  },
  layout: { domain, plotLeft, plotRight, gutter, barH, uid, changeColumn },
}: {
  laid: LaidBar;
  layout: BarLayout;
}) {
  const partners = usePartnerCodes();
  const scale = scaleLinear(domain, [plotLeft, plotRight]);
  const [d0, d1] = domain;
  const origin = Math.min(Math.max(0, Math.min(d0, d1)), Math.max(d0, d1));
  const x0 = scale(origin);
  const ghost = baseline !== null ? barSpan(baseline, domain, scale) : null;
  if (value === null) {
    return (
      <g fontSize={FONT}>
        {label ? (
          <text x={gutter - 6} y={cy + 5} textAnchor="end" className="barchart-barlabel">
            {label}
          </text>
        ) : null}
        <text x={x0 + 6} y={cy + 5} className="barchart-nodata">
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
  const color = partnerColor(partner ?? '', partners);
  return (
    <g>
      {label ? (
        <text
          x={gutter - 6}
          y={cy + 5}
          textAnchor="end"
          fontSize={FONT}
          className="barchart-barlabel"
        >
          {label}
        </text>
      ) : null}
      {ghost ? (
        <rect
          className="barchart-ghost"
          x={ghost.x}
          y={cy - barH / 2 - 3}
          width={Math.max(ghost.width, 2)}
          height={barH + 6}
        />
      ) : null}
      <rect
        className="barchart-bar"
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
        style={{ fill: partnerTextColor(partner, partners) }}
      >
        {text}
        {changeText && changeColumn === null ? (
          <tspan className="barchart-change" fontWeight={600} fontSize={TICK_FONT}>
            {changeText}
          </tspan>
        ) : null}
      </text>
      {changeText && changeColumn !== null ? (
        <text
          x={changeColumn}
          y={cy + 5}
          textAnchor="end"
          className="barchart-change"
          fontWeight={600}
          fontSize={TICK_FONT}
        >
          {changeText.trim()}
        </text>
      ) : null}
    </g>
  );
}, sameData);

/** A horizontal bar chart on a fixed domain; see the file comment. */
export const HorizontalBarChart = memo(function HorizontalBarChart({
  model,
  ariaLabel,
  noDataLabel,
  excludedLabel,
  sides,
  signed = true,
  dense = false,
}: HorizontalBarChartProps) {
  const frame = useChartFrame();
  const { uid, width } = frame;
  const narrow = width < NARROW;
  const multi = model.groups.some((g) => g.bars.length > 1);
  const labelsAbove = narrow || (multi && !dense);
  const { formatScore, formatSigned } = useFormat();
  const format = signed ? formatSigned : formatScore;

  // Texts first: their lengths size the gutter and the value-label margins.
  const textOf = (value: number | null) => (value === null ? noDataLabel : format(value));
  const changeOf = (change: number | null) =>
    // an unchanged bar stays quiet; the table view still lists its 0.0
    change === null || changeArrow(change) === ''
      ? ''
      : ` ${changeArrow(change)}${formatSigned(change)}`;
  const maxBarLabelChars = longestText(model.groups.flatMap((g) => g.bars.map((b) => b.label)));
  const maxGroupLabelChars = longestText(model.groups.map((g) => g.label));
  // Room for the widest value label the domain allows, not the widest shown now: while a
  // slider moves, the plot must stay put. Sized by the labels of this step, it shifted
  // whenever one grew by a digit ("9.8" → "10.2"), moving every bar, tick and label (the
  // axis jittering in front of the room, and the whole chart laid out again).
  const [d0, d1] = model.domain;
  const valueChars = Math.max(textOf(d0).length, textOf(d1).length);
  const gutter = labelsAbove
    ? multi
      ? Math.ceil(maxBarLabelChars * CHAR + 12)
      : 0
    : Math.ceil(Math.min(width * 0.34, maxGroupLabelChars * CHAR + 16)) +
      // several bars a group: their own names in a column between the group's and the bars
      (multi ? Math.ceil(maxBarLabelChars * CHAR + 12) : 0);
  const pad = Math.ceil(valueChars * CHAR + 10);
  const changeRoom = model.showBaseline ? Math.ceil(CHANGE_CHARS * CHAR) : 0;
  // A diverging chart's value labels may stand on either side of its zero, so each side keeps
  // room for one; its change labels ("▲+14.4") stand in a column of their own at the right
  // edge, so their room is kept once. Kept beside the values on both sides, it left a slide's
  // tilt chart a plot of 60 px from −100 to +100 as soon as a scenario differed.
  const diverging = d0 < 0;
  const padLeft = diverging ? pad : 8;
  const padRight = pad + changeRoom;
  const changeColumn = diverging && changeRoom > 0 ? width - 2 : null;
  const plotLeft = gutter + padLeft;
  const plotRight = Math.max(plotLeft + 60, width - padRight);
  const scale = scaleLinear(model.domain, [plotLeft, plotRight]);
  const origin = Math.min(Math.max(0, Math.min(d0, d1)), Math.max(d0, d1));
  const x0 = scale(origin);

  // Vertical layout.
  const barH = dense ? 20 : multi ? 22 : 26;
  const barGap = dense ? 4 : multi ? 6 : 12;
  const groupGap = multi ? (dense ? 10 : 14) : 0;
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
    group.bars.forEach((bar, bi) => {
      const cy = y + barH / 2;
      // beside the bars: the group's name on its first bar's row
      if (!labelsAbove && bi === 0) {
        groupLabels.push({
          x: 0,
          y: cy + 5,
          text: group.label,
          summary: group.summary,
          anchorMiddle: false,
        });
      }
      const text =
        bar.value === null && bar.excluded && excludedLabel ? excludedLabel : textOf(bar.value);
      laid.push({ y: cy, bar, text, changeText: changeOf(bar.change) });
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

  const layout: BarLayout = {
    domain: model.domain,
    plotLeft,
    plotRight,
    gutter,
    barH,
    uid,
    changeColumn,
  };
  // the side names may use the row above the value labels too, to the chart's edge
  const sideBounds = { left: plotLeft, right: plotRight, edge: width };

  return (
    <ChartFrame
      frame={frame}
      prefix="barchart"
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
      behind={
        <>
          <HatchPatterns uid={uid} partners={patternPartners} />
          {sides ? (
            <g className="barchart-sides">
              <SideLabels sides={sides} {...sideBounds} patternId={patternId} />
            </g>
          ) : null}
        </>
      }
    >
      {separators.map((sy) => (
        <line key={sy} className="barchart-separator" x1={0} x2={width} y1={sy} y2={sy} />
      ))}

      {origin === 0 && d0 < 0 ? (
        <line className="barchart-zero" x1={x0} x2={x0} y1={plotTop - 4} y2={plotBottom} />
      ) : (
        <line className="barchart-zero" x1={x0} x2={x0} y1={plotTop} y2={plotBottom} />
      )}

      {laid.map((item) => (
        <Bar key={item.bar.key} laid={item} layout={layout} />
      ))}

      <GroupLabels labels={groupLabels} />
    </ChartFrame>
  );
});

/** The groups' names: compared by value, so a slider step leaves them alone. */
const GroupLabels = memo(function GroupLabels({
  labels,
}: {
  labels: readonly { x: number; y: number; text: string; summary: boolean }[];
}) {
  return (
    <g fontSize={FONT}>
      {labels.map((l, i) => (
        <text key={i} x={l.x} y={l.y} className="barchart-label" fontWeight={l.summary ? 800 : 600}>
          {l.text}
        </text>
      ))}
    </g>
  );
}, sameData);
