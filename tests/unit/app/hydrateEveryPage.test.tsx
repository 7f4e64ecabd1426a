// @vitest-environment jsdom
// Every page the app hydrates (src/app/main.tsx: a copy painted whole, at its own address; the
// briefing is rendered over) must be the markup the app's first render makes there, or React
// discards the copy and renders the page afresh, which the hydration exists to avoid. Each page is
// prerendered as the build does it, then hydrated as main.tsx does (startPrerendered).
import { afterEach, describe, expect, it } from 'vitest';
import { isBriefingPath } from '@/app/preferences';
import { pages } from '@/app/prerender-entry';
import { LANGUAGES } from '@/i18n';
import { startPrerendered } from './startPrerendered';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const hydrated = pages()
  .map(({ path }) => path)
  .filter((path) => !isBriefingPath(path))
  .flatMap((path) => LANGUAGES.map((language) => [path, language] as const));

afterEach(() => {
  document.body.replaceChildren();
});

describe('a prerendered page hydrates without React rendering it afresh', () => {
  it('covers the pages main.tsx hydrates', () => {
    expect(hydrated.map(([path]) => path)).toEqual(
      expect.arrayContaining(['/', '/country/KG', '/compare', '/analysis', '/versus']),
    );
  });

  it.each(hydrated)('%s in %s', async (path, language) => {
    const { root, heading, hydrate } = await startPrerendered(path, language);
    expect(heading, 'the copy has a heading').not.toBeNull();
    const { fellBack, unmount } = await hydrate();
    expect(fellBack, `${path} in ${language}: hydration fell back`).toEqual([]);
    expect(root.querySelector('h1'), 'the copy’s heading is kept').toBe(heading);
    await unmount();
  });
});
