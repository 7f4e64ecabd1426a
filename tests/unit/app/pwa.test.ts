import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FONT_SUBSETS,
  isPrecached,
  LIGHT_THEME,
  precacheFilter,
  refreshRevisions,
  revisionOf,
  WEB_MANIFEST,
} from '../../../scripts/pwa';

describe('the precache list', () => {
  it('keeps the app, the data set chunk, the message chunks, icons and the manifest', () => {
    for (const url of [
      'index.html',
      'assets/index-CuKw9HuS.js',
      'assets/dataset-DMZSlgzI.js',
      'assets/briefing-CMphgfhy.js',
      'assets/index-CPnKQ1IW.css',
      'favicon.svg',
      'icons/icon-512.png',
      'manifest.webmanifest',
    ]) {
      expect(isPrecached(url), url).toBe(true);
    }
  });

  it('keeps the Inter subsets in FONT_SUBSETS and leaves the others out', () => {
    for (const subset of ['latin', 'latin-ext', 'cyrillic', 'vietnamese']) {
      expect(isPrecached(`assets/inter-${subset}-wght-normal-Dx4kXJAl.woff2`), subset).toBe(true);
    }
    for (const subset of ['cyrillic-ext', 'greek', 'greek-ext']) {
      expect(isPrecached(`assets/inter-${subset}-wght-normal-AbC_d-12.woff2`), subset).toBe(false);
    }
  });

  it("precaches every Inter subset holding a character of the app's text, and no other", () => {
    // Each subset's unicode-range, as @fontsource-variable/inter declares it.
    const ranges = JSON.parse(
      readFileSync('node_modules/@fontsource-variable/inter/unicode.json', 'utf8'),
    ) as Record<string, string>;
    const covers = (range: string, code: number) =>
      range.split(',').some((part) => {
        const [from, to] = part.replace('U+', '').split('-');
        const low = parseInt(from!, 16);
        return code >= low && code <= (to ? parseInt(to, 16) : low);
      });
    const text = [...readdirSync('src', { recursive: true, encoding: 'utf8' })]
      .filter((path) => /\.(ts|tsx)$/.test(path))
      .map((path) => readFileSync(join('src', path), 'utf8'))
      .join('');
    const needed = new Set<string>();
    for (const char of new Set(text)) {
      const code = char.codePointAt(0)!;
      for (const [subset, range] of Object.entries(ranges)) {
        if (covers(range, code)) needed.add(subset);
      }
    }
    // Greek: only Σ, in the methodology's formulas, which are set in a monospace font (the
    // offline browser test, tests/e2e/offline.spec.ts, sees no Inter Greek request).
    needed.delete('greek');
    expect([...needed].sort()).toEqual([...FONT_SUBSETS].sort());
  });

  it("leaves MSW's worker out", () => {
    expect(isPrecached('mockServiceWorker.js')).toBe(false);
    expect(isPrecached('/mockServiceWorker.js')).toBe(false);
  });

  it('filters workbox manifest entries, keeping their fields', () => {
    const entries = [
      { url: 'index.html', revision: 'a', size: 1 },
      { url: 'mockServiceWorker.js', revision: 'b', size: 2 },
      { url: 'assets/inter-greek-wght-normal-x.woff2', revision: null, size: 3 },
    ];
    expect(precacheFilter(entries)).toEqual({ manifest: [entries[0]] });
  });
});

describe('refreshing revisions after the prerender', () => {
  const sw =
    'e.precacheAndRoute([{url:"assets/index-x.js",revision:null},' +
    '{url:"index.html",revision:"0123456789abcdef0123456789abcdef"},' +
    '{url:"favicon.svg",revision:"ffffffffffffffffffffffffffffffff"}],{})';

  it("sets a rewritten file's revision to the MD5 of its bytes and leaves the rest", () => {
    const html = '<div id="root"><h1>Prerendered</h1></div>';
    const result = refreshRevisions(sw, (url) =>
      url === 'index.html'
        ? revisionOf(html)
        : url === 'favicon.svg'
          ? 'ffffffffffffffffffffffffffffffff'
          : null,
    );
    expect(result.changed).toEqual(['index.html']);
    expect(result.entries).toBe(2);
    expect(result.source).toContain(`{url:"index.html",revision:"${revisionOf(html)}"}`);
    expect(result.source).toContain(
      '{url:"favicon.svg",revision:"ffffffffffffffffffffffffffffffff"}',
    );
    expect(result.source).toContain('{url:"assets/index-x.js",revision:null}');
  });

  it('reads the quoted-key form workbox writes without minifying', () => {
    const plain = '[{"url": "index.html", "revision": "00"}]';
    const result = refreshRevisions(plain, () => 'ab');
    expect(result.source).toBe('[{"url": "index.html", "revision": "ab"}]');
  });

  it('computes the same revision as workbox (MD5, hex)', () => {
    expect(revisionOf('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
});

describe('the web manifest', () => {
  it('has what Chromium needs to install the app', () => {
    expect(WEB_MANIFEST).toMatchObject({
      name: expect.stringContaining('Fulcrum'),
      short_name: 'Fulcrum',
      start_url: '/',
      display: 'standalone',
      lang: 'en',
    });
    const sizes = WEB_MANIFEST.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  it('takes its colours from the light theme', () => {
    const css = readFileSync('src/app/styles.css', 'utf8');
    // The light palette is the first block of the style sheet that defines --bg (on :root).
    const root = /\{[^}]*--bg:[^}]*\}/.exec(css)?.[0] ?? '';
    expect(root).toContain(`--bg: ${LIGHT_THEME.background};`);
    expect(root).toContain(`--text: ${LIGHT_THEME.text};`);
    expect(WEB_MANIFEST.background_color).toBe(LIGHT_THEME.background);
    expect(WEB_MANIFEST.theme_color).toBe(LIGHT_THEME.text);
  });

  it('names icons that exist in public/, as PNGs of the stated size', () => {
    for (const icon of WEB_MANIFEST.icons) {
      const path = `public${icon.src}`;
      expect(existsSync(path), path).toBe(true);
      const png = readFileSync(path);
      // PNG signature, then the IHDR chunk's width and height (big-endian).
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const [w, h] = icon.sizes.split('x').map(Number);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([w, h]);
    }
  });
});
