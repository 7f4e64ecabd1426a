import { render } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/AppProviders';
import { DatasetGate } from '@/app/DatasetGate';
import { ScenarioBinding } from '@/app/ScenarioBinding';
import { loadNamespaces, type Language } from '@/i18n';
import { datasetQueryKey, importBundledDataset } from '@/lib/dataset';
import { createQueryClient } from '@/lib/queryClient';
import type { Dataset } from '@/model';

export interface RenderViewOptions {
  /** the address the view is shown at (default '/') */
  route?: string;
  /** the route pattern the view is mounted at, for its params (default: `route`) */
  path?: string;
  /** the query string, with or without its '?' (e.g. the scenario: 'o.KG.CN.debt_share=60') */
  search?: string;
  language?: Language;
  /** the data set the view shows (default: the bundled one), e.g. the three-country fixture */
  dataset?: Dataset;
}

/**
 * Renders one view with the providers the app gives it (query client, i18n, data-source
 * config, data-set gate, the scenario bound to the address), in a memory router holding
 * that view's route alone: no layout, no lazy routes, no other page. Every message
 * namespace is loaded first and the bundled data set is seeded into the cache, so the first
 * render is the view itself rather than a loading state. Tests about routing, the layout or the
 * data loading itself use renderApp (./renderApp.tsx) instead.
 */
export async function renderView(view: ReactElement, options: RenderViewOptions = {}) {
  const route = options.route ?? '/';
  const search = options.search ? `?${options.search.replace(/^\?/, '')}` : '';
  await loadNamespaces();
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  queryClient.setQueryData(datasetQueryKey({}), options.dataset ?? (await importBundledDataset()));
  const router = createMemoryRouter(
    [
      {
        path: options.path ?? route,
        element: (
          <DatasetGate>
            <ScenarioBinding>
              <Suspense fallback={null}>{view}</Suspense>
            </ScenarioBinding>
          </DatasetGate>
        ),
      },
      // Where a link or a key press leads away from the view (read router.state.location).
      { path: '*', element: <p data-testid="elsewhere" /> },
    ],
    { initialEntries: [`${route}${search}`] },
  );
  const utils = render(
    <AppProviders language={options.language ?? 'en'} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, queryClient };
}
