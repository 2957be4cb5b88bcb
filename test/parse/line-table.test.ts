import { describe, expect, it } from 'vitest';
import { LineTable } from '../../src/parse/line-table.js';
import { parseNote } from '../../src/parse/parse-note.js';

const text = 'Visited at home.\r\nSpoke with Amy.\rShe showed me her room.\n\nPriya Shah, Social Worker';
const expected = [
  { start: 0, end: 16, text: 'Visited at home.' },
  { start: 18, end: 33, text: 'Spoke with Amy.' },
  { start: 34, end: 57, text: 'She showed me her room.' },
  { start: 58, end: 58, text: '' },
  { start: 59, end: 84, text: 'Priya Shah, Social Worker' },
];

describe('LineTable', () => {
  it('ends a line at "\\r\\n", "\\n" or "\\r", the break excluded', () => {
    const table = new LineTable(text);
    expect(table.count).toBe(5);
    expect(Array.from({ length: table.count }, (_, i) => table.line(i))).toEqual(expected);
  });

  it('gives 1-based lines and columns, a break belonging to the line it ends', () => {
    const table = new LineTable(text);
    expect(table.position(0)).toEqual({ line: 1, column: 1 });
    expect(table.position(16)).toEqual({ line: 1, column: 17 });
    expect(table.position(17)).toEqual({ line: 1, column: 18 });
    expect(table.position(18)).toEqual({ line: 2, column: 1 });
    expect(table.position(text.length)).toEqual({ line: 5, column: 26 });
  });

  it('has one empty line for an empty text, and a last empty line after a final break', () => {
    expect(new LineTable('').asArray()).toEqual([{ start: 0, end: 0, text: '' }]);
    expect(new LineTable('a\n').asArray()).toEqual([
      { start: 0, end: 1, text: 'a' },
      { start: 2, end: 2, text: '' },
    ]);
  });
});

describe('the lines of a note', () => {
  const lines = parseNote(text).index.lines;

  it('read as an array: index, length, iteration, spread and the array methods', () => {
    expect(Array.isArray(lines)).toBe(true);
    expect(lines.length).toBe(5);
    expect(lines[1]).toEqual(expected[1]);
    expect(lines[5]).toBeUndefined();
    expect(lines.at(-1)).toEqual(expected[4]);
    expect([...lines]).toEqual(expected);
    expect(lines.slice(1, 3)).toEqual(expected.slice(1, 3));
    expect(lines.map((line) => line.text.length)).toEqual([16, 15, 23, 0, 25]);
    expect(lines.findIndex((line) => line.text === '')).toBe(3);
    expect(Object.keys(lines)).toEqual(['0', '1', '2', '3', '4']);
    expect(JSON.parse(JSON.stringify(lines))).toEqual(expected);
  });

  it('are the same array for every rule of a lint', () => {
    const index = parseNote(text).index;
    expect(index.lines).toBe(index.lines);
  });

  it('cannot be changed by a rule', () => {
    const writable = lines as unknown as { start: number }[] & Record<string, unknown>;
    expect(() => {
      writable[0] = { start: 99 };
    }).toThrow(TypeError);
    expect(() => writable.push({ start: 99 })).toThrow(TypeError);
    expect(() => {
      delete writable[0];
    }).toThrow(TypeError);
    expect(lines.length).toBe(5);
  });

  it('do not name an index that is not canonical ("01", "1.0")', () => {
    const byKey = lines as unknown as Record<string, unknown>;
    expect(byKey['01']).toBeUndefined();
    expect(byKey['1.0']).toBeUndefined();
    expect('01' in lines).toBe(false);
    expect('4' in lines).toBe(true);
    expect('5' in lines).toBe(false);
  });
});
