// What Fulcrum's hand-written SVG charts share: measures of their type, the width they
// follow, partner text colours, axis ticks and the hatching that marks China's bars (colour
// is never the only cue).
import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { sameData } from '@/components/sameData';
import { flushSync } from 'react-dom';
import type { PartnerCode } from '@/model';
import { isDrawnInCopy, redrawInTurn } from '@/components/hydration';
import { subscribePrint } from '@/components/printMedia';
import { DEFAULT_PARTNERS, partnerPaint } from '@/components/partnerPalette';

export const FONT = 15;
export const TICK_FONT = 14;
/** rough advance of one character at FONT px (Inter and system sans), to lay out labels */
export const CHAR = FONT * 0.6;
const DEFAULT_WIDTH = 640;

/**
 * The width of an element, followed as it resizes (DEFAULT_WIDTH until measured) and as the
 * page is printed: the print layout is the paper's width, and the browser takes its snapshot
 * before a resize observer would answer, so the chart is measured and drawn again at once.
 * A chart drawn afresh is measured before its first paint; one of a hydrated copy (drawn at
 * DEFAULT_WIDTH by the prerender, on screen already; its box marked CHART_BOX) is drawn again
 * in its turn, one chart per frame (redrawInTurn): done at once, every chart of the page would
 * be rendered again inside the hydration's commit, in one long task.
 */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => Math.round(element.getBoundingClientRect().width);
    // Measured before the first paint, so a chart never flashes at the default width.
    const initial = measure();
    let measured = initial > 0;
    // Measured again in its turn: the page may have changed meanwhile.
    let cancelRedraw: (() => void) | null =
      measured && isDrawnInCopy(element)
        ? redrawInTurn(element, () => {
            cancelRedraw = null;
            const w = measure();
            // In a transition too: React renders it in slices, so only its commit is one task.
            if (w > 0) startTransition(() => setWidth(w));
          })
        : null;
    if (measured && !cancelRedraw) setWidth(initial);
    const stopPrint = subscribePrint(() => {
      const w = measure();
      if (w > 0) flushSync(() => setWidth(w));
      measured ||= w > 0;
    });
    if (typeof ResizeObserver === 'undefined') return stopPrint;
    // A resize is redrawn in a transition, between frames rather than in one task (the observer's
    // first answer, the width just measured, comes a frame later: set at once, it would render a
    // hydrated copy's charts again in one task after all). The first width of a chart that had
    // none (its box not laid out when it mounted) is not put off: it replaces the default width.
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // A copy's chart waiting for its turn is measured then.
      if (w <= 0 || cancelRedraw) return;
      if (measured) startTransition(() => setWidth(w));
      else setWidth(w);
      measured = true;
    });
    observer.observe(element);
    return () => {
      cancelRedraw?.();
      observer.disconnect();
      stopPrint();
    };
  }, []);
  return [ref, width > 0 ? width : DEFAULT_WIDTH] as const;
}

/** The length of the longest of these texts, in characters (0 for none): the room a label needs. */
export function longestText(texts: Iterable<string | null | undefined>): number {
  let chars = 0;
  for (const text of texts) chars = Math.max(chars, text?.length ?? 0);
  return chars;
}

/** Where the plot lies in the chart's layout coordinates, and its scale and ticks. */
export interface PlotArea {
  ticks: readonly number[];
  scale: (value: number) => number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartSide {
  code: PartnerCode;
  label: string;
}

/** Labels of the two ends of a diverging scale: negative (left) and positive (right). */
export interface ChartSides {
  negative: ChartSide;
  positive: ChartSide;
}

/**
 * Text colour of a partner (darker than its fill, for contrast), by its position in `partners`
 * (src/components/partnerPalette.ts); China and Russia when no list is given.
 */
export function partnerTextColor(
  code: PartnerCode | null,
  partners: readonly PartnerCode[] = DEFAULT_PARTNERS,
): string {
  return partnerPaint(partners, code).text;
}

/** The id of a chart's hatch pattern for a partner (`uid` from useId, made id-safe). */
export function hatchId(uid: string, code: PartnerCode): string {
  return `${uid}-hatch-${code}`;
}

/**
 * Whether two plots put their ticks and edges in the same places. The scale is a new function
 * at every render, so it is compared by where it puts each tick: while a slider moves, a chart
 * on a fixed scale keeps its grid and axis without React comparing them line by line.
 */
export function samePlot(a: PlotArea, b: PlotArea): boolean {
  return (
    a.left === b.left &&
    a.right === b.right &&
    a.top === b.top &&
    a.bottom === b.bottom &&
    sameData(a.ticks, b.ticks) &&
    a.ticks.every((tick) => a.scale(tick) === b.scale(tick))
  );
}
