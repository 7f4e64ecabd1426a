// One line of a restore report (a file import, a saved scenario opened): the change worded
// by the one rule for every door (src/i18n/valueChangeText.ts), labelled with its slider.
import { valueChangeText } from '@/i18n/valueChangeText';
import type { Dataset } from '@/model';
import type { ScenarioChange } from '@/scenario/file';
import { findSliderByKey } from '@/scenario/sliders';
import type { SliderText } from './useSliderText';

export function scenarioChangeText(
  { t, pick, language }: Pick<SliderText, 't' | 'pick' | 'language'>,
  dataset: Dataset,
  change: ScenarioChange,
): string {
  const record = findSliderByKey(dataset, change.recordKey);
  return valueChangeText(t, language, record ? pick(record.label) : change.path, change);
}
