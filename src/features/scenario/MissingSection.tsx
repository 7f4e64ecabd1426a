import {
  memo,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react';
import { usePanelRequest } from '@/scenario/panelRequest';
import type { MissingCellRecord } from '@/scenario/sliders';
import { buildSliderRecords, clampToSlider, displayedValue } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { usePanel } from './context';
import { formatNumber, missingGroups, readExactValue } from './helpers';
import { missingInputId } from './ids';
import { useSliderText } from './useSliderText';

/**
 * One missing cell: "missing — no evidence" and an "Add a value" button; once asked for, a
 * slider and a number box that supply the analyst's own value (nothing is counted until the
 * analyst moves or types), marked as theirs, and "Remove", which makes the cell missing again.
 */
function MissingRowImpl({ record }: { record: MissingCellRecord }) {
  const { dataset, announce } = usePanel();
  const { t, language, pick, formatValue } = useSliderText();
  const value = useScenarioStore((s) => displayedValue(dataset, record, s.scenario));
  const setSlider = useScenarioStore((s) => s.setSlider);
  const resetSlider = useScenarioStore((s) => s.resetSlider);
  // The country page asked for this cell: show its controls (the panel moves the focus there).
  const requested = usePanelRequest((s) => s.request?.cellKey === record.key);
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'note'; text: string } | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  // Where the focus goes once the controls have appeared or gone.
  const focusNext = useRef<'number' | 'add' | null>(null);
  const id = useId();
  const labelId = `${id}-label`;
  const rangeId = `${id}-range`;
  const messageId = `${id}-message`;
  const stateId = `${id}-state`;

  // Once asked for, the controls stay (the request itself is done at once).
  if (requested && !opened) setOpened(true);
  const supplied = value !== null;
  const editing = opened || requested || supplied;

  // After "Add a value", the number box takes the focus; after "Remove", the add button.
  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next === 'number') numberRef.current?.focus();
    else if (next === 'add') addRef.current?.focus();
  }, [editing]);

  const label = pick(record.label);
  const valueText = value === null ? t('missing.notSet') : formatValue(record, value);
  // Where the thumb rests before any value: the middle of the track, on its step grid.
  const resting = useMemo(
    () => clampToSlider(record, record.min + (record.max - record.min) / 2),
    [record],
  );

  const supply = (v: number) => {
    const wasSupplied = supplied;
    setSlider(record.key, clampToSlider(record, v));
    if (!wasSupplied) announce(t('missing.suppliedStatus', { label }));
  };

  const onRange = (e: ChangeEvent<HTMLInputElement>) => {
    setMessage(null);
    supply(Number(e.target.value));
  };

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft.trim() === '') return;
    const read = readExactValue(draft, record, { t, valueText, format: formatValue });
    setMessage(read.message);
    if (read.value !== null) supply(read.value);
  };

  const onNumberKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      setDraft(null);
      setMessage(null);
    }
  };

  const onAdd = () => {
    focusNext.current = 'number';
    setOpened(true);
  };

  const onRemove = () => {
    setDraft(null);
    setMessage(null);
    setOpened(false);
    // The controls go away: the focus goes back to the button that brings them.
    focusNext.current = 'add';
    if (supplied) {
      resetSlider(record.key);
      announce(t('missing.removedStatus', { label }));
    }
  };

  return (
    <li
      className="scenario-row scenario-missing-row"
      data-key={record.key}
      data-supplied={supplied ? 'true' : undefined}
      data-changed={supplied ? 'true' : undefined}
    >
      <div className="scenario-row-head">
        {editing ? (
          <label id={labelId} htmlFor={rangeId} className="scenario-row-label">
            {label}
          </label>
        ) : (
          <span id={labelId} className="scenario-row-label">
            {label}
          </span>
        )}
        <span className="scenario-row-value" id={stateId}>
          {supplied ? (
            <>
              <span className="scenario-row-current">{valueText}</span>{' '}
              <span className="badge scenario-analyst-badge">{t('missing.yours')}</span>
            </>
          ) : (
            <span className="scenario-missing-none">{t('missing.none')}</span>
          )}
        </span>
      </div>
      {editing ? (
        <div className="scenario-row-main">
          <div className="scenario-row-track">
            <input
              id={rangeId}
              className="scenario-range"
              type="range"
              min={record.min}
              max={record.max}
              step={record.step}
              value={value ?? resting}
              aria-valuetext={valueText}
              aria-describedby={stateId}
              onChange={onRange}
            />
          </div>
          <input
            ref={numberRef}
            id={missingInputId(record.key)}
            className="scenario-exact"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            aria-label={t('missing.exact', { label })}
            aria-invalid={message?.kind === 'error' ? true : undefined}
            aria-describedby={message ? messageId : undefined}
            value={draft ?? (value === null ? '' : formatNumber(value, record.decimals, language))}
            onChange={(e) => {
              setDraft(e.target.value);
              if (message?.kind === 'error') setMessage(null);
            }}
            onBlur={commit}
            onKeyDown={onNumberKey}
          />
          <button
            type="button"
            className="button button-small scenario-reset"
            aria-label={t('missing.removeLabel', { label })}
            onClick={onRemove}
          >
            {t('missing.remove')}
          </button>
        </div>
      ) : (
        <div className="scenario-row-main">
          <button
            ref={addRef}
            type="button"
            className="button button-small scenario-missing-add"
            aria-label={t('missing.addLabel', { label })}
            onClick={onAdd}
          >
            {t('missing.add')}
          </button>
        </div>
      )}
      {message && (
        <p
          id={messageId}
          className={`scenario-row-message scenario-row-message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : undefined}
        >
          {message.text}
        </p>
      )}
      <p className="scenario-row-source">
        {supplied ? t('missing.own') : editing ? t('missing.hint') : t('missing.noEvidence')}
      </p>
    </li>
  );
}

const MissingRow = memo(MissingRowImpl);

/**
 * "Missing data — your own values": every cell of the data set without an observation,
 * grouped by dimension, each of which the analyst may supply.
 */
function MissingSectionImpl() {
  const { dataset } = usePanel();
  const { t } = useSliderText();
  const records = buildSliderRecords(dataset);
  const groups = useMemo(() => missingGroups(records, null), [records]);

  return (
    <div className="scenario-missing">
      <p className="scenario-intro">{t('missing.intro')}</p>
      {groups.length === 0 && <p>{t('missing.empty')}</p>}
      {groups.map((g) => (
        <div key={g.dimension} className="scenario-group">
          <h4 className="scenario-group-title">{t(`common:dimensions.${g.dimension}`)}</h4>
          <ul className="scenario-rows">
            {g.records.map((r) => (
              <MissingRow key={r.key} record={r} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export const MissingSection = memo(MissingSectionImpl);
