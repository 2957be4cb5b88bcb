import * as z from 'zod';
import { type Line, type Rule, STANDARD, readSignOff } from '../src/rule-api.js';
import { ROLES } from './data/roles.js';

const options = z
  .object({
    max: z.number().int().min(1).default(35).describe('Longest sentence, in words, that is not reported.'),
  })
  .strict();

type Options = z.infer<typeof options>;

/** A list item: "- ", "* ", "• ", "1. ", "2) ", "a) ". */
const BULLET = /^\s*(?:[-*\u2022\u2023\u25E6\u2013\u2043]|\d{1,3}[.)]|[a-z][.)])\s+/;
/** A heading or a list line ("Ms Turner (mother)"): at most five words... */
const SHORT_LINE = /^\S+(?: +\S+){0,4}$/;
/** ...with no punctuation at the end... */
const ENDS_WITH_PUNCTUATION = /[.,;!?"\u201D'\u2019-]$/;
/** ...followed by a line that starts with a capital or a digit. */
const STARTS_CAPITALISED = /^\s*[\p{Lu}\d]/u;
const WHITE_SPACE = /\s/;

/**
 * Sentences longer than `max` words (units that are not the second part of a hyphenated word).
 *
 * retext ends a sentence only at terminal punctuation, so a list without full stops, a heading ending
 * in a colon, a short heading, or a sign-off written right under the last line would make one long
 * "sentence". Such a sentence is cut at a line break that starts or ends a list item, follows a line
 * ending in a colon or a heading (at most five words, no punctuation at the end, the next line
 * capitalised), or starts the sign-off, and each part is counted on its own. Line breaks inside ordinary prose
 * (hard-wrapped text) do not cut: that is still one sentence.
 */
export const sentenceLength: Rule<Options> = {
  meta: {
    id: 'sentence-length',
    name: 'Short sentences',
    description: 'Sentences too long to read at once (by default over 35 words).',
    severity: 'info',
    category: 'layout',
    schema: options,
    reference: STANDARD.concise,
  },
  check(context) {
    const { index } = context.note;
    const { max } = context.options;
    const { text, units } = index;
    if (units.length <= max) return;
    // Read (sign-off included) only for the first sentence that may be too long.
    let cuts: number[] | undefined;

    let c = 0;
    const flush = (start: number, end: number, words: number) => {
      if (words <= max) return;
      const span = trim(text, start, end);
      if (!span) return;
      context.report({
        start: span.start,
        end: span.end,
        message: `This sentence is ${words} words long (more than ${max}): split it into shorter sentences of one point each, so that it can be read at once.`,
      });
    };
    for (const sentence of index.sentences) {
      // Cutting never lengthens a part: a sentence of `max` units or fewer has nothing to report. Cuts
      // skipped here lie before the next sentence and are passed over there.
      if (sentence.endUnit - sentence.firstUnit <= max) continue;
      cuts ??= lineCuts(index.lines, signOffStart(index.lines));
      let start = sentence.start;
      let words = 0;
      for (let u = sentence.firstUnit; u < sentence.endUnit; u++) {
        const unit = units[u]!;
        for (; c < cuts.length && cuts[c]! <= unit.start; c++) {
          if (cuts[c]! <= start) continue;
          flush(start, cuts[c]!, words);
          start = cuts[c]!;
          words = 0;
        }
        if (!unit.inWord) words++;
      }
      flush(start, sentence.end, words);
    }
  },
};

/** Where the sign-off starts, when the last lines read as one (a name, a role or a date). */
function signOffStart(lines: readonly Line[]): number {
  const signOff = readSignOff(lines, { roles: ROLES });
  return signOff && (signOff.name || signOff.role || signOff.date) ? signOff.start : Infinity;
}

/** Offsets of line starts where a sentence is cut: list items, lines after a colon, the sign-off. */
function lineCuts(lines: readonly Line[], signOff: number): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    if (BULLET.test(line.text) || BULLET.test(previous.text) || isHeading(previous.text, line.text) || line.end > signOff) {
      cuts.push(line.start);
    }
  }
  return cuts;
}

/** A line ending in a colon, or a short line without punctuation followed by a capitalised line ("Plan", "Home visit"). */
function isHeading(line: string, next: string): boolean {
  const text = line.trim();
  if (text.endsWith(':')) return true;
  return text.length > 0 && !ENDS_WITH_PUNCTUATION.test(text) && SHORT_LINE.test(text) && STARTS_CAPITALISED.test(next);
}

/** The span without surrounding white space and without a leading list marker. */
function trim(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const slice = text.slice(start, end);
  const bullet = BULLET.exec(slice);
  let from = start + (bullet ? bullet[0].length : 0);
  let to = end;
  while (from < to && WHITE_SPACE.test(text[from]!)) from++;
  while (to > from && WHITE_SPACE.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : undefined;
}

export default sentenceLength;
