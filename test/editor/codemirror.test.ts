/**
 * casenote-lint/codemirror without a browser: findings to diagnostics, the lint source with and without the
 * host's metadata, and quick-fix actions applied to a real EditorState.
 */
import { EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createLinter, type Finding, type LintResult, type Rule } from '../../src/index.js';
import { caseNoteLint, caseNoteLintSource, findingsToDiagnostics } from '../../src/codemirror/index.js';

/** A stand-in acronym rule with a replacement, so that these tests do not depend on the built-in word lists. */
const testAcronym: Rule = {
  meta: {
    id: 'test/acronym',
    description: 'LAC written without its expansion.',
    severity: 'warning',
    category: 'language',
    schema: z.object({}),
    reference: { section: 'Principles of recording', summary: 'Write in plain language without acronyms.' },
  },
  check(context) {
    for (const match of context.note.text.matchAll(/\bLAC\b/g)) {
      context.report({
        start: match.index,
        end: match.index + 3,
        message: 'Write "looked-after child" instead of "LAC".',
        suggestions: [{ message: 'Write "looked-after child"', replacement: 'looked-after child' }, { message: 'Explain it in the next sentence' }],
      });
    }
  },
};

const linter = createLinter({ customRules: [testAcronym] });

/** Just enough of an EditorView for the lint source and the actions: a state, and dispatch that updates it. */
function fakeView(doc: string): EditorView & { specs: TransactionSpec[] } {
  const specs: TransactionSpec[] = [];
  const view = {
    state: EditorState.create({ doc }),
    specs,
    dispatch(spec: TransactionSpec) {
      specs.push(spec);
      view.state = view.state.update(spec).state;
    },
  };
  return view as unknown as EditorView & { specs: TransactionSpec[] };
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'no-vague-phrases',
    severity: 'warning',
    message: 'm',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    excerpt: '',
    reference: { section: 's', summary: 's' },
    ...overrides,
  };
}

describe('findingsToDiagnostics', () => {
  it('maps offsets, severity, message and rule id', () => {
    const diagnostics = findingsToDiagnostics(
      [
        finding({ ruleId: 'require-sign-off', severity: 'error', message: 'Sign it.', offset: 4, endOffset: 9 }),
        finding({ ruleId: 'sentence-length', severity: 'info', message: 'Long.', offset: 0, endOffset: 3 }),
        finding({ ruleId: 'no-jargon', severity: 'warning', message: 'Jargon.', offset: 2, endOffset: 2 }),
      ],
      20,
    );
    expect(diagnostics.map(({ from, to, severity, source, message }) => ({ from, to, severity, source, message }))).toEqual([
      { from: 4, to: 9, severity: 'error', source: 'require-sign-off', message: 'Sign it.' },
      { from: 0, to: 3, severity: 'info', source: 'sentence-length', message: 'Long.' },
      { from: 2, to: 2, severity: 'warning', source: 'no-jargon', message: 'Jargon.' },
    ]);
    expect(diagnostics[0]!.markClass).toBe('cm-casenote-require-sign-off');
  });

  it('keeps ranges inside the document', () => {
    const [diagnostic] = findingsToDiagnostics([finding({ offset: 8, endOffset: 40 })], 10);
    expect([diagnostic!.from, diagnostic!.to]).toEqual([8, 10]);
    const [past] = findingsToDiagnostics([finding({ offset: 15, endOffset: 12 })], 10);
    expect([past!.from, past!.to]).toEqual([10, 10]);
  });

  it('turns only suggestions with a replacement into actions', () => {
    const [diagnostic] = findingsToDiagnostics(
      [
        finding({
          offset: 0,
          endOffset: 3,
          suggestions: [{ message: 'Say what you saw' }, { message: 'Write "has"', replacement: 'has' }, { message: '', replacement: '' }],
        }),
      ],
      10,
    );
    expect(diagnostic!.actions?.map((action) => action.name)).toEqual(['Write "has"', 'Delete']);
    expect(findingsToDiagnostics([finding({ suggestions: [{ message: 'advice only' }] })], 10)[0]!.actions).toBeUndefined();
  });
});

describe('caseNoteLintSource', () => {
  it('lints the document as a note file when there is no metadata callback', () => {
    const doc = '---\ntype: home-visit\n---\nSaw Jay. The LAC review is on Monday.\n';
    const view = fakeView(doc);
    const results: LintResult[] = [];
    const diagnostics = caseNoteLintSource({ linter, onLint: (result) => results.push(result) })(view) as ReturnType<typeof findingsToDiagnostics>;
    const acronym = diagnostics.find((d) => d.source === 'test/acronym')!;
    expect(doc.slice(acronym.from, acronym.to)).toBe('LAC');
    expect(results).toHaveLength(1);
    expect(results[0]!.findings.length).toBe(diagnostics.length);
  });

  it('passes the host metadata with the document as the note text', () => {
    const doc = 'Home visit. No concerns. The LAC review is on Monday.\n\nPriya Shah, Social Worker, 03/04/2026';
    const view = fakeView(doc);
    const seen: unknown[] = [];
    const metadata = {
      type: 'home-visit',
      occurredAt: '2026-04-02T14:30',
      recordedAt: '2026-04-03T09:15',
      author: { name: 'Priya Shah', role: 'Social Worker' },
    };
    const recording = {
      lint(note: Parameters<typeof linter.lint>[0]) {
        seen.push(note);
        return linter.lint(note);
      },
    };
    const diagnostics = caseNoteLintSource({ linter: recording, metadata: () => metadata })(view) as ReturnType<typeof findingsToDiagnostics>;
    expect(seen).toEqual([{ ...metadata, text: doc }]);
    const vague = diagnostics.find((d) => d.source === 'no-vague-phrases');
    expect(vague && doc.slice(vague.from, vague.to)).toBe('No concerns');
    // The metadata is complete, so no finding asks for a field.
    expect(diagnostics.filter((d) => d.source === 'required-fields')).toEqual([]);

    // Without the metadata the same text is missing its fields.
    const bare = caseNoteLintSource({ linter, metadata: () => undefined })(view) as ReturnType<typeof findingsToDiagnostics>;
    expect(bare.some((d) => d.source === 'required-fields')).toBe(true);
  });

  it('applies a quick fix at the diagnostic position and the finding goes', () => {
    const doc = 'Phone call about the LAC review. Jay is looking forward to it.';
    const view = fakeView(doc);
    const source = caseNoteLintSource({ linter });
    const diagnostic = (source(view) as ReturnType<typeof findingsToDiagnostics>).find((d) => d.source === 'test/acronym')!;
    expect(diagnostic.actions).toHaveLength(1);
    diagnostic.actions![0]!.apply(view, diagnostic.from, diagnostic.to);
    expect(view.state.doc.toString()).toBe('Phone call about the looked-after child review. Jay is looking forward to it.');
    expect(view.state.selection.main.head).toBe(diagnostic.from + 'looked-after child'.length);
    const after = source(view) as ReturnType<typeof findingsToDiagnostics>;
    expect(after.filter((d) => d.source === 'test/acronym')).toEqual([]);
  });

  it('applies a fix at the position CodeMirror mapped after later edits', () => {
    const view = fakeView('About the LAC review.');
    const diagnostic = (caseNoteLintSource({ linter })(view) as ReturnType<typeof findingsToDiagnostics>).find((d) => d.source === 'test/acronym')!;
    view.dispatch({ changes: { from: 0, insert: 'Call. ' } });
    diagnostic.actions![0]!.apply(view, diagnostic.from + 6, diagnostic.to + 6);
    expect(view.state.doc.toString()).toBe('Call. About the looked-after child review.');
  });
});

describe('caseNoteLintSource when linting fails', () => {
  const run = (options: Parameters<typeof caseNoteLintSource>[0], doc: string) => {
    const results: LintResult[] = [];
    const diagnostics = caseNoteLintSource({ ...options, onLint: (result) => results.push(result) })(fakeView(doc)) as ReturnType<typeof findingsToDiagnostics>;
    return { results, diagnostics };
  };

  it('front matter the YAML library cannot resolve is a finding, and onLint is called', () => {
    const { results, diagnostics } = run({ linter }, '---\ntype: *visit\n---\nSaw Jay at home.\n');
    expect(results).toHaveLength(1);
    const frontMatter = diagnostics.find((d) => d.source === 'required-fields' && d.message.startsWith('Front matter'));
    expect(frontMatter?.severity).toBe('error');
  });

  it('a linter that throws gives one error diagnostic and an error result, so a save button is not left on stale results', () => {
    const broken = {
      lint(): LintResult {
        throw new RangeError('engine bug');
      },
    };
    const { results, diagnostics } = run({ linter: broken }, 'Saw Jay at home.');
    expect(diagnostics.map(({ from, to, severity, source, message }) => ({ from, to, severity, source, message }))).toEqual([
      { from: 0, to: 0, severity: 'error', source: 'casenote-lint', message: 'casenote-lint could not check this note (RangeError: engine bug). Please report this.' },
    ]);
    expect(results).toHaveLength(1);
    expect(results[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([['casenote-lint', 'error']]);
  });

  it('a metadata callback that throws, or a linter that throws a value without a prototype, is reported the same way', () => {
    const badMetadata = run({ linter, metadata: () => { throw new TypeError('form gone'); } }, 'Saw Jay.');
    expect(badMetadata.diagnostics.map((d) => d.message)).toEqual(['casenote-lint could not check this note (TypeError: form gone). Please report this.']);
    expect(badMetadata.results).toHaveLength(1);
    const oddThrow = run({ linter: { lint: () => { throw Object.create(null); } } }, 'Saw Jay.');
    expect(oddThrow.diagnostics.map((d) => d.message)).toEqual(['casenote-lint could not check this note (an object). Please report this.']);
  });

  it('a result without a findings list is a failure too', () => {
    const { results, diagnostics } = run({ linter: { lint: () => ({}) as LintResult } }, 'Saw Jay.');
    expect(diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(results[0]!.findings).toHaveLength(1);
  });
});

describe('caseNoteLint', () => {
  it('is a CodeMirror extension', () => {
    const state = EditorState.create({ doc: 'No concerns.', extensions: [caseNoteLint({ linter, delay: 10, metadata: () => ({ type: 'phone-call' }) })] });
    expect(state.doc.toString()).toBe('No concerns.');
  });

  it('asks for a compiled linter', () => {
    expect(() => caseNoteLint({} as never)).toThrow(/createLinter/);
  });
});
