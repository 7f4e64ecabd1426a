import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import { DIMENSIONS } from '@/model';
import { SECTION_IDS } from './ids';
import { Section } from './parts';

export function MeasuredSection() {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const { pick } = useLocalized();
  const partnerName = (code: string) => {
    const partner = dataset.partners.find((p) => p.code === code);
    return partner ? pick(partner.name) : code;
  };
  const [first, second] = dataset.tiltPair;
  return (
    <Section id={SECTION_IDS.measured} title={t('measured.heading')}>
      <p className="methodology-prose">
        {t('measured.countries', {
          list: dataset.countries.map((c) => `${pick(c.name)} (${c.code})`).join(', '),
          partners: dataset.partners.map((p) => `${pick(p.name)} (${p.code})`).join(', '),
        })}
      </p>
      <p className="methodology-prose">{t('measured.p1')}</p>
      <ul className="methodology-prose methodology-dimensions">
        {DIMENSIONS.map((d) => (
          <li key={d}>
            <strong>{tc(`dimensions.${d}`)}</strong>: {t(`measured.dimensions.${d}`)}
          </li>
        ))}
      </ul>
      <p className="methodology-prose">{t('measured.p2')}</p>
      <p className="methodology-prose">
        {t('measured.p3', { first: partnerName(first), second: partnerName(second) })}
      </p>
    </Section>
  );
}
