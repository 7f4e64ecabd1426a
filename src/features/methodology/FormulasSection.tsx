import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import { formatsFor } from '@/lib/format';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '@/model';
import { SECTION_IDS } from './ids';
import { useCodeName } from './labels';
import { Formula, Section } from './parts';

/** The model, formula by formula, as the code in src/model computes it. */
export function FormulasSection() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const { language } = useLocalized();
  const name = useCodeName();
  const [firstCode, secondCode] = dataset.tiltPair;
  const pair = {
    first: name(dataset.partners, firstCode),
    second: name(dataset.partners, secondCode),
  };
  const draws = formatsFor(language).formatCount(DEFAULT_DRAWS);

  return (
    <Section id={SECTION_IDS.formulas} title={t('formulas.heading')}>
      <p className="methodology-prose">{t('formulas.intro')}</p>

      <h3>{t('formulas.choice.heading')}</h3>
      <p className="methodology-prose">{t('formulas.choice.p1')}</p>
      <p className="methodology-prose">{t('formulas.choice.p2')}</p>
      <p className="methodology-prose">{t('formulas.choice.p3')}</p>
      <p className="methodology-prose">{t('formulas.choice.p4')}</p>

      <h3>{t('formulas.normalise.heading')}</h3>
      <p className="methodology-prose">{t('formulas.normalise.p1')}</p>
      <Formula>{t('formulas.normalise.formula')}</Formula>
      <Formula>{t('formulas.normalise.transform')}</Formula>
      <p className="methodology-prose">{t('formulas.normalise.p2')}</p>

      <h3>{t('formulas.dimension.heading')}</h3>
      <p className="methodology-prose">{t('formulas.dimension.p1')}</p>
      <Formula>{t('formulas.dimension.formula')}</Formula>
      <p className="methodology-prose">{t('formulas.dimension.p2')}</p>
      <Formula>{t('formulas.dimension.coverage')}</Formula>
      <p className="methodology-prose">{t('formulas.dimension.p3')}</p>
      <p className="methodology-prose">{t('formulas.dimension.weights')}</p>

      <h3>{t('formulas.overall.heading')}</h3>
      <p className="methodology-prose">{t('formulas.overall.p1')}</p>
      <Formula>{t('formulas.overall.arithmetic')}</Formula>
      <p className="methodology-prose">{t('formulas.overall.p2')}</p>
      <Formula>{t('formulas.overall.geometric')}</Formula>
      <p className="methodology-prose">{t('formulas.overall.p3')}</p>

      <h3>{t('formulas.tilt.heading')}</h3>
      <Formula>{t('formulas.tilt.formula', pair)}</Formula>
      <p className="methodology-prose">{t('formulas.tilt.p1', pair)}</p>

      <h3>{t('formulas.contribution.heading')}</h3>
      <Formula>{t('formulas.contribution.formula')}</Formula>
      <p className="methodology-prose">{t('formulas.contribution.p1')}</p>

      <h3>{t('formulas.uncertainty.heading')}</h3>
      <p className="methodology-prose">{t('formulas.uncertainty.p1', { draws })}</p>
      <Formula>{t('formulas.uncertainty.formula')}</Formula>
      <p className="methodology-prose">
        {t('formulas.uncertainty.p2', { seed: String(DEFAULT_SEED) })}
      </p>
      <Formula>{t('formulas.uncertainty.interval')}</Formula>
      <Formula>{t('formulas.uncertainty.probability')}</Formula>
      <p className="methodology-prose">{t('formulas.uncertainty.p3', pair)}</p>

      <h3>{t('formulas.sensitivity.heading')}</h3>
      <p className="methodology-prose">{t('formulas.sensitivity.p1')}</p>
      <Formula>{t('formulas.sensitivity.formula')}</Formula>

      <h3>{t('formulas.flip.heading')}</h3>
      <p className="methodology-prose">{t('formulas.flip.p1')}</p>
      <p className="methodology-prose">{t('formulas.flip.p2')}</p>
      <Formula>{t('formulas.flip.formula')}</Formula>
    </Section>
  );
}
