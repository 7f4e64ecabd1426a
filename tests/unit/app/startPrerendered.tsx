// The app's start on a prerendered page, for the hydration tests: the page prerendered as the
// build does it (src/app/prerender-entry.tsx), then a fresh copy of the app started on it as
// src/app/main.tsx does: the address read into the store, the first draws in the query cache
// when the page shows them, the page's results warmed (warmFirstRender), the render hydrating
// the copy in a transition.
import { act, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { Language } from '@/i18n';

interface StartOptions {
  /** whether to warm the page's results before hydrating, as main.tsx does (default true) */
  warm?: boolean;
  /** runs in the fresh copy of the app before the warm-up starts (e.g. to set up its mocks) */
  beforeWarm?: () => Promise<void>;
}

export async function startPrerendered(
  path: string,
  language: Language,
  { warm = true, beforeWarm }: StartOptions = {},
) {
  // The build prerenders each page in a fresh copy of the app, and a page load starts the app
  // afresh (its store empty, its module-level state new): so here, for each.
  vi.resetModules();
  const { render } = await import('@/app/prerender-entry');
  const { html } = await render(path, language);
  vi.resetModules();
  const { readAddress } = await import('@/app/addressScenario');
  const { AppProviders } = await import('@/app/AppProviders');
  const { firstRenderShowsDraws, routes, warmFirstRender } = await import('@/app/routes');
  const { routerReady } = await import('@/app/routerReady');
  const { dataset } = await import('@/data/dataset');
  const { datasetQueryKey } = await import('@/lib/dataset');
  const { createQueryClient } = await import('@/lib/queryClient');
  const { prefetchUncertainty } = await import('@/scenario/hooks');
  const { useScenarioStore } = await import('@/scenario/store');

  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = html;
  document.body.replaceChildren(root);
  const heading = root.querySelector('h1');

  const search = language === 'en' ? '' : `?lang=${language}`;
  readAddress(dataset, search);
  const router = createMemoryRouter(routes, { initialEntries: [path + search] });
  await routerReady(router);
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryKey({}), dataset);
  const { scenario } = useScenarioStore.getState();
  if (firstRenderShowsDraws(router.state.matches)) {
    await prefetchUncertainty(queryClient, dataset, scenario);
  }
  await beforeWarm?.();
  const warmed = warm ? warmFirstRender(router.state.matches, dataset, scenario) : undefined;

  /** Hydrates the copy once the warm-up is done; resolves to what React fell back on. */
  const hydrate = async () => {
    await warmed;
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
    return { fellBack, unmount: () => act(async () => reactRoot.unmount()) };
  };
  return { root, heading, warmed, hydrate };
}
