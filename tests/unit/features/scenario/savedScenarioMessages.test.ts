// Every code the saved-scenario store reports becomes a whole message in both languages:
// no placeholder left, no English in the Russian text.
import { describe, expect, it } from 'vitest';
import type { Translate } from '@/i18n/fastT';
import { scenario as messages } from '@/i18n/locales/scenario';
import {
  openErrorText,
  problemText,
  saveErrorText,
} from '@/features/scenario/savedScenarioMessages';
import {
  SAVED_SCENARIO_PROBLEM_CODES,
  type SavedScenarioProblem,
} from '@/scenario/savedScenarioChecks';
import type { OpenProblem, SaveError } from '@/scenario/savedScenarios';

/** A translator over the scenario namespace that fails loudly on a missing key. */
function translator(language: 'en' | 'ru'): Translate {
  return (key, options) => {
    let node: unknown = messages[language];
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`no message ${key} in ${language}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = options?.[name];
      if (value === undefined) throw new Error(`${key}: no value for {{${name}}}`);
      return String(value);
    });
  };
}

const named = { position: 3, name: 'Remittances' };
const unnamed = { position: 4, name: null };
const problems: SavedScenarioProblem[] = [
  { code: 'not-json' },
  { code: 'unexpected-shape' },
  { code: 'newer-format', version: 2, supported: 1 },
  { code: 'newer-format', version: 2, supported: 1, entry: named },
  { code: 'name-too-long', entry: unnamed, max: 200 },
  { code: 'description-too-long', entry: named, max: 5000 },
  { code: 'invalid-field', entry: named, field: 'createdAt' },
  { code: 'invalid-field', entry: unnamed, field: '' },
  { code: 'duplicate-id', entry: named, id: 'a1' },
  { code: 'not-in-dataset', entry: named, field: 'overrides.XX.CN.debt_share' },
];
const saveErrors: SaveError[] = [
  { code: 'storage-unavailable' },
  { code: 'storage-full', detail: 'QuotaExceededError' },
  { code: 'storage-failed', detail: 'SecurityError' },
  { code: 'storage-failed' },
  { code: 'quarantine-full' },
  { code: 'newer-version' },
];
const openProblems: OpenProblem[] = [
  { code: 'not-found' },
  { code: 'not-loaded' },
  { code: 'not-in-dataset', field: 'options.x' },
];

function all(t: Translate): string[] {
  return [
    ...problems.map((p) => problemText(t, p)),
    ...saveErrors.map((e) => saveErrorText(t, e)),
    ...openProblems.map((p) => openErrorText(t, 'Remittances', p)),
  ];
}

describe('saved-scenario messages', () => {
  it('covers every problem code', () => {
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(SAVED_SCENARIO_PROBLEM_CODES));
  });

  it('words each code in English and in Russian, without English in Russian', () => {
    const en = all(translator('en'));
    const ru = all(translator('ru'));
    expect(new Set(en).size).toBe(en.length);
    expect(new Set(ru).size).toBe(ru.length);
    // what may stay Latin in a Russian message: names, field paths, ids, error names
    const allowed =
      /Remittances|createdAt|overrides\.XX\.CN\.debt_share|options\.x|a1|Fulcrum|JSON|QuotaExceededError|SecurityError|storage-failed/g;
    for (const text of ru) {
      expect(text).toMatch(/[а-яё]/i);
      expect(text.replace(allowed, ''), text).not.toMatch(/[a-z]{2,}/i);
    }
    expect(en[0]).toBe('The saved list: not readable (not valid JSON)');
    expect(ru[4]).toBe('Запись 4: название длиннее 200 символов');
    expect(ru[5]).toBe('Запись 3 («Remittances»): описание длиннее 5000 символов');
  });
});
