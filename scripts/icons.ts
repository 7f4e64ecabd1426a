/**
 * The web manifest's icons (scripts/pwa.ts WEB_MANIFEST) drawn from the logo, public/favicon.svg,
 * in Chromium: public/icons/icon-192.png, icon-512.png and icon-maskable-512.png (the logo on its
 * own background colour, inside the central 80 % that every mask shape keeps). Run it after a
 * change of the logo and commit the PNGs; the build and CI only copy them.
 * Usage: npx tsx --tsconfig tsconfig.app.json scripts/icons.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const logo = readFileSync(resolve('public/favicon.svg'), 'utf8');
const outDir = resolve('public/icons');
/** The logo's own background (its rounded square), which fills a maskable icon to the edges. */
const fill = /<rect[^>]*fill="(#[0-9a-fA-F]{3,8})"/.exec(logo)?.[1] ?? '#0f172a';

/** A page drawing the logo at `size` px, scaled to `share` of the square, centred on `background`. */
function page(size: number, share: number, background: string) {
  const inner = Math.round(size * share);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${size}px; height: ${size}px; background: ${background}; }
    body { display: grid; place-items: center; }
    svg { width: ${inner}px; height: ${inner}px; display: block; }
  </style></head><body>${logo}</body></html>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, share: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, share: 1, background: 'transparent' },
  // Maskable: the safe zone is a circle of 80 % of the width; the logo's square fits inside it
  // at 0.8 / √2 ≈ 56 %, and its colour fills the rest.
  { file: 'icon-maskable-512.png', size: 512, share: 0.56, background: fill },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const icon of icons) {
    const context = await browser.newContext({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    const tab = await context.newPage();
    await tab.setContent(page(icon.size, icon.share, icon.background));
    const png = await tab.screenshot({ omitBackground: icon.background === 'transparent' });
    writeFileSync(resolve(outDir, icon.file), png);
    console.log(`public/icons/${icon.file} (${icon.size}×${icon.size}, ${png.length} bytes)`);
    await context.close();
  }
} finally {
  await browser.close();
}
