import { createContext } from 'react';
import type { Location } from 'react-router';

/**
 * The router's latest location. react-router renders a navigation in a transition, so on a busy
 * machine the rendered location (useLocation) can lag behind the address for a while; a write
 * that starts from the rendered one would put back what another view has just changed (the
 * /versus sides lost to the scenario's delayed write). main.tsx gives the browser router's;
 * without it (tests' memory routers) the rendered location is used.
 */
export const LatestLocationContext = createContext<
  (() => Pick<Location, 'pathname' | 'search' | 'hash'>) | null
>(null);
