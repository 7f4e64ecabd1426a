// The charts of the prerendered copy that React hydrates (src/app/main.tsx): each chart's box
// (the element whose width the chart follows, marked with CHART_BOX), noted before hydrating.
// A chart whose box is one of them is on screen already, drawn at its default width; one drawn
// afresh is not painted yet.

/** Spread on the element a chart measures (useWidth's): `<div ref={ref} {...CHART_BOX}>`. */
export const CHART_BOX = { 'data-chart-box': '' } as const;

const boxesOfCopy = new WeakSet<Element>();

/** Notes the chart boxes of `root`, a copy about to be hydrated. */
export function noteCopyDrawings(root: Element): void {
  for (const box of root.querySelectorAll('[data-chart-box]')) boxesOfCopy.add(box);
}

/** Whether `element` is the box of a chart that came with the hydrated copy. */
export function isDrawnInCopy(element: Element): boolean {
  return boxesOfCopy.has(element);
}
