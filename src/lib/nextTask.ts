// When the browser gets to paint and to answer input between pieces of work: one definition for
// the app's start-up, the first-paint script, the copy's chart redraws and the passes that follow
// a slider step once it is painted.

/**
 * Resolves in a later task, so that the browser can paint and answer input in between:
 * `scheduler.yield()` where there is one (Chromium), else a timer (whose nesting browsers clamp
 * to 4 ms from the fifth level).
 */
export function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `then` in the task after the next frame (a frame callback runs before the frame's style,
 * layout and paint; a task queued there runs after them). Returns a function that cancels it.
 * A hidden page draws no frames: `then` waits until it is shown.
 */
export function afterNextPaint(then: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    task = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
