// The two scenarios the address names (src/scenario/pairCodec.ts), compared by the one rule
// (src/scenario/compare.ts): read by `/versus` and by the briefing's A-vs-B slide, so both
// show the same numbers. A side the address does not name is the baseline (A) or the working
// scenario (B), which the address holds too, so a link still reproduces the view.
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import type { Dataset, LocalizedText, Scenario } from '@/model';
import { assumptionChanges } from '@/scenario/assumptionChanges';
import { compareScenarios, type ScenarioComparison } from '@/scenario/compare';
import { decodeScenarioPair, type DecodedPair, type PairSide } from '@/scenario/pairCodec';
import { baselineFullScenario } from '@/scenario/sliders';
import { useScenarioStore } from '@/scenario/store';
import { scenarioLabel } from '../provenance';

interface PairSideView {
  scenario: Scenario;
  presetId: string | null;
  /** false: the address names no scenario for this side (the default stands in) */
  named: boolean;
}

export interface ScenarioPair {
  decoded: DecodedPair;
  a: PairSideView;
  b: PairSideView;
  comparison: ScenarioComparison;
}

/** The words a side's name falls back on. */
export interface SideNameWords {
  baseline: string;
  custom: string;
}

/**
 * The name a side goes by: its own, its preset's, "Baseline" when it changes nothing, else
 * "Custom scenario".
 */
function sideName(
  dataset: Dataset,
  side: PairSideView,
  pick: (text: LocalizedText) => string,
  words: SideNameWords,
): string {
  const preset = dataset.presets.find((p) => p.id === side.presetId);
  if (
    !side.scenario.name.trim() &&
    !preset &&
    assumptionChanges(dataset, side.scenario).length === 0
  )
    return words.baseline;
  return scenarioLabel(side.scenario.name, preset, pick, words.custom);
}

/** The pair as the address gives it, and their comparison (recomputed when either changes). */
export function useScenarioPair(): ScenarioPair {
  const dataset = useDataset();
  const { search } = useLocation();
  const working = useScenarioStore((s) => (s.dataset === dataset ? s.scenario : null));
  const workingPreset = useScenarioStore((s) => s.presetId);
  const decoded = useMemo(() => decodeScenarioPair(dataset, search), [dataset, search]);
  return useMemo(() => {
    const side = (which: PairSide): PairSideView => {
      const own = decoded[which];
      if (own) return { scenario: own.scenario, presetId: own.presetId, named: true };
      if (which === 'b' && working)
        return { scenario: working, presetId: workingPreset, named: false };
      return { scenario: baselineFullScenario(dataset), presetId: null, named: false };
    };
    const a = side('a');
    const b = side('b');
    return { decoded, a, b, comparison: compareScenarios(dataset, a.scenario, b.scenario) };
  }, [dataset, decoded, working, workingPreset]);
}

/** A side's name in the reader's language. */
export function useSideNames(pair: ScenarioPair, words: SideNameWords): [string, string] {
  const dataset = useDataset();
  const { pick } = useLocalized();
  return useMemo(
    () => [sideName(dataset, pair.a, pick, words), sideName(dataset, pair.b, pick, words)],
    [dataset, pair.a, pair.b, pick, words],
  );
}
