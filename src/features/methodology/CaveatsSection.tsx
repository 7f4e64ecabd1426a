import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allEvidence } from '@/data/evidence';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import {
  judgementObservations,
  KG_TRADE_OPTION,
  observationsOf,
  REMITTANCES_INDICATOR,
  variantObservations,
} from './derive';
import { caveatHeadingId, SECTION_IDS } from './ids';
import { Caveat, ObservationItem, Section } from './parts';

function KgTradeCaveat() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const { pick } = useLocalized();
  const option = dataset.options.find((o) => o.key === KG_TRADE_OPTION);
  const variants = useMemo(() => variantObservations(dataset, KG_TRADE_OPTION), [dataset]);
  const alternative = option?.choices.find((c) => c.value !== option.default);
  // The report's own words on the two readings, from the data (no number typed here).
  const quotes = useMemo(() => {
    const seen = new Map<string, { quote: string; footnote?: number }>();
    for (const o of [...variants.values()].flat())
      for (const e of allEvidence(o))
        if (e.from === 'report' && !seen.has(e.quote)) seen.set(e.quote, e);
    return [...seen.values()];
  }, [variants]);
  return (
    <Caveat name="kg-trade" heading={t('caveats.kgTrade.heading')}>
      <p className="methodology-prose">{t('caveats.kgTrade.p1')}</p>
      {quotes.map((q) => (
        <blockquote key={q.quote} className="methodology-quote" lang="en">
          <p>“{q.quote}”</p>
          <footer>
            —{' '}
            {q.footnote === undefined
              ? t('caveats.kgTrade.quoteOwn')
              : t('caveats.kgTrade.quoteSource', { footnote: q.footnote })}
          </footer>
        </blockquote>
      ))}
      {option ? (
        <>
          <p className="methodology-prose">
            {t('caveats.kgTrade.p2', { option: pick(option.label) })}
          </p>
          <ul className="methodology-choices">
            {option.choices.map((choice) => {
              const observations = variants.get(choice.value) ?? [];
              return (
                <li key={choice.value}>
                  <p className="methodology-choice-label">
                    <strong>{pick(choice.label)}</strong>{' '}
                    <code>{`${option.key}=${choice.value}`}</code>
                    {choice.value === option.default ? ` ${t('caveats.kgTrade.isDefault')}` : ''}
                  </p>
                  {observations.length > 0 ? (
                    <ul className="methodology-obs-list">
                      {observations.map((o, i) => (
                        <ObservationItem
                          key={`${o.country}.${o.partner}.${o.indicator}.${i}`}
                          observation={o}
                        />
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {alternative ? (
            <p className="methodology-prose">
              {t('caveats.kgTrade.cli')}{' '}
              <code>{`npm run fulcrum -- scores --option ${option.key}=${alternative.value}`}</code>
            </p>
          ) : null}
        </>
      ) : (
        <p className="methodology-prose">{t('caveats.kgTrade.missing')}</p>
      )}
    </Caveat>
  );
}

function RemittancesCaveat() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const observations = useMemo(() => observationsOf(dataset, REMITTANCES_INDICATOR), [dataset]);
  return (
    <Caveat name="remittances" heading={t('caveats.remittances.heading')}>
      <p className="methodology-prose">{t('caveats.remittances.p1')}</p>
      {observations.length > 0 ? (
        <ul className="methodology-obs-list">
          {observations.map((o, i) => (
            <ObservationItem key={`${o.country}.${o.partner}.${i}`} observation={o} />
          ))}
        </ul>
      ) : (
        <p className="methodology-prose">{t('caveats.remittances.none')}</p>
      )}
    </Caveat>
  );
}

function JudgementCaveat() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const observations = useMemo(() => judgementObservations(dataset), [dataset]);
  return (
    <Caveat name="judgement" heading={t('caveats.judgement.heading')}>
      {observations.length > 0 ? (
        <>
          <p className="methodology-prose">
            {t('caveats.judgement.p1', { count: observations.length })}
          </p>
          <ol className="methodology-obs-list" aria-labelledby={caveatHeadingId('judgement')}>
            {observations.map((o, i) => (
              <ObservationItem
                key={`${o.country}.${o.partner}.${o.indicator}.${i}`}
                observation={o}
              />
            ))}
          </ol>
        </>
      ) : (
        <p className="methodology-prose">{t('caveats.judgement.none')}</p>
      )}
    </Caveat>
  );
}

export const CaveatsSection = memo(function CaveatsSection() {
  const { t } = useTranslation('methodology');
  return (
    <Section id={SECTION_IDS.caveats} title={t('caveats.heading')}>
      <KgTradeCaveat />
      <RemittancesCaveat />
      <JudgementCaveat />
      <Caveat name="general" heading={t('caveats.general.heading')}>
        <p className="methodology-prose">{t('caveats.general.p1')}</p>
        <p className="methodology-prose">{t('caveats.general.p2')}</p>
        <p className="methodology-prose">{t('caveats.general.p3')}</p>
      </Caveat>
    </Section>
  );
});
