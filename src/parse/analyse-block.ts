import type { Root } from 'nlcst';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { isHyphenCode, wordKey } from './normalise.js';
import { PUNCTUATION, TEXT, WHITE_SPACE, WORD, tokenizeEnglish, type Token } from './tokenize-english.js';
import { findQuotes } from './quotes.js';
import type { Span } from './spans.js';

/**
 * Everything about one block that depends only on its text, so that it can be cached by text. Rules
 * read this index, not the nlcst tree, which is built only when `ParsedNote.tree` is asked for.
 */
export interface BlockAnalysis {
  /** Where the block started in the note and how many sentences came before it, when analysed. */
  base: number;
  firstSentence: number;
  /** Units with offsets into the note text and sentence indexes into the note's sentences. */
  units: BlockUnit[];
  /** Offsets into the note text; unit indexes relative to the block. */
  sentences: { start: number; end: number; firstUnit: number; endUnit: number }[];
  /** Offsets into the note text. */
  quotes: Span[];
}

/**
 * Each word as written, with its key, by its text: units of the same word share two strings instead
 * of each making its own, and the key is worked out once. A table lives as long as its linter; kept
 * strings are older than the note being read, which also spares the garbage collector on long notes.
 */
export type WordTable = Map<string, { text: string; key: string }>;

export interface BlockUnit {
  key: string;
  text: string;
  start: number;
  end: number;
  dotted: boolean;
  joined: boolean;
  inWord: boolean;
  sentence: number;
  quoted: boolean;
}

const processor = unified().use(retextEnglish).freeze();
// The processor's own parser, called without wrapping each paragraph in a VFile first.
const parse = processor.parser as unknown as (text: string) => Root;

/** The nlcst tree of one block, positions relative to the block. */
export function parseBlock(text: string): Root {
  return parse(text);
}

/**
 * Reads one block's units and sentences, with offsets already placed in the note (`base`) so that a
 * note linted once, as in bulk, never copies them. The sentences are retext-english's, read from the
 * flat tokenizer that gives the same result without building the tree.
 */
export function analyseBlock(text: string, base = 0, firstSentence = 0, words: WordTable = new Map()): BlockAnalysis {
  return analyseSentences(text, tokenizeEnglish(text), base, firstSentence, words);
}

/** The analysis of a block from its sentences, however they were parsed. */
export function analyseSentences(text: string, parsed: Token[], base = 0, firstSentence = 0, words: WordTable = new Map()): BlockAnalysis {
  const reader: BlockReader = { text, base, firstSentence, units: [], sentences: [], words };
  for (const sentence of parsed) collectSentence(reader, sentence);
  const quotes = findQuotes(text, base);
  markQuoted(reader.units, quotes);
  return { base, firstSentence, units: reader.units, sentences: reader.sentences, quotes };
}

/** A copy of an analysis for the block at another place in the note (an editor inserted text above it). */
export function moveAnalysis(analysis: BlockAnalysis, base: number, firstSentence: number): BlockAnalysis {
  const shift = base - analysis.base;
  const sentenceShift = firstSentence - analysis.firstSentence;
  return {
    base,
    firstSentence,
    units: analysis.units.map((unit) => ({
      key: unit.key,
      text: unit.text,
      start: unit.start + shift,
      end: unit.end + shift,
      dotted: unit.dotted,
      joined: unit.joined,
      inWord: unit.inWord,
      sentence: unit.sentence + sentenceShift,
      quoted: unit.quoted,
    })),
    sentences: analysis.sentences.map((sentence) => ({ ...sentence, start: sentence.start + shift, end: sentence.end + shift })),
    quotes: analysis.quotes.map((quote) => ({ start: quote.start + shift, end: quote.end + shift })),
  };
}

interface BlockReader {
  text: string;
  base: number;
  firstSentence: number;
  units: BlockUnit[];
  sentences: BlockAnalysis['sentences'];
  words: WordTable;
}

function collectSentence(reader: BlockReader, sentence: Token): void {
  const { units, sentences, base } = reader;
  const children = sentence.children!;
  let sentenceStart = sentence.start;
  let firstUnit = units.length;
  // A phrase may run across white space between words, never across punctuation.
  let last: 'word' | 'space-after-word' | 'other' = 'other';
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.kind === WORD) {
      collectWord(reader, child, reader.firstSentence + sentences.length, last === 'space-after-word');
      last = 'word';
      if (endsSentenceAfterNumber(reader.text, children, i)) {
        sentences.push({ start: base + sentenceStart, end: base + child.end, firstUnit, endUnit: units.length });
        sentenceStart = children[i + 2]!.start;
        firstUnit = units.length;
        last = 'other';
      }
    } else if (child.kind === WHITE_SPACE) {
      last = last === 'other' ? 'other' : 'space-after-word';
    } else {
      last = 'other';
    }
  }
  sentences.push({ start: base + sentenceStart, end: base + sentence.end, firstUnit, endUnit: units.length });
}

/**
 * parse-english keeps "They are 4 and 9. Dad works." as one sentence, reading "9." as an ordinal.
 * In a case note a number, a full stop, a space and a capital letter end a sentence.
 */
function endsSentenceAfterNumber(text: string, children: Token[], index: number): boolean {
  const parts = children[index]!.children;
  if (!parts || parts.length !== 2) return false;
  const number = parts[0]!;
  const stop = parts[1]!;
  if (number.kind !== TEXT || stop.kind !== PUNCTUATION || stop.end - stop.start !== 1 || text.charCodeAt(stop.start) !== 46) return false;
  for (let i = number.start; i < number.end; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  const space = children[index + 1];
  const next = children[index + 2];
  if (space?.kind !== WHITE_SPACE || next?.kind !== WORD) return false;
  const first = next.children?.[0] ?? next;
  return (first === next || first.kind === TEXT) && UPPER_CASE_INITIAL.test(text.slice(first.start, first.end));
}

const UPPER_CASE_INITIAL = /^\p{Lu}/u;

/** A word becomes one unit, or one per part when it is hyphenated ("wheelchair-bound"). */
function collectWord(reader: BlockReader, word: Token, sentence: number, joined: boolean): void {
  const children = word.children;
  if (!children) {
    pushUnit(reader, word.start, word.end, false, joined, false, sentence);
    return;
  }
  const text = reader.text;
  const last = children.length - 1;
  let partStart = -1;
  let partEnd = -1;
  let first = true;
  for (let i = 0; i <= last; i++) {
    const child = children[i]!;
    if (child.kind === PUNCTUATION && child.end - child.start === 1) {
      const code = text.charCodeAt(child.start);
      const hyphen = isHyphenCode(code);
      if (hyphen || (code === 46 && i === last && partStart >= 0)) {
        if (partStart >= 0) pushUnit(reader, partStart, partEnd, !hyphen, first ? joined : true, !first, sentence);
        if (partStart >= 0) first = false;
        partStart = -1;
        continue;
      }
    }
    if (partStart < 0) partStart = child.start;
    partEnd = child.end;
  }
  if (partStart >= 0) pushUnit(reader, partStart, partEnd, false, first ? joined : true, !first, sentence);
}

function pushUnit(reader: BlockReader, start: number, end: number, dotted: boolean, joined: boolean, inWord: boolean, sentence: number): void {
  const written = reader.text.slice(start, end);
  let form = reader.words.get(written);
  if (!form) {
    const text = ownCopy(written);
    form = { text, key: wordKey(text) };
    reader.words.set(text, form);
  }
  reader.units.push({ key: form.key, text: form.text, start: reader.base + start, end: reader.base + end, dotted, joined, inWord, sentence, quoted: false });
}

/**
 * A slice of 13 characters or more is a view into the whole note; a table that outlives the note
 * must not keep the note alive through it. Slicing a joined string copies just these characters.
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : `${word} `.slice(0, -1);
}

function markQuoted(units: BlockUnit[], quotes: Span[]): void {
  let q = 0;
  for (const unit of units) {
    while (q < quotes.length && quotes[q]!.end <= unit.start) q++;
    if (q < quotes.length && quotes[q]!.start <= unit.start) unit.quoted = true;
  }
}
