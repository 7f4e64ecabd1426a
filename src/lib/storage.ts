/**
 * Browser storage (localStorage): every module that keeps something between visits goes
 * through here, so none of them can throw on a storage that is missing, denied or full.
 * Reading and writing text report failure as a code instead of throwing; what the text
 * means is checked where it is used: two small settings by the type guards below (plain
 * functions, not zod, so the first screen carries no schema library for them), saved
 * scenarios by their restore step (src/scenario/savedScenarioChecks.ts).
 */

/** The part of the Web Storage interface used here (tests pass an in-memory one). */
interface TextStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where to find the storage; may throw (a denied localStorage throws on access). */
export type StorageSource = () => TextStorage | null | undefined;

export const browserStorage: StorageSource = () => globalThis.localStorage;

/** Why storage could not be used. `detail` is the browser's error name, not for reading. */
export interface StorageFailure {
  code: 'storage-unavailable' | 'storage-full' | 'storage-failed';
  detail?: string;
}

function errorName(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null)) {
    const { name } = error as { name?: unknown };
    if (typeof name === 'string') return name;
  }
  return String(error);
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown };
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    e.code === 1014
  );
}

function open(source: StorageSource): TextStorage | null {
  try {
    return source() ?? null;
  } catch {
    return null;
  }
}

/** The text stored under a key (null when there is none), or why it could not be read. */
export function readText(
  key: string,
  source: StorageSource = browserStorage,
): { ok: true; text: string | null } | ({ ok: false } & StorageFailure) {
  const storage = open(source);
  if (!storage) return { ok: false, code: 'storage-unavailable' };
  try {
    return { ok: true, text: storage.getItem(key) };
  } catch (error) {
    return { ok: false, code: 'storage-unavailable', detail: errorName(error) };
  }
}

/** Stores text under a key, or says why it could not. */
export function writeText(
  key: string,
  text: string,
  source: StorageSource = browserStorage,
): { ok: true } | ({ ok: false } & StorageFailure) {
  const storage = open(source);
  if (!storage) return { ok: false, code: 'storage-unavailable' };
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      code: isQuotaError(error) ? 'storage-full' : 'storage-failed',
      detail: errorName(error),
    };
  }
}

/**
 * Calls `onChange` whenever another tab changes the key (or clears the storage): the
 * browser's `storage` event, which never fires in the tab that wrote. Returns the unsubscribe.
 */
export function watchKey(key: string, onChange: () => void): () => void {
  const target = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;
  if (typeof target.addEventListener !== 'function') return () => {};
  const listener = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange();
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener?.('storage', listener);
}

export type StoredCheck<T> = (value: unknown) => value is T;

/** A guard accepting exactly the given strings. */
export function oneOf<const T extends readonly string[]>(values: T): StoredCheck<T[number]> {
  const allowed = new Set<unknown>(values);
  return (value: unknown): value is T[number] => allowed.has(value);
}

/** A small JSON setting, or the fallback when it is missing, corrupt, foreign or unreadable. */
export function readStored<T>(key: string, isValid: StoredCheck<T>, fallback: T): T {
  const read = readText(key);
  if (!read.ok || read.text === null) return fallback;
  try {
    const value: unknown = JSON.parse(read.text);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function writeStored(
  key: string,
  value: unknown,
): { ok: true } | ({ ok: false } & StorageFailure) {
  return writeText(key, JSON.stringify(value));
}
