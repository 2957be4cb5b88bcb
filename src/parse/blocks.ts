import { lineBreakLength, nextLineBreak } from './line-breaks.js';

/**
 * Splits note text into blocks that are parsed on their own. retext-english is super-linear on one
 * huge document but linear per paragraph, and a paragraph that did not change can reuse its parse.
 */
export interface Block {
  start: number;
  end: number;
}

/** Longest block handed to the parser in one piece; longer paragraphs are cut at line or sentence ends. */
export const MAX_BLOCK_LENGTH = 8_000;

/**
 * Paragraphs are separated by a blank line: a line break, spaces or tabs, a line break, then any
 * white space. A line break is "\r\n", "\n" or "\r", and "\r\n" is always one: a note with
 * Windows line ends has the same paragraphs as one with Unix line ends.
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const hasCarriageReturn = text.indexOf('\r') >= 0;
  let start = 0;
  let at = nextLineBreak(text, 0, hasCarriageReturn);
  while (at >= 0) {
    const afterFirst = at + lineBreakLength(text, at);
    let end = afterFirst;
    while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
    const second = lineBreakLength(text, end);
    if (second === 0) {
      at = nextLineBreak(text, afterFirst, hasCarriageReturn);
      continue;
    }
    end += second;
    while (end < text.length && isWhiteSpace(text.charCodeAt(end))) end++;
    pushBlock(text, start, at, blocks);
    start = end;
    at = nextLineBreak(text, end, hasCarriageReturn);
  }
  pushBlock(text, start, text.length, blocks);
  return blocks;
}

/** What `\s` matches in a regular expression. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(String.fromCharCode(code));
}

const WHITE_SPACE = /\s/;

/** Space, tab, line breaks and the other ASCII white space; enough to trim a block's edges. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

function pushBlock(text: string, start: number, end: number, blocks: Block[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start >= end) return;
  while (end - start > MAX_BLOCK_LENGTH) {
    const cut = findCut(text, start, start + MAX_BLOCK_LENGTH);
    blocks.push({ start, end: cut });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < end) blocks.push({ start, end });
}

/** The best place to cut before `limit`: a line break, else a sentence end, else white space, else `limit`. */
function findCut(text: string, start: number, limit: number): number {
  const floor = start + (limit - start) / 2;
  for (let i = limit; i > floor; i--) if (text[i] === '\n' || text[i] === '\r') return i;
  for (let i = limit; i > floor; i--) if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!)) return i;
  for (let i = limit; i > floor; i--) if (/\s/.test(text[i]!)) return i;
  // Never cut a surrogate pair in two.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}
