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
 * `redact`), and `fatal` true for an error, false for a warning and undefined for info: vfile's own
 * three states, which vfile-reporter prints as error, warning and info and unified-engine (remark-cli)
 * fails on when true, as the casenote-lint CLI exits 1 on an error.
 */
import type { Plugin, Transformer } from 'unified';
import { createLinter, type CaseNote, type Config, type Finding } from '../index.js';
import { ruleDocsUrl } from '../docs/rule-url.js';

// unified's own view of the file, so that the published types name only unified (a dependency).
type VFile = Parameters<Transformer>[1];

/** The `source` of every message, as alex's messages carry 'retext-equality' or 'retext-profanities'. */
export const SOURCE = 'casenote-lint';

export interface CasenoteLintOptions extends Config {
  /**
   * The note's metadata (type, dates, author) when it is kept outside the text, e.g. by a host form or
   * in `file.data`; the file's value is then the note's text alone. Without it, the value is read as a
   * note file and its front matter holds the metadata.
   */
  metadata?: (file: VFile) => Omit<CaseNote, 'text'> | undefined;
  /** Leave the flagged text and replacements out of the messages (`actual`, `expected`), as --redact does. */
  redact?: boolean;
}

const FATAL: Record<Finding['severity'], boolean | undefined> = { error: true, warning: false, info: undefined };

/**
 * The config is compiled once, when the processor is frozen: a bad config throws a ConfigError there, before any file.
 *
 * Typed with no input or output tree: a transformer of any tree that leaves the processor's type as it was, so
 * `unified().use(retextEnglish).use(casenoteLint)` is still the `Processor<Root>` that remark-retext takes
 * (typed with nlcst's Root, as retext-equality is, it would not type-check there).
 */
const casenoteLint: Plugin<[(CasenoteLintOptions | null | undefined)?], undefined, undefined> = function (options) {
  const { metadata, redact = false, ...config } = options ?? {};
  const linter = createLinter(config);
  return (_tree, file) => {
    const source = String(file);
    const fields = metadata?.(file);
    const { findings } = linter.lint(fields ? { ...fields, text: source } : source);
    for (const finding of findings) report(file, finding, redact);
  };
};

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
  if (finding.excerpt) message.actual = finding.excerpt;
  // An empty replacement is a deletion, as unified-language-server reads `expected`.
  const expected = (finding.suggestions ?? []).flatMap((suggestion) => (suggestion.replacement === undefined ? [] : [suggestion.replacement]));
  if (expected.length > 0) message.expected = expected;
}

export default casenoteLint;
