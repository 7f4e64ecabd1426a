import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import type { ScenarioInput } from '@/model';
import { dimensionWeightRows, effectiveWeight, formatNumber } from './derive';
import { SECTION_IDS } from './ids';
import { Section } from './parts';

export function WeightsSection({
  scenario,
  differs,
}: {
  scenario: ScenarioInput;
  differs: boolean;
}) {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const { language } = useLocalized();
  const rows = dimensionWeightRows(dataset.dimensionWeights);
  const captionId = 'methodology-weights-caption';
  return (
    <Section id={SECTION_IDS.weights} title={t('weights.heading')}>
      <p className="methodology-prose">{t('weights.intro')}</p>
      <div
        className="table-scroll methodology-table-scroll methodology-narrow-table"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="methodology-table">
          <caption id={captionId}>{t('weights.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('weights.columns.dimension')}</th>
              <th scope="col" className="num">
                {t('weights.columns.weight')}
              </th>
              <th scope="col" className="num">
                {t('weights.columns.share')}
              </th>
              {differs ? (
                <th scope="col" className="num">
                  {t('weights.columns.scenario')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.dimension}>
                <th scope="row">{tc(`dimensions.${row.dimension}`)}</th>
                <td className="num">{formatNumber(row.weight, language)}</td>
                <td className="num">{`${formatNumber(Math.round(row.share * 1000) / 10, language)}%`}</td>
                {differs ? (
                  <td className="num">
                    {formatNumber(
                      effectiveWeight(scenario.dimensionWeights[row.dimension], row.weight),
                      language,
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="methodology-prose">
        {t('weights.aggregation', { name: t(`weights.aggregations.${scenario.aggregation}`) })}
      </p>
    </Section>
  );
}
