import type { Line } from '../types.js';
import { lineBreakLength, nextLineBreak } from './line-breaks.js';

/**
 * Where each line of a text starts and ends, in two typed arrays. A note of 400,000 empty lines held as
 * 400,000 objects cost more than linearly (the collector copies every object that lives on), so lines
 * are numbers here and become objects only when a rule reads them.
 */
export class LineTable {
  readonly count: number;
  private readonly starts: Int32Array;
  /** End of each line, before its break. */
  private readonly ends: Int32Array;

  constructor(readonly text: string) {
    const hasCarriageReturn = text.indexOf('\r') >= 0;
    let count = 1;
    for (let at = nextLineBreak(text, 0, hasCarriageReturn); at >= 0; at = nextLineBreak(text, at + lineBreakLength(text, at), hasCarriageReturn)) count++;
    this.count = count;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    let start = 0;
    for (let i = 0; i < count - 1; i++) {
      const at = nextLineBreak(text, start, hasCarriageReturn);
      this.starts[i] = start;
      this.ends[i] = at;
      start = at + lineBreakLength(text, at);
    }
    this.starts[count - 1] = start;
    this.ends[count - 1] = text.length;
  }

  line(line: number): Line {
    const start = this.starts[line]!;
    const end = this.ends[line]!;
    return { start, end, text: this.text.slice(start, end) };
  }

  /** The 0-based line that holds `offset` (a line break belongs to the line it ends). */
  private lineOf(offset: number): number {
    const starts = this.starts;
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  /**
   * The lines as a read-only array whose elements are made as they are read: indexing, `length`,
   * iteration and the array methods all work, and nothing is kept, so a rule that reads a few lines
   * pays for a few. An element read twice is equal, not identical.
   */
  asArray(): readonly Line[] {
    return new Proxy<Line[]>([], new LinesHandler(this));
  }
}

/** The canonical array index a property key names, or -1: "0", "12", never "012", "1.5" or "length". */
function indexOf(key: string | symbol): number {
  if (typeof key !== 'string' || key.length === 0) return -1;
  if (key.length > 1 && key.charCodeAt(0) === 48) return -1;
  let index = 0;
  for (let i = 0; i < key.length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    index = index * 10 + digit;
  }
  return Number.isSafeInteger(index) ? index : -1;
}

class LinesHandler implements ProxyHandler<Line[]> {
  constructor(private readonly table: LineTable) {}

  get(target: Line[], key: string | symbol, receiver: unknown): unknown {
    if (key === 'length') return this.table.count;
    const index = indexOf(key);
    if (index >= 0) return index < this.table.count ? this.table.line(index) : undefined;
    return Reflect.get(target, key, receiver);
  }

  has(target: Line[], key: string | symbol): boolean {
    const index = indexOf(key);
    return index >= 0 ? index < this.table.count : Reflect.has(target, key);
  }

  getOwnPropertyDescriptor(target: Line[], key: string | symbol): PropertyDescriptor | undefined {
    // `length` is an array's own property that cannot be configured: it is reported as one, with its value here.
    if (key === 'length') return { value: this.table.count, writable: true, enumerable: false, configurable: false };
    const index = indexOf(key);
    if (index >= 0) return index < this.table.count ? { value: this.table.line(index), writable: false, enumerable: true, configurable: true } : undefined;
    return Reflect.getOwnPropertyDescriptor(target, key);
  }

  ownKeys(): (string | symbol)[] {
    const keys: string[] = [];
    for (let i = 0; i < this.table.count; i++) keys.push(String(i));
    keys.push('length');
    return keys;
  }

  // The lines are shared by every rule of a lint: none may change them.
  set(): boolean {
    return false;
  }

  defineProperty(): boolean {
    return false;
  }

  deleteProperty(): boolean {
    return false;
  }
}
