import type { Formatter } from '../report.js';

/**
 * SPEC §6: one array, one entry per note; `error` is added for a note that could not be read. Written one
 * entry at a time (the same text JSON.stringify(entries, null, 2) gives), so any number of notes streams.
 * Positions of a note in a .json or .jsonl file count from the start of its text.
 */
export const json: Formatter = () => {
  let first = true;
  return {
    begin: () => '',
    note({ file, noteId, findings, error }) {
      const entry = error ? { file, noteId, findings, error } : { file, noteId, findings };
      const text = JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ');
      const prefix = first ? '[\n  ' : ',\n  ';
      first = false;
      return prefix + text;
    },
    end: () => (first ? '[]\n' : '\n]\n'),
  };
};
