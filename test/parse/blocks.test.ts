import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitBlocks } from '../../src/parse/blocks.js';
import { parseNote } from '../../src/index.js';

/** Blank lines by a regular expression whose line breaks cannot split "\r\n" in two. */
const BLANK_LINE = /(?=(\r\n|\n|\r))\1[ \t]*(?=(\r\n|\n|\r))\2\s*/g;

function reference(text: string): { start: number; end: number }[] {
  const cuts = [...text.matchAll(BLANK_LINE)].map((match) => [match.index, match.index + match[0].length] as const);
  const blocks: { start: number; end: number }[] = [];
  let start = 0;
  for (const [from, to] of [...cuts, [text.length, text.length] as const]) {
    let [a, b] = [start, from];
    while (a < b && /[ \t\n\r\v\f\u00a0]/.test(text[a]!)) a++;
    while (b > a && /[ \t\n\r\v\f\u00a0]/.test(text[b - 1]!)) b--;
    if (a < b) blocks.push({ start: a, end: b });
    start = to;
  }
  return blocks;
}

describe('splitBlocks', () => {
  it('splits at blank lines, whatever the line ends', () => {
    const piece = fc.constantFrom('\r\n', '\n', '\r', ' ', '\t', 'a', 'Bb.', '\u00a0', '\u2028', '\v');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(splitBlocks(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives a note with Windows line ends the paragraphs of the same note with Unix ones', () => {
    const unix = 'Visited at home.\nSaw Amy in her room.\n\nSpoke to Mum.\n\n\nPriya Shah, Social Worker, 10/04/2026';
    const windows = unix.replace(/\n/g, '\r\n');
    const count = (text: string) => parseNote(text).index.paragraphs.length;
    expect(count(windows)).toBe(3);
    expect(count(unix)).toBe(3);
  });
});
