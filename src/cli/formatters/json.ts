import type { Formatter } from '../report.js';

/** SPEC §6: one array, one entry per note; `error` is added for a note that could not be read. */
export const json: Formatter = (reports) =>
  `${JSON.stringify(
    reports.map(({ file, noteId, findings, error }) => (error ? { file, noteId, findings, error } : { file, noteId, findings })),
    null,
    2,
  )}\n`;
