import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { scriptHash, scriptSources, statedPolicy } from '../../scripts/contentSecurityPolicy';
import { chartsNotAtTheirWidth, expect, test } from './fixtures';

// The build prerenders every page in every language (scripts/prerender.ts, src/app/firstPaint.ts):
// a deep link or a Russian visitor sees the right page before the app's scripts run, and then
// the app starts over it. Both halves are checked for every page and language: the page as
// served (no script at all), what paints before the app runs (its scripts blocked), and the
// app itself, live and answering.

const OUT = process.env.FULCRUM_OUT_DIR ?? 'dist';
const LANGUAGES = ['en', 'ru'] as const;
type Language = (typeof LANGUAGES)[number];

/** Every prerendered page of the build, by its address (`country/KG.html` → `/country/KG`). */
const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => (file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '')}`))
  .sort();

test('every route and the briefing are prerendered', () => {
  for (const path of [
    '/',
    '/country/KG',
    '/country/TJ',
    '/compare',
    '/versus',
    '/analysis',
    '/methodology',
    '/data',
    '/brief',
    '/brief/overview',
    '/brief/risks',
  ]) {
    expect(pages, path).toContain(path);
  }
});

const address = (path: string, language: Language) =>
  language === 'en' ? path : `${path}?lang=${language}`;

/** The text of an HTML fragment's only <h1> (markup taken out, entities of the test's texts). */
function onlyHeading(html: string): string {
  const headings = [...html.matchAll(/<h1\b[^>]*>(.*?)<\/h1>/gs)];
  expect(headings, 'exactly one <h1>').toHaveLength(1);
  return headings[0]![1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/** The page's copy in a language, as served: English in #root, the others in a template. */
function servedCopy(html: string, language: Language): string {
  const root = /<div id="root"[^>]*>(.*?)<\/div><template /s.exec(html)?.[1];
  const template = new RegExp(`<template data-prerender="${language}"[^>]*>(.*?)</template>`, 's');
  const copy = language === 'en' ? root : template.exec(html)?.[1];
  expect(copy, `the ${language} copy`).toBeTruthy();
  return copy!;
}

/**
 * What a prerendered copy looked like as it arrived: for each copy (`[data-prerender]`) and
 * each copy's `<main>` the parser or a script inserted, its language and its computed style at
 * insertion, before anything could paint it (a MutationObserver's records are delivered before
 * the next frame) and before the app could replace it. Installed before the page's own scripts.
 */
interface Insertion {
  what: 'copy' | 'main';
  language: string | null;
  display: string;
  visibility: string;
}

function recordInsertions() {
  const seen: Insertion[] = [];
  (window as unknown as { __insertions: Insertion[] }).__insertions = seen;
  const noted = new WeakSet<Element>();
  const note = (element: Element, what: Insertion['what']) => {
    const copy = element.closest('[data-prerender]');
    if (!copy || noted.has(element)) return;
    noted.add(element);
    const style = getComputedStyle(element);
    seen.push({
      what,
      language: copy.getAttribute('data-prerender'),
      display: style.display,
      visibility: style.visibility,
    });
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const element of [node, ...node.querySelectorAll('[data-prerender], main')]) {
          if (element.matches('[data-prerender]')) note(element, 'copy');
          if (element.matches('main')) note(element, 'main');
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The copies and views of a language that were rendered (not `display: none`) as they arrived. */
async function shownAtInsertion(page: Page, language: string, what: Insertion['what'] = 'copy') {
  const seen = await page.evaluate(
    () => (window as unknown as { __insertions: Insertion[] }).__insertions,
  );
  return seen.filter(
    (insertion) =>
      insertion.language === language && insertion.what === what && insertion.display !== 'none',
  );
}

/**
 * Loads an address with every script of the app blocked (the first-paint script, written into
 * the page, runs), recording what each prerendered copy looked like as it arrived
 * (recordInsertions).
 */
async function beforeTheApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(recordInsertions);
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const hasCyrillic = (text: string) => /[а-яё]/i.test(text);

for (const path of pages) {
  for (const language of LANGUAGES) {
    test(`${address(path, language)}: the right page before the app, then the app`, async ({
      guarded: page,
      request,
      browser,
    }) => {
      test.slow(path === '/methodology');
      const url = address(path, language);
      const other = language === 'en' ? 'ru' : 'en';

      // As served, without any script: the page's own copy in each language.
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const heading = onlyHeading(servedCopy(html, language));
      const otherHeading = onlyHeading(servedCopy(html, other));
      expect(heading).not.toBe(otherHeading);
      expect(hasCyrillic(heading), heading).toBe(language === 'ru');

      // What paints before the app runs: that copy, and nothing of the other language.
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      try {
        const first = await beforeTheApp(context, url);
        await expect(first.locator('html')).toHaveAttribute('lang', language);
        await expect(first.locator('html')).not.toHaveAttribute('data-app', 'live');
        await expect(first.getByRole('heading', { level: 1 })).toHaveText(heading);
        await expect(first.locator(`#root > [data-prerender="${language}"]`)).toBeVisible();
        await expect(first.locator(`[data-prerender="${other}"]`)).toBeHidden();
        // Nor did the other copy paint first: it was hidden as it arrived.
        expect(await shownAtInsertion(first, other)).toEqual([]);
        // The page's own style sheets are there: every one the page names has loaded.
        const sheets = await first.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
            (link) => link.sheet !== null,
          ),
        );
        expect(sheets.length).toBeGreaterThan(0);
        expect(sheets.every(Boolean), 'every style sheet loaded').toBe(true);
      } finally {
        await context.close();
      }

      // The app starts over it (the guarded page waits for it), shows the same page, and answers.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(url);
      const h1 = page.getByRole('heading', { level: 1 });
      if (path === '/brief') await expect(page).toHaveURL(/\/brief\/overview/);
      await expect(h1).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      if (path.startsWith('/brief')) {
        // The deck moves on a key once its heading has the focus.
        await expect(h1).toBeFocused();
        const before = new URL(page.url()).pathname;
        await page.keyboard.press(path === '/brief/risks' ? 'ArrowLeft' : 'ArrowRight');
        await expect(page).not.toHaveURL(new RegExp(`${before}(\\?|$)`));
      } else {
        // The language menu, which does nothing on the prerendered copy.
        await page.locator('select[name="language"]').selectOption(other);
        await expect(h1).toHaveText(otherHeading);
        await expect(page).toHaveURL(new RegExp(`lang=${other}`));
      }
    });
  }
}

test('a visitor whose browser or earlier choice is Russian sees the Russian page first', async ({
  browser,
}) => {
  const russian = await browser.newContext({ locale: 'ru-RU' });
  try {
    const page = await beforeTheApp(russian, '/compare');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/сравнение/);
    expect(await shownAtInsertion(page, 'en')).toEqual([]);
  } finally {
    await russian.close();
  }
  // The choice made in the app (kept in storage) comes before the browser's language; the
  // address's comes before both.
  const chose = await browser.newContext({ locale: 'ru-RU' });
  try {
    await chose.addInitScript(() => localStorage.setItem('fulcrum.lang', '"en"'));
    const page = await beforeTheApp(chose, '/methodology');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
    const linked = await beforeTheApp(chose, '/methodology?lang=ru');
    await expect(linked.getByRole('heading', { level: 1 })).toHaveText('Методология');
  } finally {
    await chose.close();
  }
});

test('a briefing slide starts in the projector theme, a page in the saved theme', async ({
  browser,
}) => {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => localStorage.setItem('fulcrum.theme', '"dark"'));
    const slide = await beforeTheApp(context, '/brief/KG');
    await expect(slide.locator('html')).toHaveAttribute('data-theme', 'projector');
    const page = await beforeTheApp(context, '/country/KG');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  } finally {
    await context.close();
  }
});

/**
 * A page of `context` that notes the copy's heading as first parsed (hydrating keeps it,
 * rendering over replaces it) and collects console errors and warnings, and uncaught errors.
 */
async function watchedTakeOver(context: BrowserContext) {
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { copyHeading: Element | null }).copyHeading =
        document.querySelector('h1');
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  /** Whether the page's heading is the copy's (the app hydrated it). */
  const kept = () =>
    page.evaluate(
      () =>
        (window as unknown as { copyHeading: Element | null }).copyHeading ===
        document.querySelector('h1'),
    );
  return { page, problems, kept };
}

test('the app takes over a baseline page without replacing it, and shows the saved choices', async ({
  browser,
}) => {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => localStorage.setItem('fulcrum.theme', '"dark"'));
    const { page, problems, kept } = await watchedTakeOver(context);
    await page.goto('/country/KG');
    await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
    expect(await kept(), 'the copy’s heading is the app’s').toBe(true);
    await expectTakenOverWhole(page, '/country/KG');
    // The copy was rendered without a saved theme; the control shows the saved one.
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    await expect(page.locator('[data-prerender]')).toHaveCount(0);
    // The copy's marks are gone: another language shows the page, not nothing.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Кыргызстан');
    // A link holding a scenario is not the copy's markup: the app renders over it.
    await page.goto('/country/KG?o.KG.CN.trade_share=40');
    await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
    expect(await kept(), 'a scenario link is rendered afresh').toBe(false);
    // Nor is an address whose query is not the copy's (its links would keep the copy's).
    await page.goto('/country/KG?lang=en');
    await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
    expect(await kept(), '?lang=en is rendered afresh').toBe(false);
    await expect(page.getByRole('link', { name: 'TJ', exact: true })).toHaveAttribute(
      'href',
      /lang=en/,
    );
    expect(problems, 'hydration errors or warnings').toEqual([]);
  } finally {
    await context.close();
  }
});

/**
 * After the app took over a copy: each chart drawn at the width of its box (the copy's charts are
 * drawn at a default width and redrawn once measured), and every id an attribute refers to
 * (aria-labelledby, aria-describedby, aria-controls, for, href="#…", url(#…) of a pattern) on the
 * page. React keeps the copy's attributes when it hydrates: the ids of the parts it renders again
 * (the redrawn charts, their patterns) must still be the ones the rest of the page refers to.
 */
async function expectTakenOverWhole(page: Page, url: string) {
  await expect
    .poll(() => chartsNotAtTheirWidth(page), {
      message: `${url}: charts drawn at their box's width`,
    })
    .toEqual([]);
  const dangling = await page.evaluate(() => {
    const missing: string[] = [];
    const has = (id: string) => document.getElementById(id) !== null;
    for (const element of document.querySelectorAll('#root *')) {
      for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
        for (const id of element.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? []) {
          if (!has(id)) missing.push(`${element.tagName} ${name}=${id}`);
        }
      }
      const href = element.getAttribute('href');
      if (href?.startsWith('#') && href.length > 1 && !has(decodeURIComponent(href.slice(1)))) {
        missing.push(`${element.tagName} href=${href}`);
      }
      for (const name of ['fill', 'stroke', 'mask', 'clip-path']) {
        const id = /^url\(#([^)]+)\)$/.exec(element.getAttribute(name) ?? '')?.[1];
        if (id && !has(id)) missing.push(`${element.tagName} ${name}=${id}`);
      }
    }
    return missing;
  });
  expect(dangling, `${url}: references to ids that are not on the page`).toEqual([]);
}

test("a page's only inline script is its first-paint script, allowed by its hash, as served", async ({
  page,
}) => {
  for (const path of ['/', '/country/KG', '/brief']) {
    const response = await page.request.get(path);
    const html = await response.text();
    const stated = statedPolicy(html);
    // The server repeats the page's own policy, and refuses framing.
    expect(response.headers()['content-security-policy'], path).toBe(
      `${stated}; frame-ancestors 'none'`,
    );
    const inline = [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)];
    expect(inline, path).toHaveLength(2); // before the body, and after the copies
    for (const [, attributes, code] of inline) {
      expect(attributes, path).not.toMatch(/\bsrc=/);
      expect(scriptSources(stated!), path).toEqual(["'self'", scriptHash(code!)]);
    }
  }
});

test("no script of the app is fetched before the first paint; the page's own come with the entry", async ({
  page,
}) => {
  // Preloaded in the head, they would take the network from the HTML, its style sheets and its
  // fonts before the first paint (scripts/prerenderHtml.ts): the page as served names them only
  // for the first-paint script, which preloads them when it starts the app, after a frame.
  const served = await (await page.request.get('/country/KG')).text();
  expect(served).not.toMatch(/<link[^>]+modulepreload/);
  expect(served).not.toMatch(/<script[^>]+type="module"/);
  expect(served).toMatch(/data-preload="[^"]*\/assets\/CountryPage-[^"]+\.js/);
  // The first screen's code is held back until the page's own is asked for: imported, the
  // page's code would be asked for only once the first screen's had arrived and run, so
  // without the preload this waits until the request below times out.
  const pageCodeAsked = page.waitForRequest(/\/assets\/CountryPage-[^/]+\.js$/);
  await page.route(/\/assets\/first-screen-[^/]+\.js$/, async (route) => {
    await pageCodeAsked.catch(() => {});
    await route.continue();
  });
  await page.goto('/country/KG');
  await pageCodeAsked;
  await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
});

test('a hydrated page draws its charts at their width, and every id it refers to is on it', async ({
  browser,
}) => {
  test.slow(); // eight page loads
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const context = await browser.newContext({ viewport });
    try {
      const { page, problems, kept } = await watchedTakeOver(context);
      for (const url of ['/', '/analysis', '/compare', '/versus']) {
        await page.goto(url);
        await page.waitForSelector('html[data-app="live"]', { state: 'attached' });
        expect(await kept(), `${url} is hydrated`).toBe(true);
        expect(await page.locator('[data-chart-box]').count(), `${url}: charts`).toBeGreaterThan(0);
        await expectTakenOverWhole(page, `${url} at ${viewport.width}`);
      }
      expect(problems, 'hydration errors or warnings').toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test("a link holding a scenario paints the page's chrome, never its baseline numbers", async ({
  browser,
  guarded: page,
}) => {
  for (const url of [
    '/country/KG?o.KG.CN.debt_share=80',
    '/compare?lang=ru&w.security=3',
    '/?dataset=mine',
  ]) {
    const context = await browser.newContext();
    try {
      const first = await beforeTheApp(context, url);
      await expect(first.getByRole('navigation', { name: /Main|Основн/ })).toBeVisible();
      await expect(first.locator('#root main')).toBeHidden();
      const language = url.includes('lang=ru') ? 'ru' : 'en';
      const views = await first.evaluate(
        () => (window as unknown as { __insertions: Insertion[] }).__insertions,
      );
      expect(views.filter((v) => v.what === 'main' && v.language === language).length, url).toBe(1);
      expect(
        views.filter((v) => v.what === 'main' && v.visibility !== 'hidden'),
        `${url}: views shown as they arrived`,
      ).toEqual([]);
    } finally {
      await context.close();
    }
  }
  // The app draws the scenario's views.
  await page.goto('/country/KG?o.KG.CN.debt_share=80');
  await expect(page.locator('#root main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kyrgyzstan');
  await expect(page.getByTestId('scenario-banner')).toContainText('1 assumption differs');
  await expect(page.locator('#root [inert]')).toHaveCount(0);
});

test("an address without a page of its own paints no other page's copy", async ({
  browser,
  request,
  guarded: page,
}) => {
  const overview = onlyHeading(servedCopy(await (await request.get('/')).text(), 'en'));
  for (const url of [
    '/brief/2',
    '/brief/2?lang=ru',
    '/country/kg',
    '/country/ZZ',
    '/no/such/page',
  ]) {
    // The server answers it with another page (index.html, the overview).
    const html = await (await request.get(url)).text();
    expect(html, url).toMatch(/<div id="root" data-path="\/">/);
    const context = await browser.newContext();
    try {
      const first = await beforeTheApp(context, url);
      await expect(first.locator('[data-prerender]')).toHaveCount(0);
      await expect(first.getByRole('heading', { name: overview })).toHaveCount(0);
      for (const language of LANGUAGES) {
        expect(await shownAtInsertion(first, language), `${url}: ${language} copy`).toEqual([]);
      }
    } finally {
      await context.close();
    }
    // The app draws the address itself.
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).first()).not.toHaveText(overview);
  }
});

test('without its worker (its script refused) the app still starts, with the draws drawn on the page', async ({
  page,
}) => {
  // The app's start waits for the worker's first draws (src/app/main.tsx): a worker that
  // cannot load must not leave the prerendered page in place of the app.
  const refused: string[] = [];
  await page.route('**/uncertainty.worker*', (route) => {
    refused.push(route.request().url());
    return route.abort();
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await expect(page.locator('.overview-interval [data-role="interval"]').first()).toBeVisible();
  await expect(page.locator('.overview-interval-pending')).toHaveCount(0);
  expect(refused.length, 'the worker was asked for').toBeGreaterThan(0);
});
