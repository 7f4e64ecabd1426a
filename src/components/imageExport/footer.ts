// The footer stamped into every exported image, as lines of text: what the picture shows and
// where it comes from. The words are the provenance rule's (../provenance.ts); this file only
// orders them and wraps them to the image's width.
import type { Provenance } from '../provenance';

export type FooterLineKind = 'title' | 'scenario' | 'assumption' | 'meta' | 'link';

export interface FooterLine {
  kind: FooterLineKind;
  text: string;
}

/**
 * The footer's lines, in reading order: the chart's title, the scenario line and each
 * assumption that differs from the baseline, the data version and date, the date the image
 * was made, the sources, and the link that reproduces the view.
 */
export function footerLines({
  title,
  provenance,
  sources,
}: {
  title: string;
  provenance: Provenance;
  /** "Sources: …", worded by the provenance messages from the card's own source line */
  sources: string;
}): FooterLine[] {
  const lines: FooterLine[] = [
    { kind: 'title', text: title },
    { kind: 'scenario', text: provenance.scenario },
    ...provenance.assumptions.map((text): FooterLine => ({ kind: 'assumption', text })),
    { kind: 'meta', text: `${provenance.data} · ${provenance.made}` },
    { kind: 'meta', text: sources },
    { kind: 'link', text: provenance.link },
  ];
  return lines.filter((line) => line.text.trim() !== '');
}

/** Collapses runs of white space (a source line read from the page has line breaks). */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Breaks a line into pieces no wider than `maxWidth` as `measure` reckons it: at spaces where
 * it can, else inside a word (a long link). No piece is empty, each fits unless it is a single
 * character, and the pieces hold the text's characters in order, less its white space.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (piece: string) => number,
): string[] {
  const words = normaliseSpace(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    // A word wider than the line on its own is cut where it overflows.
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let take = 1;
      while (take < rest.length && measure(rest.slice(0, take + 1)) <= maxWidth) take += 1;
      lines.push(rest.slice(0, take));
      rest = rest.slice(take);
    }
    current = rest;
  }
  if (current) lines.push(current);
  return lines;
}
