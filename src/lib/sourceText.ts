// How a source is cited, as ordered parts a view renders: the author (if any), the title in
// quotation marks only when the material gives a real one (else the description of what the
// work is), the outlet, the date, and the address — a link for a full URL, or the bare domain
// with a note that the source gives only the domain. Pure, so every view cites alike.
import type { Source } from '@/model';

export type CitationPart =
  | { kind: 'author'; text: string }
  /** a real title, shown in quotation marks; linked when the source has a full URL */
  | { kind: 'title'; text: string; url?: string }
  /** what the work is, when it has no title; linked when the source has a full URL */
  | { kind: 'description'; text: string; url?: string }
  | { kind: 'outlet'; text: string }
  /** ISO date or year; `undated` when the material gives none */
  | { kind: 'date'; text: string; undated: boolean }
  /** only a domain is known */
  | { kind: 'site'; site: string }
  /** a remark beside a real title (e.g. "In Chinese.") */
  | { kind: 'note'; text: string };

/** Quotation marks of each language. */
export const QUOTES: Record<'en' | 'ru', [string, string]> = { en: ['“', '”'], ru: ['«', '»'] };

export function citationParts(source: Source, language: 'en' | 'ru'): CitationPart[] {
  const parts: CitationPart[] = [];
  const author = source.author?.trim();
  if (author) parts.push({ kind: 'author', text: author });
  const description = source.description
    ? (source.description[language] || source.description.en).trim()
    : '';
  const url = source.url;
  if (source.title?.trim()) {
    parts.push(
      url ? { kind: 'title', text: source.title, url } : { kind: 'title', text: source.title },
    );
  } else if (description) {
    parts.push(
      url
        ? { kind: 'description', text: description, url }
        : { kind: 'description', text: description },
    );
  }
  const outlet = source.outlet?.trim();
  if (outlet && outlet !== author) parts.push({ kind: 'outlet', text: outlet });
  if (source.date) parts.push({ kind: 'date', text: source.date, undated: source.date === 'n.d.' });
  if (!url && source.site) parts.push({ kind: 'site', site: source.site });
  if (source.title?.trim() && description) parts.push({ kind: 'note', text: description });
  return parts;
}
