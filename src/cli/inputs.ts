import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { CaseNote } from '../types.js';

export const NOTE_EXTENSIONS = ['.md', '.txt', '.json', '.jsonl'];

/** A note read from a file, ready to lint, or the reason it could not be read. */
export type NoteInput =
  | { file: string; line: number; note: CaseNote | string; error?: undefined }
  | { file: string; line?: number; noteId?: string; note?: undefined; error: string };

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Expands paths, directories and globs into note files, in a stable order. */
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
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await walk(absolute);
      if (found.length === 0) problems.push({ file: displayPath(absolute, cwd), error: 'directory holds no notes (.md, .txt, .json or .jsonl files)' });
      found.forEach(add);
    } else if (info?.isFile()) {
      add(absolute);
    } else {
      const matches = (await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'] })).filter((file) => NOTE_EXTENSIONS.includes(extname(file).toLowerCase())).sort();
      if (matches.length === 0) problems.push({ file: pattern, error: /[*?[\]{}]/.test(pattern) ? 'no note files match this pattern' : 'no such file or directory' });
      matches.forEach(add);
    }
  }
  return { files, problems };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && NOTE_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

export function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') ? file : path;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file as UTF-8, refusing binary data and other encodings with a message that says so. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: 'file is empty' };
  if (bytes.includes(0)) return { error: 'file looks binary (it contains NUL bytes); expected UTF-8 text' };
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { error: `file is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8` };
  }
}

/** Index of the first byte where strict UTF-8 decoding fails. */
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

/** Reads the notes of one file: one for .md/.txt, one or many for .json, one a line for .jsonl. */
export async function readNotes(file: string, cwd: string): Promise<NoteInput[]> {
  const shown = displayPath(file, cwd);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) return [{ file: shown, error: `cannot read file (${bytes.code ?? bytes.message})` }];
  const decoded = decodeText(bytes);
  if ('error' in decoded) return [{ file: shown, error: decoded.error }];
  return notesFromText(decoded.text, shown, extname(file).toLowerCase());
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
      return [{ file, error: `not valid JSON: ${jsonErrorMessage(error, text)}` }];
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
    return { file, line: lineNumber, error: `not valid JSON: ${jsonErrorMessage(error, line)}` };
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

function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node names a position; turn it into a line and column, and never echo the note's text.
  const position = /position (\d+)/.exec(message);
  const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
  if (!position) return reason;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\n|\r/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return /[\r\n]/.test(text) ? `${reason} at line ${line}, column ${column}` : `${reason} at column ${column}`;
}
