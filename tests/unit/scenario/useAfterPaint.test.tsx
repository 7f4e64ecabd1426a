// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint, useInStepWhenSeen } from '@/scenario/hooks';

// Frames and tasks are driven by hand: the hook's promise is an order (the value changes only
// after a frame and then a task), not a time.
afterEach(() => {
  vi.useRealTimers();
});

describe('useAfterPaint', () => {
  it('gives the first value at once', () => {
    const { result } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 'first' },
    });
    expect(result.current).toBe('first');
  });

  it('follows a new value only after a frame and then a task', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    expect(result.current).toBe(1);
    // The frame that paints the step: still the old value in it.
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    expect(result.current).toBe(1);
    // The task after the paint.
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe(2);
  });

  it('abandons a value that a newer one replaced before the paint', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const seen: number[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = useAfterPaint(value);
        seen.push(shown);
        return shown;
      },
      { initialProps: { value: 1 } },
    );
    rerender({ value: 2 });
    rerender({ value: 3 });
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe(3);
    expect(seen).not.toContain(2);
  });

  it('keeps an object value by identity until it changes', () => {
    const value = { scores: [1, 2] };
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), {
      initialProps: { v: value },
    });
    rerender({ v: value });
    expect(result.current).toBe(value);
  });
});

/** A stand-in IntersectionObserver whose answers the test gives (jsdom has none). */
class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | null = null;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.last = this;
  }
  observe() {}
  disconnect() {}
  /** the browser reports whether the element is on screen */
  report(isIntersecting: boolean) {
    this.callback(
      [{ isIntersecting } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
}

describe('useInStepWhenSeen', () => {
  const withElement = () => ({ current: document.createElement('section') });

  afterEach(() => {
    vi.unstubAllGlobals();
    FakeIntersectionObserver.last = null;
  });

  it('follows at once while the element is on screen, and where the browser cannot tell', () => {
    const ref = withElement();
    const { result, rerender } = renderHook(({ value }) => useInStepWhenSeen(ref, value), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    expect(result.current).toBe(2);
  });

  it('off screen, follows only after the frame and a task; back on screen, at once', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const ref = withElement();
    const { result, rerender } = renderHook(({ value }) => useInStepWhenSeen(ref, value), {
      initialProps: { value: 1 },
    });
    act(() => FakeIntersectionObserver.last!.report(false));
    rerender({ value: 2 });
    expect(result.current).toBe(1);
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    expect(result.current).toBe(1);
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe(2);
    // Still off screen: the next step lags again; scrolled into view, it shows the latest.
    rerender({ value: 3 });
    expect(result.current).toBe(2);
    act(() => FakeIntersectionObserver.last!.report(true));
    expect(result.current).toBe(3);
  });
});
