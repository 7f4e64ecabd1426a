import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import { DEFAULT_DRAWS, LEAN_THRESHOLDS } from '@/model';
import { SECTION_IDS } from './ids';
import { Section } from './parts';

/**
 * How a tilt is put into words and how a score stands against its interval: the model's two
 * reading rules (src/model/lean.ts), with their thresholds read from the model, not typed here.
 */
export const ScoreReadingSection = memo(function ScoreReadingSection() {
  const { t } = useTranslation('methodology');
  const { pick, language } = useLocalized();
  const dataset = useDataset();
  const partnerName = (code: string) => {
    const partner = dataset.partners.find((p) => p.code === code);
    return partner ? pick(partner.name) : code;
  };
  const { formatValue, formatPercent, formatCount } = formatsFor(language);
  const number = (x: number) => formatValue(x);
  const values = {
    balanced: number(LEAN_THRESHOLDS.balanced),
    share: formatPercent(LEAN_THRESHOLDS.share),
    tooClose: number(LEAN_THRESHOLDS.tooCloseWithoutDraws),
    slight: number(LEAN_THRESHOLDS.slight),
    clear: number(LEAN_THRESHOLDS.clear),
    draws: formatCount(DEFAULT_DRAWS),
    first: partnerName(dataset.tiltPair[0]),
    second: partnerName(dataset.tiltPair[1]),
  };
  return (
    <Section id={SECTION_IDS.reading} title={t('reading.heading')}>
      <p className="methodology-prose">{t('reading.intro')}</p>

      <h3>{t('reading.lean.heading')}</h3>
      <ul className="methodology-prose" data-testid="lean-rule">
        <li>{t('reading.lean.balanced', values)}</li>
        <li>{t('reading.lean.share', values)}</li>
        <li>{t('reading.lean.withoutDraws', values)}</li>
        <li>{t('reading.lean.strength', values)}</li>
      </ul>
      <p className="methodology-prose">{t('reading.lean.why', values)}</p>

      <h3>{t('reading.interval.heading')}</h3>
      <p className="methodology-prose">{t('reading.interval.p1', values)}</p>
      <p className="methodology-prose">{t('reading.interval.p2', values)}</p>
      <p className="methodology-prose">{t('reading.interval.p3', values)}</p>
    </Section>
  );
});
