import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { OverviewPage } from '@/features/overview/OverviewPage';
import { loadNamespaces } from '@/i18n';
import { Layout } from './Layout';
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
 */
interface RouteHandle {
  draws?: boolean;
}
const showsDraws: RouteHandle = { draws: true };

/** Whether the page at these matches shows the scenario's draws in its first render. */
export function firstRenderShowsDraws(matches: readonly { route: { handle?: unknown } }[]) {
  return matches.some((match) => (match.route.handle as RouteHandle | undefined)?.draws === true);
}

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
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
        handle: showsDraws,
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
