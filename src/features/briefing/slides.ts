// Pure slide-building code of the briefing view: which slides there are, how the keys move
// between them, and the numbers each slide's takeaway sentence is made of. No React, no DOM;
// unit-tested in tests/unit/features/briefing. The numbers come from src/model.
import type {
  CountryCode,
  Dataset,
  FlipSuggestion,
  MethodFlip,
  ScenarioInput,
  Indicator,
  Interval,
  MissingReason,
  Observation,
  PartnerCode,
  Prepared,
  Preset,
  ScoreSet,
  TiltDimension,
  TiltReading,
  TornadoRow,
  UncertaintyResult,
  UnitLanguage,
} from '@/model';
import {
  cellsWithReadings,
  computeScores,
  EVIDENCE_KINDS,
  evidenceMix,
  findOverall,
  findScoreInterval,
  findTilt,
  findTiltDraws,
  findTiltMissing,
  findMissing,
  methodAlternatives,
  readTilt,
  standingObservation,
  withUnit,
} from '@/model';
import { flipFindings, tiltTornadoes } from '@/scenario/findings';
import { flipChangeSentence } from '@/lib/flipText';
import {
  methodFindings,
  methodSentence,
  type MethodFindings,
  type MethodNames,
} from '@/lib/methodRisks';
import type { Formatters } from '@/lib/format';
import { pairSentence, type PairValues } from '@/lib/partnerWords';
import type { Translate } from '@/lib/translate';

// ── Slides and keys ──────────────────────────────────────────────────────────────────

type SlideKind =
  'overview' | 'country' | 'compare' | 'confidence' | 'scenario' | 'versus' | 'risks';

export interface SlideRef {
  /** the id in the address: "overview", "KG", "compare", "confidence-KG"… */
  id: string;
  kind: SlideKind;
  /** the country of a country or confidence slide */
  country?: CountryCode;
}

/** The address of a country's confidence slide. */
const confidenceSlideId = (country: CountryCode): string => `confidence-${country}`;

/**
 * The deck: overview (the title slide), one slide per country of the data set, the
 * comparison (with two countries or more), one confidence slide per country, scenario vs
 * baseline, scenario A against scenario B (only when the address names two scenarios:
 * `versus`), key risks. The confidence slides come after the findings they qualify, so the
 * numbers of the first slides (`/brief/1`…`/brief/4`) stay what they were. A new country
 * needs data only.
 */
export function buildDeck(
  countries: readonly CountryCode[],
  { versus = false }: { versus?: boolean } = {},
): SlideRef[] {
  return [
    { id: 'overview', kind: 'overview' },
    ...countries.map((id): SlideRef => ({ id, kind: 'country', country: id })),
    ...(countries.length >= 2 ? [{ id: 'compare', kind: 'compare' } as SlideRef] : []),
    ...countries.map((country): SlideRef => ({
      id: confidenceSlideId(country),
      kind: 'confidence',
      country,
    })),
    { id: 'scenario', kind: 'scenario' },
    ...(versus ? [{ id: 'versus', kind: 'versus' } as SlideRef] : []),
    { id: 'risks', kind: 'risks' },
  ];
}

/**
 * The other names of each slide an address may use: a country slide by the country's name
 * in every language (`kyrgyzstan`), its confidence slide as `confidence-<name>`.
 */
export function slideAliases(
  deck: readonly SlideRef[],
  countryNames: Readonly<Record<CountryCode, readonly string[]>>,
): Record<string, string[]> {
  const aliases: Record<string, string[]> = {};
  for (const slide of deck) {
    const names = slide.country ? (countryNames[slide.country] ?? []) : [];
    if (slide.kind === 'country') aliases[slide.id] = [...names];
    if (slide.kind === 'confidence') aliases[slide.id] = names.map((n) => `confidence-${n}`);
  }
  return aliases;
}

/** The countries a slide speaks of: its own country, or every country of the deck. */
export function slideCountries(slide: SlideRef, countries: readonly CountryCode[]): CountryCode[] {
  return slide.country ? [slide.country] : [...countries];
}

/** The index of a slide id in the deck (-1 when unknown); the first slide without an id. */
export function slideIndexOf(deck: readonly SlideRef[], id: string | undefined): number {
  if (id === undefined || id === '') return deck.length > 0 ? 0 : -1;
  return deck.findIndex((s) => s.id === id);
}

/** An address as it is matched: trimmed, lower case, spaces and underscores as hyphens. */
const addressKey = (text: string) =>
  text
    .trim()
    .toLocaleLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * The canonical id of the slide an address names (undefined when none): the id itself, its
 * number in the deck (`1` is the first slide), the id in any case (`kg` → `KG`), or one of the
 * slide's other names (`aliases`: a country's name in every language, `kyrgyzstan` → `KG`).
 * The briefing redirects every such address to the canonical `/brief/<id>`.
 */
export function resolveSlideId(
  deck: readonly SlideRef[],
  address: string,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): string | undefined {
  if (deck.some((s) => s.id === address)) return address;
  if (/^\d+$/.test(address.trim())) return deck[Number(address) - 1]?.id;
  const key = addressKey(address);
  if (key === '') return undefined;
  return deck.find(
    (s) => addressKey(s.id) === key || (aliases[s.id] ?? []).some((a) => addressKey(a) === key),
  )?.id;
}

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'notes' | 'exit';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** What a key press does in the briefing, or null (modified keys are left to the browser). */
export function keyAction(event: KeyInput): DeckAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'n':
    case 'N':
      return 'notes';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The slide index an action leads to from `index` in a deck of `count`; clamped to the ends. */
export function moveIndex(index: number, count: number, action: DeckAction): number {
  if (count <= 0) return -1;
  const at = Math.min(Math.max(index, 0), count - 1);
  switch (action) {
    case 'next':
      return Math.min(at + 1, count - 1);
    case 'previous':
      return Math.max(at - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return at;
  }
}

// ── Numbers for the takeaways ────────────────────────────────────────────────────────

export interface CountryTilt {
  country: CountryCode;
  tilt: number | null;
}

/** Countries by overall tilt, furthest towards the tilt pair's first partner (China) first. */
export function rankByOverallTilt(
  scores: ScoreSet,
  countries: readonly CountryCode[],
): CountryTilt[] {
  return countries
    .map((country) => ({ country, tilt: findTilt(scores, country, 'overall') }))
    .filter((x): x is { country: CountryCode; tilt: number } => x.tilt !== null)
    .sort((a, b) => b.tilt - a.tilt || a.country.localeCompare(b.country));
}

/** A country's overall tilt read by the model's lean rule, with its share of draws once in. */
export function overallReading(
  scores: ScoreSet,
  uncertainty: UncertaintyResult | undefined,
  country: CountryCode,
): TiltReading {
  const { pPositive } = findTiltDraws(uncertainty, country, 'overall');
  return readTilt(
    findTilt(scores, country, 'overall'),
    pPositive,
    findTiltMissing(scores, country, 'overall'),
  );
}

/** rankByOverallTilt, each country with its overall reading. */
export function rankOverallReadings(
  scores: ScoreSet,
  uncertainty: UncertaintyResult | undefined,
  countries: readonly CountryCode[],
): (CountryTilt & { reading: TiltReading })[] {
  return rankByOverallTilt(scores, countries).map((x) => ({
    ...x,
    reading: overallReading(scores, uncertainty, x.country),
  }));
}

/**
 * How two countries' overall tilts compare in words, by the model's lean rule: a comparative
 * ("leans further to China") only when both lean the same way; "one to China, the other to
 * Russia" when they lean apart; otherwise each reading on its own. `first` has the higher tilt.
 */
export type OverallComparison =
  | { kind: 'same' }
  | { kind: 'furtherPositive'; further: CountryTilt; less: CountryTilt }
  | { kind: 'furtherNegative'; further: CountryTilt; less: CountryTilt }
  | { kind: 'apart'; positive: CountryTilt; negative: CountryTilt }
  | { kind: 'each' };

export function compareOverall(
  first: CountryTilt & { reading: TiltReading },
  second: CountryTilt & { reading: TiltReading },
  digits = 1,
): OverallComparison {
  const shown = (x: number | null) => (x === null ? null : Number(x.toFixed(digits)));
  if (shown(first.tilt) === shown(second.tilt)) return { kind: 'same' };
  const a = first.reading;
  const b = second.reading;
  if (a.kind === 'leans' && b.kind === 'leans') {
    if (a.side === 'positive' && b.side === 'positive')
      return { kind: 'furtherPositive', further: first, less: second };
    if (a.side === 'negative' && b.side === 'negative')
      return { kind: 'furtherNegative', further: second, less: first };
    return a.side === 'positive'
      ? { kind: 'apart', positive: first, negative: second }
      : { kind: 'apart', positive: second, negative: first };
  }
  return { kind: 'each' };
}

/** The words the overview slide's takeaway is made of, in the reader's language. */
export interface TakeawayWords {
  /** the briefing's messages */
  t: Translate;
  country: (code: CountryCode) => string;
  /** a tilt as shown ("+5.1"; without a number, why) */
  tilt: (tilt: number | null) => string;
  /** a reading in words ("leans to China in 97% of draws") */
  reading: (reading: TiltReading) => string;
  /**
   * the tilt pair's words when it is not China − Russia (src/lib/chinaRussia.ts
   * tiltPairValues): the sentence then names it (`pair.overview.*`)
   */
  pair?: PairValues | null;
}

/**
 * The overview slide's takeaway: the first and the last country of `ranked`
 * (rankOverallReadings) compared as compareOverall reads them; '' with fewer than two.
 */
export function overviewTakeaway(
  ranked: readonly (CountryTilt & { reading: TiltReading })[],
  words: TakeawayWords,
): string {
  if (ranked.length < 2) return '';
  const first = ranked[0]!;
  const last = ranked[ranked.length - 1]!;
  const { t, pair } = words;
  const name = (x: CountryTilt) => words.country(x.country);
  const tiltOf = (x: CountryTilt) => words.tilt(x.tilt);
  const comparison = compareOverall(first, last);
  switch (comparison.kind) {
    case 'same':
      return t('overview.takeawaySame', {
        first: name(first),
        second: name(last),
        tilt: tiltOf(first),
      });
    case 'furtherPositive':
    case 'furtherNegative': {
      const positive = comparison.kind === 'furtherPositive';
      return pairSentence(
        t,
        pair,
        positive ? 'overview.takeawayFurtherChina' : 'overview.takeawayFurtherRussia',
        positive
          ? 'pair.overview.takeawayFurtherPositive'
          : 'pair.overview.takeawayFurtherNegative',
        {
          further: name(comparison.further),
          furtherTilt: tiltOf(comparison.further),
          less: name(comparison.less),
          lessTilt: tiltOf(comparison.less),
        },
      );
    }
    case 'apart': {
      const [toPositive, toNegative] = [comparison.positive, comparison.negative];
      return pair
        ? t('pair.overview.takeawayApart', {
            ...pair,
            first: name(toPositive),
            firstTilt: tiltOf(toPositive),
            second: name(toNegative),
            secondTilt: tiltOf(toNegative),
          })
        : t('overview.takeawayApart', {
            china: name(toPositive),
            chinaTilt: tiltOf(toPositive),
            russia: name(toNegative),
            russiaTilt: tiltOf(toNegative),
          });
    }
    case 'each':
      return t('overview.takeawayEach', {
        first: name(first),
        firstReading: words.reading(first.reading),
        firstTilt: tiltOf(first),
        second: name(last),
        secondReading: words.reading(last.reading),
        secondTilt: tiltOf(last),
      });
  }
}

export interface TiltGap {
  dimension: TiltDimension;
  /** the country further towards China, and the other */
  higher: CountryTilt & { tilt: number };
  lower: CountryTilt & { tilt: number };
  gap: number;
}

/** The dimension in which two countries' tilts differ most (null without data). */
export function largestTiltGap(
  scores: ScoreSet,
  [a, b]: readonly [CountryCode, CountryCode],
  dimensions: readonly TiltDimension[],
): TiltGap | null {
  let best: TiltGap | null = null;
  for (const dimension of dimensions) {
    const ta = findTilt(scores, a, dimension);
    const tb = findTilt(scores, b, dimension);
    if (ta === null || tb === null) continue;
    const gap = Math.abs(ta - tb);
    if (best && gap <= best.gap) continue;
    const [higher, lower] =
      ta >= tb
        ? [
            { country: a, tilt: ta },
            { country: b, tilt: tb },
          ]
        : [
            { country: b, tilt: tb },
            { country: a, tilt: ta },
          ];
    best = { dimension, higher, lower, gap };
  }
  return best;
}

/** A number the scenario changed: an overall score or a tilt, before and after. */
export interface ScoreChange {
  key: string;
  country: CountryCode;
  /** a partner's overall score, or the tilt (partner null) in a dimension */
  partner: PartnerCode | null;
  dimension: TiltDimension;
  baseline: number | null;
  value: number | null;
  change: number | null;
  /** why the baseline or the value has no number (src/model/missing.ts); null with one */
  missing: { baseline: MissingReason | null; value: MissingReason | null };
}

/**
 * Every overall score and every tilt, with the baseline and the change; those that moved
 * (by at least 0.05 after rounding) come first, largest change first, then the rest in order.
 */
export function scoreChanges(
  scores: ScoreSet,
  baseline: ScoreSet,
  countries: readonly CountryCode[],
  partners: readonly PartnerCode[],
  dimensions: readonly TiltDimension[],
): ScoreChange[] {
  const rows: ScoreChange[] = [];
  const push = (
    key: string,
    country: CountryCode,
    partner: PartnerCode | null,
    dimension: TiltDimension,
    value: number | null,
    base: number | null,
    missing: ScoreChange['missing'],
  ) =>
    rows.push({
      key,
      country,
      partner,
      dimension,
      value,
      baseline: base,
      change: value === null || base === null ? null : value - base,
      missing,
    });
  for (const country of countries) {
    for (const partner of partners) {
      push(
        `${country}.${partner}.overall`,
        country,
        partner,
        'overall',
        findOverall(scores, country, partner),
        findOverall(baseline, country, partner),
        {
          baseline: findMissing(baseline, country, partner, 'overall'),
          value: findMissing(scores, country, partner, 'overall'),
        },
      );
    }
    for (const dimension of dimensions) {
      push(
        `${country}.tilt.${dimension}`,
        country,
        null,
        dimension,
        findTilt(scores, country, dimension),
        findTilt(baseline, country, dimension),
        {
          baseline: findTiltMissing(baseline, country, dimension),
          value: findTiltMissing(scores, country, dimension),
        },
      );
    }
  }
  const size = (r: ScoreChange) => {
    const c = r.change === null ? 0 : Math.abs(Number(r.change.toFixed(1)));
    return c;
  };
  return rows
    .map((row, order) => ({ row, order }))
    .sort((x, y) => size(y.row) - size(x.row) || x.order - y.order)
    .map((x) => x.row);
}

/** Did a change survive rounding to one decimal (what the slide shows)? */
export const moved = (change: number | null): boolean =>
  change !== null && Number(change.toFixed(1)) !== 0;

// ── Key risks ────────────────────────────────────────────────────────────────────────

/**
 * A single change that would flip (or balance) a country's tilt in a dimension: the shared
 * flip finding's suggestion (src/scenario/findings.ts), with its country and tilt.
 */
export interface FlipRisk extends FlipSuggestion {
  country: CountryCode;
  dimension: TiltDimension;
  /** the tilt now (the suggestion's tiltNow) */
  tilt: number;
}

export interface KeyRisks {
  /**
   * For each tilt, the smallest change inside the published ranges that flips it, or else
   * balances it: real flips first, then balances, closest first. Only these are key risks.
   */
  flips: FlipRisk[];
  /**
   * Tilts that no change inside the published ranges flips, but a value outside its range
   * would: never a key risk, shown apart and labelled as outside the ranges.
   */
  outside: FlipRisk[];
}

const riskOf = (
  country: CountryCode,
  dimension: TiltDimension,
  suggestion: FlipSuggestion,
): FlipRisk => ({ ...suggestion, country, dimension, tilt: suggestion.tiltNow });

const byCloseness = (a: FlipRisk, b: FlipRisk) =>
  (a.outcome === b.outcome ? 0 : a.outcome === 'flips' ? -1 : 1) ||
  a.distance - b.distance ||
  a.country.localeCompare(b.country) ||
  a.key.localeCompare(b.key);

/**
 * Key risks from the flip findings the analysis view shows too (flipFindings): for every
 * country × tilt, the smallest single change inside the published ranges that flips the tilt
 * (or else balances it), and apart from them the smallest flips that need a value outside its
 * range; each list closest first.
 */
export function keyRisks(
  prepared: Prepared,
  countries: readonly CountryCode[],
  dimensions: readonly TiltDimension[],
): KeyRisks {
  const flips: FlipRisk[] = [];
  const outside: FlipRisk[] = [];
  for (const { country, dimension, finding } of flipFindings(prepared, countries, dimensions)) {
    if (finding.kind === 'flips' || finding.kind === 'balances')
      flips.push(riskOf(country, dimension, finding.suggestion));
    if ((finding.kind === 'balances' || finding.kind === 'cannot-flip') && finding.outside)
      outside.push(riskOf(country, dimension, finding.outside));
  }
  return { flips: flips.sort(byCloseness), outside: outside.sort(byCloseness) };
}

/** The method choices that flip or balance a tilt, and every choice tested. */
export type MethodRisks = MethodFindings;

/**
 * Method choices as assumptions (the model's methodAlternatives): the other aggregation,
 * every other choice of each data option, and equal weights when the scenario's are not;
 * the one ordered list the analysis view shows too (methodFindings).
 */
export function methodRisks(dataset: Dataset, scenario: Partial<ScenarioInput>): MethodRisks {
  return methodFindings(methodAlternatives(dataset, scenario));
}

// ── Key risks in words ───────────────────────────────────────────────────────────────

export type { Translate };

/** The names a key-risk sentence needs, in the reader's language (and a method sentence's). */
export interface RiskNames extends MethodNames {
  partner: (code: PartnerCode) => string;
  indicator: (indicator: Indicator) => string;
  /** a number as shown (formatValue), in the reader's language */
  number: (value: number) => string;
  /** the reader's language (units are worded by the model's table of units) */
  language: UnitLanguage;
}

/**
 * A key risk as one whole sentence: the analysis view's flip sentence (src/lib/flipText.ts),
 * with the tilt now after its name, as a slide shows no table beside it: "Kyrgyzstan's
 * economic tilt (+1.0) would flip to Russia if Russia's share of external public debt rose
 * from 0% to 4.1%." Rubric values are whole levels ("from level 3 to level 1").
 */
export function flipRiskSentence(risk: FlipRisk, names: RiskNames, t: Translate): string {
  const valueAfter = (value: number, indicator: Indicator) =>
    withUnit(names.number(value), indicator.unit, names.language, 'valueAfter');
  return flipChangeSentence(
    { country: risk.country, dimension: risk.dimension, suggestion: risk, tiltNow: risk.tilt },
    { ...names, valueAfter },
    t,
  );
}

/**
 * The key-risks slide's takeaway: the closest flip inside the published ranges; else a
 * method choice that flips a tilt; else the closest balance inside the ranges; else a method
 * choice that balances (or tips) a tilt; else that the leans hold. A method choice is worded
 * by the shared methodSentence, with `tr` bound to the risks messages.
 */
export function risksTakeaway(
  flips: readonly FlipRisk[],
  methods: readonly MethodFlip[],
  names: RiskNames,
  t: Translate,
  tr: Translate,
): string {
  const closest = flips[0];
  const words = (r: FlipRisk) => ({
    country: names.country(r.country),
    tilt: t(`risks.tilts.${r.dimension}`),
    tiltValue: names.tilt(r.tilt),
    to: names.partnerIn(r.toward),
  });
  if (closest?.outcome === 'flips') return t('risks.takeaway.flips', words(closest));
  const method = methods.find((m) => m.outcome === 'flips');
  if (method) return methodSentence(method, names, tr);
  if (closest) return t('risks.takeaway.balances', words(closest));
  if (methods[0]) return methodSentence(methods[0], names, tr);
  return t('risks.takeawayNone');
}

/** An assumption that moves a country's overall tilt most across its plausible range. */
export interface SwingRisk extends TornadoRow {
  country: CountryCode;
}

/** The `top` assumptions that move each country's overall tilt most: its tornado's rows. */
export function swingRisks(
  prepared: Prepared,
  countries: readonly CountryCode[],
  top: number,
): SwingRisk[] {
  return tiltTornadoes(prepared, countries, 'overall', top).flatMap((tornado) =>
    tornado.rows.map((row) => ({ country: tornado.country, ...row })),
  );
}

// ── How sure: the confidence slides and the speaker notes ────────────────────────────

/** A tilt with its 90% interval and the share of draws on each side. */
export interface TiltConfidence {
  dimension: TiltDimension;
  tilt: number | null;
  interval: Interval | null;
  /** share of draws leaning to the tilt pair's first partner (China); null before the draws */
  positive: number | null;
  /** share of draws leaning to the second partner (Russia): the rest of the draws */
  negative: number | null;
  reading: TiltReading;
  /** why the tilt is missing (src/model/missing.ts); null when it has a number */
  missing: MissingReason | null;
}

/** Each tilt of a country (in the order given) with its interval and draws per lean. */
export function tiltConfidence(
  scores: ScoreSet,
  uncertainty: UncertaintyResult | undefined,
  country: CountryCode,
  dimensions: readonly TiltDimension[],
): TiltConfidence[] {
  return dimensions.map((dimension) => {
    const tilt = findTilt(scores, country, dimension);
    const { interval, pPositive } = findTiltDraws(uncertainty, country, dimension);
    const drawn = tilt !== null && pPositive !== null;
    const missing = findTiltMissing(scores, country, dimension);
    return {
      dimension,
      tilt,
      interval: tilt === null ? null : interval,
      positive: drawn ? pPositive : null,
      negative: drawn ? 1 - pPositive : null,
      reading: readTilt(tilt, pPositive, missing),
      missing,
    };
  });
}

/** A partner's overall score with its 90% interval (null before the draws are in). */
export interface ScoreConfidence {
  partner: PartnerCode;
  score: number | null;
  /** why the score is missing (src/model/missing.ts); null when it has a number */
  missing: MissingReason | null;
  interval: Interval | null;
}

export function overallConfidence(
  scores: ScoreSet,
  uncertainty: UncertaintyResult | undefined,
  country: CountryCode,
  partners: readonly PartnerCode[],
): ScoreConfidence[] {
  return partners.map((partner) => ({
    partner,
    score: findOverall(scores, country, partner),
    missing: findMissing(scores, country, partner, 'overall'),
    interval: findScoreInterval(uncertainty, country, partner, 'overall'),
  }));
}

/**
 * What would flip a country's tilt in a dimension: the shared flip finding (findings.ts) as
 * a key risk, or null when no single change inside the published ranges flips or balances it.
 */
export function tiltFlip(
  prepared: Prepared,
  country: CountryCode,
  dimension: TiltDimension,
): FlipRisk | null {
  return keyRisks(prepared, [country], [dimension]).flips[0] ?? null;
}

/** What some countries' scores rest on: the model's evidence mix of their cells only. */
export interface EvidenceShare {
  /** share of the overall scores' weight resting on rubric judgements (null: no weight) */
  judgement: number | null;
  /** share of that weight with no data at all */
  missing: number | null;
  /** cells coded as judgements, and cells with a value of any kind */
  judgementCells: number;
  cellsWithValue: number;
}

/**
 * The evidence mix (src/model/evidenceMix.ts) of the given countries: the data set seen
 * with those countries alone, so the mix's one rule decides, pooled over their partners.
 */
export function evidenceShare(
  dataset: Dataset,
  scenario: Partial<ScenarioInput>,
  countries: readonly CountryCode[],
): EvidenceShare {
  const only = new Set(countries);
  const mix = evidenceMix(
    { ...dataset, countries: dataset.countries.filter((c) => only.has(c.code)) },
    scenario,
  );
  const { shares, cells } = mix.overall;
  return {
    judgement: shares ? shares.judgement : null,
    missing: shares ? shares.missing : null,
    judgementCells: cells.judgement,
    cellsWithValue: EVIDENCE_KINDS.filter((k) => k !== 'missing').reduce(
      (sum, k) => sum + cells[k],
      0,
    ),
  };
}

/**
 * How much of a country's scores rests on rubric judgements, in one sentence: the confidence
 * slide and the speaker notes say it alike.
 */
export function judgementSentence(
  t: Translate,
  formats: Pick<Formatters, 'formatPercent' | 'formatCount'>,
  country: string,
  share: EvidenceShare,
): string {
  if (share.judgement === null) return t('confidence.noWeight', { country });
  return t('confidence.judgement', {
    country,
    share: formats.formatPercent(share.judgement),
    judgements: formats.formatCount(share.judgementCells),
    count: share.cellsWithValue,
    total: formats.formatCount(share.cellsWithValue),
    missing: formats.formatPercent(share.missing),
  });
}

/** One reading of a cell whose sources disagree. */
export interface DiscrepantReading {
  value: number;
  observation: Observation;
  /** the reading that stands for the cell under the scenario's data options */
  inUse: boolean;
}

/** A cell of the data set whose readings disagree (e.g. Chinese customs vs Kyrgyz statistics). */
export interface Discrepancy {
  key: string;
  country: CountryCode;
  partner: PartnerCode;
  indicator: Indicator;
  readings: DiscrepantReading[];
}

/**
 * The cells of the given countries with two readings or more of different values, in data
 * order, each reading marked in use or not under the scenario's options (the model's rule).
 */
export function discrepancies(
  dataset: Dataset,
  options: Readonly<Record<string, string>>,
  countries: readonly CountryCode[],
): Discrepancy[] {
  const only = new Set(countries);
  const out: Discrepancy[] = [];
  for (const cell of cellsWithReadings(dataset)) {
    if (!only.has(cell.country) || cell.readings.length < 2) continue;
    if (new Set(cell.readings.map((r) => r.value)).size < 2) continue;
    const indicator = dataset.indicators.find((i) => i.id === cell.indicator);
    if (!indicator) continue;
    const standing = standingObservation(
      dataset,
      cell.country,
      cell.partner,
      cell.indicator,
      options,
    );
    out.push({
      key: cell.key,
      country: cell.country,
      partner: cell.partner,
      indicator,
      readings: cell.readings.map((observation) => ({
        value: observation.value,
        observation,
        inUse: observation === standing,
      })),
    });
  }
  return out;
}

// ── Scenario vs baseline, with no scenario set ───────────────────────────────────────

/** What a preset would do to the published scores: its largest change, and how many moved. */
export interface PresetEffect {
  preset: Preset;
  /** the overall score or tilt it moves most (null: nothing moves by 0.1) */
  largest: ScoreChange | null;
  /** how many overall scores and tilts move by 0.1 or more */
  moved: number;
}

/**
 * Every preset that changes something, applied to the data as published: the score or tilt
 * it moves most, largest first (then in the data's order). What the scenario slide shows
 * while no scenario is set: which prepared scenarios would move the picture, and how far.
 */
export function presetEffects(
  dataset: Dataset,
  baseline: ScoreSet,
  dimensions: readonly TiltDimension[],
): PresetEffect[] {
  const countries = dataset.countries.map((c) => c.code);
  const partners = dataset.partners.map((p) => p.code);
  const size = (e: PresetEffect) => Math.abs(e.largest?.change ?? 0);
  return dataset.presets
    .map((preset, order) => {
      const changes = scoreChanges(
        computeScores(dataset, preset.scenario),
        baseline,
        countries,
        partners,
        dimensions,
      ).filter((r) => moved(r.change));
      return { effect: { preset, largest: changes[0] ?? null, moved: changes.length }, order };
    })
    .filter((x) => x.effect.largest !== null)
    .sort((a, b) => size(b.effect) - size(a.effect) || a.order - b.order)
    .map((x) => x.effect);
}

// ── Scenario A against scenario B ─────────────────────────────────────────────────────

/**
 * The overall tilt that moves most from A to B (the first country on a tie); null when none
 * moves. Whether a tilt moved is the comparison's own `differs` (src/scenario/compare.ts), the
 * rule `/versus` marks its rows by, so the slide and the page agree.
 */
export function largestOverallMove(
  tilts: readonly {
    country: CountryCode;
    dimension: TiltDimension;
    a: number | null;
    b: number | null;
    difference: number | null;
    differs: boolean;
  }[],
): { country: CountryCode; a: number; b: number; difference: number } | null {
  let best: { country: CountryCode; a: number; b: number; difference: number } | null = null;
  for (const t of tilts) {
    if (t.dimension !== 'overall' || t.difference === null || t.a === null || t.b === null)
      continue;
    if (!t.differs) continue;
    if (best === null || Math.abs(t.difference) > Math.abs(best.difference))
      best = { country: t.country, a: t.a, b: t.b, difference: t.difference };
  }
  return best;
}
