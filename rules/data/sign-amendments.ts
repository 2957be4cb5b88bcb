/**
 * Headings that start an amendment or an addition to a case note (lower case). See rules/lib/amendments.ts
 * for how a heading is told apart from a sentence that starts with the same words.
 */

/**
 * Words that start an amendment as a label ("Amendment:", "Addition (12/04/2026)", "Correction -"), as
 * the first words of a line with a colon near them ("Addition to the entry of 10/04/2026: ..."), or as a
 * short heading line of their own ("Amendment").
 */
export const AMENDMENT_HEADINGS: readonly string[] = [
  'amendment',
  'addition',
  'addendum',
  'correction',
  'added on',
  'amended on',
  'amended by',
  'added by',
  'late entry',
  'late addition',
];

/**
 * Words that start an amendment only as a dated label: "Updated 04/03 - ...", "Further information
 * (12/03/2025): ...", "Update 04/03/2025:". Without the date they are ordinary section headings
 * ("Update from school:", "Further information:").
 */
export const DATED_AMENDMENT_HEADINGS: readonly string[] = ['updated', 'update', 'further information', 'additional information', 'post script', 'postscript', 'amended', 'added'];
