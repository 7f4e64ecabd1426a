// @vitest-environment jsdom
// Every page the app hydrates (src/app/main.tsx: a copy painted whole, at its own address; the
// briefing is rendered over) must be the markup the app's first render makes there, or React
// discards the copy and renders the page afresh, which the hydration exists to avoid. Each page is
// prerendered as the build does it (src/app/prerender-entry.tsx), then hydrated as main.tsx does:
// the address read into the store first, the first draws in the query cache when the page shows
// them, the render in a transition.
import { act, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isBriefingPath } from '@/app/preferences';
import { pages } from '@/app/prerender-entry';
import { LANGUAGES } from '@/i18n';

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
    // The build prerenders each page in a fresh copy of the app, and a page load starts the app
    // afresh (its store empty, its module-level state new): so here, for each.
    vi.resetModules();
    const { render } = await import('@/app/prerender-entry');
    const { html } = await render(path, language);
    vi.resetModules();
    const { readAddress } = await import('@/app/addressScenario');
    const { AppProviders } = await import('@/app/AppProviders');
    const { firstRenderShowsDraws, routes } = await import('@/app/routes');
    const { dataset } = await import('@/data/dataset');
    const { datasetQueryKey } = await import('@/lib/dataset');
    const { createQueryClient } = await import('@/lib/queryClient');
    const { prefetchUncertainty } = await import('@/scenario/hooks');
    const { useScenarioStore } = await import('@/scenario/store');
    const { routerReady } = await import('@/app/routerReady');

    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML = html;
    document.body.replaceChildren(root);
    const heading = root.querySelector('h1');
    expect(heading, 'the copy has a heading').not.toBeNull();

    const search = language === 'en' ? '' : `?lang=${language}`;
    readAddress(dataset, search);
    const router = createMemoryRouter(routes, { initialEntries: [path + search] });
    await routerReady(router);
    const queryClient = createQueryClient();
    queryClient.setQueryData(datasetQueryKey({}), dataset);
    if (firstRenderShowsDraws(router.state.matches)) {
      await prefetchUncertainty(queryClient, dataset, useScenarioStore.getState().scenario);
    }
    const fellBack: unknown[] = [];
    const reactRoot = await act(async () => {
      let made: ReturnType<typeof hydrateRoot> | undefined;
      startTransition(() => {
        made = hydrateRoot(
          root,
          <AppProviders language={language} queryClient={queryClient}>
            <RouterProvider router={router} />
          </AppProviders>,
          { onRecoverableError: (error) => fellBack.push(error) },
        );
      });
      return made!;
    });
    expect(fellBack, `${path} in ${language}: hydration fell back`).toEqual([]);
    expect(root.querySelector('h1'), 'the copy’s heading is kept').toBe(heading);
    await act(async () => reactRoot.unmount());
  });
});
