import type { Root, Sentence as SentenceNode, Word as WordNode, Paragraph as ParagraphNode } from 'nlcst';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { isHyphen, wordKey } from './normalise.js';
import { findQuotes, type Span } from './quotes.js';

/**
 * Everything about one block that depends only on its text, so that it can be cached by text. The
 * nlcst tree itself is not kept: holding thousands of trees alive makes every garbage collection
 * slower, and rules read the index, not the tree (`ParsedNote.tree` parses again on demand).
 */
export interface BlockAnalysis {
  /** Units with offsets relative to the block; `sentence` relative to the block's first sentence. */
  units: BlockUnit[];
  sentences: { start: number; end: number; firstUnit: number; endUnit: number }[];
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

export function analyseBlock(text: string): BlockAnalysis {
  const tree = parse(text);
  const units: BlockUnit[] = [];
  const sentences: BlockAnalysis['sentences'] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as ParagraphNode).children) {
      if (sentence.type !== 'SentenceNode') continue;
      collectSentence(text, sentence as SentenceNode, units, sentences);
    }
  }
  const quotes = findQuotes(text);
  markQuoted(units, quotes);
  return { units, sentences, quotes };
}

function collectSentence(
  text: string,
  sentence: SentenceNode,
  units: BlockUnit[],
  sentences: BlockAnalysis['sentences'],
): void {
  const children = sentence.children;
  let sentenceStart = sentence.position!.start.offset!;
  let firstUnit = units.length;
  // A phrase may run across white space between words, never across punctuation.
  let last: 'word' | 'space-after-word' | 'other' = 'other';
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'WordNode') {
      collectWord(text, child, sentences.length, last === 'space-after-word', units);
      last = 'word';
      if (endsSentenceAfterNumber(children, i)) {
        const end = child.position!.end.offset!;
        sentences.push({ start: sentenceStart, end, firstUnit, endUnit: units.length });
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
  sentences.push({ start: sentenceStart, end: sentence.position!.end.offset!, firstUnit, endUnit: units.length });
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
function collectWord(text: string, word: WordNode, sentence: number, joined: boolean, units: BlockUnit[]): void {
  const children = word.children;
  let partStart = -1;
  let partEnd = -1;
  let first = true;
  const flush = (dotted: boolean) => {
    if (partStart < 0) return;
    const partText = text.slice(partStart, partEnd);
    units.push({
      key: wordKey(partText),
      text: partText,
      start: partStart,
      end: partEnd,
      dotted,
      joined: first ? joined : true,
      inWord: !first,
      sentence,
      quoted: false,
    });
    first = false;
    partStart = -1;
  };
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const start = child.position!.start.offset!;
    const end = child.position!.end.offset!;
    if (child.type === 'PunctuationNode') {
      const value = child.value;
      if (isHyphen(value)) {
        flush(false);
        continue;
      }
      if (value === '.' && i === children.length - 1 && partStart >= 0) {
        flush(true);
        continue;
      }
    }
    if (partStart < 0) partStart = start;
    partEnd = end;
  }
  flush(false);
}

function markQuoted(units: BlockUnit[], quotes: Span[]): void {
  let q = 0;
  for (const unit of units) {
    while (q < quotes.length && quotes[q]!.end <= unit.start) q++;
    if (q < quotes.length && quotes[q]!.start <= unit.start) unit.quoted = true;
  }
}
