import * as z from 'zod';
import { type Rule, type Suggestion, type Unit, STANDARD } from '../src/rule-api.js';
import { ENGLISH_IN_CAPITALS, KNOWN_ACRONYMS } from './data/no-uppercase-blocks.js';
import { ACRONYM_WORDS, CAPITALISED_WORDS } from './data/no-acronyms.js';
import { boldSpans } from './lib/bold-markup.js';

const options = z
  .object({
    minWords: z.number().int().min(2).default(2).describe('Upper-case words in a row (acronyms not counted) that make a block.'),
    acronyms: z.array(z.string().min(1)).default([]).describe("More words written in capitals that are not shouting: the team's own acronyms."),
    bold: z.boolean().default(true).describe('Also report bold markup (**…** and __…__).'),
    checkQuotes: z.boolean().default(false).describe('Also report capitals inside quoted speech (a text message quoted as it was sent).'),
  })
  .strict();

type Options = z.infer<typeof options>;

/** The acronyms no-acronyms knows, plus ours, less those that are also English words in capitals. */
const BUILT_IN_ACRONYMS: ReadonlySet<string> = (() => {
  const english = new Set([...ENGLISH_IN_CAPITALS, ...CAPITALISED_WORDS]);
  return new Set([...ACRONYM_WORDS, ...KNOWN_ACRONYMS].filter((word) => !english.has(word)));
})();

const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const UPPER_LETTERS = /\p{Lu}/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

type Kind = 'lower' | 'upper' | 'acronym' | 'letter' | 'other';

interface Block {
  start: number;
  end: number;
  caps: boolean;
  bold: boolean;
  /** The text inside the bold markers, for the suggestion. */
  inner?: { start: number; end: number };
}

interface Run {
  line: number;
  start: number;
  end: number;
  /** Upper-case words that are not acronyms. */
  upper: number;
  /** Words with a letter (upper-case words, acronyms, single capitals such as "I"). */
  letterWords: number;
}

/**
 * Blocks of capitals and bold text, which the standard says are harder to read:
 * - three or more upper-case words in a row on one line (known acronyms such as "CP" or "GP" do not
 *   count towards the three, but do not break a block either);
 * - a whole line in capitals with at least two words, at least one of them not an acronym (a heading
 *   such as "HOME VISIT"; a line that is only "CP" or "GP CAMHS" is not a block);
 * - bold markup, **…** or __…__.
 * A block is reported once, from its first to its last word (bold: with its markers); blocks on
 * adjacent lines, or overlapping (bold capitals), are one block.
 */
export const noUppercaseBlocks: Rule<Options> = {
  meta: {
    id: 'no-uppercase-blocks',
    name: 'No blocks of capitals or bold',
    description: 'Blocks of upper-case words, lines written in capitals, and bold text.',
    severity: 'warning',
    category: 'layout',
    schema: options,
    reference: STANDARD.upperCase,
  },
  check(context) {
    const { index } = context.note;
    const { text, units, lines } = index;
    const { minWords, checkQuotes } = context.options;
    const acronyms = context.options.acronyms.length > 0 ? new Set([...BUILT_IN_ACRONYMS, ...context.options.acronyms]) : BUILT_IN_ACRONYMS;

    // Runs of words that are not lower case, never across a line break.
    const runs: Run[] = [];
    const lineHasLower = new Uint8Array(lines.length);
    let line = 0;
    let run: Run | undefined;
    for (let u = 0; u < units.length; ) {
      let end = u + 1;
      while (end < units.length && units[end]!.inWord) end++;
      const first = units[u]!;
      const last = units[end - 1]!;
      while (line + 1 < lines.length && lines[line + 1]!.start <= first.start) line++;
      const kind: Kind = first.quoted && !checkQuotes ? 'lower' : classify(units, u, end, acronyms);
      if (run && (run.line !== line || kind === 'lower')) {
        runs.push(run);
        run = undefined;
      }
      if (kind === 'lower') {
        lineHasLower[line] = 1;
      } else if (kind !== 'other') {
        run ??= { line, start: first.start, end: last.end, upper: 0, letterWords: 0 };
        run.end = last.end;
        run.letterWords++;
        if (kind === 'upper') run.upper++;
      }
      u = end;
    }
    if (run) runs.push(run);

    const blocks: Block[] = [];
    for (const found of runs) {
      const wholeLine = !lineHasLower[found.line] && found.letterWords >= 2 && found.upper >= 1;
      if (found.upper >= minWords || wholeLine) blocks.push({ start: found.start, end: found.end, caps: true, bold: false });
    }
    if (context.options.bold) {
      for (const { start, text: lineText } of lines) {
        if (!lineText.includes('**') && !lineText.includes('__')) continue;
        for (const { start: from, end: to, marker } of boldSpans(lineText)) {
          // "__" inside a word (snake_case, a file name) is not markup.
          if (marker === '__' && ((from > 0 && WORD_CHAR.test(lineText[from - 1]!)) || (to < lineText.length && WORD_CHAR.test(lineText[to]!)))) continue;
          blocks.push({ start: start + from, end: start + to, caps: false, bold: true, inner: { start: start + from + 2, end: start + to - 2 } });
        }
      }
    }
    if (blocks.length === 0) return;

    for (const block of merge(blocks, text)) {
      context.report({ start: block.start, end: block.end, message: message(block), suggestions: suggestions(block, text) });
    }
  },
};

function classify(units: readonly Unit[], from: number, to: number, acronyms: ReadonlySet<string>): Kind {
  let upper = 0;
  let letters = false;
  for (let i = from; i < to; i++) {
    const word = units[i]!.text;
    // Nearly every word is ASCII: its case is read from character codes, without a regular expression.
    const ascii = asciiCapitals(word);
    if (ascii === HAS_SMALL_LETTER) return 'lower';
    if (ascii !== NOT_ASCII) {
      if (ascii === 0) continue;
      letters = true;
      upper += ascii;
      continue;
    }
    if (HAS_LOWER.test(word)) return 'lower';
    if (!HAS_LETTER.test(word)) continue;
    letters = true;
    upper += word.match(UPPER_LETTERS)?.length ?? 0;
  }
  if (!letters) return 'other';
  // Letters without case (another script) are not capitals.
  if (upper === 0) return 'lower';
  let whole = units[from]!.text;
  for (let i = from + 1; i < to; i++) whole += `-${units[i]!.text}`;
  if (acronyms.has(whole) || (to - from > 1 && units.slice(from, to).every((unit) => acronyms.has(unit.text)))) return 'acronym';
  return upper === 1 ? 'letter' : 'upper';
}

const HAS_SMALL_LETTER = -1;
const NOT_ASCII = -2;

/**
 * For an ASCII word, the number of capitals A-Z (its only letters when it has no a-z), or
 * HAS_SMALL_LETTER once an a-z comes first; NOT_ASCII when another character comes first.
 */
function asciiCapitals(word: string): number {
  let capitals = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) return NOT_ASCII;
    if (code >= 97 && code <= 122) return HAS_SMALL_LETTER;
    if (code >= 65 && code <= 90) capitals++;
  }
  return capitals;
}

/** Sorts blocks and joins those that overlap or are separated only by punctuation and one line break. */
function merge(blocks: Block[], text: string): Block[] {
  blocks.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Block[] = [];
  for (const block of blocks) {
    const previous = merged[merged.length - 1];
    if (previous && (block.start <= previous.end || onlySeparator(text, previous.end, block.start))) {
      if (block.end > previous.end) previous.end = block.end;
      previous.caps ||= block.caps;
      if (block.bold) {
        previous.inner = previous.bold ? undefined : block.inner;
        previous.bold = true;
      }
      continue;
    }
    merged.push({ ...block });
  }
  return merged;
}

function onlySeparator(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char === '\n') breaks++;
    if (breaks > 1 || LETTER_OR_DIGIT.test(char)) return false;
  }
  return true;
}

function message(block: Block): string {
  if (block.caps && block.bold) {
    return 'Bold capitals are harder to read and read as shouting: remove the bold markers, write the words in sentence case, and if something matters, say why in words.';
  }
  if (block.bold) {
    return 'Bold text is harder to read and may be lost when the record is printed or shared: remove the bold markers, and if something matters, say why in words.';
  }
  return 'A block of capital letters is harder to read and reads as shouting: write it in sentence case (keep capitals for names and acronyms), and if something matters, say why in words.';
}

function suggestions(block: Block, text: string): Suggestion[] | undefined {
  if (block.bold && !block.caps && block.inner && block.start === block.inner.start - 2 && block.end === block.inner.end + 2) {
    return [{ message: 'Remove the bold markers', replacement: text.slice(block.inner.start, block.inner.end) }];
  }
  return undefined;
}

export default noUppercaseBlocks;
