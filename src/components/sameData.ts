// Equality by value for React.memo, for props that carry rows rebuilt at every slider step.
// Every field counts, so a field added to a row or to a component's props can never be
// forgotten by a hand-written list and leave a memoised view showing old numbers.

const isPlain = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Whether two values hold the same data: the same primitive (NaN equals NaN), the same
 * object, or arrays and plain objects whose items and fields hold the same data. Anything
 * else (functions, maps, class instances, React elements) counts only when it is the very
 * same object, so a callback or a wording that changed is seen as changed. For rows and
 * summaries (tens of fields), not for whole score sets: the comparison walks what differs.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b) || '$$typeof' in a) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(y, key) || !sameData(x[key], y[key])) return false;
  }
  return true;
}
