import type { LintResult } from '../types.js';
import { STANDARD } from '../standard.js';
import { describeThrown } from './thrown.js';

/** Id of findings about the linter itself (a note too large to lint, findings past the cap, a failed lint). */
export const ENGINE_RULE_ID = 'casenote-lint';

/**
 * The result an editor shows when linting itself failed (the engine or the host's callback threw): one
 * error at the start of the note, so that a host waiting for errors to be fixed is never left with the
 * findings of an older version of the note.
 */
export function lintFailure(error: unknown): LintResult {
  return {
    findings: [
      {
        ruleId: ENGINE_RULE_ID,
        severity: 'error',
        message: `casenote-lint could not check this note (${describeThrown(error)}). Please report this.`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        offset: 0,
        endOffset: 0,
        excerpt: '',
        reference: STANDARD.engine,
      },
    ],
  };
}

/** The result, or the failure it stands for when it is not a lint result (a host's own linter returned something else). */
export function checkedResult(result: unknown): LintResult {
  if (result && typeof result === 'object' && Array.isArray((result as LintResult).findings)) return result as LintResult;
  return lintFailure(new TypeError('the linter returned no findings list'));
}
