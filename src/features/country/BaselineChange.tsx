import { memo } from 'react';
import type { Formatters } from '@/lib/format';
import type { CountryText } from './useCountryText';

/** "baseline 41.0 · ▲ +4.2": shown beside a score while the scenario differs from the baseline. */
function BaselineChangeImpl({
  baseline,
  change,
  t,
  format,
}: {
  baseline: number | null;
  change: number | null;
  /** the country view's translator (passed down: a hook per instance costs at every step) */
  t: CountryText['t'];
  /** the numbers in the same language (passed down for the same reason) */
  format: Formatters;
}) {
  const { formatScore, formatSigned } = format;
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

/** Memoised: two numbers in, and most of them stay put while one slider moves. */
export const BaselineChange = memo(BaselineChangeImpl);
