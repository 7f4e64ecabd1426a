import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type Ref,
} from 'react';
import type { ScenarioChange } from '@/scenario/file';
import { SAVED_SCENARIO_LIMITS } from '@/scenario/limits';
import type { SavedScenario } from '@/scenario/savedScenarios';
import { initSavedScenarios, useSavedScenarios } from '@/scenario/savedScenarios';
import { useScenarioStore } from '@/scenario/store';
import { usePanel } from './context';
import { SmallButton } from '@/components/SmallButton';
import { openErrorText, problemText, saveErrorText } from './savedScenarioMessages';
import { scenarioChangeText } from './scenarioChangeText';
import { useSliderText, type SliderText } from './useSliderText';

/** A box for a scenario's name, under its label, held to the saved-name limit. */
function NameField({
  id,
  label,
  value,
  onChange,
  inputRef,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (name: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        maxLength={SAVED_SCENARIO_LIMITS.name}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

/**
 * Save as: a name and an optional description, always at hand. Until edited, the fields
 * follow the working scenario (its name, else its preset's name).
 */
function SaveAsForm({ onSaved }: { onSaved: (savedName: string) => void }) {
  const { dataset } = usePanel();
  const { t, pick } = useSliderText();
  const id = useId();
  const scenarioName = useScenarioStore((s) => s.scenario.name);
  const scenarioDescription = useScenarioStore((s) => s.scenario.description);
  const presetId = useScenarioStore((s) => s.presetId);
  const preset = presetId ? dataset.presets.find((p) => p.id === presetId) : undefined;
  const [name, setName] = useState<string | null>(null);
  const [description, setDescription] = useState<string | null>(null);
  const shownName = name ?? (scenarioName || (preset ? pick(preset.name) : ''));
  const shownDescription = description ?? scenarioDescription;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const store = useScenarioStore.getState();
    const entry = useSavedScenarios
      .getState()
      .saveAs(
        shownName,
        { ...store.scenario, name: shownName, description: shownDescription },
        store.presetId,
        t('saved.untitled'),
      );
    // The working scenario takes the name, so the banner and the link carry it.
    store.setName(entry.name);
    store.setDescription(entry.description);
    setName(null);
    setDescription(null);
    onSaved(entry.name);
  };

  return (
    <form className="scenario-save-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h4 id={`${id}-title`} className="scenario-group-title">
        {t('saved.formLabel')}
      </h4>
      <NameField id={`${id}-name`} label={t('saved.name')} value={shownName} onChange={setName} />
      <label htmlFor={`${id}-description`}>{t('saved.description')}</label>
      <textarea
        id={`${id}-description`}
        rows={2}
        maxLength={SAVED_SCENARIO_LIMITS.description}
        value={shownDescription}
        onChange={(e) => setDescription(e.target.value)}
      />
      <div className="scenario-actions">
        <button type="submit" className="button">
          {t('saved.saveAs')}
        </button>
      </div>
    </form>
  );
}

interface EntryProps {
  entry: SavedScenario;
  text: SliderText;
  dateFormat: Intl.DateTimeFormat;
  onDeleted: (name: string) => void;
}

/** One saved scenario: open, rename in place, duplicate, delete. */
const SavedEntry = memo(function SavedEntry({ entry, text, dateFormat, onDeleted }: EntryProps) {
  const { announce, dataset } = usePanel();
  const { t } = text;
  const id = useId();
  /** what opening changed to fit the sliders (as the file import reports it) */
  const [changes, setChanges] = useState<ScenarioChange[]>([]);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.name);
  const [error, setError] = useState<string | null>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const wasRenaming = useRef(false);

  useEffect(() => {
    if (renaming) inputRef.current?.focus();
    else if (wasRenaming.current) renameRef.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  const open = () => {
    const result = useSavedScenarios.getState().open(entry.id);
    if (!result.ok) {
      setError(openErrorText(t, entry.name, result.problem));
      setChanges([]);
      return;
    }
    setError(null);
    setChanges(result.data.changes);
    useScenarioStore
      .getState()
      .replaceScenario(result.data.scenario, result.data.presetId, { undoable: true });
    announce(t('saved.opened', { name: entry.name }));
  };

  const rename = (e: FormEvent) => {
    e.preventDefault();
    useSavedScenarios.getState().rename(entry.id, draft);
    const renamed = useSavedScenarios.getState().entries.find((x) => x.id === entry.id);
    setRenaming(false);
    announce(t('saved.renamed', { name: renamed?.name ?? draft }));
  };

  const updated = Number.isNaN(Date.parse(entry.updatedAt))
    ? entry.updatedAt
    : dateFormat.format(new Date(entry.updatedAt));

  return (
    <li className="scenario-saved-entry" data-entry={entry.id}>
      {renaming ? (
        <form
          className="scenario-rename"
          onSubmit={rename}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setRenaming(false);
            }
          }}
        >
          <NameField
            id={`${id}-rename`}
            label={t('saved.newName', { name: entry.name })}
            value={draft}
            onChange={setDraft}
            inputRef={inputRef}
          />
          <div className="scenario-actions">
            <button type="submit" className="button button-small">
              {t('saved.save')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setRenaming(false)}
            >
              {t('saved.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="scenario-saved-name">{entry.name}</p>
          {entry.description && <p className="scenario-saved-description">{entry.description}</p>}
          <p className="scenario-saved-date muted">{t('saved.updated', { date: updated })}</p>
          <div className="scenario-actions">
            <SmallButton
              action="open"
              label={t('saved.openLabel', { name: entry.name })}
              onClick={open}
            >
              {t('saved.open')}
            </SmallButton>
            <SmallButton
              buttonRef={renameRef}
              label={t('saved.renameLabel', { name: entry.name })}
              onClick={() => {
                setDraft(entry.name);
                setRenaming(true);
              }}
            >
              {t('saved.rename')}
            </SmallButton>
            <SmallButton
              label={t('saved.duplicateLabel', { name: entry.name })}
              onClick={() => {
                const copy = useSavedScenarios
                  .getState()
                  .duplicate(entry.id, (name) => t('saved.copyName', { name }));
                if (copy) announce(t('saved.duplicated', { name: copy.name }));
              }}
            >
              {t('saved.duplicate')}
            </SmallButton>
            <SmallButton
              label={t('saved.deleteLabel', { name: entry.name })}
              onClick={() => {
                useSavedScenarios.getState().remove(entry.id);
                onDeleted(entry.name);
              }}
            >
              {t('saved.delete')}
            </SmallButton>
          </div>
        </>
      )}
      {error && (
        <p className="scenario-error" role="alert">
          {error}
        </p>
      )}
      {changes.length > 0 && (
        <div className="scenario-warning" role="status" aria-labelledby={`${id}-changes`}>
          <p id={`${id}-changes`} className="scenario-warning-title">
            {t('saved.changesTitle', { name: entry.name, count: changes.length })}
          </p>
          <ul>
            {changes.map((change) => (
              <li key={change.path}>{scenarioChangeText(text, dataset, change)}</li>
            ))}
          </ul>
          <button type="button" className="button button-small" onClick={() => setChanges([])}>
            {t('share.changesDismiss')}
          </button>
        </div>
      )}
    </li>
  );
});

/**
 * Save as…, the saved list (newest first) with undo after a delete, and storage problems.
 * The list is read from storage when this first shows (and follows other tabs from then on).
 */
function SavedScenariosImpl() {
  const { announce, dataset } = usePanel();
  // Before the first paint, so the list never flashes empty.
  useLayoutEffect(() => initSavedScenarios(dataset), [dataset]);
  const text = useSliderText();
  const { t, language } = text;
  const entries = useSavedScenarios((s) => s.entries);
  const problems = useSavedScenarios((s) => s.problems);
  const saveError = useSavedScenarios((s) => s.saveError);
  const lastDeleted = useSavedScenarios((s) => s.lastDeleted);
  /** the name of the entry deleted from this panel, while undo is offered */
  const [deletedName, setDeletedName] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const headingId = useId();

  const sorted = useMemo(
    () =>
      [...entries].sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
      ),
    [entries],
  );
  const dateFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }),
    [language],
  );
  const undoOffered = deletedName !== null && lastDeleted !== null;

  useEffect(() => {
    if (undoOffered) undoRef.current?.focus();
  }, [undoOffered, deletedName]);

  const onDeleted = useCallback(
    (name: string) => {
      setDeletedName(name);
      announce(t('saved.deleted', { name }));
    },
    [announce, t],
  );

  /** the entry brought back by undo, to focus once it is in the list again */
  const restoredId = useRef<string | null>(null);
  useEffect(() => {
    const id = restoredId.current;
    if (id === null) return;
    restoredId.current = null;
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-entry]') ?? [];
    for (const item of items) {
      if (item.dataset.entry === id) {
        item.querySelector<HTMLButtonElement>('[data-action="open"]')?.focus();
        break;
      }
    }
  }, [sorted]);

  const undo = () => {
    const restored = useSavedScenarios.getState().lastDeleted?.entry;
    restoredId.current = restored?.id ?? null;
    useSavedScenarios.getState().undoRemove();
    setDeletedName(null);
    if (restored) announce(t('saved.restored', { name: restored.name }));
  };

  return (
    <div className="scenario-saved">
      <SaveAsForm onSaved={(savedName) => announce(t('saved.savedStatus', { name: savedName }))} />
      {saveError && (
        <p className="scenario-error" role="alert">
          {saveErrorText(t, saveError)}
        </p>
      )}
      <h4 id={headingId} className="scenario-group-title">
        {t('saved.heading')}
      </h4>
      {problems.length > 0 && (
        <div className="scenario-warning" role="alert">
          <p className="scenario-warning-title">{t('saved.problemsTitle')}</p>
          <p>{t('saved.problemsIntro')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{problemText(t, p)}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-small"
            onClick={() => useSavedScenarios.getState().dismissProblems()}
          >
            {t('saved.dismiss')}
          </button>
        </div>
      )}
      {undoOffered && (
        <div className="scenario-undo">
          <p>{t('saved.deleted', { name: deletedName })}</p>
          <SmallButton
            buttonRef={undoRef}
            label={t('saved.undoLabel', { name: deletedName })}
            onClick={undo}
          >
            {t('saved.undo')}
          </SmallButton>
        </div>
      )}
      {sorted.length === 0 ? (
        <p className="muted">{t('saved.empty')}</p>
      ) : (
        <ul ref={listRef} className="scenario-saved-list" aria-labelledby={headingId}>
          {sorted.map((entry) => (
            <SavedEntry
              key={entry.id}
              entry={entry}
              text={text}
              dateFormat={dateFormat}
              onDeleted={onDeleted}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

export const SavedScenarios = memo(SavedScenariosImpl);
