/**
 * -o / --output-file FILE: the formatted output goes to FILE instead of standard output, written whole or
 * not at all (a temporary file in the same folder, renamed over FILE when the run has written everything;
 * see atomic-file.ts). The exit code is the run's own; standard output stays free. Messages still go to
 * standard error.
 */
import { resolve } from 'node:path';
import { AtomicFile } from './atomic-file.js';
import type { CliIO } from './main.js';
import { OutputError } from './output-error.js';
import { printable } from './printable.js';

export async function withOutputFile(io: CliIO, path: string | undefined, run: (io: CliIO) => Promise<number>): Promise<number> {
  if (path === undefined) return run(io);
  if (path === '') throw new OutputError(new Error('an empty file name'), '--output-file');
  const shown = printable(path);
  let file: AtomicFile;
  try {
    file = await AtomicFile.create(resolve(io.cwd, path));
  } catch (error) {
    throw new OutputError(error, shown);
  }
  const toFile: CliIO = {
    ...io,
    stdout: async (chunk) => {
      try {
        await file.write(chunk);
      } catch (error) {
        throw new OutputError(error, shown);
      }
    },
    // A file is not a terminal: no colour unless --color asks for it.
    isTTY: false,
  };
  let code: number;
  try {
    code = await run(toFile);
  } catch (error) {
    await file.discard();
    throw error;
  }
  try {
    await file.commit();
  } catch (error) {
    throw new OutputError(error, shown);
  }
  return code;
}
