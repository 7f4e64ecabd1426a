/**
 * The one door for localStorage: reads are checked with a type guard and fall back on any
 * problem (missing, corrupt, foreign, storage unavailable); writes report failure instead
 * of throwing (quota exceeded, private mode). The guards are plain functions, not zod, so
 * that the first screen does not carry a schema library for two settings.
 */
export type StoredCheck<T> = (value: unknown) => value is T;

/** A guard accepting exactly the given strings. */
export function oneOf<const T extends readonly string[]>(values: T): StoredCheck<T[number]> {
  const allowed = new Set<unknown>(values);
  return (value: unknown): value is T[number] => allowed.has(value);
}

export function readStored<T>(key: string, isValid: StoredCheck<T>, fallback: T): T {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (raw === null || raw === undefined) return fallback;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function writeStored(
  key: string,
  value: unknown,
): { ok: true } | { ok: false; reason: string } {
  try {
    globalThis.localStorage.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
