import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/AppProviders';
import { routes } from '@/app/routes';
import { createQueryClient } from '@/lib/queryClient';
import { datasetQueryKey } from '@/lib/dataset';
import type { Dataset } from '@/model';
import type { Language } from '@/i18n';

/**
 * Renders the real app (providers, routes, layout, lazy pages) at a path, in memory: for tests
 * of routing, the layout or data loading. A test of one view uses renderView (./renderView.tsx).
 */
export function renderApp(
  path = '/',
  options: {
    language?: Language;
    dataUrl?: string;
    /** a data set to start with in place of the bundled one (the three-country fixture…) */
    dataset?: Dataset;
  } = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  if (options.dataset) queryClient.setQueryData(datasetQueryKey({}), options.dataset);
  const utils = render(
    <AppProviders
      language={options.language ?? 'en'}
      dataSource={{ url: options.dataUrl }}
      queryClient={queryClient}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, router, queryClient };
}
