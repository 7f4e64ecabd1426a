import { memo } from 'react';
import { buildSliderRecords } from '@/scenario/sliders';
import { usePanel } from './context';
import { weightGroups } from './helpers';
import { SliderRow } from './SliderRow';
import { useSliderText } from './useSliderText';

/** The dimension weights, then each dimension's indicator weights. */
function WeightsSectionImpl() {
  const { dataset } = usePanel();
  const { t } = useSliderText();
  const { dimensions, indicators } = weightGroups(buildSliderRecords(dataset));
  return (
    <div className="scenario-weights">
      <p className="scenario-intro">{t('weights.intro')}</p>
      <div className="scenario-group">
        <h4 className="scenario-group-title">{t('weights.dimensions')}</h4>
        <ul className="scenario-rows">
          {dimensions.map((r) => (
            <SliderRow key={r.key} record={r} />
          ))}
        </ul>
      </div>
      {indicators.map((g) => (
        <div key={g.dimension} className="scenario-group">
          <h4 className="scenario-group-title">
            {t('weights.indicators', { dimension: t(`common:dimensions.${g.dimension}`) })}
          </h4>
          <ul className="scenario-rows">
            {g.records.map((r) => (
              <SliderRow key={r.key} record={r} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export const WeightsSection = memo(WeightsSectionImpl);
