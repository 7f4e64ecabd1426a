import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePanelRequest } from '@/scenario/panelRequest';
import type { MissingCellRecord } from '@/scenario/sliders';
import { buildSliderRecords, clampToSlider, displayedValue } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { usePanel } from './context';
import { missingGroups } from './helpers';
import { missingInputId } from './ids';
import { DimensionGroups } from './ScenarioGroup';
import { SliderControls } from './SliderControls';
import { SmallButton } from '@/components/SmallButton';
import { useSliderInput } from './useSliderInput';
import { useSliderText } from './useSliderText';

/**
 * One missing cell: "missing — no evidence" and an "Add a value" button; once asked for, a
 * slider and a number box that supply the analyst's own value (nothing is counted until the
 * analyst moves or types), marked as theirs, and "Remove", which makes the cell missing again.
 */
function MissingRowImpl({ record }: { record: MissingCellRecord }) {
  const { dataset, announce } = usePanel();
  const text = useSliderText();
  const { t, pick, formatValue } = text;
  const value = useScenarioStore((s) => displayedValue(dataset, record, s.scenario));
  const setSlider = useScenarioStore((s) => s.setSlider);
  const resetSlider = useScenarioStore((s) => s.resetSlider);
  // The country page asked for this cell: show its controls (the panel moves the focus there).
  const requested = usePanelRequest((s) => s.request?.cellKey === record.key);
  const [opened, setOpened] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  // Where the focus goes once the controls have appeared or gone.
  const focusNext = useRef<'number' | 'add' | null>(null);
  const id = useId();
  const labelId = `${id}-label`;

  // Once asked for, the controls stay (the request itself is done at once).
  if (requested && !opened) setOpened(true);
  const supplied = value !== null;
  const editing = opened || requested || supplied;

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
  const input = useSliderInput({
    record,
    value,
    valueText,
    text,
    onValue: supply,
    emptyIsNoChange: true,
    resting,
    exactId: missingInputId(record.key),
  });

  // After "Add a value", the number box takes the focus; after "Remove", the add button.
  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next === 'number') numberRef.current?.focus();
    else if (next === 'add') addRef.current?.focus();
  }, [editing]);

  const onAdd = () => {
    focusNext.current = 'number';
    setOpened(true);
  };

  const onRemove = () => {
    input.clear();
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
          <label id={labelId} htmlFor={input.ids.range} className="scenario-row-label">
            {label}
          </label>
        ) : (
          <span id={labelId} className="scenario-row-label">
            {label}
          </span>
        )}
        <span className="scenario-row-value" id={input.ids.description}>
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
        <SliderControls
          input={input}
          exactRef={numberRef}
          exactLabel={t('missing.exact', { label })}
          action={
            <SmallButton
              className="scenario-reset"
              label={t('missing.removeLabel', { label })}
              onClick={onRemove}
            >
              {t('missing.remove')}
            </SmallButton>
          }
        />
      ) : (
        <div className="scenario-row-main">
          <SmallButton
            buttonRef={addRef}
            className="scenario-missing-add"
            label={t('missing.addLabel', { label })}
            onClick={onAdd}
          >
            {t('missing.add')}
          </SmallButton>
        </div>
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
      <DimensionGroups groups={groups} Row={MissingRow} />
    </div>
  );
}

export const MissingSection = memo(MissingSectionImpl);
