import { wordKey } from '../parse/normalise.js';
import { inflections } from './inflections.js';
import { PHRASE_SLOTS } from './phrase-slots.js';

/**
 * The pattern language of word-list entries, so that one entry describes a phrase and its variants
 * instead of listing each wording:
 *
 *   put~ {reflexive} [at|in] (risk|danger)
 *
 *   word      a word; hyphens and spaces are alike, as in the note ("attention-seeking")
 *   word~     the word and its inflections: puts, put, putting ("engage~" gives engaged, engaging)
 *   (a|b c)   one of the alternatives, each a sequence of words
 *   [a|b]     optional: one of the alternatives, or nothing
 *   {slot}    one word of a kind: {reflexive}, {pronoun}, {possessive}, {person}, {be}, {have},
 *             {number}, {any} (see phrase-slots.ts)
 *   <words>   the part reported; the rest must be there but is context: "(room|house) [was] <a tip>"
 *             flags "a tip", and only where it is said of a room or a house
 *
 * A pattern expands to fixed word sequences at compile time (slots stay as slots), so matching costs
 * the same as for a plain phrase.
 */
export type PatternStep = { word: string } | { slot: string };
/**
 * A step of a compiled pattern: a word, a slot, or one word of a set (the one-word alternatives of a
 * group, or a word's inflections), which the matcher follows as one edge instead of one per word.
 */
export type CompiledStep = PatternStep | { oneOf: ReadonlySet<string> };
export type CompiledSequence = readonly CompiledStep[] & { readonly focus?: readonly [number, number] };
export type PatternSequence = readonly PatternStep[] & {
  /** The reported part, as step indexes [start, end), when the pattern marks one with <…>. */
  readonly focus?: readonly [number, number];
};

/** Where a <…> part starts and ends while a pattern is expanded; removed before a sequence is returned. */
type Step = CompiledStep | { focus: 'start' | 'end' };

export class PatternError extends Error {
  override name = 'PatternError';
}

/** How many word sequences one pattern may stand for: a typo such as nested options should not compile into millions. */
export const MAX_EXPANSIONS = 4096;

const SPECIAL = /[()[\]{}|~<>]/;

/** True when the phrase uses the pattern language; plain phrases take the cheaper path. */
export function isPattern(phrase: string): boolean {
  return SPECIAL.test(phrase);
}

/** The word sequences a pattern stands for, in order. Throws PatternError naming what is wrong. */
export function expandPattern(pattern: string): PatternSequence[] {
  return parse(pattern, false) as PatternSequence[];
}

/**
 * The pattern as the matcher compiles it: the same phrases as expandPattern, with the one-word
 * alternatives of each group (and a word's inflections) kept together as one step, so that
 * "(concerns|worries|allegations) (were|have been) (raised|reported)" is 2 sequences and not 12.
 */
export function compilePattern(pattern: string): CompiledSequence[] {
  return parse(pattern, true);
}

function parse(pattern: string, grouped: boolean): CompiledSequence[] {
  const parser = new Parser(pattern, grouped);
  const sequences = parser.sequence().map((steps) => withFocus(steps, parser));
  if (parser.position < pattern.length) parser.fail(`unexpected "${pattern[parser.position]}"`);
  if (parser.focusMarks !== 0 && parser.focusMarks !== 2) parser.fail('"<" and ">" mark one reported part');
  const nonEmpty = sequences.filter((sequence) => sequence.length > 0);
  if (nonEmpty.length === 0) parser.fail('it matches no words');
  if (nonEmpty.some((sequence) => sequence.every((step) => 'slot' in step && step.slot === 'any'))) {
    parser.fail('a pattern needs at least one word or slot other than {any}');
  }
  return nonEmpty;
}

/** The steps without the focus marks, with the focus as step indexes. */
function withFocus(steps: readonly Step[], parser: Parser): CompiledSequence {
  const words: CompiledStep[] = [];
  let start: number | undefined;
  let end: number | undefined;
  for (const step of steps) {
    if ('focus' in step) {
      if (step.focus === 'start') start = words.length;
      else end = words.length;
    } else words.push(step);
  }
  if (start === undefined || end === undefined) return words;
  if (end <= start) parser.fail('the reported part <…> holds no words');
  return Object.assign(words, { focus: [start, end] as const });
}

class Parser {
  position = 0;
  focusMarks = 0;
  private inFocus = false;
  private depth = 0;
  constructor(
    private readonly text: string,
    /** Keep one-word alternatives together as one step (compilePattern). */
    private readonly grouped = false,
  ) {}

  fail(problem: string): never {
    throw new PatternError(`pattern "${this.text}": ${problem}`);
  }

  /** Elements up to a closing bracket or "|": the product of each element's alternatives. */
  sequence(): Step[][] {
    let sequences: Step[][] = [[]];
    for (;;) {
      this.skipSeparators();
      const char = this.text[this.position];
      if (char === undefined || char === ')' || char === ']' || char === '|') return sequences;
      const options = this.element();
      const product: Step[][] = [];
      for (const head of sequences) for (const tail of options) product.push([...head, ...tail]);
      if (product.length > MAX_EXPANSIONS) this.fail(`it stands for more than ${MAX_EXPANSIONS} phrases; split it into several entries`);
      sequences = product;
    }
  }

  private element(): Step[][] {
    const char = this.text[this.position]!;
    if (char === '<' || char === '>') {
      // The reported part is marked once, at the top level, so every expansion has the same one.
      if ((char === '<') === this.inFocus || this.depth > 0) this.fail(`"${char}" must mark one reported part, outside brackets`);
      this.inFocus = char === '<';
      this.focusMarks++;
      this.position++;
      return [[{ focus: char === '<' ? 'start' : 'end' }]];
    }
    if (char === '(' || char === '[') {
      this.position++;
      this.depth++;
      const close = char === '(' ? ')' : ']';
      const alternatives: Step[][] = [];
      for (;;) {
        alternatives.push(...this.sequence());
        const next = this.text[this.position];
        if (next === '|') {
          this.position++;
          continue;
        }
        if (next !== close) this.fail(`"${char}" is not closed with "${close}"`);
        this.position++;
        this.depth--;
        break;
      }
      if (close === ']') alternatives.push([]);
      else if (alternatives.some((alternative) => alternative.length === 0)) this.fail('an alternative in (…) is empty; use […] for optional words');
      return this.grouped ? groupWords(alternatives) : alternatives;
    }
    if (char === '{') {
      const end = this.text.indexOf('}', this.position);
      if (end < 0) this.fail('"{" is not closed with "}"');
      const slot = this.text.slice(this.position + 1, end).trim();
      if (!Object.hasOwn(PHRASE_SLOTS, slot)) this.fail(`unknown slot {${slot}}; known slots: ${Object.keys(PHRASE_SLOTS).map((name) => `{${name}}`).join(', ')}`);
      this.position = end + 1;
      return [[{ slot }]];
    }
    if (char === '}') this.fail('"}" without "{"');
    let end = this.position;
    while (end < this.text.length && !isSeparator(this.text.charCodeAt(end)) && !SPECIAL.test(this.text[end]!)) end++;
    const word = this.text.slice(this.position, end);
    this.position = end;
    if (this.text[this.position] === '~') {
      this.position++;
      const forms = inflections(word).map((form): Step[] => [{ word: form }]);
      return this.grouped ? groupWords(forms) : forms;
    }
    return [[{ word }]];
  }

  private skipSeparators(): void {
    while (this.position < this.text.length && isSeparator(this.text.charCodeAt(this.position))) this.position++;
  }
}

/** The alternatives with their one-word ones (two or more) merged into one set step, in the first one's place. */
function groupWords(alternatives: Step[][]): Step[][] {
  const single = (alternative: Step[]): string | undefined => {
    const step = alternative[0];
    return alternative.length === 1 && step && 'word' in step ? wordKey(step.word) : undefined;
  };
  const words = new Set<string>();
  for (const alternative of alternatives) {
    const word = single(alternative);
    if (word !== undefined) words.add(word);
  }
  if (words.size < 2) return alternatives;
  const grouped: Step[][] = [];
  let placed = false;
  for (const alternative of alternatives) {
    if (single(alternative) === undefined) grouped.push(alternative);
    else if (!placed) {
      grouped.push([{ oneOf: words }]);
      placed = true;
    }
  }
  return grouped;
}

/** White space and hyphens separate the words of a phrase, as they separate units of the note. */
function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** The words of a sequence joined, slots written as {slot}: the phrase a match reports. */
export function sequenceText(sequence: PatternSequence): string {
  return sequence.map((step) => ('word' in step ? wordKey(step.word) : `{${step.slot}}`)).join(' ');
}
