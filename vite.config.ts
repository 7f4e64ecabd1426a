/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { staticallyReachableFrom } from './scripts/chunks.ts';
import { precacheFilter, WEB_MANIFEST } from './scripts/pwa.ts';
import {
  contentSecurityPolicy,
  policyMetaTag,
  servedHeaders,
} from './scripts/contentSecurityPolicy.ts';

/**
 * The Content-Security-Policy (scripts/contentSecurityPolicy.ts) in the built index.html; the
 * prerender adds the first-paint script's hash to each page's.
 */
function policyInIndexHtml(): Plugin {
  return {
    name: 'fulcrum-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    ${policyMetaTag(contentSecurityPolicy())}`,
      );
    },
  };
}

/**
 * `vite preview` sends the policy the served build's pages state, read again whenever the
 * build's index.html changes (a rebuild under a running server changes the first-paint
 * script's hash, and a header naming the old one would block it).
 */
function servedWithPolicy(): Plugin {
  return {
    name: 'fulcrum-served-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const index = resolve(outDir, 'index.html');
      // With this hook Vite no longer checks for a build itself.
      if (!existsSync(index)) throw new Error(`${outDir} holds no build: run \`npm run build\``);
      let read: { modified: number; headers: Record<string, string> } | null = null;
      server.middlewares.use((_request, response, next) => {
        const modified = statSync(index).mtimeMs;
        if (read?.modified !== modified) read = { modified, headers: servedHeaders(outDir) };
        for (const [name, value] of Object.entries(read.headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * Offline use (scripts/pwa.ts): a service worker precaches the app, its lazy chunks (pages,
 * message namespaces, the data set), the Latin and Cyrillic Inter fonts and the icons, and
 * answers every navigation with its prerendered page (index.html for an address without
 * one). scripts/prerender.ts adds the pages to the precache list after it writes them. A new
 * version waits until the reader clicks "Reload" (src/app/UpdateNotice.tsx): code never
 * changes in the middle of a briefing.
 * The app registers the worker itself (src/app/registerServiceWorker.ts), not an inline script.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: { ...WEB_MANIFEST, icons: [...WEB_MANIFEST.icons] },
    includeAssets: [],
    workbox: {
      // Icons and the manifest are added by the plugin itself (includeManifestIcons).
      globPatterns: ['**/*.{js,css,html,svg,woff2}'],
      manifestTransforms: [precacheFilter],
      // The data set's chunk is ~200 KiB; nothing comes near the limit, but a growing data
      // set must not silently fall out of the precache.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      // Every page is prerendered (scripts/prerender.ts: /country/KG → country/KG.html, each
      // in every language): the precache answers an address with its page whatever its query
      // (?lang=, the scenario), and index.html only addresses that have no page of their own.
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/assets\//, /\/[^/]+\.[a-z0-9]+$/i],
      // The first visit's page is controlled at once, so it works offline without a reload;
      // a later version waits (no skipWaiting) until the reader asks for it.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // A font subset that is not precached (say, Latin Extended for a source's name) is
          // kept once it was fetched.
          urlPattern: ({ url }) =>
            url.pathname.startsWith('/assets/') && url.pathname.endsWith('.woff2'),
          handler: 'CacheFirst',
          options: { cacheName: 'fulcrum-fonts', expiration: { maxEntries: 20 } },
        },
      ],
    },
  });
}

const ENTRY = fileURLToPath(new URL('./src/app/main.tsx', import.meta.url));
let inFirstScreen = staticallyReachableFrom(ENTRY);

/** Walks the module graph afresh for each build (a watch rebuild or a second build). */
function firstScreenGroup(): Plugin {
  return {
    name: 'fulcrum:first-screen-group',
    buildStart() {
      inFirstScreen = staticallyReachableFrom(ENTRY);
    },
  };
}

export default defineConfig({
  plugins: [react(), policyInIndexHtml(), servedWithPolicy(), offline(), firstScreenGroup()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Which scripts and style sheets each page needs: read by scripts/prerender.ts (which
    // removes it from the output afterwards).
    manifest: true,
    // The first screen's modules in one script (scripts/chunks.ts): larger than the bundler's
    // default warning, and loaded in full on every first visit either way.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              debugName: 'first-screen',
              // The entry stays in its own script: it awaits the data set's script, which imports
              // this group's; with the entry inside, the two would wait on each other.
              name: (id, graph) =>
                id !== ENTRY && inFirstScreen(id, graph) ? 'first-screen' : null,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // A guard against a hang, not a speed check (speed lives in `npm run bench`). The slowest
    // flow (missing-data.test.tsx: the whole app rendered four times over) takes 3–4 s idle and
    // took 19.4 s in a full `.ci/run` with both cores busy. A CI run failed one test with the
    // old limits (15 s here, 1 s for waits in tests/setup.ts); which one, its log did not keep.
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one file at a time on this project's
    // 2-core machines. Two workers: the whole run in 138 s instead of 186–193 s (measured here,
    // alternating).
    maxWorkers: 2,
  },
});
