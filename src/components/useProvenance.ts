import { useCallback, useMemo } from 'react';
import { useHref, useLocation } from 'react-router';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { assumptionChanges } from '@/scenario/assumptionChanges';
import { useScenarioStore } from '@/scenario/store';
import { withScenarioParams } from '@/scenario/urlCodec';
import { buildProvenance, scenarioLabel, shortLinkContext, type Provenance } from './provenance';

/**
 * The address of this view with the scenario as it is now, read at call time (even mid-way
 * through a write of the address): the link a colleague opens to see the same thing.
 */
export function useViewLink({ scenarioOnly = false } = {}): () => string {
  const location = useLocation();
  const path = useHref(location.pathname);
  return useCallback(() => {
    // The data set from the store, not the data-set gate: the scenario panel, which copies
    // this link, sits outside the gate (src/app/Layout.tsx).
    const { dataset, scenario, presetId } = useScenarioStore.getState();
    // scenarioOnly: the scenario's own params and what else the view needs (language, data
    // set, countries and scenarios compared: shortLinkContext), no others and no hash
    const search = scenarioOnly ? shortLinkContext(location.search) : location.search;
    const query = dataset
      ? withScenarioParams(search, dataset, scenario, presetId).toString()
      : search.replace(/^\?/, '');
    const hash = scenarioOnly ? '' : location.hash;
    return new URL(`${path}${query ? `?${query}` : ''}${hash}`, window.location.origin).href;
  }, [location.search, location.hash, path, scenarioOnly]);
}

/** The reader's calendar date (not UTC's: in Bishkek a morning handout is dated today). */
function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The name the working scenario goes by (its own, its preset's, or "custom"). */
export function useScenarioLabel(): string {
  const tc = useT('common');
  const { pick } = useLocalized();
  const dataset = useDataset();
  const name = useScenarioStore((s) => (s.dataset === dataset ? s.scenario.name : ''));
  const presetId = useScenarioStore((s) => s.presetId);
  const preset = dataset.presets.find((p) => p.id === presetId);
  return scenarioLabel(name, preset, pick, tc('scenarioBar.custom'));
}

/**
 * Where this view comes from, as of now: for an image's footer or a handout's header and
 * footer. Follows the working scenario (not the deferred one a dragging slider leaves behind).
 */
export function useProvenance(): Provenance {
  const tc = useT('common');
  const { pick, language } = useLocalized();
  const dataset = useDataset();
  const scenario = useScenarioStore((s) => s.scenario);
  const name = useScenarioLabel();
  const viewLink = useViewLink();
  return useMemo(
    () =>
      buildProvenance({
        dataset,
        name,
        changes: assumptionChanges(dataset, scenario),
        url: viewLink(),
        today: localIsoDate(new Date()),
        language,
        pick,
        t: tc,
      }),
    // scenario: the link reads the store at call time, so it follows the scenario too
    [dataset, name, scenario, viewLink, language, pick, tc],
  );
}
