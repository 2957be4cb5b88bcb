import { forEachLine } from '../parse/line-breaks.js';

/** Maps UTF-16 offsets of a source to 1-based lines and columns; built once per source. */
export class LineMap {
  private lineStarts: number[] | undefined;

  constructor(private readonly source: string) {}

  /** Line starts are found on the first position asked for: a note without findings never needs them. */
  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts: number[] = [];
    forEachLine(this.source, (start) => starts.push(start));
    return (this.lineStarts = starts);
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }
}
