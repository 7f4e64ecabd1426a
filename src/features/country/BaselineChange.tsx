import { useTranslation } from 'react-i18next';
import { formatScore, formatSigned } from '@/lib/format';

/** "baseline 41.0 · ▲ +4.2": shown beside a score while the scenario differs from the baseline. */
export function BaselineChange({
  baseline,
  change,
}: {
  baseline: number | null;
  change: number | null;
}) {
  const { t } = useTranslation('country');
  const rounded = change === null ? 0 : Number(change.toFixed(1));
  const arrow = rounded > 0 ? '▲' : rounded < 0 ? '▼' : '=';
  const direction = rounded > 0 ? t('changeUp') : rounded < 0 ? t('changeDown') : '';
  return (
    <span className="country-change">
      <span>{t('baseline', { value: formatScore(baseline) })}</span>
      <span aria-hidden="true"> · </span>
      <span className="country-change-delta">
        <span aria-hidden="true">{arrow} </span>
        {direction && <span className="visually-hidden">{direction} </span>}
        {t('change', { value: formatSigned(change) })}
      </span>
    </span>
  );
}
