// A preset's rationale as a reader sees it: its placeholders filled with the data's numbers in
// the reader's language. Every view that shows a rationale (scenario panel, CLI) calls this.
import { fillPresetText } from '@/model/presetText';
import type { Dataset, Preset } from '@/model';
import { formatsFor } from './format';

export function presetRationale(
  dataset: Pick<Dataset, 'observations' | 'options'>,
  preset: Pick<Preset, 'rationale' | 'figures' | 'scenario'>,
  language: 'en' | 'ru',
): string {
  const text = preset.rationale[language] || preset.rationale.en;
  const { formatDecimals } = formatsFor(language);
  return fillPresetText(text, preset, dataset, formatDecimals);
}
