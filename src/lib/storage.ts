import type { z } from 'zod';

/**
 * The one door for localStorage: reads are parsed with a zod schema and fall back on any
 * problem (missing, corrupt, foreign, storage unavailable); writes report failure instead
 * of throwing (quota exceeded, private mode).
 */
export function readStored<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (raw === null || raw === undefined) return fallback;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
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
