/**
 * casenote-lint/codemirror: live linting of a case note in a CodeMirror 6 editor.
 *
 * The extension takes a compiled linter (createLinter from "casenote-lint") rather than building one, so that
 * this entry holds no copy of the rules: a host page bundles the core once and the @codemirror/* packages
 * (peer dependencies) once.
 */
import { forceLinting, linter, type Action, type Diagnostic, type LintSource } from '@codemirror/lint';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import { StateEffect, type Extension } from '@codemirror/state';
import type { CaseNote, Finding, LintResult, Severity } from '../index.js';
import { checkedResult, lintFailure } from '../engine/lint-failure.js';

/** The metadata of the note being edited: every CaseNote field except the text, which is the document. */
export type NoteMetadata = Omit<CaseNote, 'text'>;

export interface CaseNoteLintOptions {
  /** A compiled linter: `createLinter(config)` from "casenote-lint". Re-linting an edited note reuses its paragraph cache. */
  linter: { lint(note: CaseNote | string): LintResult };
  /**
   * The note's metadata (type, dates, author, subject), read from the host form at each lint.
   * When absent, or when it returns undefined, the document is linted as a note file: optional YAML front
   * matter, then the text. After the form changes, call `relintCaseNote(view)` so that the note is linted again.
   */
  metadata?: (view: EditorView) => NoteMetadata | undefined;
  /** Called with every lint result, for a findings panel or a save button that waits for errors to be fixed. */
  onLint?: (result: LintResult, view: EditorView) => void;
  /** Milliseconds after the last keystroke before the note is linted. Default 300. */
  delay?: number;
  /** Extra reasons to lint again besides a document change, e.g. an effect the host dispatches when its form changes. */
  needsRefresh?: (update: ViewUpdate) => boolean;
}

/** Dispatched by `relintCaseNote`: the metadata changed, so the unchanged document needs linting again. */
const metadataChanged = StateEffect.define<null>();

/** Lints the note again now, e.g. after the host form changed its metadata (type, dates, author). */
export function relintCaseNote(view: EditorView): void {
  view.dispatch({ effects: metadataChanged.of(null) });
  forceLinting(view);
}

/** The CodeMirror severity of a finding's severity (they share names). */
const SEVERITY: Record<Severity, Diagnostic['severity']> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * Turns findings into CodeMirror diagnostics: the finding's offsets (into the document as linted) become
 * from/to, its rule id the source, and each suggestion with a replacement an action that writes it over the
 * flagged text.
 */
export function findingsToDiagnostics(findings: readonly Finding[], docLength: number): Diagnostic[] {
  return findings.map((finding) => {
    const from = clamp(finding.offset, docLength);
    const to = Math.max(from, clamp(finding.endOffset, docLength));
    const diagnostic: Diagnostic = {
      from,
      to,
      severity: SEVERITY[finding.severity] ?? 'warning',
      source: finding.ruleId,
      message: finding.message,
      markClass: `cm-casenote-${finding.ruleId}`,
    };
    const actions = suggestionActions(finding);
    if (actions.length > 0) diagnostic.actions = actions;
    return diagnostic;
  });
}

function suggestionActions(finding: Finding): Action[] {
  const actions: Action[] = [];
  for (const suggestion of finding.suggestions ?? []) {
    const replacement = suggestion.replacement;
    if (replacement === undefined) continue;
    actions.push({
      name: suggestion.message || (replacement === '' ? 'Delete' : `Replace with "${replacement}"`),
      markClass: 'cm-casenote-fix',
      // from/to are the diagnostic's current position, mapped through any edits since it was made.
      apply(view, from, to) {
        view.dispatch({
          changes: { from, to, insert: replacement },
          selection: { anchor: from + replacement.length },
          userEvent: 'input.casenote-fix',
          scrollIntoView: true,
        });
      },
    });
  }
  return actions;
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(length, Math.trunc(offset))) : 0;
}

/**
 * The lint source alone, for a host that composes its own `linter()` call with other sources. It always
 * gives a result: when linting fails (the metadata callback or the linter throws), one error diagnostic
 * says so and `onLint` receives a result holding it, instead of the editor keeping the last findings.
 */
export function caseNoteLintSource(options: Pick<CaseNoteLintOptions, 'linter' | 'metadata' | 'onLint'>): LintSource {
  return (view) => {
    const text = view.state.doc.toString();
    let result: LintResult;
    try {
      const metadata = options.metadata?.(view);
      result = checkedResult(options.linter.lint(metadata ? { ...metadata, text } : text));
    } catch (error) {
      result = lintFailure(error);
    }
    options.onLint?.(result, view);
    return findingsToDiagnostics(result.findings, text.length);
  };
}

/**
 * The CodeMirror extension: lints the document with the compiled linter while the note is typed, underlines
 * each finding and offers its suggestions as quick fixes (in the hover tooltip and the lint panel).
 */
export function caseNoteLint(options: CaseNoteLintOptions): Extension {
  if (!options || typeof options.linter?.lint !== 'function') {
    throw new TypeError('casenote-lint/codemirror: options.linter must be a compiled linter, e.g. createLinter() from "casenote-lint"');
  }
  const hostRefresh = options.needsRefresh;
  return linter(caseNoteLintSource(options), {
    delay: options.delay ?? 300,
    needsRefresh: (update) =>
      update.transactions.some((tr) => tr.effects.some((effect) => effect.is(metadataChanged))) || (hostRefresh?.(update) ?? false),
  });
}

export type { CaseNote, Finding, LintResult } from '../index.js';
