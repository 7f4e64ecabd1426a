import type { CSSProperties, ReactNode, Ref } from 'react';
import type { SliderInput } from './useSliderInput';

interface SliderControlsProps {
  input: SliderInput;
  rangeRef?: Ref<HTMLInputElement>;
  exactRef?: Ref<HTMLInputElement>;
  trackStyle?: CSSProperties;
  exactLabel: string;
  /** the row's own button (reset, remove) */
  action: ReactNode;
  /** drawn on the track after the range (the baseline mark) */
  children?: ReactNode;
}

/**
 * A slider row's controls: the range, the exact-entry box and the row's button, then the
 * message about the last number typed.
 */
export function SliderControls({
  input,
  rangeRef,
  exactRef,
  trackStyle,
  exactLabel,
  action,
  children,
}: SliderControlsProps) {
  const { record, message, ids } = input;
  return (
    <>
      <div className="scenario-row-main">
        <div className="scenario-row-track" style={trackStyle}>
          <input
            ref={rangeRef}
            id={ids.range}
            className="scenario-range"
            type="range"
            min={record.min}
            max={record.max}
            step={record.step}
            value={input.position}
            aria-valuetext={input.valueText}
            aria-describedby={ids.description}
            onChange={input.onRange}
          />
          {children}
        </div>
        <input
          ref={exactRef}
          id={ids.exact}
          className="scenario-exact"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={exactLabel}
          aria-invalid={message?.kind === 'error' ? true : undefined}
          aria-describedby={message ? ids.message : undefined}
          value={input.shown}
          onChange={input.onChange}
          onBlur={input.commit}
          onKeyDown={input.onKeyDown}
        />
        {action}
      </div>
      {message && (
        <p
          id={ids.message}
          className={`scenario-row-message scenario-row-message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : undefined}
        >
          {message.text}
        </p>
      )}
    </>
  );
}
