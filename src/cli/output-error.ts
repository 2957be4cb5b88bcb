import { describeFsError } from './inputs.js';

/**
 * The output could not be written (standard output closed early, a full disk, an output file that cannot
 * be written): the run stops, and exits 2 rather than report a success no one saw.
 */
export class OutputError extends Error {
  override name = 'OutputError';
  /** `file`: the --output-file being written; standard output when undefined. */
  constructor(cause: unknown, file?: string) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(
      file !== undefined
        ? `${file}: the output file could not be written (${describeFsError(cause)}); it was left as it was.`
        : code === 'EPIPE'
          ? 'standard output was closed before all the output was written (EPIPE); the run is incomplete.'
          : `standard output could not be written (${describeFsError(cause)}); the run is incomplete.`,
      { cause },
    );
  }
}
