// When the page is printed. Browsers tell it three ways, at different moments, and a handout
// needs all of them:
// - `beforeprint`: Ctrl+P, before the print layout (the page still has its screen width);
// - `matchMedia('print')` change: inside the print layout itself, at the paper's width, in
//   Chromium (a change made here is in the printout), and when a test emulates print media;
// - `afterprint`: the dialog closed.
// Listeners that change what is printed must render synchronously (flushSync): the browser
// takes its print snapshot right after the event, before any later frame.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

function printQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('print')
    : null;
}

type PrintListener = (printing: boolean) => void;

/** Listeners that change what prints (the handout's parts), called before those that measure. */
const stateListeners = new Set<PrintListener>();
/** Listeners that measure the layout (charts): after the handout has changed it. */
const measureListeners = new Set<PrintListener>();
let detach: (() => void) | null = null;

function notify(printing: boolean) {
  for (const listener of [...stateListeners]) listener(printing);
  for (const listener of [...measureListeners]) listener(printing);
}

function attach(): () => void {
  const query = printQuery();
  // Between beforeprint and afterprint the page prints, whatever a media change says: Chromium
  // may deliver a stale change to screen media in between, and undoing the handout then
  // would leave the browser counting the pages of the screen's layout.
  let printingNow = false;
  const before = () => {
    printingNow = true;
    notify(true);
  };
  const after = () => {
    printingNow = false;
    notify(query?.matches ?? false);
  };
  const change = (event: MediaQueryListEvent) => notify(printingNow || event.matches);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  query?.addEventListener('change', change);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    query?.removeEventListener('change', change);
  };
}

/**
 * Calls `listener` whenever printing starts, lays out or ends, with whether the page is being
 * printed (between `beforeprint` and `afterprint`, or while print media applies). `state`
 * listeners (what prints) are called before `measure` listeners (what reads the layout), so a
 * chart measures the page the handout has already become: the browser counts the pages
 * before a change made inside its print layout, and a chart that shrank then would leave a
 * blank page. Returns the unsubscribe function.
 */
export function subscribePrint(
  listener: PrintListener,
  phase: 'state' | 'measure' = 'measure',
): () => void {
  if (typeof window === 'undefined') return () => {};
  const listeners = phase === 'state' ? stateListeners : measureListeners;
  listeners.add(listener);
  detach ??= attach();
  return () => {
    listeners.delete(listener);
    if (stateListeners.size === 0 && measureListeners.size === 0) {
      detach?.();
      detach = null;
    }
  };
}

/** Whether the page is being printed (or shown as print media), rendered in time for the printout. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => subscribePrint((next) => flushSync(() => setPrinting(next)), 'state'), []);
  return printing;
}
