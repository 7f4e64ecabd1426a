import {
  useContext,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  Suspense,
  useState,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LinkNotice } from '@/components/LinkNotice';
import { LatestLocationContext } from './latestLocation';
import { useDataset } from '@/lib/dataset';
import { ScenarioScoresProvider } from '@/scenario/hooks';
import { useScenarioStore } from '@/scenario/store';
import { decodeScenario, withScenarioParams } from '@/scenario/urlCodec';
import { problemsOf, readAddress, sameScenario, type LinkProblems } from './addressScenario';

/**
 * The address is rewritten once the scenario has rested this long: a drag produces one
 * history replacement, not sixty a second (browsers throttle those, and each one makes
 * the router re-render every view). Copy link reads the store, so it is never stale.
 */
const URL_WRITE_DELAY_MS = 300;

const asSearch = (params: URLSearchParams) => {
  const text = params.toString();
  return text ? `?${text}` : '';
};

/**
 * Binds the scenario to the address: the link is read once into the working store when
 * the data set arrives (and again when the address changes from outside, e.g. Back);
 * every change of the store is written back with `replace` once it rests, so a link always
 * reproduces the view and a drag does not flood history. What the link could not use is
 * listed in a dismissible notice.
 */
export function ScenarioBinding({ children }: { children: ReactNode }) {
  const dataset = useDataset();
  const location = useLocation();
  const navigate = useNavigate();
  // Reads the latest location from inside subscriptions without re-subscribing.
  const latestLocation = useContext(LatestLocationContext);
  const currentLocation = useEffectEvent(() => latestLocation?.() ?? location);
  const lastWritten = useRef<string | null>(null);

  const [problems, setProblems] = useState<LinkProblems | null>(null);
  // On the server (the build-time prerender, src/app/prerender-entry.tsx, which reads the address
  // into the store as main.tsx does) layout effects never run: render the views at once. In the
  // browser, at once too when the store already holds this data set and the address's scenario
  // (main.tsx read the address into it: see readAddress); never over a store holding another
  // scenario, which the first render would show.
  const [ready, setReady] = useState(
    () =>
      typeof window === 'undefined' ||
      (useScenarioStore.getState().dataset === dataset && sameScenario(dataset, location.search)),
  );

  // Read the link into the store before the first paint. In a layout effect rather than
  // during render: components outside this tree (the header's toggle) subscribe to it.
  useLayoutEffect(() => {
    // Syncing from an outside system (the address) is what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProblems(readAddress(dataset, currentLocation().search));
    setReady(true);
  }, [dataset]);

  // Store → address, once it rests; also writes the cleaned-up link once at start.
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = () => {
      timer = null;
      const { scenario, presetId } = useScenarioStore.getState();
      const current = currentLocation();
      const next = asSearch(withScenarioParams(current.search, dataset, scenario, presetId));
      if (next === current.search) return;
      lastWritten.current = next;
      void navigate(
        { pathname: current.pathname, search: next, hash: current.hash },
        { replace: true },
      );
    };
    write();
    const unsubscribe = useScenarioStore.subscribe((state, previous) => {
      if (state.scenario === previous.scenario && state.presetId === previous.presetId) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(write, URL_WRITE_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [dataset, navigate, ready]);

  // Address → store, when the search changed from outside (Back, Forward, a pasted link).
  useEffect(() => {
    if (!ready) return;
    // The address this binding has just written: the store is ahead of it if a slider moved
    // since. Skipped once only: the same address reached again by Forward is from outside.
    if (location.search === lastWritten.current) {
      lastWritten.current = null;
      return;
    }
    if (sameScenario(dataset, location.search)) return;
    const decoded = decodeScenario(dataset, location.search);
    useScenarioStore.getState().replaceScenario(decoded.scenario, decoded.presetId);
    // The address changed from outside (Back, Forward): show what it could not use.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProblems(problemsOf(decoded));
  }, [dataset, location.search, ready]);

  if (!ready) return null;
  return (
    <>
      {problems && (
        // Its change wording is the scenario panel's, whose messages load on demand: the page
        // does not wait for them.
        <Suspense fallback={null}>
          <LinkNotice
            ignored={problems.ignored}
            adjusted={problems.adjusted}
            onDismiss={() => setProblems(null)}
          />
        </Suspense>
      )}
      <ScenarioScoresProvider>{children}</ScenarioScoresProvider>
    </>
  );
}
