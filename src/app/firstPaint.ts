import type { Language } from '@/i18n';
import { LANGUAGE_PARAM } from '@/i18n/languageParam';
import { afterNextPaint } from '@/lib/nextTask';
import { applyTheme, chooseLanguage, startingTheme } from './preferences';

/**
 * What runs before a prerendered page paints, and what starts the app after.
 *
 * The build (scripts/prerender.ts) writes each page once, in every language: the English copy
 * inside #root (what a browser without scripts shows), each other language in a
 * `<template data-prerender="ru">` after it. The language is the address's (`?lang=ru`), else
 * the one chosen before, else the browser's (`chooseLanguage`; `languages` are the app's, given
 * by the build, which keeps the message loaders out of this script). A static server cannot
 * pick a file by the query string, so a small classic script (this module, built by the
 * prerender and written into each page, which the Content-Security-Policy allows by its hash:
 * the only inline script it allows) picks the copy. It runs twice:
 * - at the end of <head>, before the body is parsed: it sets <html lang> and the theme the page
 *   starts in; in any language but English, styles.css hides the English copy as it arrives,
 *   so it never paints;
 * - right after the templates: it moves the copy in that language into #root, with its title,
 *   and starts the app (`data-app` on its <script>, main.tsx) once that copy is painted, with
 *   the scripts it will import preloaded (`data-preload`): the page is on screen before the
 *   app's scripts take the network or the main thread, and the app renders over
 *   it, or hydrates it when it is the baseline at its own address (main.tsx). The app starts
 *   even when the copy could not be put in place.
 * A copy shows only what it was rendered from: its own address (`data-path` on #root and on
 * the first <script>; a server answers an address without a page of its own, `/brief/2`, with
 * index.html), at the baseline. An address that is not the copy's paints none of it (the copy
 * is taken out of #root: the app draws the page); one whose query holds more than the language
 * (a scenario, a data set, the countries compared) paints the copy's chrome but not its views
 * (`<main>`), whose numbers would be the baseline's, until the app draws them.
 */
export function firstPaint(
  doc: Document,
  {
    location,
    languages,
    page,
    app,
    preloads = [],
    afterPaint = afterFirstContentfulPaint,
    afterFrame = afterNextPaint,
  }: {
    location: Pick<Location, 'search' | 'pathname'>;
    languages: readonly Language[];
    /** the address of the prerendered page (`data-path` of the first <script>) */
    page?: string;
    /** the app's entry script (`data-app` of the second <script>) */
    app?: string;
    /** the scripts the entry imports, and the page's own (`data-preload`, space-separated) */
    preloads?: readonly string[];
    /** waits for the copy's paint (a page showing a copy) */
    afterPaint?: (start: () => void) => void;
    /** waits for a frame (a page whose copy was taken out: nothing to paint until the app draws) */
    afterFrame?: (start: () => void) => void;
  },
) {
  const known = (x: unknown): x is Language => languages.includes(x as Language);
  if (doc.body === null) {
    doc.documentElement.lang = chooseLanguage(location.search, known);
    applyTheme(startingTheme(location.pathname));
    // styles.css hides what the copy must not paint (FIRST_PAINT) as it arrives.
    const shown =
      page !== location.pathname ? 'none' : beyondLanguage(location.search) ? 'chrome' : null;
    if (shown) doc.documentElement.setAttribute(FIRST_PAINT, shown);
    return;
  }
  const root = doc.getElementById('root');
  try {
    const copies = [...doc.querySelectorAll<HTMLTemplateElement>(`template[${PRERENDERED}]`)];
    const language = chooseLanguage(location.search, known);
    if (root?.dataset.path !== location.pathname) {
      // Another address's page (a server's fallback): the app draws this one.
      root?.replaceChildren();
    } else {
      const copy = copies.find((template) => template.getAttribute(PRERENDERED) === language);
      if (root && copy) {
        root.replaceChildren(copy.content);
        if (copy.dataset.title) doc.title = copy.dataset.title;
      }
      // A link holding a scenario: the chrome's links were rendered without it, so a click
      // before the app draws the page would drop the scenario. They wait for the app (whose
      // first render replaces these elements, and with them the attribute).
      if (root && beyondLanguage(location.search)) {
        for (const element of root.children) element.setAttribute('inert', '');
      }
    }
  } catch {
    // No copy rather than one in another language; the app draws the page.
    root?.replaceChildren();
  } finally {
    for (const template of doc.querySelectorAll(`template[${PRERENDERED}]`)) template.remove();
    // A control changed on the copy (a select, a <details>) before the app runs is a state the
    // app never heard of: it then renders over the copy rather than hydrate it (main.tsx).
    const touched = () => doc.documentElement.setAttribute(TOUCHED, '');
    for (const type of ['input', 'change', 'toggle']) {
      root?.addEventListener(type, touched, { capture: true, once: true });
    }
    // The app starts whatever happened above: once the copy is on screen, or after a frame when
    // there is none to wait for (its first contentful paint will be the app's).
    if (app) startApp(doc, app, preloads, root?.hasChildNodes() ? afterPaint : afterFrame);
  }
}

/**
 * The only scripts the first-paint script starts or preloads: the build's own (the policy
 * allows this code by its hash, whatever the attributes it reads say).
 */
const BUILT_SCRIPT = /^\/assets\/[\w.-]+\.js$/;

function startApp(
  doc: Document,
  app: string,
  preloads: readonly string[],
  afterPaint: (start: () => void) => void,
) {
  if (!BUILT_SCRIPT.test(app)) return;
  const start = () => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = app;
    doc.head.append(script);
    // Fetched alongside the entry rather than one import level at a time; not before the
    // first paint, whose HTML, style sheets and fonts they would compete with for bandwidth.
    for (const href of preloads) {
      if (!BUILT_SCRIPT.test(href)) continue;
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      doc.head.append(link);
    }
  };
  // A hidden tab paints nothing: there is nothing to wait for.
  if (doc.visibilityState === 'hidden') start();
  else afterPaint(start);
}

/** Whether a query holds anything but the language: what the baseline copy does not show. */
function beyondLanguage(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((name) => name !== LANGUAGE_PARAM);
}

/**
 * How long after the first frame the app waits for the browser to report the copy's paint before
 * it starts anyway: a page whose copy was taken out (another address's) has nothing contentful
 * to paint until the app draws it.
 */
export const PAINT_REPORT_WAIT_MS = 100;

/**
 * Calls `then` once the browser reports the page's first contentful paint (Paint Timing): the
 * frame's main-thread work ends before the frame is on screen (the task after it ran 10–40 ms
 * before the paint's time, measured), and scripts requested then could arrive before the copy
 * was shown (Lighthouse then counted them before its simulated first paint: 0.9 → 1.4 s on `/`
 * in one run of five). Where the browser reports no paints, in the task after the next frame;
 * and at most PAINT_REPORT_WAIT_MS after that frame.
 */
export function afterFirstContentfulPaint(
  then: () => void,
  performanceObserver: typeof PerformanceObserver | undefined = globalThis.PerformanceObserver,
) {
  if (!performanceObserver?.supportedEntryTypes?.includes('paint')) {
    afterNextPaint(then);
    return;
  }
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    then();
  };
  const observer = new performanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) start();
  });
  observer.observe({ type: 'paint', buffered: true });
  afterNextPaint(() => setTimeout(start, PAINT_REPORT_WAIT_MS));
}

/** The attribute naming a prerendered copy's language (styles.css hides a copy by it). */
export const PRERENDERED = 'data-prerender';

/**
 * Set on <html> by the first run when the copy must not paint whole: `none` (it is another
 * address's page) or `chrome` (the link holds a scenario: the copy's views stay hidden).
 */
export const FIRST_PAINT = 'data-first-paint';

/** Set on <html> when a reader changed a control of the copy before the app took it over. */
export const TOUCHED = 'data-copy-touched';
