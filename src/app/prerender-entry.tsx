/**
 * Build-time prerender of the first screen (scripts/prerender.ts): the English, light,
 * baseline page as static HTML, for a fast first paint. Not hydrated (the CSP allows no
 * inline state): main.tsx renders over it with createRoot.
 */
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { dataset } from '@/data/dataset';
import { datasetQueryKey } from '@/lib/dataset';
import { createQueryClient } from '@/lib/queryClient';
import { AppProviders } from './AppProviders';
import { routes } from './routes';

export async function render(url: string): Promise<string> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) throw new Error(`prerender: ${url} answered a redirect`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryKey({}), dataset);
  return renderToString(
    <AppProviders language="en" queryClient={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
}
