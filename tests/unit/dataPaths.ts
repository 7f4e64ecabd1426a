// Paths to the leaves of plain data, and copies with one leaf changed: for tests that check an
// equality sees every field.

export type Path = (string | number)[];

/** Every path to a leaf (a primitive) of plain data. */
export function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  }
  return [path];
}

/** A copy of `value` whose leaf at `path` holds something else. */
export function changedAt(value: unknown, path: Path): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return [value];
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const leaf = parent[last];
  parent[last] =
    typeof leaf === 'number'
      ? leaf === 0
        ? 1
        : leaf * 2
      : typeof leaf === 'string'
        ? `${leaf}·`
        : typeof leaf === 'boolean'
          ? !leaf
          : leaf === null
            ? 0
            : null;
  return copy;
}
