import { useEffect, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useSearchParams } from 'react-router';
import { AppLink, AppNavLink } from '@/components/AppLink';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { isLanguage, LANGUAGE_PARAM, LANGUAGES, type Language } from '@/i18n';
import { ScenarioPanel } from '@/features/scenario/ScenarioPanel';
import { ScenarioPanelToggle } from '@/features/scenario/ScenarioPanelToggle';
import { usePanelRequest } from '@/scenario/panelRequest';
import { CountryNavLinks } from './CountryNavLinks';
import { DatasetGate } from './DatasetGate';
import { HandoutFooter, HandoutHeader } from './Handout';
import { ScenarioBanner } from './ScenarioBanner';
import { ScenarioBinding } from './ScenarioBinding';
import { UpdateNotice } from './UpdateNotice';
import {
  applyTheme,
  isBriefingPath,
  readThemePreference,
  rememberLanguage,
  THEMES,
  writeThemePreference,
  type ThemePreference,
} from './preferences';

/** Keeps i18next and <html lang> in step with ?lang=. */
function useLanguageSync(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(LANGUAGE_PARAM);
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'en';

  useEffect(() => {
    if (isLanguage(fromUrl) && fromUrl !== i18n.language) void i18n.changeLanguage(fromUrl);
  }, [fromUrl, i18n]);

  useEffect(() => {
    document.documentElement.lang = current;
  }, [current]);

  const setLanguage = (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(LANGUAGE_PARAM, language);
        return next;
      },
      { replace: true },
    );
  };
  return [current, setLanguage];
}

const noSubscription = () => () => {};
const serverTheme = (): ThemePreference => 'system';

/**
 * The saved theme, applied to the page; while `projector` is set (the briefing) the page
 * shows the projector theme instead, without changing the saved preference.
 */
function useTheme(projector = false): [ThemePreference, (theme: ThemePreference) => void] {
  // The prerendered copy shows 'system' (the build has no saved choice). While React hydrates
  // it, the first render must show the same, and the saved choice follows in the next render
  // (the theme itself was applied before the first paint: src/app/firstPaint.ts).
  const saved = useSyncExternalStore(noSubscription, readThemePreference, serverTheme);
  const [chosen, setChosen] = useState<ThemePreference | null>(null);
  const theme = chosen ?? saved;
  useEffect(() => {
    if (projector) {
      applyTheme('projector');
      return;
    }
    // What is saved, not the hydrating render's 'system': the page never flashes the other theme.
    const effective = chosen ?? readThemePreference();
    applyTheme(effective);
    if (effective !== 'system' || typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [chosen, projector]);
  return [
    theme,
    (next) => {
      writeThemePreference(next);
      setChosen(next);
    },
  ];
}

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const [language, setLanguage] = useLanguageSync();
  // Briefing mode: projector look and no app chrome (the slides have their own).
  const briefing = isBriefingPath(location.pathname);
  const [theme, setTheme] = useTheme(briefing);
  const [panelOpen, setPanelOpen] = useState(false);
  // A view asked for the panel at a missing cell (the panel shows the cell itself).
  useEffect(
    () =>
      usePanelRequest.subscribe((s) => {
        if (s.request) setPanelOpen(true);
      }),
    [],
  );
  const closePanel = () => {
    usePanelRequest.getState().done();
    setPanelOpen(false);
  };

  // The page is now the app's, no longer the build-time prerender (src/app/prerender-entry.tsx)
  // it replaced: what a test or a tool reads from here on follows the address.
  useEffect(() => {
    document.documentElement.dataset.app = 'live';
  }, []);

  return (
    <div className={briefing ? 'app app-briefing' : 'app'}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {briefing ? null : (
        <header className="app-header">
          <AppLink to="/" className="brand">
            <span className="brand-name">{t('appName')}</span>
            <span className="brand-tagline">{t('tagline')}</span>
          </AppLink>
          <nav aria-label={t('nav.label')} className="app-nav">
            <AppNavLink to="/" end>
              {t('nav.overview')}
            </AppNavLink>
            <CountryNavLinks />
            <AppNavLink to="/compare">{t('nav.compare')}</AppNavLink>
            <AppNavLink to="/versus">{t('nav.versus')}</AppNavLink>
            <AppNavLink to="/analysis">{t('nav.analysis')}</AppNavLink>
            <AppNavLink to="/methodology">{t('nav.methodology')}</AppNavLink>
            <AppNavLink to="/brief" state={{ from: location.pathname }}>
              {t('nav.brief')}
            </AppNavLink>
          </nav>
          <div className="app-controls">
            <ScenarioPanelToggle open={panelOpen} onToggle={() => setPanelOpen((v) => !v)} />
            <label className="control">
              <span className="control-label">{t('language')}</span>
              <select
                name="language"
                value={language}
                onChange={(e: ChangeEvent<HTMLSelectElement>) => {
                  if (isLanguage(e.target.value)) setLanguage(e.target.value);
                }}
              >
                {LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="control">
              <span className="control-label">{t('theme')}</span>
              <select
                name="theme"
                value={theme}
                onChange={(e) => setTheme(e.target.value as ThemePreference)}
              >
                {THEMES.map((th) => (
                  <option key={th} value={th}>
                    {t(`themes.${th}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </header>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary
          resetKey={location.pathname}
          fallback={(error) => (
            <div role="alert" className="page-error">
              <h1>{t('pageError', { message: error.message })}</h1>
              <AppLink to="/">{t('backHome')}</AppLink>
            </div>
          )}
        >
          <DatasetGate>
            <ScenarioBinding>
              {briefing ? null : <ScenarioBanner />}
              <HandoutHeader />
              <Outlet />
              <HandoutFooter />
            </ScenarioBinding>
          </DatasetGate>
        </ErrorBoundary>
      </main>
      {briefing ? null : (
        <footer className="app-footer">
          <AppLink to="/data">{t('nav.data')}</AppLink>
        </footer>
      )}
      <ScenarioPanel open={panelOpen} onClose={closePanel} />
      <UpdateNotice />
    </div>
  );
}
