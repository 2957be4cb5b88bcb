import { lstat, open, readdir, stat } from 'node:fs/promises';
import { readdir as readdirWithCallback, type Dirent } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { CaseNote } from '../types.js';
import { jsonErrorMessage } from './json-error.js';

export const NOTE_EXTENSIONS = ['.md', '.txt', '.json', '.jsonl'];

/** A note read from a file, ready to lint, or the reason it could not be read. */
export type NoteInput =
  | { file: string; line: number; note: CaseNote | string; error?: undefined }
  | { file: string; line?: number; noteId?: string; note?: undefined; error: string };

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Expands paths, directories and globs into note files, in a stable order; what cannot be read is a problem naming its path. */
export async function findNoteFiles(patterns: readonly string[], cwd: string): Promise<{ files: string[]; problems: NoteInput[] }> {
  const files: string[] = [];
  const problems: NoteInput[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const absolute = resolve(cwd, file);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push(absolute);
  };
  const problem = (path: string, error: string) => problems.push({ file: displayPath(path, cwd), error });
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error && info.code !== 'ENOENT' && info.code !== 'ENOTDIR') {
      // A link loop, a folder on the way that cannot be searched: say so, rather than "no such file".
      problem(absolute, `cannot read (${describeFsError(info)})`);
    } else if (info instanceof Error && (await isLink(absolute))) {
      problem(absolute, BROKEN_LINK);
    } else if (!(info instanceof Error) && info.isDirectory()) {
      const before = problems.length;
      const found = await walk(absolute, problem);
      if (found.length === 0 && problems.length === before) problem(absolute, 'directory holds no notes (.md, .txt, .json or .jsonl files)');
      found.forEach(add);
    } else if (!(info instanceof Error) && info.isFile()) {
      add(absolute);
    } else {
      const unreadable: { path: string; error: unknown }[] = [];
      const found = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'], fs: { readdir: reportingReaddir(unreadable) } });
      const matches = found.filter((file) => NOTE_EXTENSIONS.includes(extname(file).toLowerCase())).sort();
      for (const { path, error } of unreadable) problem(path, `cannot read directory (${describeFsError(error)})`);
      if (matches.length === 0 && unreadable.length === 0) problems.push({ file: pattern, error: /[*?[\]{}]/.test(pattern) ? 'no note files match this pattern' : 'no such file or directory' });
      matches.forEach(add);
    }
  }
  return { files, problems };
}

/**
 * The readdir a glob walks with, noting each directory it cannot read: the glob itself skips them
 * silently, which would leave their notes unlinted without a word.
 */
function reportingReaddir(unreadable: { path: string; error: unknown }[]): typeof readdirWithCallback {
  const readdir = (path: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
    (readdirWithCallback as unknown as (path: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) => void)(path, options, (error, entries) => {
      if (error) unreadable.push({ path, error });
      callback(error, entries);
    });
  return readdir as unknown as typeof readdirWithCallback;
}

const BROKEN_LINK = 'broken symbolic link (it points to a file that does not exist)';

async function isLink(path: string): Promise<boolean> {
  return lstat(path).then(
    (info) => info.isSymbolicLink(),
    () => false,
  );
}

const isNoteName = (name: string) => NOTE_EXTENSIONS.includes(extname(name).toLowerCase());

/**
 * The note files under `dir`, in name order. A directory that cannot be read (permissions, a link loop on
 * the way) is reported through `problem` and the walk goes on. A symbolic link to a note file is followed; a
 * broken one with a note's name is reported; a link to a directory is not followed, since it could loop.
 */
async function walk(dir: string, problem: (path: string, error: string) => void): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problem(dir, `cannot read directory (${describeFsError(error)})`);
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, problem)));
    else if (entry.isFile() && isNoteName(entry.name)) files.push(path);
    else if (entry.isSymbolicLink() && isNoteName(entry.name)) {
      const target = await stat(path).catch((error: NodeJS.ErrnoException) => error);
      if (target instanceof Error) problem(path, target.code === 'ENOENT' ? BROKEN_LINK : `cannot read (${describeFsError(target)})`);
      else if (target.isFile()) files.push(path);
    }
  }
  return files;
}

const FS_ERRORS = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['ELOOP', 'too many levels of symbolic links'],
  ['ENOENT', 'no such file or directory'],
  ['ENOTDIR', 'not a directory'],
  ['EISDIR', 'is a directory'],
  ['EMFILE', 'too many open files'],
  ['ENFILE', 'too many open files'],
  ['EIO', 'input/output error'],
  ['ENAMETOOLONG', 'name too long'],
  ['EBUSY', 'resource busy'],
  ['ENXIO', 'no such device'],
  ['ENODEV', 'no such device'],
]);

/** A file-system error as "CODE: what it means" (never the error's own message, which repeats the path). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') {
    const meaning = FS_ERRORS.get(code);
    return meaning ? `${code}: ${meaning}` : code;
  }
  return error instanceof Error ? error.name : 'unknown error';
}

export function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') ? file : path;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file, or standard input, as UTF-8, refusing binary data and other encodings with a message
 * that says so. Files and stdin go through this one function, so both are refused for the same reasons.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: 'file is empty' };
  if (bytes.includes(0)) return { error: 'file looks binary (it contains NUL bytes); expected UTF-8 text' };
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    // Every byte valid: the text is longer than a string may be.
    if (at === bytes.length) return { error: `file is too large to decode (${bytes.length.toLocaleString('en-GB')} bytes)` };
    return { error: `file is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8` };
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence (the lead byte of a broken one). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * The most bytes read whole from one .json file (or from stdin as .json): a text this size is already far
 * beyond what one array of notes should be; an export that large is a .jsonl file, read a line at a time.
 */
export const MAX_JSON_FILE_BYTES = 256 * 1024 * 1024;

const count = (value: number) => value.toLocaleString('en-GB');

/**
 * The most bytes of a note file worth reading: a UTF-8 file of more than 3 × maxNoteSize bytes has more
 * than maxNoteSize UTF-16 characters (no character takes more than 3 bytes per UTF-16 unit), so it cannot
 * be a note within the limit. A smaller file is read and the linter judges its length exactly.
 */
export function readLimit(extension: string, maxNoteSize: number): number {
  // JSONL read whole (a host without a stream of standard input) is bounded as a .json file is.
  return extension === '.json' || extension === '.jsonl' ? MAX_JSON_FILE_BYTES : Math.min(3 * maxNoteSize, MAX_JSON_FILE_BYTES);
}

/** Why a file (or stdin, `what` = 'input') of `size` bytes is not read; `over` when only a lower bound is known. */
export function tooLargeMessage(extension: string, maxNoteSize: number, size: number, what: 'file' | 'input' = 'file', over = false): string {
  const limit = readLimit(extension, maxNoteSize);
  const bytes = `${over ? 'over ' : ''}${count(over ? limit : size)} bytes`;
  if (extension === '.json' || extension === '.jsonl') {
    return `${what} is too large to read whole (${bytes}; a .json file may be at most ${count(MAX_JSON_FILE_BYTES)} bytes); export one note a line as .jsonl, which is read a line at a time`;
  }
  const rule = `a note may be at most ${count(maxNoteSize)} characters (maxNoteSize)`;
  if (limit < 3 * maxNoteSize) return `${what} is too large to read (${bytes}; the limit is ${count(limit)} bytes, and ${rule})`;
  return over ? `${what} is too large to be one note (${bytes}; ${rule})` : `${what} is too large to be one note (${bytes}; ${rule}, so a file over ${count(limit)} bytes is not read)`;
}

/** Reads the notes of one file: one for .md/.txt, one or many for .json (.jsonl files are streamed, see jsonl.ts). */
export async function readNotes(file: string, cwd: string, maxNoteSize: number): Promise<NoteInput[]> {
  const shown = displayPath(file, cwd);
  const extension = extname(file).toLowerCase();
  let bytes: Uint8Array;
  try {
    const handle = await open(file, 'r');
    try {
      // The size first: a file too large for its kind is named as such, not read and then misreported.
      const { size } = await handle.stat();
      if (size > readLimit(extension, maxNoteSize)) return [{ file: shown, error: tooLargeMessage(extension, maxNoteSize, size) }];
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return [{ file: shown, error: `cannot read file (${describeFsError(error)})` }];
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return [{ file: shown, error: decoded.error }];
  return notesFromText(decoded.text, shown, extension);
}

/** Reads a stream whole, unless it holds more than `limit` bytes: then it stops reading and says so. */
export async function readAllUpTo(chunks: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array | undefined> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > limit) return undefined;
    parts.push(bytes);
  }
  return Buffer.concat(parts, total);
}

export function notesFromText(text: string, file: string, extension: string): NoteInput[] {
  if (extension === '.jsonl') {
    const notes: NoteInput[] = [];
    const lines = text.split(/\r\n|\n|\r/);
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      notes.push(noteFromJsonLine(line, file, index + 1));
    });
    return notes.length > 0 ? notes : [{ file, error: 'file holds no notes (every line is empty)' }];
  }
  if (extension === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return [{ file, error: `not valid JSON: ${jsonErrorMessage(text, error)}` }];
    }
    const items = Array.isArray(data) ? data : [data];
    if (items.length === 0) return [{ file, error: 'the JSON array holds no notes' }];
    const lines = Array.isArray(data) ? arrayElementLines(text) : [];
    return items.map((item, index) => checkNoteObject(item, file, lines[index] ?? 1, Array.isArray(data) ? `[${index}]` : ''));
  }
  return [{ file, line: 1, note: text }];
}

/** The 1-based line on which each element of a top-level JSON array starts (the text is valid JSON). */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || char === 13) {
      if (char === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      continue;
    }
    if (char === 32 || char === 9 || char === 0xfeff) continue;
    if (depth === 1 && expectValue) {
      lines.push(line);
      expectValue = false;
    }
    if (char === 34) {
      // A string: skip to its closing quote (JSON strings hold no raw line breaks).
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (char === 91 || char === 123) {
      depth++;
      if (depth === 1 && char === 91) expectValue = true;
    } else if (char === 93 || char === 125) {
      depth--;
    } else if (char === 44 && depth === 1) {
      expectValue = true;
    }
  }
  return lines;
}

export function noteFromJsonLine(line: string, file: string, lineNumber: number): NoteInput {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { file, line: lineNumber, error: `not valid JSON: ${jsonErrorMessage(line, error)}` };
  }
  return checkNoteObject(data, file, lineNumber, '');
}

function checkNoteObject(item: unknown, file: string, line: number, where: string): NoteInput {
  const prefix = where ? `${where}: ` : '';
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { file, line, error: `${prefix}expected a note object with a "text" field, got ${Array.isArray(item) ? 'a list' : item === null ? 'null' : `a ${typeof item}`}` };
  }
  const note = item as Record<string, unknown>;
  const noteId = typeof note.id === 'string' ? note.id : typeof note.id === 'number' ? String(note.id) : undefined;
  if (typeof note.text !== 'string') {
    return { file, line, noteId, error: `${prefix}note field "text" must be a string, got ${note.text === undefined ? 'nothing' : note.text === null ? 'null' : typeof note.text}` };
  }
  return { file, line, note: note as unknown as CaseNote };
}
