import { Fragment, memo } from 'react';
import { formatScore } from '@/lib/format';
import type { PartnerCode } from '@/model';
import type { OverallSummary } from './adapters';
import { readTilt } from './adapters';
import { BaselineChange } from './BaselineChange';
import type { CountryText } from './useCountryText';

interface CountryHeaderProps {
  name: string;
  overall: OverallSummary;
  tiltPair: [PartnerCode, PartnerCode];
  differs: boolean;
  /** Monte Carlo still running with no result yet */
  intervalsPending: boolean;
  text: CountryText;
}

/** The country's name and a one-paragraph lede: overall dependence on each partner and the tilt. */
function CountryHeaderImpl({
  name,
  overall,
  tiltPair,
  differs,
  intervalsPending,
  text,
}: CountryHeaderProps) {
  const { t } = text;
  const reading = readTilt(overall.tilt, tiltPair, overall.pPositive);
  const count = overall.partners.length;
  return (
    <header className="country-header">
      <p className="country-eyebrow">{t('eyebrow')}</p>
      <h1>{name}</h1>
      <p className="country-lede">
        {t('lede.intro')}{' '}
        {overall.partners.map((p, i) => (
          <Fragment key={p.partner}>
            {i > 0 && (i === count - 1 ? ` ${t('lede.and')} ` : ', ')}
            <span className={`partner-${p.partner.toLowerCase()}`}>
              {t('lede.on', { partner: text.partnerFrom(p.partner) })}
            </span>{' '}
            <strong className="country-lede-score" data-testid={`overall-${p.partner}`}>
              {formatScore(p.score, t('common:noData'))}
            </strong>
            {p.interval ? (
              <span className="country-lede-interval">
                {' '}
                (
                {t('lede.interval', {
                  low: formatScore(p.interval.low),
                  high: formatScore(p.interval.high),
                })}
                )
              </span>
            ) : null}
            {differs && (
              <>
                {' '}
                (<BaselineChange baseline={p.baseline} change={p.change} />)
              </>
            )}
          </Fragment>
        ))}
        .{' '}
        {intervalsPending && (
          <span className="country-pending muted">({t('lede.intervalPending')}) </span>
        )}
        <span className="country-lede-tilt">
          {t('lede.tilt', { country: name, reading: text.tiltSentence(reading) })}
        </span>
      </p>
    </header>
  );
}

export const CountryHeader = memo(CountryHeaderImpl);
