/**
 * What standard input holds when --stdin comes without --stdin-filename: `cat export.jsonl | casenote-lint
 * --stdin` must not lint a whole export as one Markdown note. Input whose first non-blank line is a JSON
 * object with a "text" field is JSON Lines (a note file never starts so: front matter starts with ---, a
 * note with words). Input that starts with { or [ otherwise is still read as one note, with a hint, since
 * it may be a .json file (an object or an array over many lines) that needs its name.
 *
 * Only the first line is read to decide; the chunks read are given back in front of the rest, so a JSONL
 * stream is still read a line at a time.
 */

export type StdinKind = 'jsonl' | 'note' | 'json-like';

/** The first line is looked at only up to this many bytes; a longer one is not taken for JSON Lines. */
const MAX_FIRST_LINE = 8 * 1024 * 1024;

export async function stdinKind(chunks: AsyncIterable<Uint8Array | string>): Promise<{ kind: StdinKind; chunks: AsyncIterable<Uint8Array | string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let bytes = 0;
  let done = false;
  let kind: StdinKind | undefined;
  while (kind === undefined) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      kind = decide(Buffer.concat(seen), true) ?? 'note';
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    seen.push(chunk);
    bytes += chunk.length;
    // Joined and looked at only when a line may have ended, so a long first line is not copied again and again.
    if (chunk.includes(0x0a) || chunk.includes(0x0d)) kind = decide(Buffer.concat(seen), false);
    if (kind === undefined && bytes > MAX_FIRST_LINE) kind = 'note';
  }
  async function* replay(): AsyncGenerator<Uint8Array | string> {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { kind, chunks: replay() };
}

const BLANK = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The kind, once the bytes so far decide it; undefined while the first non-blank line is unfinished. */
function decide(bytes: Buffer, atEnd: boolean): StdinKind | undefined {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && BLANK.has(bytes[start]!)) start++;
  if (start === bytes.length) return atEnd ? 'note' : undefined;
  const first = bytes[start]!;
  if (first !== 0x7b /* { */ && first !== 0x5b /* [ */) return 'note';
  let end = start;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  if (end === bytes.length && !atEnd) return undefined;
  if (first === 0x7b && isNoteObject(bytes.subarray(start, end))) return 'jsonl';
  return 'json-like';
}

function isNoteObject(line: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(line));
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'text' in value;
  } catch {
    return false;
  }
}

export const JSON_LIKE_HINT =
  'standard input starts like JSON but its first line is not a note object, so it was read as one note; give --stdin-filename NAME.json for a JSON note or array of notes, or NAME.jsonl for one note object a line';
