// The saved-scenario store reports codes; these put them into words in the reader's
// language (the scenario namespace, `saved.*`). Each switch covers every code, so a new
// code does not compile until it has its words.
import type { Translate } from '@/i18n/fastT';
import type {
  EntryRef,
  OpenProblem,
  SaveError,
  SavedScenarioProblem,
} from '@/scenario/savedScenarios';

function where(t: Translate, entry: EntryRef | undefined): string {
  if (!entry) return t('saved.whereList');
  return entry.name === null
    ? t('saved.whereEntry', { position: entry.position })
    : t('saved.whereEntryNamed', { position: entry.position, name: entry.name });
}

function reason(t: Translate, problem: SavedScenarioProblem): string {
  switch (problem.code) {
    case 'not-json':
      return t('saved.problems.notJson');
    case 'unexpected-shape':
      return t('saved.problems.unexpectedShape');
    case 'newer-format':
      return t('saved.problems.newerFormat', {
        version: problem.version,
        supported: problem.supported,
      });
    case 'name-too-long':
      return t('saved.problems.nameTooLong', { max: problem.max });
    case 'description-too-long':
      return t('saved.problems.descriptionTooLong', { max: problem.max });
    case 'invalid-field':
      return problem.field
        ? t('saved.problems.invalidField', { field: problem.field })
        : t('saved.problems.notAnEntry');
    case 'duplicate-id':
      return t('saved.problems.duplicateId', { id: problem.id });
    case 'not-in-dataset':
      return t('saved.problems.notInDataset', { field: problem.field });
  }
}

/** "Entry 3 (“Remittances”): the name is longer than 200 characters". */
export function problemText(t: Translate, problem: SavedScenarioProblem): string {
  const entry = 'entry' in problem ? problem.entry : undefined;
  return t('saved.problem', { where: where(t, entry), reason: reason(t, problem) });
}

export function saveErrorText(t: Translate, error: SaveError): string {
  const why = (() => {
    switch (error.code) {
      case 'storage-unavailable':
        return t('saved.saveErrors.storageUnavailable');
      case 'storage-full':
        return t('saved.saveErrors.storageFull');
      case 'storage-failed':
        return t('saved.saveErrors.storageFailed', { detail: error.detail ?? error.code });
      case 'quarantine-full':
        return t('saved.saveErrors.quarantineFull');
      case 'newer-version':
        return t('saved.saveErrors.newerVersion');
    }
  })();
  return t('saved.saveError', { reason: why });
}

export function openErrorText(t: Translate, name: string, problem: OpenProblem): string {
  const why = (() => {
    switch (problem.code) {
      case 'not-found':
        return t('saved.openErrors.notFound');
      case 'not-loaded':
        return t('saved.openErrors.notLoaded');
      case 'not-in-dataset':
        return t('saved.problems.notInDataset', { field: problem.field });
    }
  })();
  return t('saved.openError', { name, reason: why });
}
