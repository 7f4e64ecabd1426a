/**
 * Offline use (docs/architecture.md §4): what the service worker precaches, the web manifest,
 * and the step that brings the precache list up to date after the prerender. Read by
 * vite.config.ts (VitePWA), by scripts/prerender.ts (after it writes the pages) and by the
 * unit tests (tests/unit/app/pwa.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The Inter subsets the app's text needs, offline too. @fontsource-variable/inter's CSS declares
 * seven and the browser fetches a subset only when a page shows one of its characters: English
 * and Russian need Latin and Cyrillic; the methodology's formulas (ᵢ) and the sources' names (Š. Kudrat,
 * J. Šćepanović, tađžikskoj) need Latin Extended, and đ also pulls in the Vietnamese face. Greek and the Cyrillic
 * extension are never used and stay out. tests/unit/app/pwa.test.ts checks this list against
 * the characters in src/.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'vietnamese'] as const;

/** Files the build copies but a visitor never needs: MSW's worker is for dev and tests only. */
const NEVER_PRECACHED = new Set(['mockServiceWorker.js', 'robots.txt']);

/** Whether a built file (its path relative to the output folder) belongs in the precache. */
export function isPrecached(url: string): boolean {
  const path = url.replace(/^\/+/, '');
  if (NEVER_PRECACHED.has(path)) return false;
  const font = /(?:^|\/)inter-(.+)-wght-(?:normal|italic)-[\w-]+\.woff2?$/.exec(path);
  if (font) return (FONT_SUBSETS as readonly string[]).includes(font[1]!);
  return true;
}

/** A workbox `manifestTransforms` entry: keeps what isPrecached accepts. */
export function precacheFilter<T extends { url: string }>(entries: T[]): { manifest: T[] } {
  return { manifest: entries.filter((entry) => isPrecached(entry.url)) };
}

/** The light theme's page background and text colour (src/app/styles.css `:root`). */
export const LIGHT_THEME = { background: '#f8fafc', text: '#0f172a' } as const;

/** The web manifest (served as /manifest.webmanifest); icons come from scripts/icons.ts. */
export const WEB_MANIFEST = {
  id: '/',
  name: 'Fulcrum — Kyrgyzstan and Tajikistan between China and Russia',
  short_name: 'Fulcrum',
  description:
    'Scores how dependent Kyrgyzstan and Tajikistan are on China and on Russia, from a sourced data set, with scenarios.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: LIGHT_THEME.text,
  background_color: LIGHT_THEME.background,
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
} as const;

/** Workbox's revision of a file: the MD5 of its bytes, in hex. */
export function revisionOf(bytes: Uint8Array | string): string {
  return createHash('md5').update(bytes).digest('hex');
}

/**
 * The service worker's source with each precache entry's revision set to the file's current
 * one. `revision(url)` gives the revision of a file, or null when there is no such file (the
 * entry is left alone). Returns the new source and the entries that changed.
 */
export function refreshRevisions(
  source: string,
  revision: (url: string) => string | null,
): { source: string; changed: string[]; entries: number } {
  const changed: string[] = [];
  let entries = 0;
  const next = source.replace(
    /(\{\s*"?url"?\s*:\s*")([^"]+)("\s*,\s*"?revision"?\s*:\s*")([0-9a-f]+)(")/g,
    (whole, open: string, url: string, middle: string, old: string, close: string) => {
      entries += 1;
      const current = revision(url);
      if (current === null || current === old) return whole;
      changed.push(url);
      return `${open}${url}${middle}${current}${close}`;
    },
  );
  return { source: next, changed, entries };
}

/** A precache entry of the service worker: a file's path in the build and its revision. */
interface PrecacheEntry {
  url: string;
  revision: string;
}

/**
 * The service worker's source with `entries` added to its precache list, after index.html's
 * entry: files written after the build made the list (the prerendered pages). Throws when the
 * list has no index.html entry to put them beside.
 */
export function addPrecacheEntries(source: string, entries: readonly PrecacheEntry[]): string {
  if (entries.length === 0) return source;
  const index = /\{\s*"?url"?\s*:\s*"index\.html"\s*,\s*"?revision"?\s*:\s*"[0-9a-f]+"\s*\}/.exec(
    source,
  );
  if (!index) throw new Error('pwa: no precache entry for index.html');
  const end = index.index + index[0].length;
  const added = entries
    .map(
      ({ url, revision }) => `,{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}}`,
    )
    .join('');
  return `${source.slice(0, end)}${added}${source.slice(end)}`;
}

/** The HTML files of a build, as paths relative to it (`index.html`, `country/KG.html`). */
function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.html'));
}

/**
 * After a step that wrote built files (the prerender): sets the precache revisions in
 * outDir/sw.js to the files as they are now, and adds `written` files the list lacks (the
 * prerendered pages), so the worker serves, and updates to, the final
 * HTML. Every HTML file of the build must end up in the list. Does nothing when the build has
 * no service worker.
 */
export function refreshServiceWorker(
  outDir: string,
  written: readonly string[] = [],
): { changed: string[]; added: string[]; entries: number } {
  const swPath = join(outDir, 'sw.js');
  if (!existsSync(swPath)) return { changed: [], added: [], entries: 0 };
  const revision = (url: string) => {
    const file = join(outDir, url);
    return existsSync(file) ? revisionOf(readFileSync(file)) : null;
  };
  const listed = new Set<string>();
  const original = readFileSync(swPath, 'utf8');
  refreshRevisions(original, (url) => (listed.add(url), null));
  const added = written.filter((url) => !listed.has(url));
  const source = addPrecacheEntries(
    original,
    added.map((url) => {
      const current = revision(url);
      if (current === null) throw new Error(`pwa: ${url} is not in ${outDir}`);
      return { url, revision: current };
    }),
  );
  const result = refreshRevisions(source, revision);
  if (result.entries === 0) throw new Error(`pwa: no precache entries found in ${swPath}`);
  const now = new Set([...listed, ...added]);
  const missing = htmlFiles(outDir).filter((name) => !now.has(name));
  if (missing.length > 0) {
    throw new Error(`pwa: ${missing.join(', ')} not in the precache of ${swPath}`);
  }
  if (result.source !== original) writeFileSync(swPath, result.source);
  return { changed: result.changed, added, entries: result.entries };
}
