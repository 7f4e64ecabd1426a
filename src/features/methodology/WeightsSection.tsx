import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import { dimensionColumn, scenarioWeightColumn } from './columns';
import { dimensionWeightRows, formatNumber, type DimensionWeightRow } from './derive';
import { SECTION_IDS } from './ids';
import { MethodologyTable, Section, type ScenarioSectionProps } from './parts';

export function WeightsSection({ scenario, differs }: ScenarioSectionProps) {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const { language } = useLocalized();
  const rows = dimensionWeightRows(dataset.dimensionWeights);
  const captionId = 'methodology-weights-caption';
  return (
    <Section id={SECTION_IDS.weights} title={t('weights.heading')}>
      <p className="methodology-prose">{t('weights.intro')}</p>
      <MethodologyTable
        narrow
        caption={t('weights.caption')}
        captionId={captionId}
        columns={[
          dimensionColumn(t('weights.columns.dimension'), (dimension) =>
            tc(`dimensions.${dimension}`),
          ),
          {
            id: 'weight',
            header: t('weights.columns.weight'),
            numeric: true,
            cell: (row) => formatNumber(row.weight, language),
          },
          {
            id: 'share',
            header: t('weights.columns.share'),
            numeric: true,
            cell: (row) => `${formatNumber(Math.round(row.share * 1000) / 10, language)}%`,
          },
          differs &&
            scenarioWeightColumn({
              id: 'scenario',
              header: t('weights.columns.scenario'),
              overrides: scenario.dimensionWeights,
              key: (row: DimensionWeightRow) => row.dimension,
              language,
            }),
        ]}
        rows={rows}
        rowKey={(row) => row.dimension}
      />
      <p className="methodology-prose">
        {t('weights.aggregation', { name: t(`weights.aggregations.${scenario.aggregation}`) })}
      </p>
    </Section>
  );
}
