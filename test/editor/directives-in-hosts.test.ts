/**
 * Directives are applied by the engine, so every host that lints a note file honours them: the CodeMirror
 * extension (a document without host metadata) and the unified plugin. (The CLI and the language server
 * have their own tests.)
 */
import { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { Diagnostic } from '@codemirror/lint';
import { retext } from 'retext';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { caseNoteLintSource } from '../../src/codemirror/index.js';
import casenoteLint from '../../src/unified/index.js';

const NOTE = `---
type: home-visit
occurredAt: 2026-04-02T14:30
recordedAt: 2026-04-03T09:15
author: { name: Priya Shah, role: Social Worker }
---
<!-- casenote-lint-disable-next-line no-acronyms -->
The CAMHS worker came too.
The IRO rang afterwards.

Priya Shah, Social Worker, 03/04/2026
`;

describe('directives in the editor hosts', () => {
  it('the CodeMirror lint source, linting the document as a note file, leaves out what a directive turns off', () => {
    const view = { state: EditorState.create({ doc: NOTE }) } as unknown as EditorView;
    const diagnostics = caseNoteLintSource({ linter: createLinter() })(view) as readonly Diagnostic[];
    expect(diagnostics.map((d) => [d.source, NOTE.slice(d.from, d.to)])).toEqual([['no-acronyms', 'IRO']]);
  });

  it('the unified plugin does the same', async () => {
    const file = await retext().use(casenoteLint).process(NOTE);
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['no-acronyms', 'IRO']]);
  });
});
