// The name of a downloaded chart image: `fulcrum-<view>-<chart>-<lang>.<format>`, ASCII only,
// so it survives every file system, mail client and slide tool an analyst passes it through.

export type ImageFormat = 'png' | 'svg';

/** Russian letters in the Latin alphabet (a simplified BGN/PCGN), so a slug never comes out empty. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** The longest a part of the name may be: a title can be a whole sentence. */
export const SLUG_MAX_LENGTH = 40;

/** Lower-case ASCII words joined by hyphens, at most SLUG_MAX_LENGTH long (cut at a hyphen). */
export function slugify(text: string, fallback: string): string {
  // Cyrillic first: NFKD would split й and ё into a letter and a mark.
  const latin = [...text.toLowerCase()]
    .map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch)
    .join('')
    .normalize('NFKD');
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!slug) return fallback;
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut;
}

/** The view part of a name from the address path: `/country/KG` → `country-kg`, `/` → `overview`. */
export function viewSlug(pathname: string): string {
  return slugify(pathname.split('/').filter(Boolean).join('-'), 'overview');
}

export function imageFileName({
  view,
  chart,
  language,
  format,
}: {
  /** the address path of the view (`/country/KG`) */
  view: string;
  /** the chart's id or title */
  chart: string;
  language: string;
  format: ImageFormat;
}): string {
  return `fulcrum-${viewSlug(view)}-${slugify(chart, 'chart')}-${slugify(language, 'en')}.${format}`;
}
