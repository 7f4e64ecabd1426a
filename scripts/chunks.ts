/**
 * How the build groups the app's modules into scripts (vite.config.ts): every module the entry
 * imports statically — what the first screen loads in any case — goes into one script. Left to
 * itself, the bundler split the modules that lazy pages share with the first screen into a
 * script per set of sharing pages: 25 first-screen scripts, each compressed apart (240.1 KiB
 * gzip measured by tests/bench/bundle.ts; one script: 232.5 KiB for the same code).
 */

/** What the chunking step tells about a module (rolldown's ChunkingContext, the part used). */
export interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * A test for a code-splitting group: is `id` statically reachable from `entry`? The set is
 * walked once per build (the graph does not change while chunks are made).
 */
export function staticallyReachableFrom(
  entry: string,
): (id: string, graph: ModuleGraph) => boolean {
  let reachable: Set<string> | null = null;
  return (id, graph) => {
    if (!reachable) {
      const found = new Set<string>();
      const queue = [entry];
      while (queue.length > 0) {
        const next = queue.pop()!;
        if (found.has(next)) continue;
        found.add(next);
        for (const imported of graph.getModuleInfo(next)?.importedIds ?? []) queue.push(imported);
      }
      reachable = found;
    }
    return reachable.has(id);
  };
}
