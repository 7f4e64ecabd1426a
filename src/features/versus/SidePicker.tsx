import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import type { PairSide, PairSideInput } from '@/scenario/pairCodec';
import type { Candidate } from './candidates';

/**
 * One side's choice: a select of the working scenario, the baseline, the presets and the saved
 * scenarios (showing the one the address holds), and a box for a pasted link.
 */
export function SidePicker({
  side,
  name,
  candidates,
  selected,
  onChoose,
  onPaste,
}: {
  side: PairSide;
  /** the name the side goes by now */
  name: string;
  candidates: readonly Candidate[];
  /** the candidate the address holds; null: a scenario from a link */
  selected: string | null;
  onChoose: (input: PairSideInput) => void;
  /** reads a pasted link into the side; else the message saying why not (nothing changed) */
  onPaste: (text: string) => string | null;
}) {
  const t = useT('versus');
  const { pick } = useLocalized();
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const letter = side.toUpperCase();
  const label = (c: Candidate) => (typeof c.label === 'string' ? c.label : pick(c.label));
  const option = (c: Candidate) => (
    <option key={c.value} value={c.value}>
      {label(c)}
    </option>
  );
  const presets = candidates.filter((c) => c.group === 'presets');
  const saved = candidates.filter((c) => c.group === 'saved');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onPaste(pasted);
    setPasteError(problem);
    if (problem === null) setPasted('');
  };
  return (
    <fieldset className="card versus-side" data-testid={`versus-side-${side}`}>
      <legend className="versus-side-legend">{t(`side.${side}`)}</legend>
      <p className="versus-side-now" data-testid={`versus-name-${side}`}>
        <span className={`versus-side-key versus-side-key-${side}`} aria-hidden="true" />
        {t('side.now', { name })}
      </p>
      <label className="control versus-control" htmlFor={`${id}-select`}>
        <span className="control-label">{t('side.choose', { side: letter })}</span>
      </label>
      <select
        id={`${id}-select`}
        value={selected ?? 'link'}
        onChange={(event) => {
          const chosen = candidates.find((c) => c.value === event.target.value);
          if (chosen) onChoose(chosen.input);
        }}
      >
        {selected === null ? (
          <option value="link" disabled>
            {t('side.fromLink')}: {name}
          </option>
        ) : null}
        {candidates.filter((c) => c.group === 'main').map(option)}
        {presets.length > 0 ? (
          <optgroup label={t('side.presets')}>{presets.map(option)}</optgroup>
        ) : null}
        {saved.length > 0 ? <optgroup label={t('side.saved')}>{saved.map(option)}</optgroup> : null}
      </select>
      <form className="versus-paste" onSubmit={submit}>
        <label htmlFor={`${id}-paste`} className="control-label">
          {t('side.paste', { side: letter })}
        </label>
        <div className="versus-paste-row">
          <input
            id={`${id}-paste`}
            type="text"
            inputMode="url"
            autoComplete="off"
            value={pasted}
            aria-invalid={pasteError !== null || undefined}
            aria-describedby={pasteError !== null ? `${id}-paste-error` : undefined}
            onChange={(event) => setPasted(event.target.value)}
          />
          <button type="submit" className="button button-small">
            {t('side.usePaste')}
          </button>
        </div>
        {pasteError !== null ? (
          <p id={`${id}-paste-error`} className="versus-paste-error" role="alert">
            {pasteError}
          </p>
        ) : null}
      </form>
    </fieldset>
  );
}
