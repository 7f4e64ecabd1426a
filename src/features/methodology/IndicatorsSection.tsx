import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import type { Indicator, ScenarioInput } from '@/model';
import { effectiveWeight, formatNumber, indicatorsByDimension } from './derive';
import { SECTION_IDS } from './ids';
import { Section, Unit } from './parts';

function IndicatorRow({
  indicator,
  scenarioWeight,
}: {
  indicator: Indicator;
  /** shown only while the scenario differs from the baseline */
  scenarioWeight: number | null;
}) {
  const { t } = useTranslation('methodology');
  const { pick, language } = useLocalized();
  const { min, max } = indicator.goalposts;
  return (
    <tr data-indicator={indicator.id}>
      <th scope="row" className="methodology-indicator-name">
        {pick(indicator.name)}
        <span className="methodology-id">{t('indicators.id', { id: indicator.id })}</span>
      </th>
      <td className="methodology-indicator-description">
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
      </td>
      <td className="methodology-nowrap">
        <Unit unit={indicator.unit} />
      </td>
      <td className="methodology-nowrap">{t(`indicators.kinds.${indicator.kind}`)}</td>
      <td className="num methodology-goalposts">
        {t('indicators.goalposts', {
          min: formatNumber(min, language),
          max: formatNumber(max, language),
        })}
      </td>
      <td>{t(`indicators.scales.${indicator.scale}`)}</td>
      <td className="num">{formatNumber(indicator.weight, language)}</td>
      {scenarioWeight !== null ? (
        <td className="num">{formatNumber(scenarioWeight, language)}</td>
      ) : null}
    </tr>
  );
}

/** Every indicator, one table per dimension: goalposts, scale, weight, and the rubric of ordinal ones. */
export const IndicatorsSection = memo(function IndicatorsSection({
  scenario,
  differs,
}: {
  scenario: ScenarioInput;
  differs: boolean;
}) {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const groups = useMemo(() => indicatorsByDimension(dataset), [dataset]);
  return (
    <Section id={SECTION_IDS.indicators} title={t('indicators.heading')}>
      <p className="methodology-prose">{t('indicators.intro')}</p>
      {groups.map(({ dimension, indicators }) => {
        const headingId = `methodology-indicators-${dimension}`;
        const title = t('indicators.caption', { dimension: tc(`dimensions.${dimension}`) });
        return (
          <div key={dimension} className="methodology-indicator-group">
            <h3 id={headingId}>{title}</h3>
            <div
              className="table-scroll methodology-table-scroll"
              role="region"
              aria-labelledby={headingId}
              tabIndex={0}
            >
              <table className="methodology-table methodology-indicators-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('indicators.columns.indicator')}</th>
                    <th scope="col">{t('indicators.columns.description')}</th>
                    <th scope="col">{t('indicators.columns.unit')}</th>
                    <th scope="col">{t('indicators.columns.kind')}</th>
                    <th scope="col" className="num">
                      {t('indicators.columns.goalposts')}
                    </th>
                    <th scope="col">{t('indicators.columns.scale')}</th>
                    <th scope="col" className="num">
                      {t('indicators.columns.weight')}
                    </th>
                    {differs ? (
                      <th scope="col" className="num">
                        {t('indicators.columns.scenarioWeight')}
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {indicators.map((indicator) => (
                    <IndicatorRow
                      key={indicator.id}
                      indicator={indicator}
                      scenarioWeight={
                        differs
                          ? effectiveWeight(
                              scenario.indicatorWeights[indicator.id],
                              indicator.weight,
                            )
                          : null
                      }
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </Section>
  );
});
