// The working scenario: what the analyst is changing right now. Inputs only: scores,
// intervals and everything else derived from the scenario are computed by the hooks
// (useMemo, workers) and never stored here.
//
// Initialisation: the data set arrives through react-query, so the store starts empty
// and is bound to the data set by `initScenarioStore(dataset, initial?)`, typically with
// the scenario decoded from the URL:
//
//   const decoded = decodeScenario(dataset, location.search);
//   initScenarioStore(dataset, { scenario: decoded.scenario, presetId: decoded.presetId });
//
// Call it once the data set has loaded and before the views read the store (e.g. in the
// component that gates on the data set, guarded by a ref, or in an effect before the
// children render). Until then every action is a no-op and useActiveScenario() shows the
// baseline. Every value held is canonical (see normalizeScenario in ./sliders): clamped
// to its slider, rounded to its decimals, overrides equal to the published value dropped.

import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand';
import type { Aggregation, Dataset, Scenario, ScenarioInput } from '@/model';
import {
  baselineFullScenario,
  clampToSlider,
  normalizeScenario,
  publishedValue,
  sliderIndex,
  sliderKey,
} from './sliders';
import { presetScenario, sameLink } from './urlCodec';

interface ScenarioState {
  /** the data set the scenario refers to; null until initScenarioStore() */
  dataset: Dataset | null;
  scenario: Scenario;
  /** the preset the scenario started from, if any */
  presetId: string | null;
  /**
   * The scenario a preset, "Back to baseline", an opened saved scenario or an imported file
   * replaced, while it can be brought back: until the next change of any kind. One click there
   * must not lose an afternoon's assumptions.
   */
  replaced: { scenario: Scenario; presetId: string | null } | null;
}

interface ScenarioActions {
  /**
   * Any record by its slider key (see ./sliders): a number for sliders (an assumption such as
   * `KG.CN.debt_share`, `dimensionWeight.security`, `indicatorWeight.debt_share`), clamped and
   * rounded by its slider; a string for choices (`aggregation`, `option.kgTradeSource`).
   * Unknown keys and values change nothing.
   */
  setSlider: (recordKey: string, value: number | string) => void;
  /** any record back to its baseline (an assumption: back to the published value) */
  resetSlider: (recordKey: string) => void;
  setName: (name: string) => void;
  setDescription: (description: string) => void;
  /** replaces the scenario with the preset's (unknown ids change nothing) */
  applyPreset: (presetId: string) => void;
  /** the baseline, no preset, no name */
  resetAll: () => void;
  /** brings back the scenario the last preset, reset, opened entry or file replaced (`replaced`) */
  undoReplace: () => void;
  /**
   * a whole scenario (from a file, a saved entry, a link), normalised; `undoable` when the
   * analyst chose it (a file, a saved entry), so the one it replaces can be brought back
   */
  replaceScenario: (
    scenario: Partial<Scenario>,
    presetId?: string | null,
    options?: { undoable?: boolean },
  ) => void;
}

export type ScenarioStore = ScenarioState & ScenarioActions;

/** A scenario that sets nothing: the store's start, and the base a test builds on. */
export const EMPTY_SCENARIO: Scenario = {
  name: '',
  description: '',
  overrides: {},
  dimensionWeights: {},
  indicatorWeights: {},
  aggregation: 'arithmetic',
  options: {},
};

/**
 * A fresh store (tests use their own; the app uses `useScenarioStore`): a hook that reads a part
 * of the state (`useScenarioStore((s) => s.scenario)`), with zustand's `getState`, `setState`,
 * `subscribe` and `getInitialState` on it.
 *
 * Not zustand's `create`: its hook hydrates a page with the store's initial state (its server
 * snapshot) and then, the state being another (the address is read before the app hydrates:
 * src/app/main.tsx), renders every reader again synchronously in the hydration's commit: one long
 * task (docs/architecture.md §4). The prerender reads the address into the store as main.tsx does
 * (src/app/prerender-entry.tsx), so the state as it is serves as both snapshots: the copy and
 * the hydrating render read the same state (tests/unit/app/hydrateEveryPage.test.tsx).
 */
export function createScenarioStore() {
  const api = createScenarioStoreApi();
  function useScenarioStoreState<T>(selector: (state: ScenarioStore) => T): T {
    const read = () => selector(api.getState());
    return useSyncExternalStore(api.subscribe, read, read);
  }
  return Object.assign(useScenarioStoreState, api);
}

function createScenarioStoreApi() {
  return createStore<ScenarioStore>()((set, get) => {
    /** Applies a change to the current scenario when the store is bound to a data set. */
    const update = (change: (dataset: Dataset, scenario: Scenario) => Scenario | null) => {
      const { dataset, scenario } = get();
      if (!dataset) return;
      const next = change(dataset, scenario);
      if (next && next !== scenario) set({ scenario: next, replaced: null });
    };

    /** A whole new scenario from the panel or the banner, the one it replaces kept for undo. */
    const replaceUndoably = (dataset: Dataset, scenario: Scenario, presetId: string | null) => {
      const before = get();
      if (sameState(dataset, before, scenario, presetId)) return;
      set({
        scenario,
        presetId,
        replaced: { scenario: before.scenario, presetId: before.presetId },
      });
    };

    const setNumber = (recordKey: string, value: number) =>
      update((dataset, scenario) => {
        const record = sliderIndex(dataset).byKey.get(recordKey);
        if (!record || record.control !== 'slider') return null;
        if (typeof value !== 'number' || Number.isNaN(value)) return null;
        const v = clampToSlider(record, value);
        switch (record.group) {
          case 'assumption': {
            const published = publishedValue(dataset, record.key, scenario.options);
            const isPublished = published !== undefined && v === clampToSlider(record, published);
            if (
              isPublished
                ? !(record.key in scenario.overrides)
                : scenario.overrides[record.key] === v
            )
              return null;
            const overrides = { ...scenario.overrides };
            if (isPublished) delete overrides[record.key];
            else overrides[record.key] = v;
            return normalizeScenario(dataset, { ...scenario, overrides });
          }
          case 'dimensionWeight':
            if (scenario.dimensionWeights[record.dimension] === v) return null;
            return {
              ...scenario,
              dimensionWeights: { ...scenario.dimensionWeights, [record.dimension]: v },
            };
          case 'indicatorWeight': {
            const id = record.indicator!;
            const isDefault = v === clampToSlider(record, record.baseline);
            if (
              isDefault ? !(id in scenario.indicatorWeights) : scenario.indicatorWeights[id] === v
            )
              return null;
            return normalizeScenario(dataset, {
              ...scenario,
              indicatorWeights: { ...scenario.indicatorWeights, [id]: v },
            });
          }
        }
      });

    const resetOverride = (key: string) =>
      update((_dataset, scenario) => {
        if (!(key in scenario.overrides)) return null;
        const overrides = { ...scenario.overrides };
        delete overrides[key];
        return { ...scenario, overrides };
      });

    const setChoice = (recordKey: string, value: string) =>
      update((dataset, scenario) => {
        const record = sliderIndex(dataset).byKey.get(recordKey);
        if (!record || record.control !== 'choice') return null;
        if (!record.choices.some((c) => c.value === value)) return null;
        if (record.group === 'aggregation') {
          if (scenario.aggregation === value) return null;
          return { ...scenario, aggregation: value as Aggregation };
        }
        const optionKey = record.key.slice(sliderKey.option('').length);
        if (scenario.options[optionKey] === value) return null;
        // Overrides equal to the newly published readings stop being overrides.
        return normalizeScenario(dataset, {
          ...scenario,
          options: { ...scenario.options, [optionKey]: value },
        });
      });

    return {
      dataset: null,
      scenario: EMPTY_SCENARIO,
      presetId: null,
      replaced: null,

      setSlider: (recordKey, value) =>
        typeof value === 'number' ? setNumber(recordKey, value) : setChoice(recordKey, value),
      resetSlider: (recordKey) => {
        const dataset = get().dataset;
        const record = dataset ? sliderIndex(dataset).byKey.get(recordKey) : undefined;
        if (!record) return;
        if (record.group === 'assumption') resetOverride(record.key);
        else if (record.control === 'slider') setNumber(recordKey, record.baseline);
        else setChoice(recordKey, record.baseline);
      },
      setName: (name) =>
        update((_dataset, scenario) =>
          scenario.name === name ? null : { ...scenario, name: String(name) },
        ),
      setDescription: (description) =>
        update((_dataset, scenario) =>
          scenario.description === description
            ? null
            : { ...scenario, description: String(description) },
        ),
      applyPreset: (presetId) => {
        const dataset = get().dataset;
        if (!dataset) return;
        const preset = presetScenario(dataset, presetId);
        if (preset) replaceUndoably(dataset, preset, presetId);
      },
      resetAll: () => {
        const dataset = get().dataset;
        if (dataset) replaceUndoably(dataset, baselineFullScenario(dataset), null);
      },
      undoReplace: () => {
        const { replaced } = get();
        if (replaced) set({ ...replaced, replaced: null });
      },
      replaceScenario: (scenario, presetId = null, { undoable = false } = {}) => {
        const dataset = get().dataset;
        if (!dataset) return;
        const next = normalizeScenario(dataset, scenario);
        const id = presetId && presetScenario(dataset, presetId) ? presetId : null;
        if (undoable) replaceUndoably(dataset, next, id);
        else set({ scenario: next, presetId: id, replaced: null });
      },
    };
  });
}

/** The state already holds this scenario and preset: all a link holds, and the description. */
function sameState(
  dataset: Dataset,
  state: ScenarioState,
  scenario: Scenario,
  presetId: string | null,
): boolean {
  return (
    state.scenario.description === scenario.description &&
    sameLink(dataset, state, { scenario, presetId })
  );
}

export type ScenarioStoreHook = ReturnType<typeof createScenarioStore>;

/** The app's working scenario. */
export const useScenarioStore: ScenarioStoreHook = createScenarioStore();

/**
 * Binds a store to the data set and sets its scenario: `initial.scenario` (normalised)
 * or the baseline, and `initial.presetId` when it names a known preset. Safe to call
 * again (e.g. after a new link is opened): it replaces the working state.
 */
export function initScenarioStore(
  dataset: Dataset,
  initial: { scenario?: Partial<Scenario> | Partial<ScenarioInput>; presetId?: string | null } = {},
  store: ScenarioStoreHook = useScenarioStore,
): void {
  const presetId =
    initial.presetId && presetScenario(dataset, initial.presetId) ? initial.presetId : null;
  store.setState({
    dataset,
    scenario: initial.scenario
      ? normalizeScenario(dataset, initial.scenario)
      : baselineFullScenario(dataset),
    presetId,
    replaced: null,
  });
}
