// @vitest-environment jsdom
// What runs before a prerendered page paints (src/app/firstPaint.ts): the language and theme
// set in <head>, the copy in that language put into #root, and the app started after a paint.
// In a real browser, every page and language: tests/e2e/prerender.spec.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstContentfulPaint,
  firstPaint,
  PAINT_REPORT_WAIT_MS,
  TOUCHED,
} from '@/app/firstPaint';

const LANGUAGES = ['en', 'ru'] as const;
const at = (search = '', pathname = '/compare') => ({ search, pathname });

/** A prerendered page as the build writes it, parsed up to and past its copies. */
function page(): Document {
  return new DOMParser().parseFromString(
    '<!doctype html><html lang="en"><head><title>Compare — Fulcrum</title></head><body>' +
      '<div id="root" data-path="/compare"><div data-prerender="en" class="app"><h1>Compare</h1>' +
      '<main><p>12.3</p></main></div></div>' +
      '<template data-prerender="ru" data-title="Сравнение — Fulcrum">' +
      '<div data-prerender="ru" class="app"><h1>Сравнение</h1><main><p>12,3</p></main></div>' +
      '</template></body></html>',
    'text/html',
  );
}

/** The same page while its <head> is parsed: no body yet. */
function head(): Document {
  const doc = page();
  doc.documentElement.removeChild(doc.body);
  return doc;
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  vi.restoreAllMocks();
});

describe('in <head>, before the body is parsed', () => {
  it("sets the address's language and the saved theme", () => {
    localStorage.setItem('fulcrum.theme', '"dark"');
    const doc = head();
    firstPaint(doc, { location: at('?lang=ru'), languages: LANGUAGES });
    expect(doc.documentElement.lang).toBe('ru');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('takes the choice made before, then the browser language, when the address has none', () => {
    localStorage.setItem('fulcrum.lang', '"ru"');
    const doc = head();
    firstPaint(doc, { location: at(), languages: LANGUAGES });
    expect(doc.documentElement.lang).toBe('ru');
    localStorage.clear();
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('ru-RU');
    try {
      firstPaint(doc, { location: at('?lang=xx'), languages: LANGUAGES });
      expect(doc.documentElement.lang).toBe('ru');
    } finally {
      language.mockRestore();
    }
    firstPaint(doc, { location: at('?lang=en'), languages: LANGUAGES });
    expect(doc.documentElement.lang).toBe('en');
  });

  it('starts the briefing in the projector theme, whatever was saved', () => {
    localStorage.setItem('fulcrum.theme', '"dark"');
    firstPaint(head(), { location: at('', '/brief/KG'), languages: LANGUAGES });
    expect(document.documentElement.dataset.theme).toBe('projector');
  });

  it("hides the copy's views when the link holds more than the language (a scenario)", () => {
    const shown = (search: string) => {
      const doc = head();
      firstPaint(doc, { location: at(search), languages: LANGUAGES, page: '/compare' });
      return doc.documentElement.getAttribute('data-first-paint');
    };
    expect(shown('')).toBeNull();
    expect(shown('?lang=ru')).toBeNull();
    expect(shown('?o.KG.CN.debt_share=80')).toBe('chrome');
    expect(shown('?lang=ru&w.security=2')).toBe('chrome');
    expect(shown('?a=KG&b=TJ')).toBe('chrome');
    expect(shown('?dataset=mine')).toBe('chrome');
  });

  it("hides the whole copy at an address that is not the copy's page", () => {
    for (const pathname of ['/brief/2', '/compare/', '/country/kg', '/no/such/page']) {
      const doc = head();
      firstPaint(doc, { location: at('', pathname), languages: LANGUAGES, page: '/compare' });
      expect(doc.documentElement.getAttribute('data-first-paint'), pathname).toBe('none');
    }
    const doc = head();
    firstPaint(doc, { location: at('?lang=ru'), languages: LANGUAGES });
    expect(doc.documentElement.getAttribute('data-first-paint'), 'no page named').toBe('none');
  });

  it('does not treat a language the build did not prerender as one', () => {
    const doc = head();
    firstPaint(doc, { location: at('?lang=ru'), languages: ['en'] });
    expect(doc.documentElement.lang).toBe('en');
  });
});

describe('after the copies, once the body is parsed', () => {
  it("puts the copy in the visitor's language into #root, with its title", () => {
    const doc = page();
    firstPaint(doc, { location: at('?lang=ru'), languages: LANGUAGES });
    expect(doc.querySelector('#root h1')?.textContent).toBe('Сравнение');
    expect(doc.querySelectorAll('#root > *')).toHaveLength(1);
    expect(doc.title).toBe('Сравнение — Fulcrum');
    expect(doc.querySelector('template')).toBeNull();
  });

  it('marks the page when a reader changes a control of the copy before the app runs', () => {
    const doc = page();
    firstPaint(doc, { location: at(), languages: LANGUAGES });
    expect(doc.documentElement.hasAttribute(TOUCHED)).toBe(false);
    // A select's change, or a <details>' toggle (which does not bubble), inside the copy.
    doc.querySelector('#root h1')!.dispatchEvent(new Event('toggle'));
    expect(doc.documentElement.hasAttribute(TOUCHED)).toBe(true);
    const other = page();
    firstPaint(other, { location: at(), languages: LANGUAGES });
    other.querySelector('#root h1')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(other.documentElement.hasAttribute(TOUCHED)).toBe(true);
  });

  it('leaves the English copy where it is, and the title', () => {
    const doc = page();
    firstPaint(doc, { location: at(), languages: LANGUAGES });
    expect(doc.querySelector('#root h1')?.textContent).toBe('Compare');
    expect(doc.title).toBe('Compare — Fulcrum');
    expect(doc.querySelector('template')).toBeNull();
  });

  it('starts the app once the page is painted, its scripts preloaded then, and at once in a hidden tab', () => {
    const doc = page();
    let paint: (() => void) | undefined;
    firstPaint(doc, {
      location: at(),
      languages: LANGUAGES,
      app: '/assets/index-x.js',
      // as the built page gives them: `data-preload`, split at spaces
      preloads: '/assets/first-screen.js /assets/ComparePage.js'.split(' '),
      afterPaint: (start) => (paint = start),
    });
    const script = () => doc.head.querySelector<HTMLScriptElement>('script[type="module"]');
    const preloaded = () =>
      [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => [
        link.getAttribute('href'),
        link.crossOrigin,
      ]);
    expect(script()).toBeNull();
    expect(preloaded()).toEqual([]);
    paint!();
    expect(script()?.getAttribute('src')).toBe('/assets/index-x.js');
    expect(script()?.crossOrigin).toBe('');
    expect(preloaded()).toEqual([
      ['/assets/first-screen.js', ''],
      ['/assets/ComparePage.js', ''],
    ]);

    // A page naming no scripts (an empty `data-preload`) preloads none.
    const hidden = page();
    vi.spyOn(hidden, 'visibilityState', 'get').mockReturnValue('hidden');
    const afterPaint = vi.fn();
    firstPaint(hidden, {
      location: at(),
      languages: LANGUAGES,
      app: '/assets/a.js',
      preloads: ''.split(' '),
      afterPaint,
    });
    expect(afterPaint).not.toHaveBeenCalled();
    expect(hidden.head.querySelector('script[type="module"]')).not.toBeNull();
    expect(hidden.head.querySelector('link[rel="modulepreload"]')).toBeNull();
  });

  it("starts and preloads only the build's own scripts, whatever the page's attributes name", () => {
    const loaded = (app: string, preloads: string[]) => {
      const doc = page();
      firstPaint(doc, {
        location: at(),
        languages: LANGUAGES,
        app,
        preloads,
        afterPaint: (start) => start(),
      });
      return [
        ...doc.head.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script, link'),
      ].map((element) => element.getAttribute('src') ?? element.getAttribute('href'));
    };
    expect(
      loaded('/assets/index-x.js', ['/assets/a-1.js', 'https://elsewhere.example/x.js']),
    ).toEqual(['/assets/index-x.js', '/assets/a-1.js']);
    for (const app of [
      'https://elsewhere.example/x.js',
      '//elsewhere.example/x.js',
      'data:text/javascript,1',
      '/assets/../x.js',
      '/assets/x.js?y',
    ]) {
      expect(loaded(app, ['/assets/a-1.js']), app).toEqual([]);
    }
  });

  it("takes out a copy of another address's page, and still starts the app", () => {
    for (const language of ['', '?lang=ru']) {
      const doc = page();
      // With no copy there is no paint to wait for: the app starts after a frame.
      const afterPaint = vi.fn();
      const afterFrame = vi.fn((start: () => void) => start());
      firstPaint(doc, {
        location: at(language, '/brief/2'),
        languages: LANGUAGES,
        app: '/assets/a.js',
        afterPaint,
        afterFrame,
      });
      expect(afterPaint).not.toHaveBeenCalled();
      expect(afterFrame).toHaveBeenCalledTimes(1);
      expect(doc.getElementById('root')?.childNodes).toHaveLength(0);
      expect(doc.querySelector('template')).toBeNull();
      expect(doc.title).toBe('Compare — Fulcrum');
      expect(doc.head.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
        '/assets/a.js',
      );
    }
  });

  it('starts the app even when the copy cannot be put in place, with no copy left', () => {
    const doc = page();
    const root = doc.getElementById('root')!;
    const replace = root.replaceChildren.bind(root);
    vi.spyOn(root, 'replaceChildren').mockImplementation((...nodes) => {
      if (nodes.length > 0) throw new Error('swap failed');
      replace();
    });
    firstPaint(doc, {
      location: at('?lang=ru'),
      languages: LANGUAGES,
      app: '/assets/a.js',
      afterFrame: (start) => start(),
    });
    expect(root.childNodes).toHaveLength(0);
    expect(doc.querySelector('template')).toBeNull();
    expect(doc.head.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      '/assets/a.js',
    );
  });

  it('starts the app even when reading the page itself fails', () => {
    const doc = page();
    const query = doc.querySelectorAll.bind(doc);
    let calls = 0;
    vi.spyOn(doc, 'querySelectorAll').mockImplementation((selector: string) => {
      calls += 1;
      if (calls === 1) throw new Error('broken document');
      return query(selector);
    });
    firstPaint(doc, {
      location: at('?lang=ru'),
      languages: LANGUAGES,
      app: '/assets/a.js',
      afterFrame: (start) => start(),
    });
    expect(doc.getElementById('root')?.childNodes).toHaveLength(0);
    expect(doc.head.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      '/assets/a.js',
    );
  });

  it("holds a scenario link's chrome inert until the app draws the page (its links lack the scenario)", () => {
    for (const search of ['?o.KG.CN.debt_share=80', '?lang=ru&w.security=2', '?dataset=mine']) {
      const doc = page();
      firstPaint(doc, { location: at(search), languages: LANGUAGES });
      const copy = [...doc.getElementById('root')!.children];
      expect(copy.length, search).toBeGreaterThan(0);
      expect(
        copy.every((element) => element.hasAttribute('inert')),
        search,
      ).toBe(true);
    }
    for (const search of ['', '?lang=ru']) {
      const doc = page();
      firstPaint(doc, { location: at(search), languages: LANGUAGES });
      expect(doc.querySelector('#root [inert]'), search).toBeNull();
    }
  });
});

describe('afterFirstContentfulPaint (the app starts once the copy is on screen)', () => {
  /** A browser's PerformanceObserver reporting paints by hand (`report`). */
  function paintObserver() {
    const observers: { callback: PerformanceObserverCallback; connected: boolean }[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['paint', 'longtask'];
      private readonly entry: { callback: PerformanceObserverCallback; connected: boolean };
      constructor(callback: PerformanceObserverCallback) {
        this.entry = { callback, connected: false };
        observers.push(this.entry);
      }
      observe(options: PerformanceObserverInit) {
        // Buffered: a long page may have painted before this script ran.
        this.entry.connected = options.type === 'paint' && options.buffered === true;
      }
      disconnect() {
        this.entry.connected = false;
      }
    }
    const report = (name: string) => {
      for (const { callback, connected } of observers) {
        if (!connected) continue;
        const entries = { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) };
        callback(entries as unknown as PerformanceObserverEntryList, {} as PerformanceObserver);
      }
    };
    return { Observer: FakeObserver as unknown as typeof PerformanceObserver, observers, report };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts when the first contentful paint is reported, once, not at an earlier paint', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const { Observer, observers, report } = paintObserver();
    const start = vi.fn();
    afterFirstContentfulPaint(start, Observer);
    report('first-paint');
    expect(start).not.toHaveBeenCalled();
    report('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
    expect(observers.every((observer) => !observer.connected)).toBe(true);
    // The fallback after it does not start the app again.
    vi.advanceTimersByTime(1000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('is how the first-paint script waits for a copy by default', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const { Observer, report } = paintObserver();
    vi.stubGlobal('PerformanceObserver', Observer);
    try {
      const doc = page();
      firstPaint(doc, { location: at(), languages: LANGUAGES, app: '/assets/index-x.js' });
      const started = () => doc.head.querySelector('script[type="module"]') !== null;
      vi.advanceTimersByTime(20); // the first frame, and the task after it
      expect(started(), 'not at the first frame').toBe(false);
      report('first-contentful-paint');
      expect(started()).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('starts anyway PAINT_REPORT_WAIT_MS after the first frame when no paint is reported', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const { Observer } = paintObserver();
    const start = vi.fn();
    afterFirstContentfulPaint(start, Observer);
    vi.advanceTimersByTime(20); // the frame, and the task after it
    vi.advanceTimersByTime(PAINT_REPORT_WAIT_MS - 10);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the next frame where the browser reports no paints', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const start = vi.fn();
    const withoutPaints = class {
      static supportedEntryTypes = ['longtask'];
    } as unknown as typeof PerformanceObserver;
    afterFirstContentfulPaint(start, withoutPaints);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
