/**
 * Build-time prerender (scripts/prerender.ts): every page of the route table, in every
 * language, as static HTML for a fast first paint: the light theme, the bundled data set, the
 * baseline scenario. No router state travels with it (the CSP allows no inline state):
 * main.tsx hydrates a copy painted whole and renders over any other with createRoot.
 */
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { dataset } from '@/data/dataset';
import { buildDeck } from '@/features/briefing/slides';
import { LANGUAGE_PARAM, LANGUAGES, type Language } from '@/i18n';
import { datasetQueryKey } from '@/lib/dataset';
import { createQueryClient } from '@/lib/queryClient';
import { readAddress } from './addressScenario';
import { AppProviders } from './AppProviders';
import { PRERENDERED } from './firstPaint';
import { fileOf, prerenderPaths, type PrerenderedPage } from './prerenderPaths';
import { routes } from './routes';

// What the prerender script needs from the app, read here: this bundle is built for node with
// the app's own React, which the script must not load a second copy of.
export const languages = LANGUAGES;
export const prerenderedAttribute = PRERENDERED;
export const fileOfPage = fileOf;

/**
 * The pages to prerender: every route, each country of the data set, each slide of the
 * briefing; `/brief` shows the first slide (the app then puts its id in the address).
 */
export function pages(): PrerenderedPage[] {
  const countries = dataset.countries.map((c) => c.code);
  const slides = buildDeck(countries).map((slide) => `/brief/${slide.id}`);
  const paths = prerenderPaths(routes, {
    '/country/:code': countries.map((code) => `/country/${code}`),
    '/brief/:slide?': ['/brief', ...slides],
  });
  return paths.map((path) => ({ path, renders: path === '/brief' ? slides[0]! : path }));
}

/**
 * A page in one language: its HTML (for inside #root) and its title (null for a page that
 * sets none).
 */
export async function render(
  path: string,
  language: Language,
): Promise<{ html: string; title: string | null }> {
  const url = new URL(path, 'http://localhost');
  // The links in the page keep the address's language, as the app's do.
  if (language !== 'en') url.searchParams.set(LANGUAGE_PARAM, language);
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`prerender: ${path} answered a redirect`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryKey({}), dataset);
  // The working store as the app holds it when it hydrates this copy (main.tsx reads the address
  // before hydrating): a view that reads the store renders what the app's first render will.
  readAddress(dataset, url.search);
  const html = renderToString(
    <AppProviders language={language} queryClient={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
  // React puts the page's <title> first; the document's head holds it instead.
  const title = /^<title>([^<]*)<\/title>/.exec(html);
  return title ? { html: html.slice(title[0].length), title: title[1]! } : { html, title: null };
}
