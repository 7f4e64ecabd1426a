// The prerender's logic (scripts/prerender.ts): which pages, at which files, with which head;
// what a build cannot know taken out; the pages added to the service worker's precache. The
// built pages in a browser: tests/e2e/prerender.spec.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fileOf, prerenderPaths } from '@/app/prerenderPaths';
import { routes } from '@/app/routes';
import {
  assertInlineScriptsAllowed,
  chunkFiles,
  emptyOriginDependentParts,
  inlineScriptCode,
  pageHead,
  type BuildManifest,
} from '../../../scripts/prerenderHtml';
import { bundleClassicScript, classicScriptConfig } from '../../../scripts/classicScript';
import {
  contentSecurityPolicy,
  policyMetaTag,
  scriptHash,
} from '../../../scripts/contentSecurityPolicy';
import { addPrecacheEntries, refreshServiceWorker, revisionOf } from '../../../scripts/pwa';

const Page = () => null;

describe('the pages to prerender', () => {
  const table: RouteObject[] = [
    {
      path: '/',
      Component: Page,
      children: [
        { index: true, Component: Page },
        { path: 'compare', Component: Page },
        { path: 'country/:code', Component: Page },
        { path: 'brief/:slide?', Component: Page },
        { path: '*', Component: Page },
      ],
    },
  ];
  const values = {
    '/country/:code': ['/country/KG', '/country/TJ'],
    '/brief/:slide?': ['/brief', '/brief/overview'],
  };

  it('are every static route and each address given for a route with parameters', () => {
    expect(prerenderPaths(table, values)).toEqual([
      '/',
      '/compare',
      '/country/KG',
      '/country/TJ',
      '/brief',
      '/brief/overview',
    ]);
  });

  it('leave no route with parameters out, and take no address a route does not match', () => {
    expect(() => prerenderPaths(table, { '/country/:code': ['/country/KG'] })).toThrow(
      /\/brief\/:slide\?/,
    );
    expect(() => prerenderPaths(table, { ...values, '/country/:code': ['/countries/KG'] })).toThrow(
      /does not match/,
    );
    expect(() => prerenderPaths(table, { ...values, '/versus/:a': ['/versus/x'] })).toThrow(
      /no route \/versus\/:a/,
    );
  });

  it("cover the app's route table", () => {
    const paths = prerenderPaths(routes, {
      '/country/:code': ['/country/KG'],
      '/brief/:slide?': ['/brief'],
    });
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/compare', '/analysis', '/methodology', '/versus', '/data']),
    );
  });

  it('are written where a static server looks for their address', () => {
    expect(fileOf('/')).toBe('index.html');
    expect(fileOf('/country/KG')).toBe('country/KG.html');
    expect(fileOf('/brief')).toBe('brief.html');
  });
});

describe("a page's scripts and style sheets", () => {
  const manifest: BuildManifest = {
    'index.html': {
      file: 'assets/index-a.js',
      isEntry: true,
      imports: ['_first-screen.js'],
      css: ['assets/first-screen.css'],
    },
    '_first-screen.js': { file: 'assets/first-screen.js', css: ['assets/first-screen.css'] },
    'src/features/country/CountryPage.tsx': {
      file: 'assets/CountryPage.js',
      imports: ['_first-screen.js', '_RadarChart.js'],
      css: ['assets/CountryPage.css'],
    },
    '_RadarChart.js': { file: 'assets/RadarChart.js', css: ['assets/RadarChart.css'] },
    'src/i18n/locales/country.ts': { file: 'assets/country.js' },
  };

  it("are the modules' own and their imports', not those of every page", () => {
    expect(
      chunkFiles(manifest, [
        'src/features/country/CountryPage.tsx',
        'src/i18n/locales/country.ts',
        'src/lib/inTheEntry.ts',
      ]),
    ).toEqual({
      styles: ['assets/CountryPage.css', 'assets/RadarChart.css'],
      scripts: ['assets/CountryPage.js', 'assets/RadarChart.js', 'assets/country.js'],
    });
    expect(chunkFiles(manifest, [])).toEqual({ styles: [], scripts: [] });
  });
});

describe("a page's head", () => {
  const built = [
    '<html lang="en"><head>',
    '<link rel="icon" href="/favicon.svg" />',
    '<title>Fulcrum</title>',
    '<script type="module" crossorigin src="/assets/index-a.js"></script>',
    '<link rel="modulepreload" crossorigin href="/assets/first-screen.js">',
    '<link rel="stylesheet" crossorigin href="/assets/first-screen.css">',
    '<link rel="manifest" href="/manifest.webmanifest"></head><body></body></html>',
  ].join('\n');
  const { html, app, preloads } = pageHead(built, {
    path: '/country/KG',
    title: 'Kyrgyzstan — Fulcrum',
    fonts: ['assets/inter-latin.woff2'],
    firstPaint: 'firstPaint(document);',
    styles: ['assets/CountryPage.css'],
    scripts: ['assets/CountryPage.js'],
  });
  const order = (...parts: string[]) => parts.map((part) => html.indexOf(part));

  it("has the page's title, and its style sheets after the entry's", () => {
    expect(html).toContain('<title>Kyrgyzstan — Fulcrum</title>');
    expect(html).not.toContain('<title>Fulcrum</title>');
    const [first, own] = order('first-screen.css', '"/assets/CountryPage.css"');
    expect(first).toBeGreaterThan(0);
    expect(own).toBeGreaterThan(first!);
    expect(html).toContain('<link rel="preload" href="/assets/inter-latin.woff2" as="font"');
  });

  it('runs the first-paint script after the style sheets, and leaves the scripts to it', () => {
    expect(app).toBe('/assets/index-a.js');
    expect(html).not.toContain('<script type="module"');
    const [css, script, end] = order(
      'CountryPage.css',
      '<script data-path="/country/KG">firstPaint(document);</script>',
      '</head>',
    );
    expect(css).toBeGreaterThan(0);
    expect(script).toBeGreaterThan(css!);
    expect(end).toBeGreaterThan(script!);
    // Nothing of the app is fetched before the first paint: the first-paint script preloads
    // the entry's imports, then the page's own scripts, when it starts the entry.
    expect(html).not.toContain('modulepreload');
    expect(preloads).toEqual(['/assets/first-screen.js', '/assets/CountryPage.js']);
  });

  it('preloads a script once when the page names one the entry imports', () => {
    const again = pageHead(built, { ...noFiles, scripts: ['assets/first-screen.js'] });
    expect(again.preloads).toEqual(['/assets/first-screen.js']);
  });

  it('keeps the built title when the page sets none', () => {
    expect(pageHead(built, { ...noFiles, title: null }).html).toContain('<title>Fulcrum</title>');
  });

  it('says what the built index.html lacks', () => {
    expect(() => pageHead(built.replace(/<script type="module"[^\n]*/, ''), noFiles)).toThrow(
      /module script/,
    );
  });
});

const noFiles = {
  path: '/',
  title: null,
  fonts: [],
  firstPaint: 'firstPaint(document);',
  styles: [],
  scripts: [],
};

describe('what depends on the origin the page is served from', () => {
  const origin = 'https://prerender.invalid';
  const figure =
    '<figure class="briefing-share"><svg class="briefing-qr" viewBox="0 0 25 25"><rect width="25"/>' +
    '<rect x="1"/></svg><figcaption><span>https://prerender.invalid/brief/overview</span>' +
    '</figcaption></figure>';

  it("keeps the link's path and the QR code's box, not its squares", () => {
    expect(emptyOriginDependentParts(`<div>${figure}<p>text</p></div>`, origin)).toBe(
      '<div><figure class="briefing-share"><svg class="briefing-qr" viewBox="0 0 25 25"></svg>' +
        '<figcaption><span>/brief/overview</span></figcaption></figure><p>text</p></div>',
    );
  });

  it('leaves a page without it alone, and refuses one showing it elsewhere', () => {
    expect(emptyOriginDependentParts('<p>x</p>', origin)).toBe('<p>x</p>');
    expect(() => emptyOriginDependentParts(`<a href="${origin}/x">x</a>`, origin)).toThrow(
      /its own origin/,
    );
  });
});

describe('the prerendered pages in the precache', () => {
  const sw =
    'e.precacheAndRoute([{url:"assets/index-x.js",revision:null},' +
    '{url:"index.html",revision:"0123456789abcdef0123456789abcdef"}],{})';

  it("are added after index.html's entry", () => {
    expect(addPrecacheEntries(sw, [{ url: 'country/KG.html', revision: 'ab' }])).toBe(
      'e.precacheAndRoute([{url:"assets/index-x.js",revision:null},' +
        '{url:"index.html",revision:"0123456789abcdef0123456789abcdef"},' +
        '{url:"country/KG.html",revision:"ab"}],{})',
    );
    expect(addPrecacheEntries(sw, [])).toBe(sw);
    expect(() => addPrecacheEntries('[]', [{ url: 'a.html', revision: 'ab' }])).toThrow(
      /index\.html/,
    );
  });

  it('are added with their revisions, and no HTML file of the build is left out', () => {
    const out = mkdtempSync(join(tmpdir(), 'fulcrum-prerender-'));
    try {
      mkdirSync(join(out, 'country'));
      writeFileSync(join(out, 'index.html'), '<p>overview</p>');
      writeFileSync(join(out, 'country/KG.html'), '<p>KG</p>');
      writeFileSync(join(out, 'sw.js'), sw);
      expect(() => refreshServiceWorker(out)).toThrow(/country\/KG\.html not in the precache/);
      const result = refreshServiceWorker(out, ['country/KG.html']);
      expect(result).toMatchObject({ added: ['country/KG.html'], changed: ['index.html'] });
      const source = readFileSync(join(out, 'sw.js'), 'utf8');
      expect(source).toContain(`{url:"country/KG.html",revision:"${revisionOf('<p>KG</p>')}"}`);
      expect(source).toContain(`{url:"index.html",revision:"${revisionOf('<p>overview</p>')}"}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the first-paint script', () => {
  it('is built as one classic script, never split', () => {
    const { output } = classicScriptConfig('').build?.rolldownOptions ?? {};
    expect(output).toMatchObject({ format: 'iife', codeSplitting: false });
  });

  it('is one classic script, even when what it bundles imports a module on demand', async () => {
    const code = await bundleClassicScript(
      "import('@/app/firstPaint').then((m) => console.log(m.PRERENDERED));",
    );
    expect(code).toContain('data-prerender');
    expect(code).not.toMatch(/\bimport\s*\(|\bexport\b/);
  });
});

describe("a page's inline scripts", () => {
  it('refuse code that would end the script early or change how the parser reads it', () => {
    expect(inlineScriptCode('firstPaint(document);')).toBe('firstPaint(document);');
    for (const code of ['a("</script>")', 'a("</SCRIPT ")', 'a("<!--")']) {
      expect(() => inlineScriptCode(code), code).toThrow(/<\/script" or "<!--"/);
    }
  });

  it('must each be named by the policy the page states', () => {
    const code = 'firstPaint(document);';
    const written = (policy: string, body: string) =>
      `<head>${policyMetaTag(policy)}<script data-path="/">${code}</script></head>` +
      `<body>${body}<script type="module" src="/assets/x.js"></script></body>`;
    const allowing = contentSecurityPolicy([scriptHash(code)]);
    const both = `<script data-app="/assets/i.js">${code}</script>`;
    expect(() => assertInlineScriptsAllowed(written(allowing, both), '/')).not.toThrow();
    // the policy of another version of the script
    expect(() =>
      assertInlineScriptsAllowed(written(contentSecurityPolicy([scriptHash('x')]), both), '/'),
    ).toThrow(/\/ holds an inline script its policy does not allow/);
    // any other inline script
    expect(() =>
      assertInlineScriptsAllowed(written(allowing, '<script>alert(1)</script>'), '/compare'),
    ).toThrow(/\/compare holds/);
    expect(() => assertInlineScriptsAllowed('<head></head>', '/')).toThrow(/states no/);
  });
});
