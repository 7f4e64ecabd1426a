// Where a chart's text stands, so that lines and markers keep clear of it: the box a line
// of text takes, whether two boxes meet, and the parts of a vertical line (a grid line, the
// zero line) that pass no text. Pure: no React, no DOM; unit-tested.

/** An axis-aligned box in a chart's layout units: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Advance of one character, in em, generous for the app's sans (Inter, system sans) up to
 * bold, Cyrillic included: a box estimated with it holds the drawn text.
 */
export const TEXT_EM = 0.62;

/**
 * The box of one line of SVG text at `x` (its anchor) and `baseline`: the font's ascent
 * (0.95 em above the baseline) to its descent (0.25 em below), as a browser measures it.
 */
export function textBox(
  text: string,
  x: number,
  baseline: number,
  fontSize: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
): Box {
  const width = text.length * TEXT_EM * fontSize;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x: left, y: baseline - 0.95 * fontSize, width, height: 1.2 * fontSize };
}

/**
 * The parts of the vertical line at `x` from `top` to `bottom` that cross none of `boxes`
 * (each widened by `gap` on every side), top to bottom: a grid line stops short of text
 * instead of striking through it.
 */
export function verticalSegmentsClear(
  x: number,
  top: number,
  bottom: number,
  boxes: readonly Box[],
  gap = 2,
): [number, number][] {
  const cuts = boxes
    .filter((b) => x > b.x - gap && x < b.x + b.width + gap)
    .map((b): [number, number] => [b.y - gap, b.y + b.height + gap])
    .sort((a, b) => a[0] - b[0]);
  const segments: [number, number][] = [];
  let from = top;
  for (const [cutTop, cutBottom] of cuts) {
    if (cutTop > from) segments.push([from, Math.min(cutTop, bottom)]);
    from = Math.max(from, cutBottom);
    if (from >= bottom) break;
  }
  if (from < bottom) segments.push([from, bottom]);
  return segments.filter(([a, b]) => b - a > 0.5);
}

/**
 * The ticks whose labels can be written without running into one another: all of them, or
 * else every second (every third…) counted from the zero tick (else the leftmost), the first
 * stride at which no two labels (with `gap` to spare) meet, so the labelled ticks stay evenly
 * spaced and 0 keeps its label. On a narrow chart "−100" and "−50" ran together; the
 * unlabelled ticks keep their grid lines.
 */
export function ticksThatFit(
  ticks: readonly number[],
  x: (tick: number) => number,
  label: (tick: number) => string,
  fontSize: number,
  gap = 4,
): number[] {
  const sorted = [...ticks].sort((a, b) => x(a) - x(b));
  const anchor = Math.max(0, sorted.indexOf(0));
  const boxes = sorted.map((tick) => textBox(label(tick), x(tick), 0, fontSize, 'middle'));
  for (let stride = 1; stride < sorted.length; stride++) {
    const keep = (_: unknown, i: number) => (i - anchor) % stride === 0;
    const kept = boxes.filter(keep);
    if (kept.every((box, i) => i === 0 || box.x >= kept[i - 1]!.x + kept[i - 1]!.width + gap)) {
      return sorted.filter(keep);
    }
  }
  return [sorted[anchor]!].filter((tick) => tick !== undefined);
}
