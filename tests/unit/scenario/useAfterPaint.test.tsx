// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '@/scenario/hooks';

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
