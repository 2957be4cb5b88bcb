import { LineTable } from '../parse/line-table.js';

/** Maps UTF-16 offsets of a source to 1-based lines and columns; built once per source. */
export class LineMap {
  private table: LineTable | undefined;

  constructor(private readonly source: string) {}

  /** Lines are found on the first position asked for: a note without findings never needs them. */
  position(offset: number): { line: number; column: number } {
    return (this.table ??= new LineTable(this.source)).position(offset);
  }
}
