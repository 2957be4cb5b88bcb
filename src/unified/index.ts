/**
 * casenote-lint as a unified plugin, for retext and remark pipelines, reporting as alex and the retext-*
 * plugins do: each finding becomes a VFileMessage on the file.
 *
 *   import { retext } from 'retext';
 *   import casenoteLint from 'casenote-lint/unified';
 *   const file = await retext().use(casenoteLint, { rules: { 'sentence-length': 'off' } }).process(note);
 *
 * What is linted is the file's whole value, read as a note file (optional YAML front matter, then the
 * text), not the tree: the rules read the note's sentences and metadata themselves, and in a remark
 * pipeline (remark-retext) the tree holds only the prose, without the front matter and sign-off the
 * rules need. Positions are therefore the file's own, which is what every message of every plugin uses.
 *
 * Each message: `reason` the finding's message, `place` its start and end (line, column, offset),
 * `ruleId` the rule, `source` 'casenote-lint', `url` the rule's page, `note` the requirement of the
 * standard, `actual` the flagged text and `expected` the replacements of its suggestions (neither with
 * `redact`), and `fatal` true for an error, false for a warning and undefined for info, as vfile's
 * `fail`, `message` and `info` set it.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { createLinter, type CaseNote, type Config, type Finding, type Linter } from '../index.js';
import { ruleDocsUrl } from '../docs/rule-url.js';

export const SOURCE = 'casenote-lint';

export interface CasenoteLintOptions extends Config {
  /** A linter compiled once with createLinter, shared by many processors; the config fields are then ignored. */
  linter?: Linter;
  /**
   * The note's metadata (type, dates, author) when it is kept outside the text, e.g. by a host form or
   * in `file.data`; the file's value is then the note's text. Without it, the value is read as a note
   * file and its front matter holds the metadata.
   */
  metadata?: (file: VFile) => Omit<CaseNote, 'text'> | undefined;
  /** Leave the flagged text and replacements out of the messages (`actual`, `expected`), as --redact does. */
  redact?: boolean;
}

const FATAL: Record<Finding['severity'], boolean | undefined> = { error: true, warning: false, info: undefined };

/** The attacher: `.use(casenoteLint, options)`. Typed as retext-equality's is, so remark-retext takes it. */
export default function casenoteLint(options?: Readonly<CasenoteLintOptions> | null): (tree: Root, file: VFile) => undefined {
  const { linter: given, metadata, redact = false, ...config } = options ?? {};
  const linter = given ?? createLinter(config);
  return (_tree, file) => {
    const source = String(file);
    const fields = metadata?.(file);
    const { findings } = linter.lint(fields ? { ...fields, text: source } : source);
    for (const finding of findings) report(file, finding, redact);
    return undefined;
  };
}

function report(file: VFile, finding: Finding, redact: boolean): void {
  const message = file.message(finding.message, {
    place: {
      start: { line: finding.line, column: finding.column, offset: finding.offset },
      end: { line: finding.endLine, column: finding.endColumn, offset: finding.endOffset },
    },
    ruleId: finding.ruleId,
    source: SOURCE,
  });
  message.fatal = FATAL[finding.severity];
  const url = ruleDocsUrl(finding.ruleId);
  if (url) message.url = url;
  message.note = `${finding.reference.section}: ${finding.reference.summary}`;
  if (redact) return;
  message.actual = finding.excerpt;
  const expected = (finding.suggestions ?? []).flatMap((suggestion) => (suggestion.replacement === undefined ? [] : [suggestion.replacement]));
  if (expected.length > 0) message.expected = expected;
}

