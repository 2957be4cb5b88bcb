import { lstat, open, readdir, stat } from 'node:fs/promises';
import { readdir as readdirWithCallback, type Dirent } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { CaseNote } from '../types.js';
import { jsonErrorMessage } from './json-error.js';
import type { NoteScope, NoteSelector } from './note-selection.js';

/** A note read from a file, ready to lint, or the reason it could not be read. */
export type NoteInput =
  | { file: string; line: number; note: CaseNote | string; error?: undefined }
  | { file: string; line?: number; noteId?: string; note?: undefined; error: string };

export class UsageError extends Error {
  override name = 'UsageError';
}

/** What decides which files are notes: the shared selection, and the scope of the config in force in a folder. */
export interface NoteFinder {
  selector: NoteSelector;
  /** The config's folder, `files` and `ignores` for the notes in `folder`; rejects when that config is invalid. */
  scopeFor(folder: string): Promise<NoteScope>;
}

/** A file named on the command line that is not linted, and why (a warning: the exit code is not affected). */
export interface IgnoredFile {
  file: string;
  reason: string;
}

/**
 * Expands paths, directories and globs into note files, in a stable order; what cannot be read is a problem
 * naming its path. A folder walk takes the files the config in force calls notes (`files`, less what is
 * ignored, see note-selection.ts); a glob's matches are filtered the same way. A file named on the command
 * line is linted whatever `files` says, unless it is ignored: then it is listed in `ignored`, as ESLint
 * warns "File ignored because of a matching ignore pattern".
 */
export async function findNoteFiles(patterns: readonly string[], cwd: string, finder: NoteFinder): Promise<{ files: string[]; problems: NoteInput[]; ignored: IgnoredFile[] }> {
  const { selector } = finder;
  const files: string[] = [];
  const problems: NoteInput[] = [];
  const ignored: IgnoredFile[] = [];
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
      const scope = await finder.scopeFor(absolute);
      const source = selector.ignoredBy(absolute, true, scope);
      if (source !== undefined) {
        // Nothing in it would be linted: a CI job must not pass on an empty run without a word.
        problem(absolute, `directory is ignored (${source}); use --no-ignore to lint it`);
        continue;
      }
      const before = problems.length;
      const found = await walk(absolute, problem, finder);
      if (found.length === 0 && problems.length === before) {
        problem(absolute, `directory holds no notes (${scope.files ? "no file in it matches the config's files" : '.md, .txt, .json or .jsonl files'}, leaving out what is ignored)`);
      }
      found.forEach(add);
    } else if (!(info instanceof Error) && info.isFile()) {
      const reason = selector.isOwnFile(absolute)
        ? "casenote-lint's own file (a config, baseline or report), not a note"
        : ignoredReason(selector.ignoredBy(absolute, false, await finder.scopeFor(dirname(absolute))));
      if (reason === undefined) add(absolute);
      else ignored.push({ file: displayPath(absolute, cwd), reason });
    } else {
      const unreadable: { path: string; error: unknown }[] = [];
      const found = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'], fs: { readdir: reportingReaddir(unreadable) } });
      const matches: string[] = [];
      let left = 0;
      for (const file of found.sort()) {
        const scope = await finder.scopeFor(dirname(file));
        if (selector.isOwnFile(file) || !selector.matchesFiles(file, scope)) continue;
        if (selector.ignoredBy(file, false, scope) === undefined) matches.push(file);
        else left++;
      }
      for (const { path, error } of unreadable) problem(path, `cannot read directory (${describeFsError(error)})`);
      if (matches.length === 0 && unreadable.length === 0) {
        const error = !/[*?[\]{}]/.test(pattern) ? 'no such file or directory' : left > 0 ? `no note files match this pattern (${left} matching ${left === 1 ? 'file is' : 'files are'} ignored)` : 'no note files match this pattern';
        problems.push({ file: pattern, error });
      }
      matches.forEach(add);
    }
  }
  return { files, problems, ignored };
}

const ignoredReason = (source: string | undefined) => (source === undefined ? undefined : `file ignored because of a matching ignore pattern (${source}); use --no-ignore to lint it`);

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

/**
 * The note files under `dir`, in name order. A directory that cannot be read (permissions, a link loop on
 * the way) is reported through `problem` and the walk goes on. A symbolic link to a note file is followed; a
 * broken one with a note's name is reported; a link to a directory is not followed, since it could loop.
 * Each folder's notes are chosen by the config in force there; an ignored folder is not entered.
 */
async function walk(dir: string, problem: (path: string, error: string) => void, finder: NoteFinder): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problem(dir, `cannot read directory (${describeFsError(error)})`);
    return [];
  }
  const { selector } = finder;
  const scope = await finder.scopeFor(dir);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!selector.verdict(path, true, scope)?.ignored) files.push(...(await walk(path, problem, finder)));
      continue;
    }
    if (!(entry.isFile() || entry.isSymbolicLink()) || selector.isOwnFile(path) || !selector.matchesFiles(path, scope) || selector.verdict(path, false, scope)?.ignored) continue;
    if (entry.isFile()) files.push(path);
    else {
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
