// The scenarios a side of `/versus` may be chosen from: the working scenario, the baseline,
// each preset and each saved scenario, each as the pair codec writes it, so the picker can say
// which one the address holds. Pure.
import type { Dataset, LocalizedText, Scenario } from '@/model';
import { encodePairSide, type PairSideInput } from '@/scenario/pairCodec';
import { baselineFullScenario } from '@/scenario/sliders';
import { presetScenario } from '@/scenario/urlCodec';

export interface Candidate {
  /** `current`, `baseline`, `preset:<id>`, `saved:<id>` */
  value: string;
  group: 'main' | 'presets' | 'saved';
  /** a preset's name to pick in the reader's language, or the words as they are */
  label: LocalizedText | string;
  input: PairSideInput;
}

export function pairCandidates(
  dataset: Dataset,
  working: { scenario: Scenario; presetId: string | null } | null,
  saved: readonly { id: string; name: string; scenario: Scenario; presetId: string | null }[],
  words: { current: string; baseline: string },
): Candidate[] {
  const list: Candidate[] = [];
  if (working)
    list.push({
      value: 'current',
      group: 'main',
      label: words.current,
      input: { scenario: working.scenario, presetId: working.presetId },
    });
  list.push({
    value: 'baseline',
    group: 'main',
    label: words.baseline,
    input: { scenario: baselineFullScenario(dataset), presetId: null },
  });
  for (const preset of dataset.presets) {
    const scenario = presetScenario(dataset, preset.id);
    if (scenario)
      list.push({
        value: `preset:${preset.id}`,
        group: 'presets',
        label: preset.name,
        input: { scenario, presetId: preset.id },
      });
  }
  for (const entry of saved)
    list.push({
      value: `saved:${entry.id}`,
      group: 'saved',
      label: entry.name,
      input: { scenario: entry.scenario, presetId: entry.presetId },
    });
  return list;
}

/** The candidate the side's params are (the first that writes the same params), else null. */
export function matchingCandidate(
  dataset: Dataset,
  candidates: readonly Candidate[],
  side: PairSideInput,
): Candidate | null {
  const key = (input: PairSideInput) => encodePairSide(dataset, 'a', input).toString();
  const own = key(side);
  // The working scenario last: a preset or a saved entry names a side better.
  const ordered = [
    ...candidates.filter((c) => c.value !== 'current'),
    ...candidates.filter((c) => c.value === 'current'),
  ];
  return ordered.find((c) => key(c.input) === own) ?? null;
}
