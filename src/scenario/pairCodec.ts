// Two scenarios in one address, for the view comparing scenario A with scenario B (`/versus`)
// and its briefing slide: each side is written by the one codec (./urlCodec.ts) under its own
// prefix, `a.` or `b.` (`?a.p=cku-railway-in-operation&a.v=1&b.o.KG.CN.debt_share=40&b.v=1`),
// only what differs from its base. A side always carries its version (`a.v`), so a side at the
// baseline is still named. The params of the working scenario (`o.…`, `p`, …) and every other
// param (`lang`) are left alone: the address holds the working scenario and the pair side by
// side. Decoding never throws; what a side could not use is reported with its prefixed name.
import { BUNDLED_DATASET_ID, DATASET_PARAM } from '@/lib/datasetId';
import type { Dataset, Scenario } from '@/model';
import {
  decodeScenario,
  encodeScenario,
  isScenarioParam,
  URL_CODEC_VERSION,
  withScenarioParams,
  type AdjustedParam,
  type DecodedScenario,
  type IgnoredParam,
} from './urlCodec';

export const PAIR_SIDES = ['a', 'b'] as const;
export type PairSide = (typeof PAIR_SIDES)[number];

/** The prefix of a side's params: `a.` or `b.`. */
const pairPrefix = (side: PairSide): string => `${side}.`;

/** One side as the address gives it; null when the address names no scenario for it. */
export interface DecodedPair {
  a: DecodedScenario | null;
  b: DecodedScenario | null;
}

/** One side to write: its scenario and the preset it starts from (if any). */
export interface PairSideInput {
  scenario: Partial<Scenario>;
  presetId?: string | null;
}

const isSideParam = (name: string): boolean =>
  PAIR_SIDES.some((side) => name.startsWith(pairPrefix(side)));

function readEntries(search: string | URLSearchParams): [string, string][] {
  try {
    const params = typeof search === 'string' ? new URLSearchParams(search) : search;
    return [...params.entries()];
  } catch {
    return [];
  }
}

/** The search params of one side: encodeScenario's, each name prefixed; always its version. */
export function encodePairSide(
  dataset: Dataset,
  side: PairSide,
  input: PairSideInput,
): URLSearchParams {
  const out = new URLSearchParams();
  const own = encodeScenario(dataset, input.scenario, input.presetId);
  if (!own.has('v')) own.set('v', String(URL_CODEC_VERSION));
  for (const [name, value] of own) out.append(pairPrefix(side) + name, value);
  return out;
}

/** Both sides' params (A first): only what differs from each side's base. */
export function encodeScenarioPair(
  dataset: Dataset,
  a: PairSideInput,
  b: PairSideInput,
): URLSearchParams {
  const out = new URLSearchParams();
  for (const [side, input] of [
    ['a', a],
    ['b', b],
  ] as const)
    for (const [name, value] of encodePairSide(dataset, side, input)) out.append(name, value);
  return out;
}

/**
 * The params to put in the address: every param that is not a side's kept as it is (the
 * working scenario's, `lang`…), the sides given replaced; a side not given (undefined) keeps
 * its params as they are.
 */
export function withPairParams(
  current: string | URLSearchParams,
  dataset: Dataset,
  sides: Partial<Record<PairSide, PairSideInput>>,
): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of readEntries(current)) {
    const side = PAIR_SIDES.find((s) => name.startsWith(pairPrefix(s)));
    if (side === undefined || sides[side] === undefined) out.append(name, value);
  }
  for (const side of PAIR_SIDES) {
    const input = sides[side];
    if (input)
      for (const [name, value] of encodePairSide(dataset, side, input)) out.append(name, value);
  }
  return out;
}

/**
 * The params of a link that opens one side alone as the working scenario: the address's
 * params that are neither a side's nor the working scenario's kept (`lang`, `dataset`), then
 * the side's own scenario params (encodeScenario, unprefixed), as the app's scenario link is.
 */
export function sideLinkParams(
  current: string | URLSearchParams,
  dataset: Dataset,
  input: PairSideInput,
): URLSearchParams {
  const kept = new URLSearchParams();
  for (const [name, value] of readEntries(current))
    if (!isSideParam(name)) kept.append(name, value);
  return withScenarioParams(kept, dataset, input.scenario, input.presetId);
}

const prefixed = <T extends { param: string }>(side: PairSide, items: T[]): T[] =>
  items.map((item) => ({ ...item, param: pairPrefix(side) + item.param }));

/**
 * Reads both sides from search params. Never throws, whatever the input: each side's params
 * (those under its prefix, the prefix taken off) go through decodeScenario, so a side is held
 * to its sliders exactly as a one-scenario link is; what it could not use is reported under
 * the prefixed name (`a.o.KG.CN.debt_share`). A side with no param at all is null.
 */
export function decodeScenarioPair(
  dataset: Dataset,
  search: string | URLSearchParams,
): DecodedPair {
  const entries = readEntries(search).filter(([name]) => isSideParam(name));
  const side = (which: PairSide): DecodedScenario | null => {
    const prefix = pairPrefix(which);
    const own = entries
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, value]): [string, string] => [name.slice(prefix.length), value]);
    if (own.length === 0) return null;
    const params = new URLSearchParams();
    for (const [name, value] of own) params.append(name, value);
    const decoded = decodeScenario(dataset, params);
    // A param under the prefix that is not a scenario's (say `a.lang`) is not ours to drop
    // silently: decodeScenario leaves it alone, the pair reports it.
    const unknown: IgnoredParam[] = own
      .filter(([name]) => !isScenarioParam(name))
      .map(([name, value]) => ({
        param: shorten(name),
        value: shorten(value),
        reason: 'unknown parameter',
        code: 'unknown-param' as const,
      }));
    return {
      ...decoded,
      ignored: prefixed(which, [...decoded.ignored, ...unknown]),
      adjusted: prefixed<AdjustedParam>(which, decoded.adjusted),
    };
  };
  return { a: side('a'), b: side('b') };
}

/** Does the address name both scenarios of a comparison (a param under each prefix)? */
export function hasScenarioPair(search: string | URLSearchParams): boolean {
  const names = readEntries(search).map(([name]) => name);
  return PAIR_SIDES.every((side) => names.some((name) => name.startsWith(pairPrefix(side))));
}

const SHOWN_LENGTH = 80;
const shorten = (text: string) =>
  text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;

/** Why a pasted text was not used for a side. */
type PastedLinkProblem =
  /** not an absolute http(s) link nor a path of this site, or it holds no scenario */
  | { reason: 'not-a-link' }
  /** a link made with another data set than the one in use (ids; `bundled` for the bundled) */
  | { reason: 'other-dataset'; linked: string; inUse: string }
  /** a comparison link (`a.`/`b.` params) that names no scenario under this side's prefix */
  | { reason: 'pair-without-side'; side: PairSide };

export type PastedLink =
  { ok: true; decoded: DecodedScenario } | ({ ok: false } & PastedLinkProblem);

/** The base a same-site path is read against: only its search is used, never its host. */
const PASTE_BASE = 'https://fulcrum.invalid';

/** An absolute http(s) link, or a path of this site (`/…`, not `//host…` nor `/\host…`). */
function pastedUrl(text: string): URL | null {
  const isAbsolute = /^https?:\/\//i.test(text);
  const isPath = text.startsWith('/') && !/^\/[/\\]/.test(text);
  if (!isAbsolute && !isPath) return null;
  let url: URL;
  try {
    url = new URL(text, isAbsolute ? undefined : PASTE_BASE);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // a path must stay on this site (the parser would read some spellings as another host)
  if (isPath && url.origin !== PASTE_BASE) return null;
  return url;
}

/**
 * Reads a link pasted for one side of the comparison. Pure and never throws. Accepted: an
 * absolute http(s) link or a path of this site (`/country/KG?o.…`) holding at least one
 * scenario param, made with the data set in use (its `dataset` param, none meaning the
 * bundled one). A comparison link (`/versus?a.…&b.…`) gives the params under this side's own
 * prefix, reported (when not usable) under their prefixed name; one that names no scenario
 * under this side's prefix is refused rather than read as something else.
 */
export function readPastedLink(
  text: string,
  dataset: Dataset,
  { side, datasetInUse }: { side: PairSide; datasetInUse: string },
): PastedLink {
  const url = pastedUrl(text.trim());
  if (!url) return { ok: false, reason: 'not-a-link' };
  const entries = [...url.searchParams.entries()];
  const hasPair = entries.some(([name]) => isSideParam(name));
  const sideParams = entries
    .filter(([name]) => name.startsWith(pairPrefix(side)))
    .map(([name]) => name.slice(pairPrefix(side).length));
  const names = hasPair ? sideParams : entries.map(([name]) => name);
  const linksScenario = names.some(isScenarioParam);
  const bareScenario = entries.some(([name]) => isScenarioParam(name));
  if (!linksScenario && !(hasPair && bareScenario)) return { ok: false, reason: 'not-a-link' };
  const linked = url.searchParams.get(DATASET_PARAM) || BUNDLED_DATASET_ID;
  if (linked !== datasetInUse)
    return { ok: false, reason: 'other-dataset', linked: shorten(linked), inUse: datasetInUse };
  if (hasPair) {
    if (!linksScenario) return { ok: false, reason: 'pair-without-side', side };
    const decoded = decodeScenarioPair(dataset, url.searchParams)[side];
    return decoded ? { ok: true, decoded } : { ok: false, reason: 'pair-without-side', side };
  }
  return { ok: true, decoded: decodeScenario(dataset, url.searchParams) };
}
