/**
 * Reads a JSONL stream one line at a time from its byte chunks, so that a file of any size is linted in
 * constant memory: only the current line (and one chunk) is ever held. Lines end at LF, CRLF or a lone CR,
 * as for the other note formats. Each line is decoded as strict UTF-8 on its own, so one bad line is
 * reported with its number and the rest are still linted.
 */
import { firstInvalidUtf8 } from './inputs.js';

export type JsonlEvent =
  | { kind: 'line'; line: number; text: string }
  /** A line that cannot be read; reported as malformed input at that line. */
  | { kind: 'bad-line'; line: number; error: string }
  /** The stream as a whole is unusable (empty, binary, no notes). */
  | { kind: 'file-error'; error: string };

export interface JsonlOptions {
  /** Longest line kept; a longer one is skipped and reported. */
  maxLineBytes?: number;
  /** Called with the number of bytes consumed so far (for the progress bar). */
  onBytes?: (bytes: number) => void;
}

export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

export async function* readJsonl(chunks: AsyncIterable<Uint8Array | string>, options: JsonlOptions = {}): AsyncGenerator<JsonlEvent> {
  const maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let partBytes = 0;
  let skipping = false; // inside a line that was too long
  let afterCR = false; // the previous chunk ended with CR: a leading LF belongs to it
  let lineNumber = 0;
  let consumed = 0;
  let notes = 0;
  let badLines = 0;
  let sawBytes = false;

  const finishLine = (): JsonlEvent | undefined => {
    lineNumber++;
    if (skipping) {
      skipping = false;
      badLines++;
      parts = [];
      partBytes = 0;
      return { kind: 'bad-line', line: lineNumber, error: `line is longer than ${Math.round(maxLineBytes / 1024 / 1024)} MiB; it was not read` };
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes);
    parts = [];
    partBytes = 0;
    if (lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes.includes(0)) {
      badLines++;
      return { kind: 'bad-line', line: lineNumber, error: 'line contains NUL bytes; expected UTF-8 text' };
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      badLines++;
      return { kind: 'bad-line', line: lineNumber, error: `line is not valid UTF-8 (first bad byte at byte ${firstInvalidUtf8(bytes) + 1} of the line); save the file as UTF-8` };
    }
    if (text.trim() === '') return undefined;
    notes++;
    return { kind: 'line', line: lineNumber, text };
  };

  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    if (chunk.length === 0) continue;
    if (!sawBytes) {
      sawBytes = true;
      if (looksBinary(chunk)) {
        yield { kind: 'file-error', error: 'file looks binary (it contains NUL bytes); expected UTF-8 text, one JSON note a line' };
        return;
      }
    }
    let start = 0;
    if (afterCR && chunk[0] === LF) start = 1;
    afterCR = false;
    const breaks = new Breaks(chunk);
    while (start < chunk.length) {
      const end = breaks.next(start);
      if (end === -1) {
        if (!skipping) {
          parts.push(chunk.subarray(start));
          partBytes += chunk.length - start;
          if (partBytes > maxLineBytes) {
            skipping = true;
            parts = [];
            partBytes = 0;
          }
        }
        break;
      }
      if (!skipping) {
        parts.push(chunk.subarray(start, end));
        partBytes += end - start;
        if (partBytes > maxLineBytes) skipping = true;
      }
      const event = finishLine();
      if (event) yield event;
      if (chunk[end] === CR) {
        if (end + 1 < chunk.length) start = chunk[end + 1] === LF ? end + 2 : end + 1;
        else {
          afterCR = true;
          start = end + 1;
        }
      } else start = end + 1;
    }
    consumed += chunk.length;
    options.onBytes?.(consumed);
  }
  if (partBytes > 0 || skipping) {
    const event = finishLine();
    if (event) yield event;
  }
  if (!sawBytes) yield { kind: 'file-error', error: 'file is empty' };
  else if (notes === 0 && badLines === 0) yield { kind: 'file-error', error: 'file holds no notes (every line is empty)' };
}

/** Finds line breaks in one chunk; remembers where the next CR is, so a chunk without CRs is scanned for them once. */
class Breaks {
  private cr = -2;
  constructor(private readonly chunk: Buffer) {}
  next(from: number): number {
    if (this.cr !== -1 && this.cr < from) this.cr = this.chunk.indexOf(CR, from);
    const lf = this.chunk.indexOf(LF, from);
    if (this.cr === -1) return lf;
    if (lf === -1) return this.cr;
    return Math.min(this.cr, lf);
  }
}

function looksBinary(chunk: Buffer): boolean {
  return chunk.subarray(0, 8192).includes(0);
}
