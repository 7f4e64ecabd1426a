// The charts of the prerendered copy that React hydrates (src/app/main.tsx): each chart's box
// (the element whose width the chart follows, marked with CHART_BOX), noted before hydrating.
// A chart whose box is one of them is on screen already, drawn at its default width; one drawn
// afresh is not painted yet.
import { afterNextPaint, nextTask } from '@/lib/nextTask';

const CHART_BOX_ATTRIBUTE = 'data-chart-box';

/** Spread on the element a chart measures (useWidth's): `<div ref={ref} {...CHART_BOX}>`. */
export const CHART_BOX = { [CHART_BOX_ATTRIBUTE]: '' } as const;

const boxesOfCopy = new WeakSet<Element>();

/** Notes the chart boxes of `root`, a copy about to be hydrated. */
export function noteCopyDrawings(root: Element): void {
  for (const box of root.querySelectorAll(`[${CHART_BOX_ATTRIBUTE}]`)) boxesOfCopy.add(box);
}

/** Whether `element` is the box of a chart that came with the hydrated copy. */
export function isDrawnInCopy(element: Element): boolean {
  return boxesOfCopy.has(element);
}

interface Redraw {
  box: Element;
  redraw: () => void;
}

const redraws: Redraw[] = [];
let draining = false;

/**
 * Resolves after the next frame has been painted; in a hidden page, which draws no frames, in the
 * next task (nothing is on screen to keep smooth, and the charts are right when it is shown).
 */
const nextTurn = (): Promise<void> =>
  document.visibilityState === 'hidden'
    ? nextTask()
    : new Promise((resolve) => afterNextPaint(resolve));

/** Those in the viewport first, then the rest in the page's order. */
function inViewFirst(queue: Redraw[]): Redraw[] {
  const inView = (box: Element) => {
    const { top, bottom } = box.getBoundingClientRect();
    return bottom > 0 && top < window.innerHeight;
  };
  const seen = queue.filter((entry) => inView(entry.box));
  return [...seen, ...queue.filter((entry) => !seen.includes(entry))];
}

async function drain(): Promise<void> {
  draining = true;
  try {
    await nextTurn();
    redraws.splice(0, redraws.length, ...inViewFirst(redraws));
    for (let next = redraws.shift(); next; next = redraws.shift()) {
      try {
        next.redraw();
      } catch (error) {
        console.error('Fulcrum: redrawing a chart failed', error);
      }
      if (redraws.length > 0) await nextTurn();
    }
  } finally {
    draining = false;
  }
}

/**
 * Redraws a chart of the hydrated copy (`box`: its CHART_BOX) at its measured width: `redraw`
 * runs in a task of its own, one chart per frame, those in view first. All at once, the copy's
 * charts were rendered, committed and laid out again in two tasks of 30–45 ms at 1× after the
 * take-over of /analysis (five charts): a phone's main thread blocked (Lighthouse's blocking
 * time). Returns a function that cancels the redraw if it has not run (the chart unmounted).
 */
export function redrawInTurn(box: Element, redraw: () => void): () => void {
  const entry = { box, redraw };
  redraws.push(entry);
  if (!draining) void drain();
  return () => {
    const at = redraws.indexOf(entry);
    if (at >= 0) redraws.splice(at, 1);
  };
}
