// What the benches that load the built app as a visitor does share (lighthouse.ts,
// startup.ts): a build prerendered into a folder of its own, served as a production server
// would (gzip, long caching for hashed assets, the preview server's headers and CSP).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { servedHeaders } from '../../scripts/contentSecurityPolicy';
import { build } from './serve';

/** The five routes issue 12 measures the first paint of. */
export const ROUTES = ['/', '/country/KG', '/compare', '/analysis', '/methodology'];

/**
 * A bench's command line: routes (each starting with "/"; ROUTES when none), a count option
 * (`--runs N`, `--loads N`: a whole number from 1 to `max`), and options that take a value.
 */
export function parseRouteArguments(
  argv: string[],
  count: { flag: string; initial: number; max: number },
  options: Record<string, (value: string | undefined) => void> = {},
): { count: number; routes: string[] } {
  let n = count.initial;
  const routes: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === count.flag) {
      n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > count.max) {
        throw new Error(
          `${count.flag} takes a whole number from 1 to ${count.max}, not "${argv[i]}"`,
        );
      }
    } else if (Object.hasOwn(options, argument)) options[argument]!(argv[++i]);
    else if (argument.startsWith('/')) routes.push(argument);
    else throw new Error(`unknown argument "${argument}" (routes start with "/")`);
  }
  return { count: n, routes: routes.length > 0 ? routes : ROUTES };
}

/** `vite build` into `out`, then every page prerendered there (scripts/prerender.ts). */
export function buildPrerendered(out: string) {
  build(['--outDir', out, '--emptyOutDir']);
  const prerender = spawnSync(
    'node_modules/.bin/tsx',
    ['--tsconfig', 'tsconfig.app.json', 'scripts/prerender.ts', out],
    { stdio: 'inherit' },
  );
  if (prerender.status !== 0) throw new Error('prerender failed');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest|txt|xml)$/;

/** The file a path is served from: the prerendered page, or index.html as the app's fallback. */
function fileFor(root: string, pathname: string): string {
  const fallback = join(root, 'index.html');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return fallback;
  }
  const wanted = normalize(join(root, decoded)).replace(/\/$/, '');
  if (!wanted.startsWith(root + sep)) return fallback; // the root itself, or outside it
  if (existsSync(wanted) && statSync(wanted).isFile()) return wanted;
  for (const candidate of [`${wanted}.html`, join(wanted, 'index.html')]) {
    if (existsSync(candidate)) return candidate;
  }
  return fallback;
}

/**
 * Serves the build as a production server would: the preview server's headers (the policy its
 * pages state among them, scripts/contentSecurityPolicy.ts), long caching for the hashed
 * assets, and text gzipped at level 9, once per file (a compression on every request would
 * add its time to the response times Lighthouse observes).
 */
export function servePrerendered(root: string, port: number): Promise<Server> {
  const previewHeaders = servedHeaders(root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    try {
      const file = fileFor(root, new URL(request.url ?? '/', 'http://x').pathname);
      const extension = extname(file);
      let body: Buffer = readFileSync(file);
      const headers: Record<string, string> = {
        ...previewHeaders,
        'Content-Type': TYPES[extension] ?? 'application/octet-stream',
        'Cache-Control': extension === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
        Vary: 'Accept-Encoding',
      };
      if (COMPRESSIBLE.test(file) && /gzip/.test(String(request.headers['accept-encoding']))) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        body = gzipped.get(file)!;
        headers['Content-Encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    }
  });
  return new Promise<Server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
