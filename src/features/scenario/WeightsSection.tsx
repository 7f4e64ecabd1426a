import { memo } from 'react';
import { buildSliderRecords } from '@/scenario/sliders';
import { usePanel } from './context';
import { weightGroups } from './helpers';
import { DimensionGroups, RowGroup } from './ScenarioGroup';
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
      <RowGroup title={t('weights.dimensions')} records={dimensions} Row={SliderRow} />
      <DimensionGroups
        groups={indicators}
        Row={SliderRow}
        title={(dimension) => t('weights.indicators', { dimension })}
      />
    </div>
  );
}

export const WeightsSection = memo(WeightsSectionImpl);
