/**
 * Prerenders every page into a built app (default dist/), after `vite build`: each address of
 * the route table (src/app/prerenderPaths.ts: every route, each country, each briefing slide)
 * in every language, written where a static server and the service worker find it (`/` →
 * index.html, `/country/KG` → country/KG.html: `vite preview`, like most static hosts, tries
 * `<path>.html`). Each page holds its English copy in #root and the other languages in
 * templates; a small script written into each page (allowed by its hash) shows the visitor's
 * language before the first paint (src/app/firstPaint.ts says how and why). Each page's head
 * names the style sheets of its own code, and its first-paint script the scripts (from the
 * build's manifest), so it paints styled and the app starts sooner.
 * Usage: tsx --tsconfig tsconfig.app.json scripts/prerender.ts [outDir]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadEnv, type Plugin } from 'vite';
import { bundleClassicScript } from './classicScript.ts';
import {
  assertInlineScriptsAllowed,
  chunkFiles,
  emptyOriginDependentParts,
  inlineScriptCode,
  pageHead,
  type BuildManifest,
} from './prerenderHtml.ts';
import { refreshServiceWorker } from './pwa.ts';
import { contentSecurityPolicy, scriptHash, withPolicy } from './contentSecurityPolicy.ts';

const root = process.cwd();
const outDir = resolve(process.argv[2] ?? 'dist');
const ssrDir = resolve('node_modules/.cache/prerender');
const EMPTY_ROOT = '<div id="root"></div>';
/** Where a render notes each module of the app it imports on demand (see recordLazyImports). */
const RECORD = '__fulcrumPrerenderImports';

// A build that loads its data set from elsewhere (VITE_DATA_URL, src/app/main.tsx) would paint
// the bundled data set's numbers and countries before its own: it is left unprerendered, and
// the app draws every page.
if (loadEnv('production', root, 'VITE_').VITE_DATA_URL) {
  console.log('prerender: skipped (VITE_DATA_URL: the data set is not the bundled one)');
  process.exit(0);
}

/** A module path as the build's manifest names it: relative to the project, with slashes. */
const projectPath = (file: string) => relative(root, file).split(sep).join('/');

/**
 * Makes every `import()` in the app's code note the module it loads, so the prerender learns
 * which of the client's scripts and style sheets a page needs (a page, its messages).
 */
function recordLazyImports(): Plugin {
  const src = resolve('src') + sep;
  return {
    name: 'fulcrum:prerender-record-imports',
    async transform(code, id) {
      if (!id.startsWith(src) || !code.includes('import(')) return null;
      let out = '';
      let last = 0;
      for (const match of code.matchAll(/\bimport\(\s*(["'])([^"']+)\1\s*\)/g)) {
        const target = await this.resolve(match[2]!, id);
        if (!target || !target.id.startsWith(src)) continue;
        const module = JSON.stringify(projectPath(target.id.replace(/\?.*$/, '')));
        out += `${code.slice(last, match.index)}(globalThis.${RECORD}?.add(${module}), ${match[0]})`;
        last = match.index + match[0].length;
      }
      return last === 0 ? null : { code: out + code.slice(last), map: null };
    },
  };
}

/**
 * The origin the pages are rendered at. A link to the view itself (the briefing's title slide
 * shows one, with its QR code) needs the origin the app is served from, which the build
 * cannot know: emptyOriginDependentParts takes this one out of the page again.
 */
const PLACEHOLDER_ORIGIN = 'https://prerender.invalid';

// The app for node, in one file without code splitting: each page gets a fresh copy of it
// (below), so no page inherits another's state or already-loaded modules.
await build({
  logLevel: 'warn',
  plugins: [recordLazyImports()],
  define: { 'window.location.origin': JSON.stringify(PLACEHOLDER_ORIGIN) },
  build: {
    ssr: 'src/app/prerender-entry.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    copyPublicDir: false,
    manifest: false,
    rolldownOptions: {
      output: { entryFileNames: 'prerender-entry.mjs', codeSplitting: false },
    },
  },
});

/** What src/app/prerender-entry.tsx exports (typed here: the scripts' tsconfig has no JSX). */
interface Entry {
  pages(): { path: string; renders: string }[];
  render(path: string, language: string): Promise<{ html: string; title: string | null }>;
  languages: readonly string[];
  prerenderedAttribute: string;
  fileOfPage(path: string): string;
}
const entryUrl = pathToFileURL(resolve(ssrDir, 'prerender-entry.mjs')).href;
const fresh = (n: number) => import(`${entryUrl}?page=${n}`) as Promise<Entry>;

/**
 * The first-paint script (src/app/firstPaint.ts) as one classic script, written into each page
 * (the policy allows it by its hash): as a file it cost a round trip before the first paint.
 */
async function buildFirstPaint(languages: readonly string[]): Promise<string> {
  const code = await bundleClassicScript(
    `import { firstPaint } from ${JSON.stringify(resolve('src/app/firstPaint.ts'))};\n` +
      `firstPaint(document, { location, languages: ${JSON.stringify(languages)}, ` +
      'page: document.currentScript?.dataset.path, app: document.currentScript?.dataset.app, ' +
      "preloads: document.currentScript?.dataset.preload?.split(' ') });",
  );
  return inlineScriptCode(code.trim());
}

const { pages, languages, prerenderedAttribute, fileOfPage } = await fresh(0);
const firstPaint = await buildFirstPaint(languages);
const manifestPath = resolve(outDir, '.vite/manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuildManifest;
// Every page states the policy with the first-paint script's hash (and so does the server: it
// repeats the pages' policy, scripts/contentSecurityPolicy.ts).
const template = withPolicy(
  readFileSync(resolve(outDir, 'index.html'), 'utf8'),
  contentSecurityPolicy([scriptHash(firstPaint)]),
);
if (!template.includes(EMPTY_ROOT)) {
  throw new Error(`prerender: no empty ${EMPTY_ROOT} in ${outDir}/index.html`);
}
// The prerendered text paints before the web font arrives; once it does, the text would
// reflow (a layout shift). Preloaded, the fonts of the first screen's text (Latin, and
// Cyrillic for the language menu and the Russian pages) arrive with the style sheets instead.
const fonts = readdirSync(resolve(outDir, 'assets')).filter((name) =>
  /^inter-(latin|cyrillic)-wght-normal-.*\.woff2$/.test(name),
);
if (fonts.length !== 2) {
  throw new Error(`prerender: expected 2 Inter fonts, found ${fonts.join(', ')}`);
}

const written: string[] = [];
for (const [n, page] of pages().entries()) {
  const app = await fresh(n + 1);
  const imported = new Set<string>();
  (globalThis as Record<string, unknown>)[RECORD] = imported;
  const copies = [];
  for (const language of languages) {
    const { html, title } = await app.render(page.renders, language);
    const body = emptyOriginDependentParts(html, PLACEHOLDER_ORIGIN);
    if (/<script|<\/?template/i.test(body)) {
      throw new Error(`prerender: ${page.path} in ${language} holds a <script> or <template>`);
    }
    if (!body.startsWith('<div ')) throw new Error(`prerender: ${page.path} is not one <div>`);
    // Each copy's element names its language (styles.css hides the English one by it).
    const marked = `<div ${prerenderedAttribute}="${language}" ${body.slice('<div '.length)}`;
    copies.push({ language, html: marked, title });
  }
  delete (globalThis as Record<string, unknown>)[RECORD];
  const [first, ...others] = copies;
  if (first?.language !== 'en') throw new Error('prerender: English must be the first language');
  const {
    html: head,
    app: entry,
    preloads,
  } = pageHead(template, {
    path: page.path,
    title: first.title,
    fonts: fonts.map((name) => `assets/${name}`),
    firstPaint,
    ...chunkFiles(manifest, [...imported]),
  });
  const templates = others
    .map(
      (copy) =>
        `<template ${prerenderedAttribute}="${copy.language}"${copy.title ? ` data-title="${copy.title}"` : ''}>` +
        `${copy.html}</template>`,
    )
    .join('');
  const html = head.replace(
    EMPTY_ROOT,
    () =>
      `<div id="root" data-path="${page.path}">${first.html}</div>${templates}` +
      `<script data-app="${entry}" data-preload="${preloads.join(' ')}">${firstPaint}</script>`,
  );
  assertInlineScriptsAllowed(html, page.path);
  const file = fileOfPage(page.path);
  mkdirSync(dirname(resolve(outDir, file)), { recursive: true });
  writeFileSync(resolve(outDir, file), html);
  written.push(file);
}
// Read above; not part of the site.
rmSync(resolve(outDir, '.vite'), { recursive: true, force: true });
console.log(`prerendered ${written.length} pages in ${languages.join(', ')} into ${outDir}`);

// The service worker's precache list was written before this step: add the pages, and give
// index.html its revision as it is now (scripts/pwa.ts).
const precache = refreshServiceWorker(outDir, written);
if (precache.changed.length > 0 || precache.added.length > 0) {
  console.log(
    `sw.js: ${precache.added.length} files added, new revision of ${precache.changed.join(', ')}`,
  );
}
