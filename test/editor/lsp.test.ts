/**
 * The language server (dist/lsp.js, the casenote-lint-lsp bin) driven over stdio by a real JSON-RPC client:
 * initialize, open, change, code action, shutdown, exit.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLinter, type Linter, type LintResult } from '../../src/index.js';
import { diagnose, LastLint } from '../../src/lsp/server.js';
import { CONFIG_MODULE, TEAM_BODY, teamFiles } from '../helpers/team-plugin.js';

const root = resolve(import.meta.dirname, '..', '..');
const SERVER = join(root, 'dist', 'lsp.js');

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface Diagnostic {
  range: Range;
  severity?: number;
  source?: string;
  code?: string | number;
  message: string;
  data?: { suggestions?: { message: string; replacement?: string }[] };
}
interface TextEdit { range: Range; newText: string }
interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEdit[]> };
}
interface Published { uri: string; version?: number; diagnostics: Diagnostic[] }

const NOTE = `---
type: home-visit
occurredAt: 2026-04-02T14:30
recordedAt: 2026-04-03T09:15
author:
  name: Priya Shah
  role: Social Worker
---
Home visit to Jay at his foster carer's home. His foster carer said he suffers from asthma and
uses his inhaler before football. The LAC review is next week.

Jay showed me his bedroom. No concerns.

Sam Jones, Social Worker, 03/04/2026
`;

const BROKEN = `---
type: [home-visit
occurredAt: 2026-04-02
---
Home visit. Jay showed me his bedroom and the models he has built.

Priya Shah, Social Worker, 03/04/2026
`;

let workspace: string;
let child: ChildProcessWithoutNullStreams;
let client: MessageConnection;
let stderr = '';
const published = new Map<string, Published>();
const waiters: { uri: string; test: (p: Published) => boolean; done: (p: Published) => void }[] = [];
const shownMessages: { type: number; message: string }[] = [];
const registrations: unknown[] = [];

beforeAll(async () => {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build (tsup builds the casenote-lint-lsp bin).`);
  workspace = await mkdtemp(join(tmpdir(), 'casenote-lint-lsp-'));
  // The workspace config makes vague phrases errors: proof that the server read it.
  await writeFile(join(workspace, 'casenote-lint.config.json'), JSON.stringify({ rules: { 'no-vague-phrases': 'error' } }));
  await mkdir(join(workspace, 'bad-config'));
  await writeFile(join(workspace, 'bad-config', 'casenote-lint.config.json'), '{ "rules": { ');
  await mkdir(join(workspace, 'fields-off'));
  await writeFile(join(workspace, 'fields-off', 'casenote-lint.config.json'), JSON.stringify({ rules: { 'required-fields': 'off' } }));
  // A team's JavaScript config with its plugin, and a folder with two config files.
  await mkdir(join(workspace, 'plugin-team'));
  for (const [name, content] of Object.entries(teamFiles())) await writeFile(join(workspace, 'plugin-team', name), content);
  await mkdir(join(workspace, 'two-configs'));
  await writeFile(join(workspace, 'two-configs', 'casenote-lint.config.json'), '{}');
  await writeFile(join(workspace, 'two-configs', 'casenote-lint.config.mjs'), 'export default {};\n');
  // A team folder whose config says which files are notes, and a sub-folder with a config of its own.
  await mkdir(join(workspace, 'team', 'notes'), { recursive: true });
  await writeFile(join(workspace, 'team', 'casenote-lint.config.json'), JSON.stringify({ files: ['notes/**/*.md'], ignores: ['notes/templates/'] }));
  await mkdir(join(workspace, 'sub', 'deep'), { recursive: true });
  await writeFile(join(workspace, 'sub', 'casenote-lint.config.json'), JSON.stringify({ rules: { 'no-vague-phrases': 'info', 'no-acronyms': 'error', 'sentence-length': 'off' } }));
  await writeFile(join(workspace, 'sub', 'deep', 'visit.md'), NOTE);

  child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: workspace, stdio: 'pipe' });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  client.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.set(params.uri, params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.test(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.done(params);
      }
    }
  });
  client.onNotification('window/showMessage', (params: { type: number; message: string }) => shownMessages.push(params));
  client.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
    shownMessages.push(params);
    return null;
  });
  client.onNotification('window/logMessage', () => {});
  client.onRequest('client/registerCapability', (params: unknown) => {
    registrations.push(params);
    return null;
  });
  client.listen();
}, 30_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill();
  client?.dispose();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

function uriOf(path: string): string {
  return pathToFileURL(join(workspace, path)).href;
}

function diagnosticsFor(uri: string, test: (p: Published) => boolean = () => true, timeout = 10_000): Promise<Published> {
  const latest = published.get(uri);
  if (latest && test(latest)) return Promise.resolve(latest);
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no matching diagnostics for ${uri} within ${timeout} ms; last: ${JSON.stringify(published.get(uri))}; server stderr: ${stderr}`)), timeout);
    waiters.push({ uri, test, done: (p) => (clearTimeout(timer), done(p)) });
  });
}

/** The text a range covers, for checking where a diagnostic points. */
function textAt(text: string, range: Range): string {
  const offset = (position: Position) => {
    let line = 0;
    let index = 0;
    while (line < position.line) {
      index = text.indexOf('\n', index) + 1;
      line++;
    }
    return index + position.character;
  };
  return text.slice(offset(range.start), offset(range.end));
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (position: Position) => {
    let index = 0;
    for (let line = 0; line < position.line; line++) index = text.indexOf('\n', index) + 1;
    return index + position.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

describe('casenote-lint-lsp over stdio', () => {
  let text = NOTE;
  const uri = () => uriOf('visit.md');

  it('initializes with incremental sync and quick-fix code actions', async () => {
    const result = (await client.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'notes' }],
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: false, versionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
        },
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      },
    })) as { capabilities: { textDocumentSync: number; codeActionProvider: { codeActionKinds: string[] } }; serverInfo?: { name: string } };
    expect(result.capabilities.textDocumentSync).toBe(2);
    expect(result.capabilities.codeActionProvider.codeActionKinds).toContain('quickfix');
    expect(result.serverInfo?.name).toBe('casenote-lint-lsp');
    await client.sendNotification('initialized', {});
  });

  it('publishes diagnostics when a markdown note is opened, with the workspace config applied', async () => {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'markdown', version: 1, text } });
    const { diagnostics, version } = await diagnosticsFor(uri(), (p) => p.version === 1);
    expect(version).toBe(1);
    const vague = diagnostics.find((d) => d.code === 'no-vague-phrases');
    expect(vague, JSON.stringify(diagnostics)).toBeDefined();
    expect(vague!.source).toBe('casenote-lint');
    expect(vague!.severity).toBe(1); // error, from casenote-lint.config.json (the default is warning)
    expect(textAt(text, vague!.range)).toBe('No concerns');
    expect(vague!.message).toMatch(/does not tell the reader what was done/);
  });

  it('offers the suggestions as quick fixes and re-lints after the fix is applied as an incremental change', async () => {
    const { diagnostics } = published.get(uri())!;
    const fixable = diagnostics.filter((d) => d.data?.suggestions?.some((s) => s.replacement !== undefined));
    expect(fixable.length, `a finding with a replacement in ${JSON.stringify(diagnostics)}`).toBeGreaterThan(0);
    const target = fixable[0]!;
    const replacement = target.data!.suggestions!.find((s) => s.replacement !== undefined)!.replacement!;
    const before = textAt(text, target.range);

    const actions = (await client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    })) as CodeAction[];
    const action = actions.find((a) => a.edit?.changes?.[uri()]?.some((edit) => edit.newText === replacement));
    expect(action, JSON.stringify(actions)).toBeDefined();
    expect(action!.kind).toBe('quickfix');
    expect(action!.diagnostics?.[0]?.code).toBe(target.code);
    const edits = action!.edit!.changes![uri()]!;
    expect(edits[0]!.range).toEqual(target.range);

    // The editor applies the edit and sends it back as an incremental change.
    text = applyEdits(text, edits);
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(), version: 2 },
      contentChanges: edits.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    const after = await diagnosticsFor(uri(), (p) => p.version === 2);
    const still = after.diagnostics.filter((d) => d.code === target.code && textAt(text, d.range) === before && d.range.start.line === target.range.start.line);
    expect(still).toEqual([]);
    expect(text).toContain(replacement);
  });

  it('clears a finding when the text is changed to fix it', async () => {
    const line = text.split('\n').findIndex((l) => l.includes('No concerns.'));
    const character = text.split('\n')[line]!.indexOf('No concerns.');
    const replacementText = 'He said he likes his room because it is quiet.';
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(), version: 3 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 'No concerns.'.length } }, text: replacementText }],
    });
    text = text.replace('No concerns.', replacementText);
    const { diagnostics } = await diagnosticsFor(uri(), (p) => p.version === 3);
    expect(diagnostics.filter((d) => d.code === 'no-vague-phrases')).toEqual([]);
  });

  it('lints plain-text notes too', async () => {
    const plain = uriOf('call.txt');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: plain, languageId: 'plaintext', version: 1, text: 'Phone call with the school. All tasks completed.\n' },
    });
    const { diagnostics } = await diagnosticsFor(plain, (p) => p.version === 1);
    expect(diagnostics.some((d) => d.code === 'no-vague-phrases')).toBe(true);
  });

  it('reports malformed front matter as a diagnostic, not a crash', async () => {
    const broken = uriOf('broken.md');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'markdown', version: 1, text: BROKEN } });
    const { diagnostics } = await diagnosticsFor(broken, (p) => p.version === 1);
    const frontMatter = diagnostics.find((d) => /front matter/i.test(d.message));
    expect(frontMatter, JSON.stringify(diagnostics)).toBeDefined();
    expect(frontMatter!.severity).toBe(1);
    expect(frontMatter!.range.start.line).toBeLessThan(4); // inside the front matter
    // Still alive: a request after the broken note is answered.
    const actions = await client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: broken },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(Array.isArray(actions)).toBe(true);
    expect(child.exitCode).toBeNull();
  });

  it('publishes a finding for front matter the YAML library cannot resolve (an alias to no anchor)', async () => {
    const alias = uriOf('alias.md');
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: alias, languageId: 'markdown', version: 1, text: '---\ntype: *visit\n---\nHome visit. Jay showed me his bedroom.\n' },
    });
    const { diagnostics } = await diagnosticsFor(alias, (p) => p.version === 1);
    const frontMatter = diagnostics.find((d) => d.code === 'required-fields' && d.message.startsWith('Front matter'));
    expect(frontMatter, JSON.stringify(diagnostics)).toBeDefined();
    expect(frontMatter!.message).toMatch(/line 2, column 7: an alias \(\*name\) that refers to no anchor/);
    expect(frontMatter!.range.start.line).toBe(1);
  });

  it('still reports malformed front matter when the rule that reports it is off', async () => {
    const broken = uriOf('fields-off/broken.md');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'markdown', version: 1, text: BROKEN } });
    const { diagnostics } = await diagnosticsFor(broken, (p) => p.version === 1);
    expect(diagnostics.filter((d) => d.code === 'required-fields')).toEqual([]);
    const frontMatter = diagnostics.find((d) => d.code === 'front-matter');
    expect(frontMatter, JSON.stringify(diagnostics)).toBeDefined();
    expect(frontMatter!.severity).toBe(1);
    expect(frontMatter!.range.start.line).toBeGreaterThan(0); // on the line where the YAML parser gave up, inside the front matter
    expect(frontMatter!.range.start.line).toBeLessThan(4);
    expect(frontMatter!.message).toMatch(/front matter could not be read/);
  });

  it('reports a broken config file on the note instead of crashing', async () => {
    const note = uriOf('bad-config/visit.md');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: note, languageId: 'markdown', version: 1, text: NOTE } });
    const { diagnostics } = await diagnosticsFor(note, (p) => p.version === 1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('config');
    expect(diagnostics[0]!.message).toContain('casenote-lint.config.json');
    await expect.poll(() => shownMessages.length).toBeGreaterThan(0);
  });

  it("runs a team's plugin rules from a JavaScript config, and imports the config again when it changes", async () => {
    const note = uriOf('plugin-team/visit.md');
    const text = NOTE.replace("Jay showed me his bedroom.", `${TEAM_BODY} Jay showed me his bedroom.`);
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: note, languageId: 'markdown', version: 1, text } });
    const { diagnostics } = await diagnosticsFor(note, (p) => p.version === 1);
    const initials = diagnostics.filter((d) => d.code === 'myteam/no-initials');
    expect(initials.map((d) => [textAt(text, d.range), d.severity, d.source])).toEqual([['K.P.', 1, 'casenote-lint']]);
    expect(diagnostics.find((d) => d.code === 'myteam/broken')?.message).toMatch(/^The rule myteam\/broken failed on this note/);
    expect(diagnostics.filter((d) => d.code === 'no-jargon').map((d) => textAt(text, d.range))).toContain('step-down panel');

    // The team lowers the rule to info: the watcher reports the change, and the server imports the file again.
    const config = join(workspace, 'plugin-team', 'casenote-lint.config.mjs');
    await writeFile(config, CONFIG_MODULE.replace("['error', { initials", "['info', { initials"));
    const { utimes } = await import('node:fs/promises');
    await utimes(config, new Date(), new Date(Date.now() + 5000));
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const after = await diagnosticsFor(note, (p) => p.diagnostics.some((d) => d.code === 'myteam/no-initials' && d.severity === 3));
    expect(after.diagnostics.filter((d) => d.code === 'myteam/no-initials')).toHaveLength(1);
  });

  it('reports two config files in one folder on the note, naming both', async () => {
    const note = uriOf('two-configs/visit.md');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: note, languageId: 'markdown', version: 1, text: NOTE } });
    const { diagnostics } = await diagnosticsFor(note, (p) => p.version === 1);
    expect(diagnostics.map((d) => d.code)).toEqual(['config']);
    expect(diagnostics[0]!.message).toContain(`${join(workspace, 'two-configs', 'casenote-lint.config.json')} and ${join(workspace, 'two-configs', 'casenote-lint.config.mjs')}: two config files in one folder`);
  });

  it("leaves alone a file that is not a note by the config's files or the default ignores: empty diagnostics, no quick fixes", async () => {
    const guide = uriOf('team/guide.md');
    const template = uriOf('team/notes/templates/visit.md');
    const readme = uriOf('README.md');
    const note = uriOf('team/notes/visit.md');
    for (const document of [guide, template, readme, note]) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri: document, languageId: 'markdown', version: 1, text: NOTE } });
    }
    // The note is linted (its config sets no severities: the default warning), so the server got this far for the others too.
    const linted = await diagnosticsFor(note, (p) => p.version === 1);
    expect(linted.diagnostics.find((d) => d.code === 'no-vague-phrases')?.severity).toBe(2);
    for (const document of [guide, template, readme]) {
      const { diagnostics } = await diagnosticsFor(document, (p) => p.version === 1);
      expect(diagnostics, document).toEqual([]);
      const actions = await client.sendRequest('textDocument/codeAction', {
        textDocument: { uri: document },
        range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
        context: { diagnostics: [] },
      });
      expect(actions, document).toEqual([]);
    }
  });

  it('gives a note in a sub-folder with its own config the findings the CLI gives, from any working directory', async () => {
    const note = uriOf('sub/deep/visit.md');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: note, languageId: 'markdown', version: 1, text: NOTE } });
    const { diagnostics } = await diagnosticsFor(note, (p) => p.version === 1);
    const fromEditor = diagnostics.map((d) => `${d.code} ${d.severity} ${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
    // The sub-folder's config, not the workspace's: vague phrases are info there, acronyms errors.
    expect(fromEditor.some((d) => d.startsWith('no-vague-phrases 3 '))).toBe(true);
    expect(fromEditor.some((d) => d.startsWith('no-acronyms 1 '))).toBe(true);
    const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };
    for (const cwd of [workspace, join(workspace, 'sub', 'deep')]) {
      const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), join(workspace, 'sub', 'deep', 'visit.md'), '--format', 'json'], { cwd, encoding: 'utf8' });
      const [report] = JSON.parse(cli.stdout) as { findings: { ruleId: string; severity: string; line: number; column: number }[] }[];
      const fromCli = report!.findings.map((f) => `${f.ruleId} ${SEVERITY[f.severity]} ${f.line}:${f.column}`).sort();
      expect(fromCli, cwd).toEqual(fromEditor);
    }
  });

  it('clears diagnostics when a note is closed', async () => {
    await client.sendNotification('textDocument/didClose', { textDocument: { uri: uri() } });
    await diagnosticsFor(uri(), (p) => p.diagnostics.length === 0);
  });

  it('shuts down and exits cleanly', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    await client.sendRequest('shutdown');
    await client.sendNotification('exit');
    expect(await exited).toBe(0);
    expect(registrations.length).toBe(1); // the config-file watcher, for each name a config file may have
    const watchers = (registrations[0] as { registrations: { registerOptions: { watchers: { globPattern: string }[] } }[] }).registrations[0]!.registerOptions.watchers;
    expect(watchers.map((watcher) => watcher.globPattern)).toEqual(['**/casenote-lint.config.json', '**/casenote-lint.config.js', '**/casenote-lint.config.mjs', '**/.gitignore']);
  });
});

describe('diagnose and LastLint (in process)', () => {
  const documentOf = (text: string, version = 1) => TextDocument.create('file:///notes/visit.md', 'markdown', version, text);
  const counting = (inner: Linter | { lint(): LintResult }) => {
    let calls = 0;
    const linter = { config: createLinter().config, lint: (note: string) => ((calls += 1), inner.lint(note as never)) } as unknown as Linter;
    return { linter, calls: () => calls };
  };

  it('a linter that throws gives one error diagnostic instead of none', () => {
    const broken = counting({ lint: () => { throw Object.create(null); } });
    const diagnostics = diagnose(documentOf('Home visit.'), broken.linter);
    expect(diagnostics.map(({ severity, code, message, range }) => ({ severity, code, message, line: range.start.line }))).toEqual([
      { severity: 1, code: 'casenote-lint', message: 'casenote-lint could not check this note (an object). Please report this.', line: 0 },
    ]);
  });

  it('a result without a findings list gives one error diagnostic instead of throwing', () => {
    const odd = counting({ lint: () => ({ findings: null }) as unknown as LintResult });
    const diagnostics = diagnose(documentOf('Home visit.'), odd.linter);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([[1, 'casenote-lint']]);
  });

  it('reuses the last lint of a document version, and lints again for a new version or another linter', () => {
    const lints = counting(createLinter());
    const lastLint = new LastLint();
    const first = documentOf('Home visit. No concerns.');
    const diagnostics = diagnose(first, lints.linter, lastLint);
    expect(diagnostics.some((d) => d.code === 'no-vague-phrases')).toBe(true);
    // A code action on the same version: the same findings, no new lint.
    expect(lastLint.findings(first, lints.linter).some((f) => f.ruleId === 'no-vague-phrases')).toBe(true);
    expect(lints.calls()).toBe(1);
    const edited = documentOf('Home visit. Jay showed me his room.', 2);
    expect(lastLint.findings(edited, lints.linter).some((f) => f.ruleId === 'no-vague-phrases')).toBe(false);
    expect(lints.calls()).toBe(2);
    const other = counting(createLinter({ rules: { 'no-vague-phrases': 'off' } }));
    lastLint.findings(edited, other.linter);
    expect(other.calls()).toBe(1);
    lastLint.forget(edited.uri);
    lastLint.findings(edited, other.linter);
    expect(other.calls()).toBe(2);
  });
});
