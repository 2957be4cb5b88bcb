import type { Root, Sentence as SentenceNode, Word as WordNode, Paragraph as ParagraphNode } from 'nlcst';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { isHyphen, wordKey } from './normalise.js';
import { findQuotes } from './quotes.js';
import type { Span } from './spans.js';

/**
 * Everything about one block that depends only on its text, so that it can be cached by text. The
 * nlcst tree itself is not kept: holding thousands of trees alive makes every garbage collection
 * slower, and rules read the index, not the tree (`ParsedNote.tree` parses again on demand).
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
 * Parses one block and reads its units and sentences, with offsets already placed in the note
 * (`base`) so that a note linted once, as in bulk, never copies them.
 */
export function analyseBlock(text: string, base = 0, firstSentence = 0): BlockAnalysis {
  const tree = parse(text);
  const reader: BlockReader = { text, base, firstSentence, units: [], sentences: [] };
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as ParagraphNode).children) {
      if (sentence.type !== 'SentenceNode') continue;
      collectSentence(reader, sentence as SentenceNode);
    }
  }
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
}

function collectSentence(reader: BlockReader, sentence: SentenceNode): void {
  const { units, sentences, base } = reader;
  const children = sentence.children;
  let sentenceStart = sentence.position!.start.offset!;
  let firstUnit = units.length;
  // A phrase may run across white space between words, never across punctuation.
  let last: 'word' | 'space-after-word' | 'other' = 'other';
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'WordNode') {
      collectWord(reader, child, reader.firstSentence + sentences.length, last === 'space-after-word');
      last = 'word';
      if (endsSentenceAfterNumber(children, i)) {
        const end = child.position!.end.offset!;
        sentences.push({ start: base + sentenceStart, end: base + end, firstUnit, endUnit: units.length });
        sentenceStart = children[i + 2]!.position!.start.offset!;
        firstUnit = units.length;
        last = 'other';
      }
    } else if (child.type === 'WhiteSpaceNode') {
      last = last === 'other' ? 'other' : 'space-after-word';
    } else {
      last = 'other';
    }
  }
  sentences.push({ start: base + sentenceStart, end: base + sentence.position!.end.offset!, firstUnit, endUnit: units.length });
}

/**
 * parse-english keeps "They are 4 and 9. Dad works." as one sentence, reading "9." as an ordinal.
 * In a case note a number, a full stop, a space and a capital letter end a sentence.
 */
function endsSentenceAfterNumber(children: SentenceNode['children'], index: number): boolean {
  const word = children[index] as WordNode;
  const parts = word.children;
  if (parts.length !== 2) return false;
  const [number, stop] = parts as [WordNode['children'][number], WordNode['children'][number]];
  if (number.type !== 'TextNode' || !/^\d+$/.test(number.value) || stop.type !== 'PunctuationNode' || stop.value !== '.') return false;
  const space = children[index + 1];
  const next = children[index + 2];
  if (space?.type !== 'WhiteSpaceNode' || next?.type !== 'WordNode') return false;
  const first = next.children[0];
  return first?.type === 'TextNode' && /^\p{Lu}/u.test(first.value);
}

/** A word becomes one unit, or one per part when it is hyphenated ("wheelchair-bound"). */
function collectWord(reader: BlockReader, word: WordNode, sentence: number, joined: boolean): void {
  const children = word.children;
  const last = children.length - 1;
  let partStart = -1;
  let partEnd = -1;
  let first = true;
  for (let i = 0; i <= last; i++) {
    const child = children[i]!;
    if (child.type === 'PunctuationNode') {
      const value = child.value;
      const hyphen = isHyphen(value);
      if (hyphen || (value === '.' && i === last && partStart >= 0)) {
        if (partStart >= 0) pushUnit(reader, partStart, partEnd, !hyphen, first ? joined : true, !first, sentence);
        if (partStart >= 0) first = false;
        partStart = -1;
        continue;
      }
    }
    if (partStart < 0) partStart = child.position!.start.offset!;
    partEnd = child.position!.end.offset!;
  }
  if (partStart >= 0) pushUnit(reader, partStart, partEnd, false, first ? joined : true, !first, sentence);
}

function pushUnit(reader: BlockReader, start: number, end: number, dotted: boolean, joined: boolean, inWord: boolean, sentence: number): void {
  const text = reader.text.slice(start, end);
  reader.units.push({ key: wordKey(text), text, start: reader.base + start, end: reader.base + end, dotted, joined, inWord, sentence, quoted: false });
}

function markQuoted(units: BlockUnit[], quotes: Span[]): void {
  let q = 0;
  for (const unit of units) {
    while (q < quotes.length && quotes[q]!.end <= unit.start) q++;
    if (q < quotes.length && quotes[q]!.start <= unit.start) unit.quoted = true;
  }
}
