// The one-sentence headline of a country ("Tajikistan leans to China in 3 of 4 dimensions;
// security still leans to Russia."). Pure: the words come from a translation function, so the
// same logic writes English and Russian.
import type { Dimension, TiltDimension } from '@/model';

/** |tilt| below this many points counts as balanced: neither partner leads. */
export const BALANCE_THRESHOLD = 0.5;

/** Which way a tilt leans: positive = to the tilt pair's first partner (China). */
export type Lean = 'positive' | 'negative' | 'balanced' | 'none';

export function tiltLean(tilt: number | null | undefined): Lean {
  if (tilt === null || tilt === undefined || Number.isNaN(tilt)) return 'none';
  if (Math.abs(tilt) < BALANCE_THRESHOLD) return 'balanced';
  return tilt > 0 ? 'positive' : 'negative';
}

/** A translation function bound to the namespace that holds the `headline.*` messages. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "a", "a and b", "a, b and c" with the language's word for "and". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export interface HeadlineInput {
  /** the country's name as it starts a sentence */
  country: string;
  /** the country's tilts; the `overall` one is ignored (the headline counts dimensions) */
  tilts: readonly { dimension: TiltDimension; tilt: number | null }[];
  /** each dimension's name as it reads inside a sentence (lower case) */
  dimensionNames: Record<Dimension, string>;
  /** messages: headline.noData, allChina, allRussia, allBalanced, mostlyChina, mostlyRussia,
   * split, stillRussia, alreadyChina, balancedPart, missing, and */
  t: Translate;
}

/** The headline sentence, ending with a full stop. */
export function headline({ country, tilts, dimensionNames, t }: HeadlineInput): string {
  const dims = tilts.filter(
    (x): x is { dimension: Dimension; tilt: number | null } => x.dimension !== 'overall',
  );
  const and = t('headline.and');
  const names = (lean: Lean) =>
    dims.filter((x) => tiltLean(x.tilt) === lean).map((x) => dimensionNames[x.dimension]);
  const positive = names('positive');
  const negative = names('negative');
  const balanced = names('balanced');
  const missing = names('none');
  const total = positive.length + negative.length + balanced.length;

  if (total === 0) return `${t('headline.noData', { country })}.`;

  const list = (items: string[]) => joinList(items, and);
  const all = (key: string, items: string[]) =>
    t(key, { country, count: total, list: list(items) });
  const parts: string[] = [];

  if (positive.length === total) {
    parts.push(all('headline.allChina', positive));
  } else if (negative.length === total) {
    parts.push(all('headline.allRussia', negative));
  } else if (balanced.length === total) {
    parts.push(all('headline.allBalanced', balanced));
  } else if (positive.length > negative.length) {
    parts.push(t('headline.mostlyChina', { country, n: positive.length, total }));
    if (negative.length > 0)
      parts.push(t('headline.stillRussia', { list: list(negative), count: negative.length }));
  } else if (negative.length > positive.length) {
    parts.push(t('headline.mostlyRussia', { country, n: negative.length, total }));
    if (positive.length > 0)
      parts.push(t('headline.alreadyChina', { list: list(positive), count: positive.length }));
  } else {
    // As many lean each way (at least one each: the all-balanced case is handled above).
    parts.push(
      t('headline.split', {
        country,
        china: list(positive),
        russia: list(negative),
        count: positive.length,
      }),
    );
  }
  const allOneWay =
    positive.length === total || negative.length === total || balanced.length === total;
  if (!allOneWay && balanced.length > 0)
    parts.push(t('headline.balancedPart', { list: list(balanced), count: balanced.length }));
  if (missing.length > 0) parts.push(t('headline.missing', { list: list(missing) }));
  return `${parts.join('')}.`;
}
