import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boldSpans } from '../../rules/lib/bold-markup.js';

/**
 * The regular expression no-uppercase-blocks used before it scanned bold markup in one pass: a lazy
 * `.*?` that, for an opening marker without a closing one, tried every later position (quadratic on
 * "**a **a **a ..."). Kept as the reference: the scan must find exactly its matches.
 */
const BOLD = /(\*\*|__)(?=[^\s*_])(.*?[^\s*_])\1/g;
function reference(line: string): { start: number; end: number; marker: string }[] {
  const found: { start: number; end: number; marker: string }[] = [];
  BOLD.lastIndex = 0;
  for (let match = BOLD.exec(line); match; match = BOLD.exec(line)) found.push({ start: match.index, end: match.index + match[0].length, marker: match[1]! });
  return found;
}

describe('boldSpans', () => {
  it('finds **bold** and __bold__, the text not starting or ending with a space or marker', () => {
    expect(boldSpans('Saw **Jay** and __Amy__ today.')).toEqual([
      { start: 4, end: 11, marker: '**' },
      { start: 16, end: 23, marker: '__' },
    ]);
    expect(boldSpans('** not bold ** and **also not **')).toEqual([]);
    expect(boldSpans('a ** b')).toEqual([]);
    expect(boldSpans('**a**b**')).toEqual([{ start: 0, end: 5, marker: '**' }]);
  });

  it('never lets the bold text cross a line or paragraph separator', () => {
    expect(boldSpans('**a\u2028b**')).toEqual([]);
    expect(boldSpans('**a\u2029b** **c**')).toEqual([{ start: 8, end: 13, marker: '**' }]);
  });

  it('agrees with the old regular expression on random lines', () => {
    const line = fc.string({ unit: fc.constantFrom('*', '_', ' ', 'a', 'B', '\t', '\u2028', '\u00a0', '.', 'é'), maxLength: 40 });
    fc.assert(
      fc.property(line, (text) => {
        expect(boldSpans(text)).toEqual(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on lines of markers with few closings', () => {
    for (const text of ['**a '.repeat(50), '__a '.repeat(50) + '__', `${'**a '.repeat(30)}b**`, '***a***', '____a____', '**_a_**', '**a__b**__']) {
      expect(boldSpans(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
