import type { RouteObject } from 'react-router';
import { OverviewPage } from '@/features/overview/OverviewPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

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
          Component: (await import('@/features/country/CountryPage')).CountryPage,
        }),
      },
      {
        path: 'compare',
        lazy: async () => ({
          Component: (await import('@/features/compare/ComparePage')).ComparePage,
        }),
      },
      {
        path: 'methodology',
        lazy: async () => ({
          Component: (await import('@/features/methodology/MethodologyPage')).MethodologyPage,
        }),
      },
      { path: '*', Component: NotFound },
    ],
  },
];
