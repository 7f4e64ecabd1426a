import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { NumericSliderRecord } from '@/scenario/sliders';
import { formatNumber, readExactValue, type ExactValueMessage } from './helpers';
import type { SliderText } from './useSliderText';

interface SliderInputOptions {
  record: NumericSliderRecord;
  /** the value now (null: a missing cell with no value yet) */
  value: number | null;
  /** the value in words, for the range and the "not a number" message */
  valueText: string;
  text: Pick<SliderText, 't' | 'formatValue' | 'language'>;
  /** receives a number from the range or the box; a typed one may lie outside the range */
  onValue: (value: number) => void;
  /** an emptied box changes nothing (instead of "not a number") */
  emptyIsNoChange?: boolean;
  /** where the thumb rests while there is no value */
  resting?: number;
  /** the box's id, when others look for it (default: one of its own) */
  exactId?: string;
}

/**
 * The input of a slider row, from its range or its exact-entry box: the typing is a draft
 * until Enter or leaving the box, Escape undoes it, and a note tells of an error or clamping.
 */
export function useSliderInput({
  record,
  value,
  valueText,
  text,
  onValue,
  emptyIsNoChange = false,
  resting,
  exactId,
}: SliderInputOptions) {
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<ExactValueMessage>(null);
  const id = useId();

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (emptyIsNoChange && draft.trim() === '') return;
    const read = readExactValue(draft, record, {
      t: text.t,
      language: text.language,
      valueText,
      format: text.formatValue,
    });
    setMessage(read.message);
    if (read.value !== null) onValue(read.value);
  };

  /** Drops the typing and the message (Escape, reset, remove). */
  const clear = () => {
    setDraft(null);
    setMessage(null);
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    setDraft(e.target.value);
    if (message?.kind === 'error') setMessage(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      // Undo the typing; the panel stays open.
      e.preventDefault();
      clear();
    }
  };

  return {
    record,
    value,
    valueText,
    position: value ?? resting ?? record.min,
    /** the ids that tie the row's parts together: the row labels the range by ids.range */
    ids: {
      range: `${id}-range`,
      exact: exactId ?? `${id}-exact`,
      message: `${id}-message`,
      /** the element that describes the range (the baseline, or the cell's state) */
      description: `${id}-description`,
    },
    /** what the box shows while the analyst is not typing */
    shown: draft ?? (value === null ? '' : formatNumber(value, record.decimals, text.language)),
    message,
    clear,
    /** A move of the range: the message about the last number typed goes. */
    onRange: (e: ChangeEvent<HTMLInputElement>) => {
      setMessage(null);
      onValue(Number(e.target.value));
    },
    commit,
    onChange,
    onKeyDown,
  };
}

export type SliderInput = ReturnType<typeof useSliderInput>;
