import { useTranslation } from 'react-i18next';
import { useLocation, useRouteError } from 'react-router';

/**
 * What a route shows when it fails before its page can render: above all a page whose code did
 * not arrive (a dropped connection, or a new version that replaced the old files on the server).
 * Said in the reader's language, with the way out that works (a reload: the scenario is in the
 * address), never React Router's page for developers. A page that throws while rendering is
 * the layout's own boundary's (src/app/Layout.tsx).
 */
export function RouteError() {
  const error = useRouteError();
  const { search } = useLocation();
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main id="main" className="app-main route-error">
      <title>{`${t('routeError.title')} — Fulcrum`}</title>
      <div role="alert">
        <h1>{t('routeError.title')}</h1>
        <p>{t('routeError.body')}</p>
        <p className="muted">{detail}</p>
      </div>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>{' '}
        {/* A whole page load, as the reload (the page's code may be a new version's), keeping
            the address's language and scenario. */}
        <a href={`/${search}`}>{t('backHome')}</a>
      </p>
    </main>
  );
}
