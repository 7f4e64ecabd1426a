/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the offline service worker (vite.config.ts, scripts/pwa.ts) from the app's own
 * bundle: the Content-Security-Policy allows no inline script. Production builds only; the dev
 * server and the tests that start MSW (mocks/) keep MSW's worker as the page's only one.
 * A new version is announced (src/app/UpdateNotice.tsx), never swapped in by itself.
 */
import { registerSW } from 'virtual:pwa-register';
import { updateWaiting } from './pwa';

export function registerServiceWorker() {
  if (!import.meta.env.PROD || import.meta.env.VITE_MSW === '1') return;
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  const update = registerSW({
    // Registers once the page has loaded, so the precache downloads do not compete with the
    // first screen.
    immediate: false,
    onNeedRefresh: () =>
      updateWaiting(async () => {
        // workbox-window reloads only a page that was already controlled when it loaded; the
        // very first visit's page (controlled since, by clientsClaim) reloads here.
        navigator.serviceWorker.addEventListener('controllerchange', reload);
        await update();
      }),
    onNeedReload: reload,
  });
}
