// The words for the model's readings (src/model/lean.ts), shared by every view and slide: a
// tilt's lean ("leans strongly to China in 100% of draws", "too close to call: 82% of draws
// lean to China") and the note beside a score that falls outside its own 90% interval.
// Pure: the words come from a translation function bound to the common namespace.
import type {
  CountryCode,
  Interval,
  IntervalPosition,
  LeanSide,
  MissingReason,
  PartnerCode,
  TiltBasis,
  TiltDimension,
  TiltReading,
} from '@/model';
import { scoreAgainstInterval } from '@/model';
import { formatsFor, type NumberLanguage } from './format';
import type { PartnerWords } from './partnerWords';
import type { Translate } from './translate';

export type { Translate };

/**
 * The attribute that names a rendered reading, so a browser test can read it without parsing
 * prose: "KG.economic:uncertain-positive", "TJ.digital:leans-positive-strong",
 * "KG.security:balanced", "TJ.overall:none".
 */
export function leanAttribute(
  country: CountryCode,
  dimension: TiltDimension,
  reading: TiltReading,
): string {
  const parts: string[] = [reading.kind];
  if (reading.kind === 'uncertain' && reading.side) parts.push(reading.side);
  if (reading.kind === 'leans') parts.push(reading.side, reading.strength);
  return `${country}.${dimension}:${parts.join('-')}`;
}

/**
 * The data attributes of a rendered reading: `data-lean` (leanAttribute) and
 * `data-lean-drawn`, "true" once the reading no longer waits for the Monte Carlo draws (a lean or
 * a too-close-to-call with its share of draws; balanced and no data never wait), so a browser
 * test can wait for the final wording instead of a fixed time.
 */
export function leanData(
  country: CountryCode,
  dimension: TiltDimension,
  reading: TiltReading,
): { 'data-lean': string; 'data-lean-drawn': 'true' | 'false' } {
  const waiting =
    (reading.kind === 'leans' || reading.kind === 'uncertain') && reading.share === null;
  return {
    'data-lean': leanAttribute(country, dimension, reading),
    'data-lean-drawn': waiting ? 'false' : 'true',
  };
}

export interface LeanWording {
  /** the tilt pair's partners in the form "leans to …" takes (Russian: dative) */
  partnerTo: (side: LeanSide) => string;
  /**
   * A reading in words, lower case unless `capital`: "leans strongly to China in 100% of
   * draws", "too close to call: 82% of draws lean to China", "balanced", "no data". The share
   * of draws is left out with `share: false`.
   */
  label: (reading: TiltReading, options?: { share?: boolean; capital?: boolean }) => string;
  /**
   * What to say beside a number shown with its 90% interval: '' when the number is inside;
   * otherwise "below its 90% range: the published values sit at the low end of their ranges;
   * median of draws 49.0". With `withRange` (where the interval is not shown beside it) the
   * range is named too: "below its 90% range 46.4–51.9: …".
   */
  intervalNote: (
    kind: 'score' | 'tilt',
    value: number | null,
    interval: Interval | null | undefined,
    withRange?: boolean,
  ) => string;
  /**
   * What to say beside a tilt whose two sides rest on unequal data (src/model/tiltBasis.ts):
   * "compares unequal data: no Russian data for digital" (overall), "compares unequal data:
   * 2 Chinese indicators, 1 Russian" (a dimension). '' when both sides rest on the same data,
   * and when one side has none (the tilt then reads "no data").
   */
  basisNote: (basis: TiltBasis) => string;
  /**
   * What stands in for a missing score or tilt, by why it is missing (src/model/missing.ts):
   * "excluded by weights" when the weights leave its data out, otherwise "no data".
   */
  missing: (reason: MissingReason | null | undefined) => string;
  /**
   * The longer word beside a score the weights exclude ("every weight feeding this score is
   * 0: raise one under Scenario → Weights"); '' for any other.
   */
  missingHelp: (reason: MissingReason | null | undefined) => string;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/**
 * The wording of readings in one language. `tc` translates in the common namespace of
 * `language` (which also writes the numbers); `partnerName` gives a partner's name (the
 * fallback where the messages have no declined form), and `forms`, when given, its forms in
 * the cases the sentences take (src/lib/partnerWords.ts: «к партнёру «Турция»») in its place.
 */
export function leanWording(
  tc: Translate,
  tiltPair: readonly [PartnerCode, PartnerCode],
  partnerName: (code: PartnerCode) => string,
  language: NumberLanguage | string,
  forms?: (code: PartnerCode) => PartnerWords,
): LeanWording {
  const { formatPercent, formatScore, formatSigned, formatInterval } = formatsFor(language);
  /** a partner's form for a sentence: the messages' own, else from `forms`, else its name */
  const form = (key: string, code: PartnerCode, pick: (words: PartnerWords) => string) =>
    tc(`${key}.${code}`, { defaultValue: forms ? pick(forms(code)) : partnerName(code) });
  const to = (code: PartnerCode) => form('lean.partnerTo', code, (w) => w.to);
  const sides = { positive: to(tiltPair[0]), negative: to(tiltPair[1]) };
  const partnerTo = (side: LeanSide) => sides[side];

  const label: LeanWording['label'] = (reading, options = {}) => {
    const withShare = options.share !== false;
    let text: string;
    switch (reading.kind) {
      case 'none':
        text = tc(reading.reason === 'weights' ? 'lean.excluded' : 'lean.noData');
        break;
      case 'balanced':
        text = tc('lean.balanced');
        break;
      case 'uncertain':
        text =
          withShare && reading.side !== null && reading.share !== null
            ? tc('lean.tooCloseShare', {
                share: formatPercent(reading.share),
                partner: partnerTo(reading.side),
              })
            : tc('lean.tooClose');
        break;
      case 'leans': {
        const lean = tc(`lean.${reading.strength}`, { partner: partnerTo(reading.side) });
        text =
          withShare && reading.share !== null
            ? tc('lean.withShare', { lean, share: formatPercent(reading.share) })
            : lean;
        break;
      }
    }
    return options.capital ? capitalise(text) : text;
  };

  const intervalNote: LeanWording['intervalNote'] = (kind, value, interval, withRange = false) => {
    if (!interval || value === null) return '';
    const position: IntervalPosition = scoreAgainstInterval(value, interval);
    if (position === 'inside') return '';
    const signed = kind === 'tilt';
    const options = {
      range: withRange ? ` ${formatInterval(interval, signed) ?? ''}` : '',
      median: signed ? formatSigned(interval.median) : formatScore(interval.median),
    };
    if (kind === 'score') return tc(`interval.${position}`, options);
    return tc(`interval.tilt${position === 'below' ? 'Below' : 'Above'}`, {
      ...options,
      partner: partnerTo(position === 'below' ? 'negative' : 'positive'),
    });
  };

  // «у Китая 2 индикатора», «по Китаю нет данных»
  const partnerOf = (code: PartnerCode) => form('basis.partnerOf', code, (w) => w.of);
  const partnerFor = (code: PartnerCode) => form('basis.partnerFor', code, (w) => w.to);
  const list = (items: string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')}${tc('basis.and')}${items[items.length - 1]!}`;

  const basisNote: LeanWording['basisNote'] = (basis) => {
    if (basis.equal || basis.counts[0] === 0 || basis.counts[1] === 0) return '';
    const [first, second] = tiltPair;
    let detail: string;
    if (basis.unit === 'dimension') {
      // The dimensions one side has a score in and the other has not.
      const missing = (partner: PartnerCode, lacks: string[]) =>
        tc('basis.missing', {
          partner: partnerFor(partner),
          list: list(lacks.map((d) => tc(`basis.dimensionIn.${d}`))),
        });
      detail = [
        basis.onlyFirst.length > 0 ? missing(second, basis.onlyFirst) : '',
        basis.onlySecond.length > 0 ? missing(first, basis.onlySecond) : '',
      ]
        .filter(Boolean)
        .join('; ');
    } else if (basis.counts[0] !== basis.counts[1]) {
      detail = tc('basis.counts', {
        count: basis.counts[0],
        other: basis.counts[1],
        first: partnerOf(first),
        second: partnerOf(second),
      });
    } else {
      detail = tc('basis.different', { first: partnerOf(first), second: partnerOf(second) });
    }
    return tc('basis.note', { detail });
  };

  const missing: LeanWording['missing'] = (reason) =>
    tc(reason === 'weights' ? 'excluded' : 'noData');
  const missingHelp: LeanWording['missingHelp'] = (reason) =>
    reason === 'weights' ? tc('excludedHelp', { where: tc('weightsPath') }) : '';

  return { partnerTo, label, intervalNote, basisNote, missing, missingHelp };
}
