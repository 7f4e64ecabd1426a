// Pure adapters of the compare view: model scores → score bars, differences and their phrases.
import type { BarChartModel, ChartGroup } from '@/components/charts/tiltAdapter';
import { groupByRowDimension, SCORE_DOMAIN, SCORE_TICKS } from '@/components/charts/tiltAdapter';
import type { Translate } from '@/lib/headline';
import { formatsFor } from '@/lib/format';
import { pairSentence, type PairValues } from '@/lib/partnerWords';
import type {
  CountryCode,
  Interval,
  MissingReason,
  PartnerCode,
  ScoreSet,
  TiltDimension,
  TiltReading,
  UncertaintyResult,
} from '@/model';
import {
  differenceMissing,
  findMissing,
  findScore,
  findScoreInterval,
  findTilt,
  findTiltDraws,
  findTiltMissing,
  readTilt,
} from '@/model';

export interface Labelled<K extends string> {
  key: K;
  label: string;
}

export interface ScoreRow {
  dimension: TiltDimension;
  dimensionLabel: string;
  partner: PartnerCode;
  partnerLabel: string;
  score: number | null;
  /** why the score is missing (src/model/missing.ts); null when it has a number */
  missing: MissingReason | null;
  /** null unless the scenario differs from the baseline */
  baseline: number | null;
  change: number | null;
  interval: Interval | null;
}

export interface ScoreRowsInput {
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  country: CountryCode;
  partners: readonly Labelled<PartnerCode>[];
  dimensions: readonly Labelled<TiltDimension>[];
  uncertainty?: UncertaintyResult | undefined;
}

/** One row per dimension (then overall) × partner, for one country. */
export function buildScoreRows({
  scores,
  baseline,
  differs,
  country,
  partners,
  dimensions,
  uncertainty,
}: ScoreRowsInput): ScoreRow[] {
  return dimensions.flatMap((dimension) =>
    partners.map((partner): ScoreRow => {
      const score = findScore(scores, country, partner.key, dimension.key);
      const base = differs ? findScore(baseline, country, partner.key, dimension.key) : null;
      return {
        dimension: dimension.key,
        dimensionLabel: dimension.label,
        partner: partner.key,
        partnerLabel: partner.label,
        score,
        missing: findMissing(scores, country, partner.key, dimension.key),
        baseline: base,
        change: differs && score !== null && base !== null ? score - base : null,
        interval: findScoreInterval(uncertainty, country, partner.key, dimension.key),
      };
    }),
  );
}

/**
 * The 0–100 score bars: one group per dimension, one bar per partner (the tilt pair's first
 * partner hatched, its second solid; a partner outside the pair filled with its own pattern,
 * src/components/partnerPalette.ts).
 */
export function scoreChartModel(
  rows: readonly ScoreRow[],
  tiltPair: readonly [PartnerCode, PartnerCode],
  showBaseline: boolean,
): BarChartModel {
  const groups = groupByRowDimension(rows, (row) => ({
    key: `${row.dimension}.${row.partner}`,
    label: row.partner,
    value: row.score,
    baseline: showBaseline ? row.baseline : null,
    change: showBaseline ? row.change : null,
    partner: row.partner,
    hatched: row.partner === tiltPair[0] || !tiltPair.includes(row.partner),
    excluded: row.missing === 'weights',
  })).map(({ points, ...group }): ChartGroup => ({ ...group, bars: points }));
  return { domain: SCORE_DOMAIN, ticks: SCORE_TICKS, groups, showBaseline };
}

export interface DifferenceRow {
  kind: 'score' | 'tilt';
  dimension: TiltDimension;
  /** the partner of a score difference; null for a tilt */
  partner: PartnerCode | null;
  /** the value for the first country and for the second */
  a: number | null;
  b: number | null;
  /** a − b; null when either is missing */
  diff: number | null;
  /**
   * why each value is missing, and the difference (src/model/missing.ts); null with a number.
   * Left out: no evidence.
   */
  missing?: { a: MissingReason | null; b: MissingReason | null; diff: MissingReason | null };
  /** the same difference in the baseline; null unless the scenario differs */
  baselineDiff: number | null;
  /** a tilt row: each country's tilt read by the model's lean rule; null for a score row */
  readings: { a: TiltReading; b: TiltReading } | null;
}

export interface DifferencesInput {
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  countries: readonly [CountryCode, CountryCode];
  partners: readonly PartnerCode[];
  dimensions: readonly TiltDimension[];
  /** the Monte Carlo result: tilts are read with their share of draws once it is in */
  uncertainty?: UncertaintyResult | undefined;
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * Every score (dimension × partner) and tilt of the first country minus the second's,
 * sorted by absolute difference, largest first; rows without data come last. Ties keep
 * the order dimension → partner scores → tilt.
 */
export function buildDifferences({
  scores,
  baseline,
  differs,
  countries,
  partners,
  dimensions,
  uncertainty,
}: DifferencesInput): DifferenceRow[] {
  const [ca, cb] = countries;
  const rows: DifferenceRow[] = [];
  for (const dimension of dimensions) {
    for (const partner of partners) {
      const a = findScore(scores, ca, partner, dimension);
      const b = findScore(scores, cb, partner, dimension);
      const missingA = findMissing(scores, ca, partner, dimension);
      const missingB = findMissing(scores, cb, partner, dimension);
      rows.push({
        kind: 'score',
        dimension,
        partner,
        a,
        b,
        diff: minus(a, b),
        missing: { a: missingA, b: missingB, diff: differenceMissing(missingA, missingB) },
        baselineDiff: differs
          ? minus(
              findScore(baseline, ca, partner, dimension),
              findScore(baseline, cb, partner, dimension),
            )
          : null,
        readings: null,
      });
    }
    const a = findTilt(scores, ca, dimension);
    const b = findTilt(scores, cb, dimension);
    const missingA = findTiltMissing(scores, ca, dimension);
    const missingB = findTiltMissing(scores, cb, dimension);
    rows.push({
      kind: 'tilt',
      dimension,
      partner: null,
      a,
      b,
      diff: minus(a, b),
      missing: { a: missingA, b: missingB, diff: differenceMissing(missingA, missingB) },
      baselineDiff: differs
        ? minus(findTilt(baseline, ca, dimension), findTilt(baseline, cb, dimension))
        : null,
      readings: {
        a: readTilt(a, findTiltDraws(uncertainty, ca, dimension).pPositive, missingA),
        b: readTilt(b, findTiltDraws(uncertainty, cb, dimension).pPositive, missingB),
      },
    });
  }
  const magnitude = (r: DifferenceRow) => (r.diff === null ? -1 : Math.abs(r.diff));
  // Array.prototype.sort is stable, so ties keep the order above.
  return rows.sort((x, y) => magnitude(y) - magnitude(x));
}

/**
 * How two countries' tilts in a dimension compare in words, by the model's lean rule: a
 * comparative only when both lean the same way ("further to China", "less to Russia"), "one
 * to China, the other to Russia" when they lean apart, else each reading on its own. `a` is
 * the country with the higher tilt (further toward the tilt pair's first partner).
 */
type TiltComparison = 'furtherPositive' | 'lessNegative' | 'apart' | 'each';

function compareTiltReadings(higher: TiltReading, lower: TiltReading): TiltComparison {
  if (higher.kind === 'leans' && lower.kind === 'leans') {
    if (higher.side === 'positive' && lower.side === 'positive') return 'furtherPositive';
    if (higher.side === 'negative' && lower.side === 'negative') return 'lessNegative';
    // higher above lower, so apart means higher to the first partner, lower to the second
    return 'apart';
  }
  return 'each';
}

export interface PhraseNames {
  /** the two countries' names, in the order of `countries` */
  a: string;
  b: string;
  /** partner code → name */
  partner: (code: PartnerCode) => string;
  /** the dimension's name inside a sentence ("digital") and as a label ("Digital") */
  dimension: (dimension: TiltDimension) => string;
  dimensionLabel: (dimension: TiltDimension) => string;
  /** a tilt's reading in words ("too close to call", "leans strongly to China") */
  reading?: (reading: TiltReading) => string;
  /** the language the numbers are written in ("5.0" or "5,0") */
  language: string;
  /**
   * the tilt pair's words when it is not China − Russia (src/lib/chinaRussia.ts
   * tiltPairValues): the tilt phrases are then the `pair.phrase.*` messages, naming it
   */
  pair?: PairValues | null;
}

/**
 * A difference in plain words, naming the country that is higher; for a tilt, worded so that
 * it agrees with how each country's tilt is read ("leans less to Russia" when both lean to
 * Russia, never "further toward China").
 */
export function differencePhrase(row: DifferenceRow, names: PhraseNames, t: Translate): string {
  const dimension = names.dimension(row.dimension);
  const dimensionLabel = names.dimensionLabel(row.dimension);
  if (row.diff === null)
    return t(row.missing?.diff === 'weights' ? 'phrase.excluded' : 'phrase.noData', {
      dimension,
      dimensionLabel,
      where: t('common:weightsPath'),
    });
  const diff = formatsFor(names.language).formatScore(Math.abs(row.diff));
  const aFirst = row.diff > 0;
  const [higher, lower] = aFirst ? [names.a, names.b] : [names.b, names.a];
  const equal = Number(Math.abs(row.diff).toFixed(1)) === 0;
  if (row.kind === 'score') {
    const partner = names.partner(row.partner ?? '');
    return equal
      ? t('phrase.scoreEqual', { a: names.a, b: names.b, dimension, dimensionLabel, partner })
      : t('phrase.scoreHigher', { higher, lower, dimension, dimensionLabel, partner, diff });
  }
  if (equal) return t('phrase.tiltEqual', { a: names.a, b: names.b, dimension, dimensionLabel });
  const readings = row.readings ?? { a: readTilt(row.a), b: readTilt(row.b) };
  const [rHigher, rLower] = aFirst ? [readings.a, readings.b] : [readings.b, readings.a];
  const comparison = compareTiltReadings(rHigher, rLower);
  const common = { dimension, dimensionLabel, diff };
  const named = (key: string, pairKey: string, values: Record<string, string>) =>
    pairSentence(t, names.pair, `phrase.${key}`, `pair.phrase.${pairKey}`, values);
  switch (comparison) {
    case 'furtherPositive':
      return named('tiltFurtherChina', 'tiltFurtherPositive', {
        ...common,
        more: higher,
        less: lower,
      });
    case 'lessNegative':
      return named('tiltLessRussia', 'tiltLessNegative', { ...common, more: higher, less: lower });
    case 'apart':
      return named('tiltApart', 'tiltApart', { ...common, higher, lower });
    case 'each': {
      const words = names.reading ?? ((r: TiltReading) => r.kind);
      return t('phrase.tiltEach', {
        ...common,
        a: names.a,
        b: names.b,
        aReading: words(readings.a),
        bReading: words(readings.b),
      });
    }
  }
}

/**
 * The address params of the two countries compared (`?a=KG&b=KZ`). Plain names, not a
 * scenario's (src/scenario/urlCodec.ts: `o.`, `w.`, `iw.`, `opt.`, `p`, `n`, `v`, `agg`) nor a
 * scenario pair's (`a.`/`b.` prefixes, src/scenario/pairCodec.ts), so both codecs leave them be.
 */
export const COUNTRY_PARAMS = { a: 'a', b: 'b' } as const;

/** A country of `countries` by its code as an address gives it (any case); else undefined. */
function countryByParam<C extends { code: string }>(
  countries: readonly C[],
  param: string | null,
): C | undefined {
  // An address is anyone's to write: a long or odd value is simply no country.
  if (!param || param.length > 16) return undefined;
  const wanted = param.trim().toUpperCase();
  return countries.find((c) => c.code.toUpperCase() === wanted);
}

/**
 * The two countries to compare from the address: each param names a country of the data set,
 * or falls back to the first two; never the same country twice (the second then becomes the
 * first other country). Null when the data set has fewer than two countries.
 */
export function chooseCountryPair<C extends { code: string }>(
  countries: readonly C[],
  a: string | null,
  b: string | null,
): [C, C] | null {
  if (countries.length < 2) return null;
  const first = countryByParam(countries, a) ?? countries[0]!;
  const named = countryByParam(countries, b);
  const second =
    named && named !== first
      ? named
      : countries[1] !== first
        ? countries[1]!
        : countries.find((c) => c !== first)!;
  return [first, second];
}

/**
 * The pair after the reader picks `code` on one side. Picking on one side the country shown on
 * the other swaps them, so the two are never the same.
 */
export function pickCountry(
  pair: readonly [string, string],
  side: 'a' | 'b',
  code: string,
): [string, string] {
  const [a, b] = pair;
  if (side === 'a') return code === b ? [b, a] : [code, b];
  return code === a ? [b, a] : [a, code];
}

/**
 * The params to write for a pair: none for the default pair (the first two countries, in
 * order), so today's address stays as it was.
 */
export function countryPairParams(
  countries: readonly { code: string }[],
  pair: readonly [string, string],
): { a: string; b: string } | null {
  return pair[0] === countries[0]?.code && pair[1] === countries[1]?.code
    ? null
    : { a: pair[0], b: pair[1] };
}
