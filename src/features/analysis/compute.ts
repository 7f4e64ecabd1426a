// The analysis view's heavier computations, memoised per scenario object: the store's
// scenarios are immutable, so each is analysed once however often the view re-renders.
import type { CountryCode, Dataset, Scenario, TiltDimension, Tornado } from '@/model';
import { methodAlternatives, prepare, TILT_DIMENSIONS } from '@/model';
import { flipFindings, tiltTornadoes, type FlipEntry } from '@/scenario/findings';
import { buildMethodEntries, TORNADO_TOP, type MethodEntry } from './adapters';

interface Cached {
  dataset: Dataset;
  tornadoes: Map<TiltDimension, Tornado[]>;
  flips?: FlipEntry[];
  methods?: MethodEntry[];
}

const cache = new WeakMap<Scenario, Cached>();

function entry(dataset: Dataset, scenario: Scenario): Cached {
  let cached = cache.get(scenario);
  if (!cached || cached.dataset !== dataset) {
    cached = { dataset, tornadoes: new Map() };
    cache.set(scenario, cached);
  }
  return cached;
}

const countriesOf = (dataset: Dataset): CountryCode[] => dataset.countries.map((c) => c.code);

/** Each country's tornado for the tilt in `dimension` under `scenario`. */
export function tornadoesOf(
  dataset: Dataset,
  scenario: Scenario,
  dimension: TiltDimension,
): Tornado[] {
  const cached = entry(dataset, scenario);
  let tornadoes = cached.tornadoes.get(dimension);
  if (!tornadoes) {
    tornadoes = tiltTornadoes(
      prepare(dataset, scenario),
      countriesOf(dataset),
      dimension,
      TORNADO_TOP,
    );
    cached.tornadoes.set(dimension, tornadoes);
  }
  return tornadoes;
}

/** The smallest flip of every country × tilt under `scenario`. */
export function flipsOf(dataset: Dataset, scenario: Scenario): FlipEntry[] {
  const cached = entry(dataset, scenario);
  cached.flips ??= flipFindings(prepare(dataset, scenario), countriesOf(dataset), TILT_DIMENSIONS);
  return cached.flips;
}

/** What each method alternative (aggregation, data options, weights) does to every tilt. */
export function methodsOf(dataset: Dataset, scenario: Scenario): MethodEntry[] {
  const cached = entry(dataset, scenario);
  cached.methods ??= buildMethodEntries(
    methodAlternatives(dataset, scenario),
    countriesOf(dataset),
  );
  return cached.methods;
}
