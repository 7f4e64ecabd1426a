// The two texts whose words the data set quotes: the Ifri report (its section headings, as
// printed) and the research notes (shared/data-notes.md, its sections). Tests find every
// quotation in these texts.

/** Id of the Ifri report among the sources. */
export const REPORT_SOURCE_ID = 'ifri-2026';
/** The report has 41 footnotes. */
export const REPORT_FOOTNOTE_COUNT = 41;

/** The report's section headings, in order, exactly as printed. */
export const REPORT_SECTIONS = [
  'Abstract',
  'Introduction',
  'From investment to structural dependence',
  "The evolution of China's security strategy in Central Asia",
  'Stabilizing Xinjiang and the architecture of the "Shanghai Five" (1990s–early 2000s)',
  "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
  'The commercialization of security',
  'Arms exports and the training of military elites',
  "The technological dimension of China's security presence (2022–present)",
  'Digital securitization',
  'BeiDou satellite navigation',
  'Monopoly in the telecommunications sector',
  'The contours of competition with Russia',
  'A delicate balance',
  'Conclusion',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The research notes' sections (shared/data-notes.md, "## …" headings). */
export const NOTES_SECTIONS = [
  'Economic',
  'Infrastructure and energy',
  'Digital',
  'Security',
  'Not found (code as a judgement, with a range and a note)',
] as const;
export type NotesSection = (typeof NOTES_SECTIONS)[number];

/** Where the texts are, relative to the repository root (the shared folder sits beside it). */
export const REPORT_TEXT_PATH = '../shared/seed/000_bcbde2a087469955.txt';
export const NOTES_TEXT_PATH = '../shared/data-notes.md';
