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
      { index: true, Component: OverviewPage },
      // Everything but the first screen loads on demand.
      {
        path: 'country/:code',
        lazy: async () => ({
          Component: (await withMessages(import('@/features/country/CountryPage'), ['country']))
            .CountryPage,
        }),
      },
      {
        path: 'compare',
        lazy: async () => ({
          Component: (await withMessages(import('@/features/compare/ComparePage'), ['compare']))
            .ComparePage,
        }),
      },
      {
        path: 'analysis',
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
        path: 'methodology',
        lazy: async () => ({
          Component: (
            await withMessages(import('@/features/methodology/MethodologyPage'), ['methodology'])
          ).MethodologyPage,
        }),
      },
      {
        path: 'brief/:slide?',
        lazy: async () => ({
          Component: (
            await withMessages(import('@/features/briefing/BriefingPage'), ['briefing', 'risks'])
          ).BriefingPage,
        }),
      },
      { path: '*', Component: NotFound },
    ],
  },
];
