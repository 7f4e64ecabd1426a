import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import type { Indicator } from '@/model';
import { indicatorsByDimension, nonEmptyGroups } from '@/model';
import { scenarioWeightColumn } from './columns';
import { formatNumber } from './derive';
import { SECTION_IDS } from './ids';
import { MethodologyTable, Section, Unit, type ScenarioSectionProps } from './parts';

/** What an indicator measures, and the rubric of an ordinal one, folded. */
function IndicatorDescription({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('methodology');
  const { pick } = useLocalized();
  return (
    <>
      <p>{pick(indicator.description)}</p>
      {indicator.rubric && indicator.rubric.length > 0 ? (
        <details className="methodology-rubric">
          <summary>{t('indicators.rubric')}</summary>
          <ol className="methodology-rubric-levels">
            {indicator.rubric.map((level, i) => (
              <li key={i}>
                <strong>{t('indicators.level', { level: i })}</strong> — {pick(level)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}

/** Every indicator, one table per dimension: goalposts, scale, weight, and the rubric of ordinal ones. */
export const IndicatorsSection = memo(function IndicatorsSection({
  scenario,
  differs,
}: ScenarioSectionProps) {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const { pick, language } = useLocalized();
  const dataset = useDataset();
  const groups = useMemo(
    () => nonEmptyGroups(indicatorsByDimension(dataset.indicators)),
    [dataset],
  );
  return (
    <Section id={SECTION_IDS.indicators} title={t('indicators.heading')}>
      <p className="methodology-prose">{t('indicators.intro')}</p>
      {groups.map(({ dimension, items: indicators }) => {
        const headingId = `methodology-indicators-${dimension}`;
        const title = t('indicators.caption', { dimension: tc(`dimensions.${dimension}`) });
        return (
          <div key={dimension} className="methodology-indicator-group">
            <h3 id={headingId}>{title}</h3>
            <MethodologyTable
              className="methodology-indicators-table"
              // the heading above shows the caption's words
              caption={<span className="visually-hidden">{title}</span>}
              captionId={`${headingId}-caption`}
              columns={[
                {
                  id: 'indicator',
                  header: t('indicators.columns.indicator'),
                  rowHeader: true,
                  className: 'methodology-indicator-name',
                  cell: (indicator: Indicator) => (
                    <>
                      {pick(indicator.name)}
                      <span className="methodology-id">
                        {t('indicators.id', { id: indicator.id })}
                      </span>
                    </>
                  ),
                },
                {
                  id: 'description',
                  header: t('indicators.columns.description'),
                  className: 'methodology-indicator-description',
                  cell: (indicator) => <IndicatorDescription indicator={indicator} />,
                },
                {
                  id: 'unit',
                  header: t('indicators.columns.unit'),
                  className: 'methodology-nowrap',
                  cell: (indicator) => <Unit unit={indicator.unit} />,
                },
                {
                  id: 'kind',
                  header: t('indicators.columns.kind'),
                  className: 'methodology-nowrap',
                  cell: (indicator) => t(`indicators.kinds.${indicator.kind}`),
                },
                {
                  id: 'goalposts',
                  header: t('indicators.columns.goalposts'),
                  numeric: true,
                  className: 'methodology-goalposts',
                  cell: ({ goalposts }) =>
                    t('indicators.goalposts', {
                      min: formatNumber(goalposts.min, language),
                      max: formatNumber(goalposts.max, language),
                    }),
                },
                {
                  id: 'scale',
                  header: t('indicators.columns.scale'),
                  cell: (indicator) => t(`indicators.scales.${indicator.scale}`),
                },
                {
                  id: 'weight',
                  header: t('indicators.columns.weight'),
                  numeric: true,
                  cell: (indicator) => formatNumber(indicator.weight, language),
                },
                differs &&
                  scenarioWeightColumn({
                    id: 'scenarioWeight',
                    header: t('indicators.columns.scenarioWeight'),
                    overrides: scenario.indicatorWeights,
                    key: (indicator) => indicator.id,
                    language,
                  }),
              ]}
              rows={indicators}
              rowKey={(indicator) => indicator.id}
              rowProps={(indicator) => ({ 'data-indicator': indicator.id })}
            />
          </div>
        );
      })}
    </Section>
  );
});
