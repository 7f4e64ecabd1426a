import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import '@fontsource-variable/inter';
import { datasetQueryKey, importBundledDataset } from '@/lib/dataset';
import { createQueryClient } from '@/lib/queryClient';
import { AppProviders } from './AppProviders';
import { LatestLocationContext } from './latestLocation';
import { applyTheme, initialLanguage, readThemePreference } from './preferences';
import { registerServiceWorker } from './registerServiceWorker';
import { routes } from './routes';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Fulcrum: #root is missing from index.html');

applyTheme(readThemePreference());
const router = createBrowserRouter(routes);
const latestLocation = () => router.state.location;
const dataUrl = (import.meta.env.VITE_DATA_URL as string | undefined) || undefined;
// The bundled data set's chunk starts downloading now, beside React's first render,
// rather than when react-query first asks for it (the query reuses this import).
if (!dataUrl) void importBundledDataset().catch(() => {});

// In development only, `VITE_MSW=1` serves the data set and its failure modes from mocks/
// (e.g. VITE_DATA_URL=http://localhost/fulcrum-data-invalid.json) to try the error paths.
if (import.meta.env.DEV && import.meta.env.VITE_MSW === '1') {
  const { worker } = await import('@mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass' });
}

// The build prerenders the first screen into #root (scripts/prerender.ts) for a fast first
// paint; it is not hydrated but rendered over. Wait for the bundled data set first, so
// the render replaces it with the page rather than with "Loading…".
const queryClient = createQueryClient();
if (!dataUrl && root.hasChildNodes()) {
  try {
    queryClient.setQueryData(datasetQueryKey({}), await importBundledDataset());
  } catch {
    // The query loads it again, and shows the error if that fails too.
  }
}

createRoot(root).render(
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
  </StrictMode>,
);

// Offline use: the service worker (production builds only, never beside MSW's).
registerServiceWorker();
