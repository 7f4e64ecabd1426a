/**
 * Resolves in a later task, so that the browser can paint and answer input in between:
 * `scheduler.yield()` where there is one (Chromium), else a timer (whose nesting browsers clamp
 * to 4 ms from the fifth level).
 */
export function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
