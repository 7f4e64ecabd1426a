import { memo, useMemo } from 'react';
import { IntervalNote } from '@/components/charts/IntervalNote';
import { usePartnerPaint } from '@/components/partnerPalette';
import { TiltBasisNote } from '@/components/TiltBasisNote';
import { useLeanWording } from '@/components/useLeanWording';
import { leanData } from '@/lib/leanText';
import type { CountryCode } from '@/model';
import type { OverallSummary, PartnerScoreFields } from './adapters';
import { partnerScoreFields, summaryReading } from './adapters';
import { BaselineChange } from './BaselineChange';
import type { CountryText } from './useCountryText';

interface CountryHeaderProps {
  code: CountryCode;
  name: string;
  overall: OverallSummary;
  differs: boolean;
  /** Monte Carlo still running with no result yet */
  intervalsPending: boolean;
  text: CountryText;
}

interface LedePartnerProps extends PartnerScoreFields {
  /** text before this partner: "", ", " or " and " */
  joiner: string;
  differs: boolean;
  text: CountryText;
}

/** One partner's overall score in the lede; re-rendered only when its own numbers change. */
const LedePartner = memo(function LedePartner({
  partner,
  joiner,
  score,
  low,
  high,
  median,
  baseline,
  change,
  missing,
  differs,
  text,
}: LedePartnerProps) {
  const { t } = text;
  const lean = useLeanWording();
  const paint = usePartnerPaint()(partner);
  return (
    <span data-interval-check="">
      {joiner}
      <span className={paint.className}>
        {t('lede.on', { partner: text.partnerFrom(partner) })}
      </span>{' '}
      <strong className="country-lede-score" data-testid={`overall-${partner}`} data-role="score">
        {text.formatScore(score, lean.missing(missing))}
      </strong>
      {low !== null && high !== null ? (
        <span className="country-lede-interval">
          {' '}
          (
          <span data-role="interval">
            {t('lede.interval', { low: text.formatScore(low), high: text.formatScore(high) })}
          </span>
          {median !== null ? (
            <IntervalNote text={lean.intervalNote('score', score, { low, high, median })} />
          ) : null}
          )
        </span>
      ) : null}
      {differs && (
        <>
          {' '}
          (<BaselineChange baseline={baseline} change={change} t={t} format={text} />)
        </>
      )}
    </span>
  );
});

/** The country's name and a one-paragraph lede: overall dependence on each partner and the tilt. */
function CountryHeaderImpl({
  code,
  name,
  overall,
  differs,
  intervalsPending,
  text,
}: CountryHeaderProps) {
  const { t } = text;
  const lean = useLeanWording();
  const reading = summaryReading(overall);
  const count = overall.partners.length;
  // Worded once per language, not at every slider step.
  const fixed = useMemo(
    () => ({ eyebrow: t('eyebrow'), intro: t('lede.intro'), and: ` ${t('lede.and')} ` }),
    [t],
  );
  return (
    <header className="country-header">
      <p className="country-eyebrow">{fixed.eyebrow}</p>
      <h1>{name}</h1>
      <p className="country-lede">
        {fixed.intro}{' '}
        {overall.partners.map((p, i) => (
          <LedePartner
            key={p.partner}
            joiner={i === 0 ? '' : i === count - 1 ? fixed.and : ', '}
            {...partnerScoreFields(p)}
            differs={differs}
            text={text}
          />
        ))}
        .{' '}
        {intervalsPending && (
          <span className="country-pending muted">({t('lede.intervalPending')}) </span>
        )}
        <span className="country-lede-tilt" {...leanData(code, 'overall', reading)}>
          {t('lede.tilt', { country: name, reading: text.tiltSentence(reading, overall.tilt) })}
          <TiltBasisNote text={overall.tilt === null ? '' : lean.basisNote(overall.basis)} />
        </span>
      </p>
    </header>
  );
}

export const CountryHeader = memo(CountryHeaderImpl);
