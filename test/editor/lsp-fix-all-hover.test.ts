/**
 * The language server's "fix all" code action (source.fixAll.casenote-lint), its hover with the rule's
 * documentation, and directives in the editor: over stdio against dist/lsp.js, and in process.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { z } from 'zod';
import { createLinter, fixNote, type Rule } from '../../src/index.js';
import { FIX_ALL_KIND, fixAllAction, hoverFor } from '../../src/lsp/server.js';
import { RULE_DOCS_BASE } from '../../src/docs/rule-url.js';
import { applyEdits, LspClient, textAt, type CodeAction, type Range } from './lsp-client.js';

const FRONT_MATTER = `---
type: home-visit
occurredAt: 2026-04-02T14:30
recordedAt: 2026-04-03T09:15
author: { name: Priya Shah, role: Social Worker }
---
`;

/** Two findings with one fix each (a misspelling, the sign-off's name), and one without a fix. */
const NOTE = `${FRONT_MATTER}I visited Jay at home. He had recieved a letter from school.
No concerns.

Priya Shahh, Social Worker, 03/04/2026
`;
const FIXED = NOTE.replace('recieved', 'received').replace('Priya Shahh', 'Priya Shah');

interface Hover {
  contents: { kind: string; value: string };
  range: Range;
}

let workspace: string;
let client: LspClient;
let capabilities: Record<string, unknown>;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'casenote-lint-lsp-fix-'));
  await writeFile(join(workspace, 'casenote-lint.config.json'), JSON.stringify({ rules: { 'sentence-length': 'off' } }));
  ({ client, capabilities } = await LspClient.start(workspace));
}, 30_000);

afterAll(async () => {
  if (client && client.child.exitCode === null) client.child.kill();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

const codeActions = (uri: string, range: Range, only?: string[]) =>
  client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;
const hover = (uri: string, position: { line: number; character: number }) => client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>;
const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('casenote-lint-lsp: fix all, hover, directives', () => {
  it('announces source.fixAll code actions and hover', () => {
    const provider = capabilities.codeActionProvider as { codeActionKinds: string[] };
    expect(provider.codeActionKinds).toEqual(['quickfix', 'source.fixAll', 'source.fixAll.casenote-lint']);
    expect(capabilities.hoverProvider).toBe(true);
  });

  it('gives one source.fixAll.casenote-lint action with the fixes --fix applies, as edits of the text the editor has', async () => {
    const uri = client.uri('visit.md');
    await client.open('visit.md', NOTE);
    for (const only of [['source.fixAll'], ['source.fixAll.casenote-lint'], ['source']]) {
      const actions = await codeActions(uri, WHOLE, only);
      expect(actions.map((action) => [action.kind, action.title])).toEqual([[FIX_ALL_KIND, 'Fix all casenote-lint findings that have one fix']]);
      const edits = actions[0]!.edit!.changes![uri]!;
      expect(edits.map((edit) => [textAt(NOTE, edit.range), edit.newText])).toEqual([
        ['recieved', 'received'],
        ['Priya Shahh', 'Priya Shah'],
      ]);
      expect(applyEdits(NOTE, edits)).toBe(FIXED);
      expect(applyEdits(NOTE, edits)).toBe(fixNote(NOTE, { config: { rules: { 'sentence-length': 'off' } } }).output);
    }
  });

  it('gives "fix all" only when asked for by kind, not beside the quick fixes of a finding (the light bulb)', async () => {
    const uri = client.uri('visit.md');
    const { diagnostics } = await client.diagnostics(uri);
    const spelling = diagnostics.find((d) => d.code === 'spelling')!;
    expect((await codeActions(uri, spelling.range, ['quickfix'])).map((action) => action.kind)).toEqual(['quickfix']);
    expect((await codeActions(uri, spelling.range)).map((action) => action.kind)).toEqual(['quickfix']);
    expect((await codeActions(uri, spelling.range, ['quickfix', 'source.fixAll'])).map((action) => action.kind)).toEqual([FIX_ALL_KIND, 'quickfix']);
    expect(await codeActions(uri, spelling.range, ['refactor'])).toEqual([]);
  });

  it('applied, the fixes clear their findings and leave the others', async () => {
    const uri = client.uri('visit.md');
    const [action] = await codeActions(uri, WHOLE, ['source.fixAll']);
    const edits = action!.edit!.changes![uri]!;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [...edits].reverse().map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 2);
    expect(diagnostics.map((d) => [d.code, textAt(FIXED, d.range)])).toEqual([['no-vague-phrases', 'No concerns']]);
    expect(await codeActions(uri, WHOLE, ['source.fixAll'])).toEqual([]);
  });

  it("shows the rule's documentation on hover over a finding: name, id, what it checks, the standard's requirement, its page", async () => {
    const uri = client.uri('visit.md');
    const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 2);
    const vague = diagnostics.find((d) => d.code === 'no-vague-phrases')!;
    const result = await hover(uri, { line: vague.range.start.line, character: vague.range.start.character + 3 });
    expect(result!.range).toEqual(vague.range);
    expect(result!.contents.kind).toBe('markdown');
    const lines = result!.contents.value.split('\n\n');
    expect(lines[0]).toMatch(/^\*\*.+\*\* `no-vague-phrases`$/);
    expect(lines[2]).toMatch(/^\*The standard, .+:\* .+/);
    expect(lines[3]).toBe(`[Documentation of no-vague-phrases](${RULE_DOCS_BASE}no-vague-phrases.md)`);
    expect(await hover(uri, { line: 6, character: 2 })).toBeNull();
  });

  it('honours directives, and explains a finding about a directive on hover', async () => {
    const text = `${FRONT_MATTER}<!-- casenote-lint-disable-next-line no-vague-phrases -->\nNo concerns.\n<!-- casenote-lint-disable-next-line no-jargon -->\nJay showed me his bedroom.\n\nPriya Shah, Social Worker, 03/04/2026\n`;
    const uri = client.uri('directives.md');
    const { diagnostics } = await client.open('directives.md', text);
    expect(diagnostics.map((d) => [d.code, d.severity, textAt(text, d.range)])).toEqual([['casenote-lint', 2, 'no-jargon']]);
    const result = await hover(uri, diagnostics[0]!.range.start);
    expect(result!.contents.value).toMatch(/^\*\*casenote-lint\*\* \(the linter itself\)/);
  });

  it('shuts down cleanly', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('hoverFor and fixAllAction (in process)', () => {
  const team: Rule = {
    meta: {
      id: 'team/no-initials',
      name: 'Names, not initials',
      description: 'Initials such as *JB* written for a person.',
      severity: 'warning',
      category: 'language',
      schema: z.object({}).strict(),
      reference: { section: 'Team guidance', summary: 'Write names in full.' },
    },
    check(context) {
      const at = context.note.text.indexOf('JB');
      if (at >= 0) context.report({ start: at, end: at + 2, message: 'Write the name.', suggestions: [{ message: 'Jo Brown', replacement: 'Jo Brown' }] });
    },
  };
  const linter = createLinter({ customRules: [team], rules: { 'no-acronyms': 'off' } });
  const document = TextDocument.create('file:///notes/visit.md', 'markdown', 1, 'JB came to the visit.\n');

  it("a team rule's hover has its name, description as written (Markdown escaped) and reference, and no link", () => {
    const findings = linter.lint(document.getText()).findings.filter((f) => f.ruleId === 'team/no-initials');
    const result = hoverFor(document, findings, linter, { line: 0, character: 1 })!;
    expect(result.contents).toEqual({
      kind: 'markdown',
      value: '**Names, not initials** `team/no-initials`\n\nInitials such as \\*JB\\* written for a person.\n\n*The standard, Team guidance:* Write names in full.',
    });
  });

  it('fixAllAction is undefined when there is nothing to fix', () => {
    const clean = TextDocument.create('file:///notes/clean.md', 'markdown', 1, 'Jo came to the visit.\n');
    expect(fixAllAction(clean, linter, linter.lint(clean.getText()).findings)).toBeUndefined();
    const action = fixAllAction(document, linter, linter.lint(document.getText()).findings)!;
    expect(action.edit!.changes!['file:///notes/visit.md']).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, newText: 'Jo Brown' }]);
  });
});
