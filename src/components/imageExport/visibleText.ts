import { normaliseSpace } from './footer';

/** The words a sighted reader sees in an element: without its screen-reader-only parts. */
export function visibleText(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll('.visually-hidden'))) hidden.remove();
  return normaliseSpace(copy.textContent ?? '');
}
