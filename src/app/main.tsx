import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import '@fontsource-variable/inter';
import { datasetQueryKey, importBundledDataset, storedDatasetIdOf } from '@/lib/dataset';
import { createQueryClient } from '@/lib/queryClient';
import { noteCopyDrawings } from '@/components/hydration';
import { LANGUAGE_PARAM } from '@/i18n/languageParam';
import { nextTask } from '@/lib/nextTask';
import { AppProviders } from './AppProviders';
import { LatestLocationContext } from './latestLocation';
import { applyTheme, initialLanguage, isBriefingPath, startingTheme } from './preferences';
import { registerServiceWorker } from './registerServiceWorker';
import { firstRenderShowsDraws, routes, warmFirstRender } from './routes';
import { readAddress } from './addressScenario';
import { routerReady } from './routerReady';
import { FIRST_PAINT, PRERENDERED, TOUCHED } from './firstPaint';
import { prefetchUncertainty } from '@/scenario/hooks';
import { useScenarioStore } from '@/scenario/store';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Fulcrum: #root is missing from index.html');

// As the prerendered page set it before its first paint (src/app/firstPaint.ts).
applyTheme(startingTheme(window.location.pathname));
const dataUrl = (import.meta.env.VITE_DATA_URL as string | undefined) || undefined;
// The bundled data set's chunk starts downloading now, beside React's first render,
// rather than when react-query first asks for it (the query reuses this import).
if (!dataUrl) void importBundledDataset().catch(() => {});
// Evaluating the scripts was one task; creating the router (its history, its routes, the page's
// code) is the next. Together they held the main thread for 25–55 ms at 1× (measured on
// /analysis), which a phone's 4× slower CPU makes a long task (Lighthouse's blocking time).
await nextTask();
const router = createBrowserRouter(routes);
const latestLocation = () => router.state.location;

// In development only, `VITE_MSW=1` serves the data set and its failure modes from mocks/
// (e.g. VITE_DATA_URL=http://localhost/fulcrum-data-invalid.json) to try the error paths.
if (import.meta.env.DEV && import.meta.env.VITE_MSW === '1') {
  const { worker } = await import('@mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass' });
}

// The build prerenders every page into #root (scripts/prerender.ts) for a fast first paint;
// it is hydrated or rendered over (below). Wait for the bundled data set and for the page's own
// code first, so the render replaces the page with itself rather than with "Loading…".
const queryClient = createQueryClient();
const prerendered = root.hasChildNodes();
if (prerendered) {
  const ready = routerReady(router);
  const search = new URLSearchParams(window.location.search);
  const bundled = dataUrl
    ? Promise.resolve(undefined)
    : importBundledDataset()
        .then(async (data) => {
          // Each step below in a task of its own, not in the one that evaluated the data set's
          // script: together they were another long task on a phone.
          await nextTask();
          queryClient.setQueryData(datasetQueryKey({}), data);
          // The link's scenario, read now: the first render shows the page at once
          // (src/app/ScenarioBinding.tsx; a link to a stored data set reads it again there).
          readAddress(data, window.location.search);
          // A link to a stored data set shows another: what is computed here would only wait.
          return storedDatasetIdOf(search) ? undefined : data;
        })
        .catch(() => {
          // The app starts all the same: the query loads the data set again (and shows the
          // error if that fails too), and ScenarioBinding reads the address itself.
          return undefined;
        });
  await Promise.all([
    // Its draws in the worker meanwhile, not on this thread in the first render (for a page
    // that shows them).
    bundled
      .then(async (data) => {
        if (data && firstRenderShowsDraws(router.state.matches)) {
          await nextTask();
          return prefetchUncertainty(queryClient, data, useScenarioStore.getState().scenario);
        }
      })
      .catch(() => {}),
    // And what the page's render would compute in one long task, in short ones while the worker
    // draws (once the page's code is in).
    Promise.all([bundled, ready]).then(([data]) => {
      if (data)
        return warmFirstRender(router.state.matches, data, useScenarioStore.getState().scenario);
    }),
  ]);
}

const app = (
  <StrictMode>
    <AppProviders
      language={initialLanguage(window.location.search)}
      dataSource={{ url: dataUrl }}
      queryClient={queryClient}
    >
      <LatestLocationContext value={latestLocation}>
        <RouterProvider router={router} />
      </LatestLocationContext>
    </AppProviders>
  </StrictMode>
);
// A copy painted whole (the baseline, at the address it was rendered for) is the markup the
// first render makes: hydrate it, keeping the page on screen instead of replacing its elements
// and laying it out again. Anything else (a scenario or a data set in the address, another
// address's copy, /brief whose router goes on to a slide) is rendered over. A mismatch all the
// same makes React render the page afresh, as it would have anyway (onRecoverableError).
const html = document.documentElement;
const hydrate =
  prerendered &&
  !html.hasAttribute(FIRST_PAINT) &&
  !html.hasAttribute(TOUCHED) &&
  root.dataset.path === router.state.location.pathname &&
  // The copy's links carry the query it was rendered with (?lang=ru, none in English) and React
  // does not patch attributes: an address with another (?lang=en, a Russian reader without
  // ?lang) is rendered over.
  new URLSearchParams(window.location.search).get(LANGUAGE_PARAM) ===
    (html.lang === 'en' ? null : html.lang) &&
  // The briefing's first render is not its copy's markup (/brief's copy is its first slide's
  // page, reached by changing the address; a slide's differs too, measured): rendered over.
  !isBriefingPath(router.state.location.pathname);
if (hydrate) {
  // React does not patch attributes when it hydrates, and styles.css hides an English copy by
  // this one in another language: it must not outlive the copy.
  for (const element of root.querySelectorAll(`[${PRERENDERED}]`)) {
    element.removeAttribute(PRERENDERED);
  }
  // Its charts are on screen already: they are redrawn at their measured width one per frame
  // after the take-over (useWidth, redrawInTurn), not all at once in the hydration's commit.
  noteCopyDrawings(root);
  startTransition(() => {
    hydrateRoot(root, app, {
      onRecoverableError: (error) => console.warn('Fulcrum: hydration fell back', error),
    });
  });
} else {
  const reactRoot = createRoot(root);
  // Over the prerendered page, the first render is a transition: React renders in slices between
  // which the browser stays responsive (the page is already on screen), and commits once.
  if (prerendered) startTransition(() => reactRoot.render(app));
  else reactRoot.render(app);
}

// Offline use: the service worker (production builds only, never beside MSW's).
registerServiceWorker();
