import { memo, useMemo, useRef, type CSSProperties } from 'react';
import type { PublishedSliderRecord } from '@/scenario/sliders';
import { clampToSlider, displayedValue } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { usePanel } from './context';
import { baselineFraction, formatDelta, isRecordChanged, sliderSources } from './helpers';
import { SliderControls } from './SliderControls';
import { SmallButton } from '@/components/SmallButton';
import { useSliderInput } from './useSliderInput';
import { useSliderText } from './useSliderText';

interface SliderRowProps {
  record: PublishedSliderRecord;
}

/**
 * One number of the scenario: label, range with the baseline marked on its track, the
 * value with its unit, an exact-entry box, the sources and a reset button. Each row reads
 * only its own value from the store, so moving one slider re-renders only that row.
 */
function SliderRowImpl({ record }: SliderRowProps) {
  const { dataset } = usePanel();
  const text = useSliderText();
  const { t, language, pick, formatValue, formatterFor } = text;
  const value = useScenarioStore((s) => displayedValue(dataset, record, s.scenario));
  const changed = useScenarioStore((s) => isRecordChanged(dataset, record, s.scenario));
  const setSlider = useScenarioStore((s) => s.setSlider);
  const resetSlider = useScenarioStore((s) => s.resetSlider);
  const rangeRef = useRef<HTMLInputElement>(null);

  // What does not change while the slider moves is worded once per record and language:
  // a drag re-renders this row at every step, and each translation costs.
  const fixed = useMemo(() => {
    const label = pick(record.label);
    return {
      label,
      baselineText: t('slider.baseline', { value: formatValue(record, record.baseline) }),
      exactLabel: t('slider.exact', { label }),
      resetLabel: t('slider.resetLabel', { label }),
      reset: t('slider.reset'),
      trackStyle: { '--scenario-frac': String(baselineFraction(record)) } as CSSProperties,
      format: formatterFor(record),
    };
  }, [record, t, pick, formatValue, formatterFor]);
  const { label } = fixed;
  const valueText = fixed.format(value);
  const input = useSliderInput({
    record,
    value,
    valueText,
    text,
    onValue: (v) => setSlider(record.key, clampToSlider(record, v)),
  });

  const onReset = () => {
    input.clear();
    resetSlider(record.key);
    // The reset button disables itself; keep the focus on this row.
    rangeRef.current?.focus();
  };

  return (
    <li className="scenario-row" data-changed={changed ? 'true' : undefined}>
      <div className="scenario-row-head">
        <label htmlFor={input.ids.range} className="scenario-row-label">
          {label}
        </label>
        <span className="scenario-row-value">
          <span className="scenario-row-current">{valueText}</span>
          {changed && (
            <span className="scenario-row-delta">
              {t('slider.delta', {
                delta: formatDelta(value - record.baseline, record.decimals, language),
              })}
            </span>
          )}
        </span>
      </div>
      <SliderControls
        input={input}
        rangeRef={rangeRef}
        trackStyle={fixed.trackStyle}
        exactLabel={fixed.exactLabel}
        action={
          <SmallButton
            className="scenario-reset"
            disabled={!changed}
            label={fixed.resetLabel}
            onClick={onReset}
          >
            {fixed.reset}
          </SmallButton>
        }
      >
        <span className="scenario-row-tick" aria-hidden="true" />
        <span id={input.ids.description} className="scenario-row-baseline">
          {fixed.baselineText}
        </span>
      </SliderControls>
      <RowSources record={record} />
    </li>
  );
}

export const SliderRow = memo(SliderRowImpl);

/** The sources behind a slider: rendered once, not at every step of the drag. */
const RowSources = memo(function RowSources({ record }: { record: PublishedSliderRecord }) {
  const { dataset } = usePanel();
  const { t } = useSliderText();
  const sources = useMemo(() => sliderSources(dataset, record), [dataset, record]);
  const sourceList = sources.shown
    .map((s) =>
      s.footnote === undefined
        ? s.label
        : `${s.label} (${t('common:footnote', { n: s.footnote })})`,
    )
    .concat(sources.notes.map((n) => t('common:footnote', { n })));
  return (
    <p className="scenario-row-source">
      {sourceList.length === 0
        ? t('slider.noSource')
        : t(sourceList.length > 1 ? 'slider.sources' : 'slider.source', {
            list: sourceList.join('; '),
          })}
      {sources.moreCount > 0 && (
        <>
          {' · '}
          {t('slider.moreSources', { count: sources.moreCount })}
        </>
      )}
    </p>
  );
});
