// The one-sentence headline of a country ("Tajikistan leans to China in 3 of 4 dimensions;
// security still leans to Russia."). Each dimension is read by the model's one lean rule
// (src/model/lean.ts), with its Monte Carlo share of draws when known, so the sentence says
// what every other view says of the same tilt. Pure: the words come from a translation
// function, so the same logic writes English and Russian.
import type { Dimension, MissingReason, TiltDimension } from '@/model';
import { readTilt } from '@/model';
import { pairSentence, type PairValues } from './partnerWords';
import type { Translate } from './translate';

/**
 * Where a dimension stands in the headline: the model's reading, with the side for a lean; a
 * missing tilt is `none` (no evidence) or `excluded` (the weights leave it out).
 */
export type HeadlineGroup =
  'positive' | 'negative' | 'uncertain' | 'balanced' | 'none' | 'excluded';

/** The headline group of a tilt read by the model's rule. */
export function headlineGroup(
  tilt: number | null | undefined,
  pPositive: number | null | undefined,
  missing: MissingReason | null = null,
): HeadlineGroup {
  const reading = readTilt(tilt, pPositive, missing);
  if (reading.kind === 'none') return reading.reason === 'weights' ? 'excluded' : 'none';
  return reading.kind === 'leans' ? reading.side : reading.kind;
}

/** A translation function bound to the namespace that holds the `headline.*` messages. */
export type { Translate };

/** "a", "a and b", "a, b and c" with the language's word for "and". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export interface HeadlineInput {
  /** the country's name as it starts a sentence */
  country: string;
  /** the country's tilts; the `overall` one is ignored (the headline counts dimensions) */
  tilts: readonly {
    dimension: TiltDimension;
    tilt: number | null;
    /** why a tilt is missing (src/model/missing.ts); no evidence when not given */
    missing?: MissingReason | null;
  }[];
  /**
   * Monte Carlo share of draws in which each tilt is positive (the model's uncertainty
   * result), when computed; without it the lean rule reads the tilts without draws
   */
  pPositive?: readonly { dimension: TiltDimension; pPositive: number | null }[] | undefined;
  /** each dimension's name as it reads inside a sentence (lower case) */
  dimensionNames: Record<Dimension, string>;
  /**
   * messages: headline.noData, excluded, allChina, allRussia, allBalanced, allUncertain (each with an
   * `_only` context for a single dimension and plural forms by count), mostlyChina and
   * mostlyRussia (plural by the total), split, stillRussia, alreadyChina, uncertainPart,
   * balancedPart (a list as subject: `_several` when it names more than one), noneClear,
   * missing and excludedPart (joined in `notes`), and the `kept`/`keptOnly` contexts of the
   * all* messages (when the weights leave some dimensions out)
   */
  t: Translate;
  /**
   * the tilt pair's words when it is not China − Russia (src/lib/chinaRussia.ts
   * tiltPairValues): the sentences that name it are then the tiltPair namespace's
   * `headline.*`, which `t` must reach as `tiltPair:headline.…`
   */
  pair?: PairValues | null | undefined;
}

/**
 * The messages that name the tilt pair: the tiltPair namespace's keys (by side) and the
 * China − Russia ones they stand for.
 */
const CHINA_RUSSIA = {
  allPositive: 'allChina',
  allNegative: 'allRussia',
  allBalanced: 'allBalanced',
  allUncertain: 'allUncertain',
  mostlyPositive: 'mostlyChina',
  mostlyNegative: 'mostlyRussia',
  split: 'split',
  stillNegative: 'stillRussia',
  alreadyPositive: 'alreadyChina',
} as const;

/** The dimensions of a country by headline group, as the model's lean rule reads them. */
export function headlineGroups(
  tilts: HeadlineInput['tilts'],
  pPositive: HeadlineInput['pPositive'],
): { dimension: Dimension; group: HeadlineGroup }[] {
  return tilts.flatMap((x) =>
    x.dimension === 'overall'
      ? []
      : [
          {
            dimension: x.dimension,
            group: headlineGroup(
              x.tilt,
              pPositive?.find((p) => p.dimension === x.dimension)?.pPositive ?? null,
              x.missing ?? null,
            ),
          },
        ],
  );
}

/** The headline sentence, ending with a full stop. */
export function headline({
  country,
  tilts,
  pPositive,
  dimensionNames,
  t,
  pair,
}: HeadlineInput): string {
  const groups = headlineGroups(tilts, pPositive);
  const and = t('headline.and');
  // A sentence that names the tilt pair (src/lib/partnerWords.ts pairSentence).
  const named = (key: keyof typeof CHINA_RUSSIA, options: Record<string, unknown>) =>
    pairSentence(t, pair, `headline.${CHINA_RUSSIA[key]}`, `tiltPair:headline.${key}`, options);
  const names = (group: HeadlineGroup) =>
    groups.filter((x) => x.group === group).map((x) => dimensionNames[x.dimension]);
  const positive = names('positive');
  const negative = names('negative');
  const uncertain = names('uncertain');
  const balanced = names('balanced');
  const missing = names('none');
  const excluded = names('excluded');
  const total = positive.length + negative.length + uncertain.length + balanced.length;

  // Nothing to read: say so, and when the weights are what leaves the data out, say that.
  if (total === 0)
    return `${t(excluded.length > 0 ? 'headline.excluded' : 'headline.noData', {
      country,
      where: t('common:weightsPath'),
    })}.`;

  const list = (items: string[]) => joinList(items, and);
  // A list that is a sentence's subject takes a plural verb when it names more than one.
  const agree = (items: string[]) => (items.length > 1 ? 'several' : undefined);
  // "the only dimension with data" is said of exactly one; otherwise plural forms by count.
  // When the weights leave some dimensions out, those left are "the dimensions the weights
  // keep" (`kept` contexts): the others have data too, and the country has more of them.
  const kept = [undefined, 'keptOnly', 'keptBoth', 'kept'] as const;
  // What is left out, and why, in one parenthesis: "(no data for digital; security excluded by
  // weights)"; the only dimension's own parenthesis takes it after its name: "(economic;
  // security excluded by weights)".
  const notes = [
    missing.length > 0 ? t('headline.missing', { list: list(missing) }) : '',
    excluded.length > 0 ? t('headline.excludedPart', { list: list(excluded) }) : '',
  ]
    .filter(Boolean)
    .join('; ');
  let notesSaid = false;
  const all = (key: keyof typeof CHINA_RUSSIA, items: string[]) => {
    notesSaid = total === 1 && notes !== '';
    return named(key, {
      country,
      count: total,
      context: excluded.length > 0 ? kept[Math.min(total, 3)] : total === 1 ? 'only' : undefined,
      list: notesSaid ? `${list(items)}; ${notes}` : list(items),
    });
  };
  const parts: string[] = [];
  let undecidedSaid = false;

  if (positive.length === total) {
    parts.push(all('allPositive', positive));
  } else if (negative.length === total) {
    parts.push(all('allNegative', negative));
  } else if (balanced.length === total) {
    parts.push(all('allBalanced', balanced));
  } else if (uncertain.length === total) {
    parts.push(all('allUncertain', uncertain));
  } else if (positive.length === 0 && negative.length === 0) {
    // Only balanced and too-close dimensions: no clear lean anywhere.
    parts.push(
      t('headline.noneClear', {
        country,
        uncertain: list(uncertain),
        balanced: list(balanced),
      }),
    );
    undecidedSaid = true;
  } else if (positive.length > negative.length) {
    parts.push(named('mostlyPositive', { country, n: positive.length, total, count: total }));
    if (negative.length > 0)
      parts.push(named('stillNegative', { list: list(negative), context: agree(negative) }));
  } else if (negative.length > positive.length) {
    parts.push(named('mostlyNegative', { country, n: negative.length, total, count: total }));
    if (positive.length > 0)
      parts.push(named('alreadyPositive', { list: list(positive), context: agree(positive) }));
  } else {
    // As many lean each way (at least one each: the cases without a lean are handled above).
    parts.push(
      named('split', {
        country,
        positiveList: list(positive),
        negativeList: list(negative),
        context: agree(positive),
      }),
    );
  }
  const allOneWay =
    positive.length === total ||
    negative.length === total ||
    balanced.length === total ||
    uncertain.length === total;
  if (!allOneWay && !undecidedSaid && uncertain.length > 0)
    parts.push(t('headline.uncertainPart', { list: list(uncertain), context: agree(uncertain) }));
  if (!allOneWay && !undecidedSaid && balanced.length > 0)
    parts.push(t('headline.balancedPart', { list: list(balanced), context: agree(balanced) }));
  if (notes && !notesSaid) parts.push(t('headline.notes', { notes }));
  return `${parts.join('')}.`;
}
