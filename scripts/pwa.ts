/**
 * Offline use (docs/architecture.md §4): what the service worker precaches, the web manifest,
 * and the step that brings the precache list up to date after the prerender. Read by
 * vite.config.ts (VitePWA), by scripts/prerender.ts (after it rewrites index.html) and by the
 * unit tests (tests/unit/app/pwa.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * After a step that rewrote built files (the prerender of index.html): sets the precache
 * revisions in outDir/sw.js to the files as they are now, so the worker serves, and updates
 * to, the final HTML. Does nothing when the build has no service worker.
 */
export function refreshServiceWorker(outDir: string): { changed: string[]; entries: number } {
  const swPath = join(outDir, 'sw.js');
  if (!existsSync(swPath)) return { changed: [], entries: 0 };
  const result = refreshRevisions(readFileSync(swPath, 'utf8'), (url) => {
    const file = join(outDir, url);
    return existsSync(file) ? revisionOf(readFileSync(file)) : null;
  });
  if (result.entries === 0) throw new Error(`pwa: no precache entries found in ${swPath}`);
  const html = readdirSync(outDir).filter((name) => name.endsWith('.html'));
  const listed = new Set<string>();
  refreshRevisions(result.source, (url) => (listed.add(url), null));
  const missing = html.filter((name) => !listed.has(name));
  if (missing.length > 0) {
    throw new Error(`pwa: ${missing.join(', ')} not in the precache of ${swPath}`);
  }
  if (result.changed.length > 0) writeFileSync(swPath, result.source);
  return { changed: result.changed, entries: result.entries };
}
