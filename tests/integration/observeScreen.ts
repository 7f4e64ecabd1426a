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
