// Anchors of the methodology view: the table of contents and source links point at these.

export const SECTION_IDS = {
  measured: 'methodology-measured',
  formulas: 'methodology-formulas',
  reading: 'methodology-reading',
  indicators: 'methodology-indicators',
  weights: 'methodology-weights',
  mix: 'methodology-mix',
  evidence: 'methodology-evidence',
  context: 'methodology-context',
  sources: 'methodology-sources',
  caveats: 'methodology-caveats',
  data: 'methodology-data',
} as const;

export type SectionKey = keyof typeof SECTION_IDS;

/** The in-page anchor of a source in the sources list. */
export const sourceAnchor = (id: string) =>
  `methodology-source-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The heading of one caveat, which also names the lists under it. */
export const caveatHeadingId = (name: string) => `methodology-caveat-${name}`;
