import { memo } from 'react';
import type { ChoiceRecord } from '@/scenario/sliders';
import { buildSliderRecords, recordValue } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { usePanel } from './context';
import { shortSourceLabel } from '@/components/sourcesLine';
import { choiceRecords } from './helpers';
import { RadioFieldset } from './RadioFieldset';
import { ScenarioGroup } from './ScenarioGroup';
import { useSliderText } from './useSliderText';

/** One choice (aggregation or a data option) as a radio group. */
function ChoiceGroup({ record }: { record: ChoiceRecord }) {
  const { dataset } = usePanel();
  const { t, pick } = useSliderText();
  const value = useScenarioStore((s) => recordValue(record, s.scenario));
  const setSlider = useScenarioStore((s) => s.setSlider);
  const isAggregation = record.group === 'aggregation';
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const choices = record.choices.map((c) => {
    const label = pick(c.label);
    return {
      value: c.value,
      label: (
        <span>
          {c.value === record.baseline ? t('method.baselineChoice', { label }) : label}
          {isAggregation && (
            <span className="scenario-choice-explain">
              {t(`method.explain.${c.value}`, { defaultValue: '' })}
            </span>
          )}
        </span>
      ),
    };
  });
  return (
    <RadioFieldset
      className="scenario-choice"
      choiceClassName="scenario-choice-option"
      legend={isAggregation ? t('method.aggregation') : pick(record.label)}
      choices={choices}
      selected={value}
      onChoose={(choice) => setSlider(record.key, choice)}
      changed={value !== record.baseline}
    >
      {value !== record.baseline && (
        <p className="scenario-choice-changed">{t('method.changed')}</p>
      )}
      {!isAggregation && record.sourceIds.length > 0 && (
        <p className="scenario-row-source">
          {t('slider.sources', {
            list: record.sourceIds
              .map((id) => {
                const source = sourceById.get(id);
                return source ? shortSourceLabel(source) : id;
              })
              .join('; '),
          })}
        </p>
      )}
    </RadioFieldset>
  );
}

/** Aggregation method and data choices. */
function MethodSectionImpl() {
  const { dataset } = usePanel();
  const { t } = useSliderText();
  const choices = choiceRecords(buildSliderRecords(dataset));
  const aggregation = choices.filter((r) => r.group === 'aggregation');
  const options = choices.filter((r) => r.group === 'option');
  return (
    <div className="scenario-method">
      {aggregation.map((r) => (
        <ChoiceGroup key={r.key} record={r} />
      ))}
      {options.length > 0 && (
        <ScenarioGroup title={t('method.options')}>
          {options.map((r) => (
            <ChoiceGroup key={r.key} record={r} />
          ))}
        </ScenarioGroup>
      )}
    </div>
  );
}

export const MethodSection = memo(MethodSectionImpl);
