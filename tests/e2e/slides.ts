/**
 * The briefing's slides in order, as their addresses name them: written out here (not read
 * from the app) so a test fails when the deck changes without anyone meaning it to.
 */
export const SLIDES = [
  'overview',
  'KG',
  'TJ',
  'compare',
  'confidence-KG',
  'confidence-TJ',
  'scenario',
  'risks',
];
