import type { Span } from './spans.js';

const OPENING_CONTEXT = /[\s([{\u201C"\u2014\u2013-]/;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u201D"\u2014\u2013-]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const QUOTE_MARK = /["'\u201C\u201D\u2018\u2019]/g;

/**
 * Finds quoted speech in one paragraph: a child's or parent's own words are not the writer's
 * language, so lexical rules skip them. Linear in the paragraph's length.
 *
 * Double quotes (straight or curly) pair up; single quotes count only at word edges, so the
 * apostrophes of "didn't" and "parents' house" are not taken for quotation marks.
 */
export function findQuotes(text: string, base = 0): Span[] {
  const spans: Span[] = [];
  let doubleOpen = -1;
  let singleOpen = -1;
  // Jump from quotation mark to quotation mark instead of testing every character.
  QUOTE_MARK.lastIndex = 0;
  for (let found = QUOTE_MARK.exec(text); found; found = QUOTE_MARK.exec(text)) {
    const i = found.index;
    const char = found[0];
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = i + 1 >= text.length ? ' ' : text[i + 1]!;
    const opensHere = OPENING_CONTEXT.test(before) && !/\s/.test(after);
    const closesHere = !/\s/.test(before) && CLOSING_CONTEXT.test(after);
    if (char === '\u201C' || (char === '"' && doubleOpen < 0 && opensHere)) {
      if (doubleOpen < 0) doubleOpen = i;
      continue;
    }
    if (char === '\u201D' || char === '"') {
      if (doubleOpen >= 0) {
        spans.push({ start: base + doubleOpen, end: base + i + 1 });
        doubleOpen = -1;
        singleOpen = -1;
      }
      continue;
    }
    // Single quotation marks: never inside a word, where they are apostrophes.
    if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) continue;
    if (singleOpen < 0 && (char === '\u2018' || char === "'") && opensHere && LETTER_OR_DIGIT.test(after)) {
      singleOpen = i;
      continue;
    }
    if (singleOpen >= 0 && (char === '\u2019' || char === "'") && closesHere) {
      if (doubleOpen < 0) spans.push({ start: base + singleOpen, end: base + i + 1 });
      singleOpen = -1;
    }
  }
  return spans;
}
