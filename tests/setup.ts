import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for a condition; their default 1 s is a fixed time that a busy
// 2-core machine exceeds (the whole app's first render in a file: ~1 s idle, six times that
// with both cores busy). Waiting longer costs nothing when the condition holds early. The one
// figure for every test: none sets its own.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// jsdom lacks these browser APIs that charts and theme code use.
if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
}
