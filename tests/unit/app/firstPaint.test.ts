// @vitest-environment jsdom
// What runs before a prerendered page paints (src/app/firstPaint.ts): the language and theme
// set in <head>, the copy in that language put into #root, and the app started after a paint.
// In a real browser, every page and language: tests/e2e/prerender.spec.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstPaint } from '@/app/firstPaint';

const LANGUAGES = ['en', 'ru'] as const;
const at = (search = '', pathname = '/compare') => ({ search, pathname });

/** A prerendered page as the build writes it, parsed up to and past its copies. */
function page(): Document {
  return new DOMParser().parseFromString(
    '<!doctype html><html lang="en"><head><title>Compare — Fulcrum</title></head><body>' +
      '<div id="root"><div data-prerender="en" class="app"><h1>Compare</h1></div></div>' +
      '<template data-prerender="ru" data-title="Сравнение — Fulcrum">' +
      '<div data-prerender="ru" class="app"><h1>Сравнение</h1></div></template></body></html>',
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

  it('leaves the English copy where it is, and the title', () => {
    const doc = page();
    firstPaint(doc, { location: at(), languages: LANGUAGES });
    expect(doc.querySelector('#root h1')?.textContent).toBe('Compare');
    expect(doc.title).toBe('Compare — Fulcrum');
    expect(doc.querySelector('template')).toBeNull();
  });

  it('starts the app once the page is painted, and at once in a hidden tab', () => {
    const doc = page();
    let paint: (() => void) | undefined;
    firstPaint(doc, {
      location: at(),
      languages: LANGUAGES,
      app: '/assets/index-x.js',
      afterPaint: (start) => (paint = start),
    });
    const script = () => doc.head.querySelector<HTMLScriptElement>('script[type="module"]');
    expect(script()).toBeNull();
    paint!();
    expect(script()?.getAttribute('src')).toBe('/assets/index-x.js');
    expect(script()?.crossOrigin).toBe('');

    const hidden = page();
    vi.spyOn(hidden, 'visibilityState', 'get').mockReturnValue('hidden');
    const afterPaint = vi.fn();
    firstPaint(hidden, { location: at(), languages: LANGUAGES, app: '/a.js', afterPaint });
    expect(afterPaint).not.toHaveBeenCalled();
    expect(hidden.head.querySelector('script[type="module"]')).not.toBeNull();
  });
});
