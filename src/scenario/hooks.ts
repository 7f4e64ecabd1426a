import {
  keepPreviousData,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  startTransition,
  type ReactNode,
  type RefObject,
} from 'react';
import { useDataset } from '@/lib/dataset';
import { afterNextPaint } from '@/lib/nextTask';
import type { Dataset, Scenario, ScoreSet, UncertaintyResult } from '@/model';
import { DEFAULT_DRAWS, DEFAULT_SEED, completeScenario, computeScores, monteCarlo } from '@/model';
import { perScenario, scenarioScores } from './perScenario';
import { baselineFullScenario, changeCountOf } from './sliders';
import { useScenarioStore } from './store';
import { runUncertainty } from './uncertaintyClient';

/**
 * The scenario every view follows: the working scenario of the store (sliders, URL,
 * saved scenarios all write there). Until the store is bound to this data set by
 * initScenarioStore(), the baseline. Views only ever read this hook.
 */
export function useActiveScenario(): Scenario {
  const dataset = useDataset();
  const scenario = useScenarioStore((s) => (s.dataset === dataset ? s.scenario : null));
  return scenario ?? baselineFullScenario(dataset);
}

export interface ScenarioScores {
  scenario: Scenario;
  scores: ScoreSet;
  baseline: ScoreSet;
  /** true while any assumption differs from the baseline */
  differs: boolean;
  /** how many sliders and choices differ from the baseline */
  changeCount: number;
}

const baselineScores = new WeakMap<Dataset, ScoreSet>();

/**
 * The scores of a scenario (scenarioScores, ./perScenario.ts) and of the baseline, computed
 * once per scenario object and shared by every component that asks (the store's scenarios are
 * immutable), so the views of a page and their hooks never compute the same step twice.
 */
const scoresOf = perScenario((dataset: Dataset, scenario: Scenario): ScenarioScores => {
  let baseline = baselineScores.get(dataset);
  if (!baseline) {
    baseline = computeScores(dataset);
    baselineScores.set(dataset, baseline);
  }
  const changeCount = changeCountOf(dataset, scenario);
  return {
    scenario,
    scores: scenarioScores(dataset, scenario),
    baseline,
    differs: changeCount > 0,
    changeCount,
  };
});

/** Says "views below follow the working scenario"; its value never changes (see below). */
const ScenarioScoresContext = createContext(false);

/**
 * Marks the part of the app whose views follow the working scenario. It holds no scores:
 * each view subscribes to the store itself (useScenarioScores), so a slider step
 * re-renders the few components that read the scores. A context whose value changed at
 * every step would make React search the whole page below it for readers at every step
 * (thousands of unchanged table rows, timeline events…).
 */
export function ScenarioScoresProvider({ children }: { children: ReactNode }) {
  return createElement(ScenarioScoresContext.Provider, { value: true }, children);
}

// ── In step or deferred ──────────────────────────────────────────────────────────────
//
// The views follow a slider step in the same render as the slider, so the step is painted
// in one frame: the moved slider, its value and every chart and score together (the long
// tables below the fold follow once that frame is painted: useAfterPaint). Deferring the views
// (React's useDeferredValue) costs a second frame per step (the slider's, then the
// charts'), which on a slow device was the larger part of the wait for the charts. But
// deferral keeps the slider fluid when a step's render is slow: once a few steps in a row
// have each taken longer than SLOW_STEP_MS from the store change to the views' commit,
// the views switch to deferred rendering for the rest of the session.

/** A step slower than this (about three frames) makes the slider stutter if not deferred. */
export const SLOW_STEP_MS = 60;
/** How many slow steps in a row switch the views to deferred rendering. */
export const SLOW_STEPS_TO_DEFER = 3;

/** Times steps from a scenario change to the views' commit and decides when to defer. */
export interface StepPacer {
  /** whether the views follow deferred (steps proved slow) rather than in step */
  deferred(): boolean;
  /** the working scenario became `scenario` at `at` ms */
  changed(scenario: Scenario, at: number): void;
  /** the views committed `scenario` at `at` ms */
  committed(scenario: Scenario, at: number): void;
  /** calls `listener` when the views switch to deferred; returns the unsubscribe */
  subscribe(listener: () => void): () => void;
}

export function createStepPacer(
  slowMs = SLOW_STEP_MS,
  slowStepsToDefer = SLOW_STEPS_TO_DEFER,
): StepPacer {
  let deferred = false;
  let slowSteps = 0;
  let pending: { scenario: Scenario; at: number } | null = null;
  const listeners = new Set<() => void>();
  return {
    deferred: () => deferred,
    changed(scenario, at) {
      pending = { scenario, at };
    },
    committed(scenario, at) {
      // Only the first commit of the latest change counts (every view commits it).
      if (!pending || pending.scenario !== scenario) return;
      const took = at - pending.at;
      pending = null;
      if (deferred) return;
      slowSteps = took > slowMs ? slowSteps + 1 : 0;
      if (slowSteps >= slowStepsToDefer) {
        deferred = true;
        for (const listener of listeners) listener();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The app's pacer: one per page load, fed by the store and by the views' commits. */
const viewPacer = createStepPacer();
let watchingSteps = false;

/** Notes when the working scenario changes (outside React), to time the views' commit. */
function watchSteps() {
  if (watchingSteps) return;
  watchingSteps = true;
  useScenarioStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario) viewPacer.changed(state.scenario, performance.now());
  });
}

/** Whether the views currently follow the scenario deferred (slow steps) or in step. */
function useViewsDeferred(): boolean {
  return useSyncExternalStore(viewPacer.subscribe, viewPacer.deferred, viewPacer.deferred);
}

/**
 * Scores of the active scenario and of the baseline, derived (never stored). Every view
 * reads this. Inside ScenarioScoresProvider it follows the working scenario: in step with
 * the slider, or deferred once steps have proved slow (see above); either way all views
 * show the same step. Outside one (a component rendered alone in a test) it shows the
 * baseline. The caller re-renders at every step (with the previous scores in the urgent
 * pass when deferred). The scenario pages read it through useScenarioView, which adds the
 * draws; /methodology reads it directly (it shows no intervals).
 */
export function useScenarioScores(): ScenarioScores {
  const inside = useContext(ScenarioScoresContext);
  const dataset = useDataset();
  const active = useScenarioStore((s) => (inside && s.dataset === dataset ? s.scenario : null));
  const current = active ?? baselineFullScenario(dataset);
  const defer = useViewsDeferred();
  // In step, the deferred value stays put (null), so React schedules no deferred pass.
  const deferred = useDeferredValue(defer ? current : null);
  const scenario = defer ? (deferred ?? current) : current;

  // Time each step from the store change to this commit (not the first render).
  const shown = useRef<Scenario | null>(null);
  useLayoutEffect(() => {
    if (!inside) return;
    watchSteps();
    const previous = shown.current;
    shown.current = scenario;
    if (previous !== null && previous !== scenario) {
      viewPacer.committed(scenario, performance.now());
    }
  }, [inside, scenario]);

  return scoresOf(dataset, scenario);
}

/** What a page shows of the scenario it follows: its scores, the baseline's, and the draws. */
export interface ScenarioView extends ScenarioScores {
  /** 90% intervals and P(tilt > 0), once the draws of the settled scenario are in */
  uncertainty: UncertaintyResult | undefined;
  /** the draws are running */
  pending: boolean;
}

/**
 * The one way a page follows the scenario: the scores of the step it shows (useScenarioScores)
 * and the draws of the scenario once a drag rests (useUncertainty). The object stays the same
 * while neither changes (React's urgent pass of a deferred step), so a page hands it to one
 * memoised body, which then renders once per step shown.
 */
export function useScenarioView(): ScenarioView {
  const { result: uncertainty, pending } = useUncertainty();
  const scores = useScenarioScores();
  return useMemo(() => ({ ...scores, uncertainty, pending }), [scores, uncertainty, pending]);
}

/**
 * How many assumptions of the working scenario differ from the baseline, and its name,
 * without deferral and without computing any score: what a banner or a badge needs at
 * once. Re-renders its caller only when one of the two changes, not at every slider step.
 */
export function useImmediateChangeCount(): { changeCount: number; name: string } {
  const dataset = useDataset();
  const changeCount = useScenarioStore((s) =>
    s.dataset === dataset ? changeCountOf(dataset, s.scenario) : 0,
  );
  const name = useScenarioStore((s) => (s.dataset === dataset ? s.scenario.name : ''));
  return { changeCount, name };
}

/**
 * The first page a visitor sees (and the prerendered one) must word each tilt by the draws, as
 * every later one does: a tilt read without them can say "leans" where the draws say "too close
 * to call". So the first render has the draws: found in the cache, where the app's start put
 * them from the worker (`prefetchUncertainty`), else computed at once on this thread (seeded,
 * so the prerender's and the browser's match); every later result comes from the worker.
 */
let firstResultServed = false;

/** Later results come from the worker (effects run only in the browser, never when prerendering). */
function markFirstResultServed(): void {
  firstResultServed = true;
}

function firstPaintUncertainty(
  dataset: Dataset,
  scenario: Scenario,
  draws: number,
): UncertaintyResult | undefined {
  if (firstResultServed) return undefined;
  try {
    return monteCarlo(dataset, scenario, { draws, seed: DEFAULT_SEED });
  } catch {
    return undefined;
  }
}

/**
 * The query key of a scenario's draws: one rule, so every view asking for the same scenario's
 * draws (a page, the robustness table's specifications) shares one run.
 */
export function uncertaintyQueryKey(dataset: Dataset, scenario: Scenario, draws = DEFAULT_DRAWS) {
  return [
    'uncertainty',
    dataset.version,
    JSON.stringify(completeScenario(dataset, scenario)),
    draws,
  ];
}

/** A scenario's draws as a query: its key and the worker that computes them (every view's). */
export function uncertaintyQuery(dataset: Dataset, scenario: Scenario, draws = DEFAULT_DRAWS) {
  return {
    queryKey: uncertaintyQueryKey(dataset, scenario, draws),
    queryFn: () => runUncertainty(dataset, scenario, draws, DEFAULT_SEED),
    staleTime: Infinity,
  };
}

/**
 * How long the app's start waits for the worker's first draws: the worker answers in about
 * 0.1 s here; a start held longer than this costs more than drawing on the main thread.
 */
const PREFETCH_WAIT_MS = 2000;

/**
 * Starts the app's first draws in the worker before its first render (src/app/main.tsx, while
 * the prerendered page is on screen), so that render finds them in the cache instead of
 * computing them on the main thread (`firstPaintUncertainty`). Resolves once they are there;
 * or once they failed, or `waitAtMost` ms passed (a worker that is slow to start): then the
 * query is dropped and the first render computes them itself, as without this.
 */
export async function prefetchUncertainty(
  client: QueryClient,
  dataset: Dataset,
  scenario: Scenario,
  waitAtMost = PREFETCH_WAIT_MS,
): Promise<void> {
  const query = uncertaintyQuery(dataset, scenario);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inTime = await Promise.race([
    client.prefetchQuery(query).then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitAtMost))),
  ]);
  clearTimeout(timer);
  if (!inTime || client.getQueryState(query.queryKey)?.status !== 'success') {
    client.removeQueries({ queryKey: query.queryKey, exact: true });
  }
}

/** 90% intervals and P(tilt > 0) for the active scenario, computed off the main thread. */
function useUncertainty(draws = DEFAULT_DRAWS): {
  result: UncertaintyResult | undefined;
  pending: boolean;
  error: Error | null;
} {
  const dataset = useDataset();
  // The scenario once it has rested: 2,000 draws per step of a drag would queue up. Read
  // from the store without re-rendering the caller at every step.
  const scenario = useSettledScenario(250);
  // One options object per settled scenario, with the client's defaults already applied: the
  // caller re-renders at every slider step, and useQuery otherwise copies its options in every
  // render and sets them again in its effect (measured at 4× on /compare: a step's passive
  // effects 0.53 → 0.19–0.48 ms). The defaults are thus read once per settled scenario (the
  // app sets them only when it creates the client); useQuery writes its own flags onto it.
  const client = useQueryClient();
  const options = useMemo(
    () =>
      client.defaultQueryOptions({
        ...uncertaintyQuery(dataset, scenario, draws),
        initialData: () => firstPaintUncertainty(dataset, scenario, draws),
        placeholderData: keepPreviousData,
      }),
    [client, dataset, scenario, draws],
  );
  const query = useQuery(options);
  const served = query.data !== undefined;
  useEffect(() => {
    if (served) markFirstResultServed();
  }, [served]);
  return { result: query.data, pending: query.isFetching, error: query.error };
}

/**
 * The scenario the views follow (the store's inside ScenarioScoresProvider, else the
 * baseline), once it has stayed the same for `ms` milliseconds; the first value at once.
 * It listens to the store in an effect, so its caller re-renders only when it settles.
 */
export function useSettledScenario(ms: number): Scenario {
  const inside = useContext(ScenarioScoresContext);
  const dataset = useDataset();
  const read = useCallback(() => {
    const state = useScenarioStore.getState();
    return inside && state.dataset === dataset ? state.scenario : baselineFullScenario(dataset);
  }, [inside, dataset]);
  const [settled, setSettled] = useState(read);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(read()), ms);
    };
    // The store may have changed between the render and this subscription.
    if (read() !== settled) follow();
    const unsubscribe = useScenarioStore.subscribe(follow);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [read, settled, ms]);
  return settled;
}

/**
 * `value`, once the frame showing it has been painted: for what a slider step changes below
 * the charts (long tables, sentences). React's useDeferredValue renders its pass as soon as the
 * urgent one commits, usually before the browser paints, so the frame with the step's charts
 * waited for the tables too; this hook starts that pass after the paint (a frame, then a task),
 * as an interruptible transition that the next step abandons. The first value at once, or
 * `first` until the first render is painted (what a page draws after its first paint).
 */
export function useAfterPaint<T>(value: T, first: T = value): T {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(() => value)));
  }, [value, shown]);
  return shown;
}

/**
 * Whether the element of `ref` is at least partly inside the viewport: true until the browser
 * has said otherwise, and wherever IntersectionObserver is missing (so a chart is never left
 * behind for lack of the answer).
 */
function useInViewport(ref: RefObject<Element | null>): boolean {
  const [inViewport, setInViewport] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) setInViewport(last.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return inViewport;
}

/**
 * `value` in step while the element of `ref` is on screen; off screen, once the frame showing
 * the step has been painted (useAfterPaint). A chart the reader cannot see (the tilt chart
 * below the score cards on a laptop) then no longer delays the frame of the charts they can;
 * scrolled into view, it shows the latest value at once.
 */
export function useInStepWhenSeen<T>(ref: RefObject<Element | null>, value: T): T {
  const seen = useInViewport(ref);
  const painted = useAfterPaint(value);
  return seen ? value : painted;
}
