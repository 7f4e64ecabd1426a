import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Dataset, Scenario } from '@/model';
import { OverviewPage } from '@/features/overview/OverviewPage';
import { loadNamespaces } from '@/i18n';
import { nextTask } from '@/lib/nextTask';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFound } from './NotFound';

/**
 * A page's code and its messages, fetched side by side: the page would otherwise ask for
 * its messages only once it renders, a second round trip on a deep link.
 */
async function withMessages<T>(page: Promise<T>, namespaces: string[]): Promise<T> {
  const [module] = await Promise.all([page, loadNamespaces(namespaces)]);
  return module;
}

/** A page loaded on demand: its module, the component it exports, and its messages. */
function lazyPage<M>(
  page: () => Promise<M>,
  component: (module: M) => ComponentType,
  namespaces: string[],
) {
  return async () => ({ Component: component(await withMessages(page(), namespaces)) });
}

/**
 * What a route's first render shows that is worth starting before it (src/app/main.tsx):
 * `draws`, the scenario's 90% intervals and tilt probabilities, computed in the worker while
 * the prerendered page is on screen. A page without them would only wait for the worker.
 * `warm`, the results its render would compute (into its features' caches), a piece at a time:
 * each `yield` ends a piece, and the next runs in a task of its own (warmFirstRender).
 */
interface RouteHandle {
  draws?: boolean;
  warm?: (dataset: Dataset, scenario: Scenario) => AsyncGenerator<void>;
}
const showsDraws: RouteHandle = { draws: true };

type Matches = readonly { route: { handle?: unknown } }[];
const handles = (matches: Matches) =>
  matches.map((match) => (match.route.handle as RouteHandle | undefined) ?? {});

/** Whether the page at these matches shows the scenario's draws in its first render. */
export function firstRenderShowsDraws(matches: Matches) {
  return handles(matches).some((handle) => handle.draws === true);
}

/**
 * Computes ahead what the page at these matches reads in its first render (its route's `warm`),
 * one short task per piece: that render would compute it in one long task. Never rejects: a
 * failed warm-up leaves the render to compute what is missing, as without it.
 */
export async function warmFirstRender(
  matches: Matches,
  dataset: Dataset,
  scenario: Scenario,
): Promise<void> {
  for (const { warm } of handles(matches)) {
    if (!warm) continue;
    try {
      const pieces = warm(dataset, scenario);
      // The first piece too, in a task of its own rather than the one that found the page ready
      // (chained timers, where there is no scheduler.yield, are clamped to 4 ms from the fifth:
      // ~0.1 s over the warm-up's ~30 pieces).
      do await nextTask();
      while (!(await pieces.next()).done);
    } catch (error) {
      console.warn('Fulcrum: warming the first render failed', error);
    }
  }
}

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    // A page whose code could not be loaded, said to the reader (not React Router's default).
    ErrorBoundary: RouteError,
    // Shown while a lazily loaded page arrives on the first visit to a deep link.
    HydrateFallback: () => (
      <p className="loading" role="status">
        Fulcrum…
      </p>
    ),
    children: [
      { index: true, Component: OverviewPage, handle: showsDraws },
      // Everything but the first screen loads on demand.
      {
        path: 'country/:code',
        handle: showsDraws,
        lazy: lazyPage(
          () => import('@/features/country/CountryPage'),
          (m) => m.CountryPage,
          ['country'],
        ),
      },
      {
        path: 'compare',
        handle: showsDraws,
        lazy: lazyPage(
          () => import('@/features/compare/ComparePage'),
          (m) => m.ComparePage,
          ['compare'],
        ),
      },
      {
        path: 'analysis',
        handle: {
          draws: true,
          // Its sections' results, each feature's in pieces (their code came with the page's).
          async *warm(dataset, scenario) {
            const [{ warmAnalysis }, { warmRobustness }] = await Promise.all([
              import('@/features/analysis/compute'),
              import('@/features/robustness/compute'),
            ]);
            yield;
            // Robustness first: the analysis's warm-up prepares the scenario's own structure
            // last, leaving it in prepare()'s memo, where the render needs it.
            yield* warmRobustness(dataset, scenario);
            yield;
            yield* warmAnalysis(dataset, scenario);
          },
        } satisfies RouteHandle,
        // The analysis page with robustness across specifications as its last section (two
        // features, composed here: features never import each other).
        lazy: async () => {
          const [{ AnalysisPage }, { RobustnessSection }] = await Promise.all([
            withMessages(import('@/features/analysis/AnalysisPage'), ['analysis', 'risks']),
            withMessages(import('@/features/robustness/RobustnessSection'), ['robustness']),
          ]);
          return {
            Component: () => <AnalysisPage after={<RobustnessSection />} />,
          };
        },
      },
      {
        // scenario A against scenario B (the link notice's words are the panel's: `scenario`)
        path: 'versus',
        lazy: lazyPage(
          () => import('@/features/versus/VersusPage'),
          (m) => m.VersusPage,
          ['versus', 'scenario'],
        ),
      },
      {
        // the analyst's data sets kept in this browser
        path: 'data',
        lazy: lazyPage(
          () => import('@/features/datasets/DatasetsPage'),
          (m) => m.DatasetsPage,
          ['datasets'],
        ),
      },
      {
        path: 'methodology',
        lazy: lazyPage(
          () => import('@/features/methodology/MethodologyPage'),
          (m) => m.MethodologyPage,
          ['methodology'],
        ),
      },
      {
        path: 'brief/:slide?',
        handle: showsDraws,
        lazy: lazyPage(
          () => import('@/features/briefing/BriefingPage'),
          (m) => m.BriefingPage,
          ['briefing', 'risks', 'versus'],
        ),
      },
      { path: '*', Component: NotFound },
    ],
  },
];
