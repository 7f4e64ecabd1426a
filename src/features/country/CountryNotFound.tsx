import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';

/** An unknown country code: say so and offer the countries the data set covers. */
export function CountryNotFound({ code }: { code: string }) {
  const { t } = useTranslation('country');
  const { pick } = useLocalized();
  const dataset = useDataset();
  return (
    <div className="country-not-found">
      <title>{`${t('notFound.title')} — Fulcrum`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { code })}</p>
      <ul>
        {dataset.countries.map((c) => (
          <li key={c.code}>
            <AppLink to={`/country/${c.code}`}>{pick(c.name)}</AppLink>
          </li>
        ))}
      </ul>
      <p>
        <AppLink to="/">{t('notFound.overview')}</AppLink>
      </p>
    </div>
  );
}
