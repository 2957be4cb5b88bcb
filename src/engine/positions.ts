/** Maps UTF-16 offsets of a source to 1-based lines and columns; built once per source. */
export class LineMap {
  private lineStarts: number[] | undefined;

  constructor(private readonly source: string) {}

  /** Line starts are found on the first position asked for: a note without findings never needs them. */
  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const source = this.source;
    // Without carriage returns, line feeds are found by one native search each.
    if (source.indexOf('\r') < 0) {
      for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
      return (this.lineStarts = starts);
    }
    for (let i = 0; i < source.length; i++) {
      const char = source.charCodeAt(i);
      if (char === 13 && source.charCodeAt(i + 1) === 10) continue;
      if (char === 10 || char === 13) starts.push(i + 1);
    }
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
