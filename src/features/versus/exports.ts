// The names of what `/versus` exports: both scenarios in every file name, ASCII only, as the
// image export names its files (src/components/imageExport/fileName.ts).
import { slugify } from '@/components/imageExport/fileName';

/** A side's part of a file name: at most this long, cut at a hyphen. */
const SIDE_LENGTH = 18;

function short(slug: string): string {
  if (slug.length <= SIDE_LENGTH) return slug;
  const cut = slug.slice(0, SIDE_LENGTH);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > 0 ? cut.slice(0, hyphen) : cut;
}

/** `railway-runs-vs-baseline`: both names, short enough for the image's chart part. */
export function pairSlug(nameA: string, nameB: string): string {
  return `${short(slugify(nameA, 'a'))}-vs-${short(slugify(nameB, 'b'))}`;
}

/** `fulcrum-versus-railway-runs-vs-baseline-en.csv` */
export function versusCsvFileName(nameA: string, nameB: string, language: string): string {
  return `fulcrum-versus-${pairSlug(nameA, nameB)}-${slugify(language, 'en')}.csv`;
}
