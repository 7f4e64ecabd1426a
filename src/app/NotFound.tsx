import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from '@/components/AppLink';
import { useDataset } from '@/lib/dataset';

/** Any unknown path, or an unknown country code: never a blank screen. */
export function NotFound() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const dataset = useDataset();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <div className="not-found">
      <title>{`${t('notFound.title')} — Fulcrum`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <ul>
        <li>
          <AppLink to="/">{t('nav.overview')}</AppLink>
        </li>
        {dataset.countries.map((c) => (
          <li key={c.code}>
            <AppLink to={`/country/${c.code}`}>
              {t('notFound.country', { name: c.name[lang] })}
            </AppLink>
          </li>
        ))}
        <li>
          <AppLink to="/compare">{t('nav.compare')}</AppLink>
        </li>
        <li>
          <AppLink to="/methodology">{t('nav.methodology')}</AppLink>
        </li>
      </ul>
    </div>
  );
}
