import { printable } from '../printable.js';

/** Longest flagged text quoted in a line of stylish or github output, in characters. */
export const EXCERPT_WIDTH = 40;

/**
 * The flagged text as a short quotation for one line of output (`"No concerns"`), so that a reader sees
 * what was flagged without opening the note: white space (line breaks too) collapsed to one space, cut at a
 * word to EXCERPT_WIDTH characters with "…", and every control, bidi or separator character left shown as
 * an escape (printable). Empty when there is no excerpt: --redact has removed it.
 */
export function quotedExcerpt(excerpt: string, width = EXCERPT_WIDTH): string {
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  if (flat === '') return '';
  const characters = [...flat];
  if (characters.length <= width) return `"${printable(flat)}"`;
  let cut = characters.slice(0, width - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= width / 2) cut = cut.slice(0, space);
  return `"${printable(cut.replace(/[\s,;:.]+$/, ''))}…"`;
}
