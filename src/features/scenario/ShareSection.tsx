import { memo, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { downloadBlob } from '@/components/download';
import { FileInput } from '@/components/FileInput';
import { useViewLink } from '@/components/useProvenance';
import { indicatorsCsv, scenarioScoresCsv } from '@/scenario/exportCsv';
import { readScenarioFile, SCENARIO_FILE_MAX_BYTES, type ScenarioChange } from '@/scenario/file';
import { useScenarioStore } from '@/scenario/store';
import { usePanel } from './context';
import { buildScenarioExport, changeCount, exportFileName, kilobytes } from './helpers';
import { SavedScenarios } from './SavedScenarios';
import { scenarioChangeText } from './scenarioChangeText';
import { useSliderText } from './useSliderText';

/** Starts a download of a text file (one download rule: src/components/download.ts). */
function downloadText(fileName: string, content: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([content], { type: mimeType }));
}

/** Reset all, copy link, export and import a file, and the saved scenarios. */
function ShareSectionImpl() {
  const { dataset, announce } = usePanel();
  const { t, language, pick } = useSliderText();
  const resetAll = useScenarioStore((s) => s.resetAll);
  const replaceScenario = useScenarioStore((s) => s.replaceScenario);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  // What the last import changed to fit the sliders (the command line prints the same list).
  const [importChanges, setImportChanges] = useState<ScenarioChange[]>([]);
  const manualRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const maxKb = SCENARIO_FILE_MAX_BYTES / 1024;

  useEffect(() => {
    if (manualLink === null) return;
    manualRef.current?.focus();
    manualRef.current?.select();
  }, [manualLink]);

  /** The address of this view with the scenario as it is now (even mid-way through a write). */
  const currentLink = useViewLink();

  const copyLink = async () => {
    const link = currentLink();
    try {
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard || typeof clipboard.writeText !== 'function') throw new Error('no clipboard');
      await clipboard.writeText(link);
      setManualLink(null);
      announce(t('share.linkCopied'));
    } catch {
      setManualLink(link);
      announce(t('share.copyByHand'));
    }
  };

  const exportJson = () => {
    const { scenario, presetId } = useScenarioStore.getState();
    const file = buildScenarioExport(scenario, presetId, changeCount(dataset, scenario) > 0);
    downloadText(file.fileName, file.content, file.mimeType);
    announce(t('share.exported', { file: file.fileName }));
  };

  /** The scores or indicator table of the scenario as it is now, as a CSV file. */
  const exportCsv = (kind: 'scores' | 'indicators') => {
    const { scenario, presetId } = useScenarioStore.getState();
    const changed = changeCount(dataset, scenario) > 0;
    const fileName = exportFileName(scenario, presetId, changed, kind, 'csv');
    const content =
      kind === 'scores'
        ? scenarioScoresCsv(dataset, scenario)
        : indicatorsCsv(dataset, scenario, language);
    // A byte-order mark, so spreadsheets read the Russian names as UTF-8.
    downloadText(fileName, `\uFEFF${content}`, 'text/csv;charset=utf-8');
    announce(t('share.exported', { file: fileName }));
  };

  const importJson = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so the same file can be chosen again after fixing it.
    input.value = '';
    if (!file) return;
    setImportError(null);
    setImportChanges([]);
    if (file.size > SCENARIO_FILE_MAX_BYTES) {
      setImportError(
        t('share.importError', {
          reason: t('share.tooLarge', { size: kilobytes(file.size), max: maxKb }),
        }),
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setImportError(
        t('share.importError', {
          reason: t('share.readError', { reason: (error as Error).message }),
        }),
      );
      return;
    }
    const result = readScenarioFile(dataset, text);
    if (!result.ok) {
      setImportError(
        t('share.importError', { reason: t('share.badField', { reason: result.reason }) }),
      );
      return;
    }
    const { scenario, changes } = result.data;
    replaceScenario(scenario, null, { undoable: true });
    setImportChanges(changes);
    announce(
      changes.length > 0
        ? t('share.importedChanged', { name: scenario.name, count: changes.length })
        : t('share.imported', { name: scenario.name }),
    );
  };

  /** One line of the import's report: what the value was, what it is now, and why. */
  const describeChange = (change: ScenarioChange) =>
    scenarioChangeText({ t, pick, language }, dataset, change);

  return (
    <div className="scenario-share">
      <div className="scenario-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            resetAll();
            announce(t('share.resetAllDone'));
          }}
        >
          {t('share.resetAll')}
        </button>
        <button type="button" className="button" onClick={() => void copyLink()}>
          {t('share.copyLink')}
        </button>
        <button type="button" className="button" onClick={exportJson}>
          {t('share.exportJson')}
        </button>
        <FileInput
          id={`${id}-import`}
          button={t('share.importJson')}
          accept=".json,application/json"
          describedBy={`${id}-import-hint`}
          onChange={(e) => void importJson(e)}
        />
      </div>
      <p id={`${id}-import-hint`} className="scenario-hint">
        {t('share.importHint', { max: maxKb })}
      </p>
      <h4 className="scenario-group-title">{t('share.dataHeading')}</h4>
      <div className="scenario-actions">
        {(['scores', 'indicators'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            aria-describedby={`${id}-csv-hint`}
            onClick={() => exportCsv(kind)}
          >
            {t(`share.${kind}Csv`)}
          </button>
        ))}
      </div>
      <p id={`${id}-csv-hint`} className="scenario-hint">
        {t('share.csvHint')}
      </p>
      {manualLink !== null && (
        <div className="scenario-manual-link">
          <label htmlFor={`${id}-link`}>{t('share.linkLabel')}</label>
          <input
            ref={manualRef}
            id={`${id}-link`}
            type="text"
            readOnly
            value={manualLink}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="scenario-hint">{t('share.copyByHand')}</p>
        </div>
      )}
      {importError && (
        <p className="scenario-error" role="alert">
          {importError}
        </p>
      )}
      {importChanges.length > 0 && (
        <div className="scenario-warning" role="status" aria-labelledby={`${id}-changes`}>
          <p id={`${id}-changes`} className="scenario-warning-title">
            {t('share.changesTitle', { count: importChanges.length })}
          </p>
          <ul>
            {importChanges.map((change) => (
              <li key={change.path}>{describeChange(change)}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-small"
            onClick={() => setImportChanges([])}
          >
            {t('share.changesDismiss')}
          </button>
        </div>
      )}
      <SavedScenarios />
    </div>
  );
}

export const ShareSection = memo(ShareSectionImpl);
