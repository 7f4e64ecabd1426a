/**
 * Prerenders the first screen into a built app's index.html (default dist/), after
 * `vite build`: builds src/app/prerender-entry.tsx for node, renders `/`, and puts the
 * HTML inside <div id="root">. Usage: tsx --tsconfig tsconfig.app.json scripts/prerender.ts [outDir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { refreshServiceWorker } from './pwa.ts';

const outDir = resolve(process.argv[2] ?? 'dist');
const ssrDir = resolve('node_modules/.cache/prerender');
const EMPTY_ROOT = '<div id="root"></div>';

await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/app/prerender-entry.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: 'prerender-entry.mjs' } },
  },
});

const { render } = (await import(pathToFileURL(resolve(ssrDir, 'prerender-entry.mjs')).href)) as {
  render: (url: string) => Promise<string>;
};
const htmlPath = resolve(outDir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: no empty ${EMPTY_ROOT} in ${htmlPath}`);
// React puts the page's <title> where it renders; the static head already has one.
const body = (await render('/')).replace(/<title>[^<]*<\/title>/, '');
if (/<script/i.test(body)) throw new Error('prerender: the rendered page contains a <script>');
// The prerendered text paints before the web font arrives; once it does, the text would
// reflow (a layout shift). Preloaded, the fonts of the first screen's text (Latin, and
// Cyrillic for the language menu) arrive with the style sheets instead.
const fonts = readdirSync(resolve(outDir, 'assets')).filter((name) =>
  /^inter-(latin|cyrillic)-wght-normal-.*\.woff2$/.test(name),
);
if (fonts.length !== 2)
  throw new Error(`prerender: expected 2 Inter fonts, found ${fonts.join(', ')}`);
const preloads = fonts
  .map(
    (name) =>
      `<link rel="preload" href="/assets/${name}" as="font" type="font/woff2" crossorigin />`,
  )
  .join('\n    ');
writeFileSync(
  htmlPath,
  html
    .replace('<link rel="icon"', `${preloads}\n    <link rel="icon"`)
    .replace(EMPTY_ROOT, `<div id="root">${body}</div>`),
);
console.log(`prerendered / into ${htmlPath} (${body.length} characters)`);
// The service worker's precache list was written before this step: give it index.html as it
// is now, so offline reloads and updates serve the prerendered page (scripts/pwa.ts).
const precache = refreshServiceWorker(outDir);
if (precache.changed.length > 0)
  console.log(`sw.js: new revision of ${precache.changed.join(', ')}`);
