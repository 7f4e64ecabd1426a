// The charts of the prerendered copy that React hydrates (src/app/main.tsx): each chart's box
// (the element whose width the chart follows, marked with CHART_BOX), noted before hydrating.
// A chart whose box is one of them is on screen already, drawn at its default width; one drawn
// afresh is not painted yet.

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
