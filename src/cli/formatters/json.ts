import type { Formatter } from '../report.js';

/**
 * SPEC §6: one array, one entry per note; `error` is added for a note that could not be read, with its
 * `line` in the file when it has one. Written one entry at a time (the same text JSON.stringify(entries,
 * null, 2) gives), so any number of notes streams.
 * Positions of a note in a .json or .jsonl file count from the start of its text. With --fix-dry-run, a
 * note file that had fixes has `output`, its fixed text, as ESLint's json format has.
 */
export const json: Formatter = () => ({
  begin: () => '',
  entries({ file, line, noteId, findings, error, output }) {
    // A note that could not be read is found by its line (a JSONL line, an element of a .json array).
    const entry = error ? { file, ...(line === undefined ? {} : { line }), noteId, findings, error } : { file, noteId, findings, ...(output === undefined ? {} : { output }) };
    return [JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ')];
  },
  first: '[\n  ',
  between: ',\n  ',
  end: (entries) => (entries === 0 ? '[]\n' : '\n]\n'),
});
