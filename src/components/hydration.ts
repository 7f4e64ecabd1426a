// The drawings of the prerendered copy that React hydrates (src/app/main.tsx): the element
// around each SVG image, noted before hydrating. A chart whose element is one of them is on
// screen already, drawn at its default width; one drawn afresh is not painted yet.
const drawnInCopy = new WeakSet<Element>();

/** Notes the element around each SVG image of `root`, a copy about to be hydrated. */
export function noteCopyDrawings(root: Element): void {
  for (const image of root.querySelectorAll('svg')) {
    if (image.parentElement) drawnInCopy.add(image.parentElement);
  }
}

/** Whether `element` came with the hydrated copy (it holds one of its SVG images). */
export function isDrawnInCopy(element: Element): boolean {
  return drawnInCopy.has(element);
}
