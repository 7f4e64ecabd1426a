// Where each part of a sensitivity tornado goes, in the chart's layout units: the plot, each
// row's name, swing, bar and end values, the current tilt's line and label, and the box of
// every text, which the grid, zero and current-tilt lines keep clear of. Pure (no React, no
// DOM): TornadoChart draws it, the unit tests check it.
import { CHAR, FONT, longestText, TICK_FONT } from '@/components/charts/chartParts';
import { scaleLinear } from '@/components/charts/tiltAdapter';
import { TEXT_EM, textBox, type Box } from '@/components/charts/textBoxes';

export interface TornadoBarInput {
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

export interface TornadoText {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

interface TornadoRowLayout {
  key: string;
  name: TornadoText;
  swing: TornadoText;
  barY: number;
  /** the bar's two ends and where the current tilt divides it */
  x0: number;
  xBase: number;
  x1: number;
  leftEnd: TornadoText;
  rightEnd: TornadoText;
}

export interface TornadoLayout {
  scale: (value: number) => number;
  plot: { left: number; right: number; top: number; bottom: number };
  height: number;
  rows: TornadoRowLayout[];
  /** the current tilt's line, from above the plot to its bottom, and its label */
  base: { x: number; top: number; label: TornadoText };
  /** every text drawn on the plot: lines across the plot stop short of these */
  textBoxes: Box[];
}

export const TORNADO_BAR = 18;
const LABEL_LINE = 20;
const ROW_GAP = 10;
const PLOT_TOP = 50;

/** `text` cut to at most `chars` characters, with "…" when cut. */
function fitText(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

function placed(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  anchor: TornadoText['anchor'],
): TornadoText {
  return { text, x, y, anchor, box: textBox(text, x, y, fontSize, anchor) };
}

/**
 * The tornado at `width`: one row per bar (its name above the bar, its swing at the right
 * edge, the bar from the tilt at one end of the assumption to the tilt at the other, each
 * end's value beside it), on the shared `domain`.
 */
export function tornadoLayout({
  bars,
  base,
  baseText,
  domain,
  width,
}: {
  bars: readonly TornadoBarInput[];
  base: number;
  baseText: string;
  domain: readonly [number, number];
  width: number;
}): TornadoLayout {
  const endChars = longestText(bars.flatMap((b) => [b.lowText, b.highText]));
  const pad = Math.ceil(endChars * (CHAR * 0.9) + 10);
  const left = pad;
  const right = Math.max(left + 80, width - pad);
  const scale = scaleLinear(domain, [left, right]);
  const xBase = scale(base);

  // The name keeps clear of the swing on its right; a name too long is cut with "…"
  // (the table view and the chart's description have it in full).
  const swingWidth = longestText(bars.map((b) => b.swingText)) * TEXT_EM * TICK_FONT;
  const labelRoom = Math.floor((width - swingWidth - 12) / (TEXT_EM * FONT));

  const rowHeight = LABEL_LINE + TORNADO_BAR + ROW_GAP;
  const rows = bars.map((bar, i): TornadoRowLayout => {
    const top = PLOT_TOP + 4 + i * rowHeight;
    const x0 = scale(Math.min(bar.atLow, bar.atHigh));
    const x1 = scale(Math.max(bar.atLow, bar.atHigh));
    const barY = top + LABEL_LINE;
    const valueY = barY + TORNADO_BAR / 2 + 5;
    // the ends: which of low / high lands on the left
    const [leftText, rightText] =
      bar.atLow <= bar.atHigh ? [bar.lowText, bar.highText] : [bar.highText, bar.lowText];
    return {
      key: bar.key,
      name: placed(fitText(bar.label, labelRoom), 0, top + 15, FONT, 'start'),
      swing: placed(bar.swingText, width, top + 15, TICK_FONT, 'end'),
      barY,
      x0,
      xBase: Math.min(Math.max(xBase, x0), x1),
      x1,
      leftEnd: placed(leftText, x0 - 5, valueY, TICK_FONT, 'end'),
      rightEnd: placed(rightText, x1 + 5, valueY, TICK_FONT, 'start'),
    };
  });
  const bottom = PLOT_TOP + 4 + bars.length * rowHeight - ROW_GAP + 4;
  const baseLabel = placed(baseText, xBase, PLOT_TOP - 10, TICK_FONT, 'middle');
  return {
    scale,
    plot: { left, right, top: PLOT_TOP, bottom },
    height: bottom + TICK_FONT + 14,
    rows,
    base: { x: xBase, top: PLOT_TOP - 6, label: baseLabel },
    textBoxes: rows.flatMap((r) => [r.name.box, r.swing.box, r.leftEnd.box, r.rightEnd.box]),
  };
}
