/**
 * The state of the offline service worker as the page sees it: whether a new version of the app
 * is installed and waiting, and how to switch to it. src/app/registerServiceWorker.ts (the
 * production build only) feeds it; src/app/UpdateNotice.tsx shows it. Nothing here touches
 * browser storage: saved scenarios and preferences survive an update as they are.
 */
import { useSyncExternalStore } from 'react';

export interface UpdateState {
  /** A new version is installed and waits for the reader (it never takes over by itself). */
  waiting: boolean;
  /** The reader asked for it; the page reloads once the new version controls it. */
  applying: boolean;
}

type Apply = () => Promise<void>;

/**
 * What the prerendered copy shows (no update): a hydrating render must match it. The state starts
 * as this very object: React compares the two snapshots by identity after hydrating, and an equal
 * copy would make it render the notice again, synchronously, in the hydration's commit (which then
 * takes every other pending render with it: measured on /analysis).
 */
const NO_UPDATE: UpdateState = { waiting: false, applying: false };

let state: UpdateState = NO_UPDATE;
let apply: Apply | null = null;
const listeners = new Set<() => void>();

function set(next: UpdateState) {
  state = next;
  for (const listener of listeners) listener();
}

/** Called by the registration when a new version waits: `activate` lets it take over. */
export function updateWaiting(activate: Apply) {
  apply = activate;
  set({ waiting: true, applying: false });
}

/** Lets the waiting version take over; the page then reloads with the address it has. */
export async function applyUpdate() {
  if (!apply || state.applying) return;
  set({ ...state, applying: true });
  try {
    await apply();
  } catch {
    set({ ...state, applying: false });
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => NO_UPDATE,
  );
}

/** For tests: back to "no update". */
export function resetUpdateState() {
  apply = null;
  set(NO_UPDATE);
}
