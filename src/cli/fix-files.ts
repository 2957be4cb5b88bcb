/**
 * --fix and --fix-dry-run: each note file is fixed on the main thread before it is linted (fixSource lints
 * it again after each pass), and the run then reports the findings left in the fixed text. --fix writes the
 * file back whole or not at all (atomic-file.ts), keeping its permissions, its byte-order mark and a
 * symbolic link to it, and only if it is still what was read; --fix-dry-run writes nothing and gives the
 * fixed text as the note's `output` (in --format json, as ESLint does).
 *
 * Only note files (.md, .txt) are fixed: a note in a JSON or JSONL export is a record of a case-management
 * system, which a text edit of the export would not change, so those are linted as they are, with a warning.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { Linter } from '../engine/linter.js';
import { fixSource } from '../engine/fix.js';
import { writeAtomically } from './atomic-file.js';
import { decodeText, describeFsError } from './inputs.js';
import type { WorkItem } from './lint-core.js';

export type FixMode = 'fix' | 'dry-run';

export class NoteFixer {
  /** Findings fixed, and files with at least one. */
  fixedFindings = 0;
  fixedFiles = 0;
  /** Files whose fixes could not be written (the run exits 2). */
  failures = 0;
  private readonly warned = new Set<string>();

  constructor(
    readonly mode: FixMode,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * The work item with its note fixed. `path` is the note file's absolute path, to write back with --fix;
   * undefined for standard input (--fix-dry-run only).
   */
  async fix(item: WorkItem, linter: Linter, path: string | undefined): Promise<WorkItem> {
    if (item.kind !== 'input' || item.input.error !== undefined) return item;
    const { input } = item;
    if (typeof input.note !== 'string') {
      this.notFixable(input.file);
      return item;
    }
    let output: string;
    let fixed: number;
    try {
      ({ output, fixed } = fixSource(linter, input.note));
    } catch {
      // Linting it again reports whatever went wrong, on the note as it is.
      return item;
    }
    if (fixed === 0 || output === input.note) return item;
    if (this.mode === 'fix' && (path === undefined || !(await this.write(path, input.file, input.note, output)))) return item;
    this.fixedFindings += fixed;
    this.fixedFiles++;
    const fixedItem: WorkItem = { ...item, input: { ...input, note: output } };
    if (this.mode === 'dry-run') fixedItem.output = output;
    return fixedItem;
  }

  /** Warns, once a file, that the notes of a JSON or JSONL file are not fixed. */
  notFixable(file: string): void {
    if (this.warned.has(file)) return;
    this.warned.add(file);
    const flag = this.mode === 'fix' ? '--fix' : '--fix-dry-run';
    this.warn(`warning: ${file}: not fixed: ${flag} changes only .md and .txt note files; the notes of a JSON or JSONL export are linted as they are`);
  }

  /** The line for standard error at the end of the run. */
  summary(): string {
    const findings = `${this.fixedFindings} ${this.fixedFindings === 1 ? 'finding' : 'findings'}`;
    const files = `${this.fixedFiles} ${this.fixedFiles === 1 ? 'file' : 'files'}`;
    return this.mode === 'fix' ? `fixed ${findings} in ${files}` : `--fix-dry-run: ${findings} in ${files} would be fixed; nothing was written`;
  }

  private async write(path: string, shown: string, linted: string, output: string): Promise<boolean> {
    try {
      // The file a link points to is rewritten, not the link replaced by a copy.
      const target = await realpath(path);
      const { mode } = await stat(target);
      const bytes = await readFile(target);
      const current = decodeText(bytes);
      if ('error' in current || current.text !== linted) {
        this.warn(`warning: ${shown}: not fixed: the file changed while it was being linted`);
        return false;
      }
      const byteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
      await writeAtomically(target, byteOrderMark + output, mode & 0o777);
      return true;
    } catch (error) {
      this.failures++;
      this.warn(`${shown}: cannot write the fixed note (${describeFsError(error)}); the file is unchanged`);
      return false;
    }
  }
}
