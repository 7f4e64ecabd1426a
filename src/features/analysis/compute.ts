// The analysis view's heavier computations, memoised per scenario object: the store's
// scenarios are immutable, so each is analysed once however often the view re-renders.
import type { CountryCode, Dataset, Scenario, TiltDimension } from '@/model';
import { prepare, TILT_DIMENSIONS } from '@/model';
import { buildFlips, buildTornadoes, type FlipEntry, type Tornado } from './adapters';

interface Cached {
  dataset: Dataset;
  tornadoes: Map<TiltDimension, Tornado[]>;
  flips?: FlipEntry[];
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
    tornadoes = buildTornadoes(prepare(dataset, scenario), countriesOf(dataset), dimension);
    cached.tornadoes.set(dimension, tornadoes);
  }
  return tornadoes;
}

/** The smallest flip of every country × tilt under `scenario`. */
export function flipsOf(dataset: Dataset, scenario: Scenario): FlipEntry[] {
  const cached = entry(dataset, scenario);
  cached.flips ??= buildFlips(prepare(dataset, scenario), countriesOf(dataset), TILT_DIMENSIONS);
  return cached.flips;
}
