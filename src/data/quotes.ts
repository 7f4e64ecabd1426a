// Finding a quotation in the text it claims to come from. Pure: the texts are passed in (the
// tests read them from shared/). Comparison ignores whitespace, typographic quote marks,
// Markdown emphasis and escapes, and the report's superscript footnote markers; a quotation
// may leave words out with " … " between fragments, which must then occur in order.

/** Superscript digits: the report's footnote markers. */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const PARAGRAPH = '¶';

/** Text as compared: one space between words, straight quotes, paragraphs as "¶". */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\\([$()[\]*_])/g, '$1')
    .replace(/\*\*?/g, '')
    .replace(/[“”«»„″]/g, '"')
    .replace(/[‘’‚′`]/g, "'")
    .replace(/\u00a0/g, ' ')
    .replace(/\n[ \t]*\n\s*/g, ` ${PARAGRAPH} `)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quotation's fragments, normalised: "a … b" → ["a", "b"]. */
export function quoteFragments(quote: string): string[] {
  return normaliseText(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

export type QuoteMatch =
  | {
      ok: true;
      /** the footnote marker that ends the sentence the quotation ends in, if any */
      footnoteAfter: number | null;
      /** the first footnote marker after the quotation before its paragraph ends, if any */
      footnoteInParagraph: number | null;
    }
  | { ok: false; reason: string };

const SENTENCE_END = '.?!';
const CLOSERS = '"\')]';

function markerAt(text: string, at: number): number {
  let run = '';
  for (let i = at; i < text.length && SUPERSCRIPT.includes(text[i]!); i++) run += text[i];
  return superscriptNumber(run);
}

function superscriptNumber(run: string): number {
  let n = 0;
  for (const ch of run) n = n * 10 + SUPERSCRIPT.indexOf(ch);
  return n;
}

/**
 * Finds a quotation in a text. Markers are ignored while matching; after the last fragment,
 * the footnote marker of its sentence (one before the sentence's end, or right after its full
 * stop and closing quote marks) is reported: a marker belongs to the sentence it ends.
 */
export function findQuote(text: string, quote: string): QuoteMatch {
  const normal = normaliseText(text);
  // The text without markers, with a map from its positions back to `normal`.
  let bare = '';
  const back: number[] = [];
  for (let i = 0; i < normal.length; i++) {
    if (SUPERSCRIPT.includes(normal[i]!)) continue;
    bare += normal[i];
    back.push(i);
  }
  const fragments = quoteFragments(quote);
  if (fragments.length === 0) return { ok: false, reason: 'the quotation is empty' };
  let from = 0;
  let end = -1;
  for (const fragment of fragments) {
    if (fragment.includes(PARAGRAPH))
      return { ok: false, reason: 'a fragment runs across paragraphs: split it with " … "' };
    const at = bare.indexOf(fragment, from);
    if (at < 0) return { ok: false, reason: `not found: "${fragment.slice(0, 80)}"` };
    from = at + fragment.length;
    end = back[from - 1]! + 1;
  }
  // The paragraph's next marker: a footnote at a paragraph's end may cover its earlier sentences.
  let footnoteInParagraph: number | null = null;
  for (let i = end; i < normal.length; i++) {
    if (normal[i] === PARAGRAPH) break;
    if (SUPERSCRIPT.includes(normal[i]!)) {
      footnoteInParagraph = markerAt(normal, i);
      break;
    }
  }
  // A footnote marker belongs to the sentence it ends: look for one before this sentence ends.
  let footnoteAfter: number | null = null;
  // A quotation that ends with its sentence's full stop: look right after that stop.
  const start = end > 0 && SENTENCE_END.includes(normal[end - 1]!) ? end - 1 : end;
  for (let i = start; i < normal.length; i++) {
    const ch = normal[i]!;
    if (ch === PARAGRAPH) break;
    if (SUPERSCRIPT.includes(ch)) {
      footnoteAfter = markerAt(normal, i);
      break;
    }
    if (SENTENCE_END.includes(ch) && !/\d/.test(normal[i + 1] ?? '')) {
      // The sentence ends here; a marker may follow its closing quote marks and brackets.
      let j = i + 1;
      while (j < normal.length && CLOSERS.includes(normal[j]!)) j++;
      if (j < normal.length && SUPERSCRIPT.includes(normal[j]!))
        footnoteAfter = markerAt(normal, j);
      break;
    }
  }
  return { ok: true, footnoteAfter, footnoteInParagraph };
}

/**
 * Splits a text into sections at the given headings, each a line of its own (the first line
 * that matches after the previous heading's). Text before the first heading is dropped.
 */
export function splitSections(text: string, headings: readonly string[]): Map<string, string> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const clean = (line: string) => normaliseText(line.replace(/^#+\s*/, ''));
  const sections = new Map<string, string>();
  let current: string | null = null;
  let buffer: string[] = [];
  let next = 0;
  for (const line of lines) {
    const heading = headings[next];
    if (heading !== undefined && clean(line) === normaliseText(heading)) {
      if (current !== null) sections.set(current, buffer.join('\n'));
      current = heading;
      buffer = [];
      next++;
      continue;
    }
    if (current !== null) buffer.push(line);
  }
  if (current !== null) sections.set(current, buffer.join('\n'));
  return sections;
}
