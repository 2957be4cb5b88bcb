/** Maps UTF-16 offsets of a source to 1-based lines and columns; built once per source. */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const char = source.charCodeAt(i);
      if (char === 13 && source.charCodeAt(i + 1) === 10) continue;
      if (char === 10 || char === 13) this.starts.push(i + 1);
    }
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
