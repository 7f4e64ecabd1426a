import { useId, useSyncExternalStore } from 'react';
import { useWidth } from './chartParts';

/** How much larger charts draw their type and bars in the projector theme. */
const PROJECTOR_CHART_SCALE = 1.3;

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
function useChartScale(): number {
  return useSyncExternalStore(subscribe, read, () => 1);
}

/**
 * What every SVG chart starts from: an id prefix for its patterns, the element whose width
 * it follows, the width it is drawn at, and the width it lays out at (narrower in the
 * projector theme, so type, bars and gaps grow together).
 */
export function useChartFrame() {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [ref, drawnWidth] = useWidth<HTMLDivElement>();
  const typeScale = useChartScale();
  return { uid, ref, drawnWidth, typeScale, width: drawnWidth / typeScale };
}
