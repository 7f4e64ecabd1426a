import { useSyncExternalStore } from 'react';

/** How much larger charts draw their type and bars in the projector theme. */
export const PROJECTOR_CHART_SCALE = 1.3;

function subscribe(onChange: () => void): () => void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') {
    return () => {};
  }
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });
  return () => observer.disconnect();
}

function read(): number {
  return typeof document !== 'undefined' && document.documentElement.dataset.theme === 'projector'
    ? PROJECTOR_CHART_SCALE
    : 1;
}

/**
 * The scale of chart type: 1, or PROJECTOR_CHART_SCALE while the page is in the projector
 * theme (the root element's data-theme, which the theme switch sets). Charts lay out at
 * width / scale and draw at full width, so text, bars and gaps grow together and labels
 * still fit — read from the back of a briefing room.
 */
export function useChartScale(): number {
  return useSyncExternalStore(subscribe, read, () => 1);
}
