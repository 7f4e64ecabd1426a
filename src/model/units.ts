// The units indicators are measured in, with their words in both languages: the one table
// every view reads (slider rows, indicator tables, sentences of the analysis and the
// briefing, the methodology). A unit the table does not know reads as the data spell it.
import type { LocalizedText } from './types';

export type UnitLanguage = keyof LocalizedText;

interface UnitWords {
  /** the unit alone, as a column or a slider shows it: "% of GDP", "% ВВП" */
  label: string;
  /** a value with its unit; `{value}` stands for the number: "{value}% of GDP" */
  value: string;
  /** the same after "from" and "to" in a sentence (Russian: after «с» and «до», genitive) */
  valueAfter: string;
}

export interface UnitDefinition {
  /** the data's spelling (Indicator.unit) */
  unit: string;
  /** the unit is a rubric level: values are levels ("level 3"), not amounts */
  level: boolean;
  words: Record<UnitLanguage, UnitWords>;
}

/** Words of a unit written after its number: "{value} USD m", "{value} млн долл.". */
const after = (en: string, ru: string): Record<UnitLanguage, UnitWords> => ({
  en: { label: en, value: `{value} ${en}`, valueAfter: `{value} ${en}` },
  ru: { label: ru, value: `{value} ${ru}`, valueAfter: `{value} ${ru}` },
});

/** Words of a unit joined to its number: "{value}% of GDP", "{value}% ВВП". */
const joined = (en: string, ru: string): Record<UnitLanguage, UnitWords> => ({
  en: { label: en, value: `{value}${en}`, valueAfter: `{value}${en}` },
  ru: { label: ru, value: `{value}${ru}`, valueAfter: `{value}${ru}` },
});

export const UNITS: readonly UnitDefinition[] = [
  { unit: '%', level: false, words: joined('%', '%') },
  { unit: '% of GDP', level: false, words: joined('% of GDP', '% ВВП') },
  {
    unit: 'level 0–4',
    level: true,
    words: {
      en: { label: 'level 0–4', value: 'level {value}', valueAfter: 'level {value}' },
      // after «с» and «до» the genitive: «с уровня 3 до уровня 1»
      ru: { label: 'уровень 0–4', value: 'уровень {value}', valueAfter: 'уровня {value}' },
    },
  },
  { unit: 'USD m', level: false, words: after('USD m', 'млн долл.') },
  { unit: 'USD bn', level: false, words: after('USD bn', 'млрд долл.') },
  { unit: 'count', level: false, words: after('count', 'число') },
];

const byUnit = new Map(UNITS.map((u) => [u.unit, u]));

/** The table's entry for a unit as the data spell it, or undefined for a unit it does not know. */
export function unitDefinition(unit: string): UnitDefinition | undefined {
  return byUnit.get(unit);
}

/** Is this unit a rubric level ("level 0–4")? */
export function isLevelUnit(unit: string): boolean {
  return byUnit.get(unit)?.level === true;
}

/** The unit alone in a language: "% ВВП"; an unknown unit as the data spell it; "" for none. */
export function unitLabel(unit: string, language: UnitLanguage): string {
  return byUnit.get(unit)?.words[language].label ?? unit;
}

/**
 * A number (already formatted) with its unit: "22.6% of GDP", "level 3", "1,500 USD m";
 * `after` gives the form after "from" and "to" ("с уровня 3"). A number without a unit stays
 * as it is; an unknown unit follows the number after a space.
 */
export function withUnit(
  number: string,
  unit: string,
  language: UnitLanguage,
  form: 'value' | 'valueAfter' = 'value',
): string {
  const words = byUnit.get(unit)?.words[language];
  if (words) return words[form].replace('{value}', number);
  return unit ? `${number} ${unit}` : number;
}
