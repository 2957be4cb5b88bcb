import type { Root, RootContent } from 'nlcst';
import type { Line, Paragraph, PhraseMatch, Sentence, TextIndex, Unit } from '../types.js';
import { analyseBlock, moveAnalysis, parseBlock, type BlockAnalysis, type WordTable } from './analyse-block.js';
import { splitBlocks } from './blocks.js';
import { LineTable } from './line-table.js';
import type { BlockMatch, PhraseMatcher } from '../engine/phrase-matcher.js';
import { isInside, type Span } from './spans.js';

/** A block's analysis plus the matches of one linter's phrase lists: both depend only on the block's text. */
export interface CachedBlock {
  analysis: BlockAnalysis;
  matches: BlockMatch[];
}

export interface BlockCache {
  get(text: string): CachedBlock | undefined;
  set(text: string, block: CachedBlock): void;
  /** The linter's words, shared by all the notes it reads. */
  readonly words: WordTable;
}

export interface IndexedText {
  index: TextIndex;
  /** Phrase matches by owning rule id, offsets into the note text, in text order. */
  matches: Map<string, PhraseMatch[]>;
  /** The blocks the text was parsed in, for building the nlcst tree on demand. */
  blocks: { start: number; end: number }[];
}

const NO_MATCHER: PhraseMatcher = { size: 0, match: () => [] };

export function indexText(text: string, matcher: PhraseMatcher = NO_MATCHER, cache?: BlockCache): IndexedText {
  const units: Unit[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const quotes: Span[] = [];
  const matches = new Map<string, PhraseMatch[]>();

  const words = cache?.words ?? new Map();
  const blocks = splitBlocks(text);
  for (const block of blocks) {
    const blockText = text.slice(block.start, block.end);
    const base = block.start;
    const firstUnit = units.length;
    const firstSentence = sentences.length;
    let cached = cache?.get(blockText);
    if (!cached) {
      const analysis = analyseBlock(blockText, base, firstSentence, words);
      cached = { analysis, matches: matcher.match(analysis.units) };
      cache?.set(blockText, cached);
    }
    let { analysis } = cached;
    if (analysis.base !== base || analysis.firstSentence !== firstSentence) {
      analysis = moveAnalysis(analysis, base, firstSentence);
      cached.analysis = analysis;
    }
    // One call that copies the block's units, not one call per unit (a block is at most 8,000 characters).
    Array.prototype.push.apply(units, analysis.units);
    for (const sentence of analysis.sentences) {
      sentences.push({
        start: sentence.start,
        end: sentence.end,
        firstUnit: sentence.firstUnit + firstUnit,
        endUnit: sentence.endUnit + firstUnit,
        paragraph: paragraphs.length,
      });
    }
    for (const quote of analysis.quotes) quotes.push(quote);
    for (const match of cached.matches) {
      const first = units[match.firstUnit + firstUnit]!;
      const last = units[match.endUnit + firstUnit - 1]!;
      let list = matches.get(match.owner);
      if (!list) matches.set(match.owner, (list = []));
      list.push({
        entry: match.entry,
        phrase: match.phrase,
        start: first.start,
        end: last.end,
        firstUnit: match.firstUnit + firstUnit,
        endUnit: match.endUnit + firstUnit,
        sentence: first.sentence,
        quoted: first.quoted,
      });
    }
    paragraphs.push({ start: block.start, end: block.end, firstSentence, endSentence: sentences.length });
  }
  for (const list of matches.values()) keepLongest(list);

  let lines: readonly Line[] | undefined;
  const index: TextIndex = {
    text,
    paragraphs,
    sentences,
    units,
    // Found on first use: most rules read sentences and words, never lines.
    get lines() {
      return (lines ??= new LineTable(text).asArray());
    },
    quotes,
    isQuoted: (offset) => isInside(quotes, offset),
  };
  return { index, matches, blocks };
}

/**
 * Of overlapping matches of one rule, keeps the longest ("no concerns noted" over "no concerns"), and
 * of two variants of one entry that overlap, the first: "case will be escalated to the head of
 * service" is one phrase, whichever wordings of the entry it holds.
 */
function keepLongest(list: PhraseMatch[]): void {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  let kept = 0;
  let coveredTo = -1;
  for (const match of list) {
    if (match.end <= coveredTo) continue;
    const previous = kept > 0 ? list[kept - 1]! : undefined;
    if (previous && previous.entry === match.entry && match.start < previous.end) continue;
    list[kept++] = match;
    coveredTo = Math.max(coveredTo, match.end);
  }
  list.length = kept;
}

/** Parses each block again and joins the trees into one nlcst Root with positions into the note text. */
export function joinTrees(text: string, blocks: IndexedText['blocks']): Root {
  const lines = new LineTable(text);
  const point = (offset: number) => ({ ...lines.position(offset), offset });
  const shift = <T extends { position?: unknown; children?: unknown }>(node: T, base: number): T => {
    const copy = { ...node } as T & { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] };
    if (copy.position) {
      copy.position = { start: point(base + (copy.position.start.offset ?? 0)), end: point(base + (copy.position.end.offset ?? 0)) } as never;
    }
    if (Array.isArray(copy.children)) copy.children = copy.children.map((child) => shift(child as T, base));
    return copy;
  };
  const children: RootContent[] = [];
  for (const { start, end } of blocks) {
    for (const child of parseBlock(text.slice(start, end)).children) children.push(shift(child, start) as RootContent);
  }
  return { type: 'RootNode', children, position: { start: point(0), end: point(text.length) } } as Root;
}
