// The page's chart cards as the integration tests read them: which are on screen (a stand-in
// IntersectionObserver), which card is which, and what a card's chart says.
import { screen, within } from '@testing-library/react';

/**
 * A stand-in IntersectionObserver (jsdom has none) that answers at once whether an observed
 * element is on screen: every element but those `offScreen` picks. For `vi.stubGlobal`.
 */
export function observeScreen(offScreen: (element: Element) => boolean) {
  return class {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(element: Element) {
      this.callback(
        [{ target: element, isIntersecting: !offScreen(element) } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
    }
    disconnect() {}
  };
}

/** Whether `element` is the chart card of `testId` (ChartCard's `data-testid`). */
export const isCard = (testId: string) => (element: Element) =>
  element.getAttribute('data-testid') === testId;

/** The text alternative of the chart in the card titled `title`. */
export const chartLabel = (title: string) =>
  within(screen.getByRole('region', { name: title }))
    .getByRole('img')
    .getAttribute('aria-label');
