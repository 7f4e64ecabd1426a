// What a scenario changes, assumption by assumption: read by the briefing's scenario slide,
// the footer of an exported image and the assumptions block of a printed handout, so all
// three list the same assumptions with the same values.
import type { Dataset, LocalizedText, Scenario } from '@/model';
import {
  baselineFullScenario,
  changedRecords,
  displayedValue,
  isMissingRecord,
  normalizeScenario,
  recordValue,
  type SliderRecord,
} from './sliders';

/**
 * One value of an assumption: a number with its unit (`analyst` when it is a value the
 * analyst supplied for a missing cell), a choice's label, or no value (a missing cell).
 */
export type ChangeValue =
  | { kind: 'number'; value: number; unit: string; analyst?: boolean }
  | { kind: 'choice'; label: LocalizedText }
  | { kind: 'missing' };

export interface AssumptionChange {
  key: string;
  label: LocalizedText;
  from: ChangeValue;
  to: ChangeValue;
}

function valueOf(dataset: Dataset, record: SliderRecord, scenario: Scenario): ChangeValue {
  if (record.control === 'choice') {
    const value = recordValue(record, scenario);
    const choice = record.choices.find((c) => c.value === value);
    return { kind: 'choice', label: choice?.label ?? { en: String(value), ru: String(value) } };
  }
  const value = displayedValue(dataset, record, scenario);
  if (value === null) return { kind: 'missing' };
  return isMissingRecord(record)
    ? { kind: 'number', value, unit: record.unit, analyst: true }
    : { kind: 'number', value, unit: record.unit };
}

/**
 * The assumptions, weights and choices in which `scenario` differs from `base` (the baseline
 * unless given: two scenarios compared side by side, src/scenario/compare.ts).
 */
export function assumptionChanges(
  dataset: Dataset,
  scenario: Scenario,
  base: Scenario = baselineFullScenario(dataset),
): AssumptionChange[] {
  const from = normalizeScenario(dataset, base);
  const current = normalizeScenario(dataset, scenario);
  return changedRecords(dataset, current, from).map((record) => ({
    key: record.key,
    label: record.label,
    from: valueOf(dataset, record, from),
    to: valueOf(dataset, record, current),
  }));
}
