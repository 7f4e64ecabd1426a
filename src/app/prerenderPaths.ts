import { matchPath, type RouteObject } from 'react-router';

/** A prerendered page: the address it is served at, and the address rendered into it. */
export interface PrerenderedPage {
  path: string;
  renders: string;
}

function join(parent: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${parent.replace(/\/$/, '')}/${path}`;
  return joined === '' ? '/' : joined;
}

/**
 * The addresses the build prerenders (scripts/prerender.ts), read from the route table: every
 * static path once, and a route with parameters (`/country/:code`, `/brief/:slide?`) once per
 * address `values` lists for its pattern (each must match it). A catch-all (`*`) is the app's
 * to answer. A route with parameters that `values` does not cover throws: a new route is
 * prerendered, or the build says it is not, never missed in silence.
 */
export function prerenderPaths(
  routes: readonly RouteObject[],
  values: Readonly<Record<string, readonly string[]>>,
): string[] {
  const paths: string[] = [];
  const used = new Set<string>();
  const walk = (list: readonly RouteObject[], parent: string) => {
    for (const route of list) {
      const pattern = route.index ? parent : join(parent, route.path ?? '');
      // A layout is a page through its children (its index route, say), not by itself.
      if (route.children) {
        walk(route.children, pattern);
        continue;
      }
      if (pattern.endsWith('*')) continue;
      if (!pattern.includes(':')) {
        paths.push(pattern);
        continue;
      }
      const addresses = values[pattern];
      if (addresses === undefined) {
        throw new Error(`prerender: no addresses given for the route ${pattern}`);
      }
      used.add(pattern);
      for (const address of addresses) {
        if (!matchPath(pattern, address)) {
          throw new Error(`prerender: ${address} does not match the route ${pattern}`);
        }
        paths.push(address);
      }
    }
  };
  walk(routes, '/');
  const unused = Object.keys(values).filter((pattern) => !used.has(pattern));
  if (unused.length > 0) throw new Error(`prerender: no route ${unused.join(', ')}`);
  return [...new Set(paths)];
}

/**
 * The file a static server (and `vite preview`) answers an address with: `/` → index.html,
 * `/country/KG` → country/KG.html (the server tries `<path>.html`; so does the service worker,
 * whose precache matches "clean" addresses: scripts/pwa.ts).
 */
export function fileOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}.html`;
}
