import {
  memo,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { PublishedSliderRecord } from '@/scenario/sliders';
import { clampToSlider, displayedValue } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { usePanel } from './context';
import {
  baselineFraction,
  formatDelta,
  formatNumber,
  isRecordChanged,
  readExactValue,
  sliderSources,
} from './helpers';
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

  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'note'; text: string } | null>(null);
  const rangeRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const labelId = `${id}-label`;
  const rangeId = `${id}-range`;
  const exactId = `${id}-exact`;
  const baselineId = `${id}-baseline`;
  const messageId = `${id}-message`;

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

  const onRange = (e: ChangeEvent<HTMLInputElement>) => {
    setMessage(null);
    setSlider(record.key, Number(e.target.value));
  };

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    const read = readExactValue(draft, record, { t, valueText, format: formatValue });
    setMessage(read.message);
    if (read.value !== null) setSlider(record.key, clampToSlider(record, read.value));
  };

  const onExactKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      // Undo the typing; the panel stays open.
      e.preventDefault();
      setDraft(null);
      setMessage(null);
    }
  };

  const onReset = () => {
    setMessage(null);
    setDraft(null);
    resetSlider(record.key);
    // The reset button disables itself; keep the focus on this row.
    rangeRef.current?.focus();
  };

  return (
    <li className="scenario-row" data-changed={changed ? 'true' : undefined}>
      <div className="scenario-row-head">
        <label id={labelId} htmlFor={rangeId} className="scenario-row-label">
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
      <div className="scenario-row-main">
        <div className="scenario-row-track" style={fixed.trackStyle}>
          <input
            ref={rangeRef}
            id={rangeId}
            className="scenario-range"
            type="range"
            min={record.min}
            max={record.max}
            step={record.step}
            value={value}
            aria-valuetext={valueText}
            aria-describedby={baselineId}
            onChange={onRange}
          />
          <span className="scenario-row-tick" aria-hidden="true" />
          <span id={baselineId} className="scenario-row-baseline">
            {fixed.baselineText}
          </span>
        </div>
        <input
          id={exactId}
          className="scenario-exact"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={fixed.exactLabel}
          aria-invalid={message?.kind === 'error' ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          value={draft ?? formatNumber(value, record.decimals, language)}
          onChange={(e) => {
            setDraft(e.target.value);
            if (message?.kind === 'error') setMessage(null);
          }}
          onBlur={commit}
          onKeyDown={onExactKey}
        />
        <button
          type="button"
          className="button button-small scenario-reset"
          disabled={!changed}
          aria-label={fixed.resetLabel}
          onClick={onReset}
        >
          {fixed.reset}
        </button>
      </div>
      {message && (
        <p
          id={messageId}
          className={`scenario-row-message scenario-row-message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : undefined}
        >
          {message.text}
        </p>
      )}
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
