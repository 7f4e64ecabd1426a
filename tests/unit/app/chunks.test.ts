import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staticallyReachableFrom, type ModuleGraph } from '../../../scripts/chunks';

function graphOf(edges: Record<string, string[]>): ModuleGraph {
  return {
    getModuleInfo: (id) => (id in edges ? { importedIds: edges[id]! } : null),
  };
}

describe('the first-screen script (scripts/chunks.ts)', () => {
  it('takes what the entry imports statically, at any depth, and nothing else', () => {
    const graph = graphOf({
      main: ['app', 'react'],
      app: ['overview', 'format'],
      overview: ['format'],
      react: [],
      format: [],
      // a lazy page: imported dynamically, so not in importedIds of anything above
      compare: ['format', 'dataTable'],
      dataTable: [],
    });
    const inFirstScreen = staticallyReachableFrom('main');
    const captured = ['main', 'app', 'overview', 'react', 'format', 'compare', 'dataTable'].filter(
      (id) => inFirstScreen(id, graph),
    );
    expect(captured).toEqual(['main', 'app', 'overview', 'react', 'format']);
  });

  it('ends on import cycles and unknown modules', () => {
    const graph = graphOf({ main: ['a', 'missing'], a: ['b'], b: ['a', 'main'] });
    const inFirstScreen = staticallyReachableFrom('main');
    expect(inFirstScreen('b', graph)).toBe(true);
    expect(inFirstScreen('missing', graph)).toBe(true);
    expect(inFirstScreen('elsewhere', graph)).toBe(false);
  });

  it('agrees with a naive search on random graphs', () => {
    const ids = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 30 }),
        (pairs) => {
          const edges: Record<string, string[]> = Object.fromEntries(ids.map((id) => [id, []]));
          for (const [from, to] of pairs) edges[from]!.push(to);
          const graph = graphOf(edges);
          const inFirstScreen = staticallyReachableFrom('m0');
          // naive: repeat until nothing new is reached
          const reached = new Set(['m0']);
          for (let round = 0; round < ids.length; round++)
            for (const [from, to] of pairs) if (reached.has(from)) reached.add(to);
          for (const id of ids) expect(inFirstScreen(id, graph)).toBe(reached.has(id));
        },
      ),
    );
  });
});
