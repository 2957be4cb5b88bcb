/**
 * The casenote-lint language server: diagnostics for case notes (markdown and plain-text files) on open and
 * change, quick fixes for suggestions with a replacement, "fix all" (source.fixAll.casenote-lint: the fixes
 * --fix applies), the rule's documentation on hover, and the config file (JSON or JavaScript, with its
 * plugins) from the workspace. Which config applies to a note, and which files are notes, are decided by the
 * same modules as the CLI's (config-lookup.ts, note-selection.ts), so that the editor and the CLI agree.
 */
import { stat } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLinter, type Finding, type Linter } from '../index.js';
import { readFrontMatter } from '../parse/front-matter.js';
import { checkedResult, lintFailure } from '../engine/lint-failure.js';
import { describeThrown } from '../engine/thrown.js';
import { CONFIG_FILE_NAMES, readConfigFile } from '../cli/config-file.js';
import { ConfigLocator } from '../cli/config-lookup.js';
import { NoteSelector } from '../cli/note-selection.js';
import { ruleDocsUrl } from '../docs/rule-url.js';
import { ruleName } from '../docs/rule-page.js';
import { fixSource } from '../engine/fix.js';
import { ENGINE_RULE_ID } from '../engine/lint-failure.js';
import { STANDARD } from '../standard.js';

/** Diagnostic source shown by editors; the rule id goes in `code`. */
export const SOURCE = 'casenote-lint';

/** Language ids of note documents (VS Code: markdown, plaintext; Neovim: markdown, text). */
const LANGUAGES = new Set(['markdown', 'plaintext', 'text', 'casenote']);
const EXTENSIONS = /\.(?:md|markdown|txt)$/i;

/** The kind of the "fix all" action: editors ask for source.fixAll on save (VS Code's editor.codeActionsOnSave). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.casenote-lint`;

/** Milliseconds to wait after a change before linting: a burst of keystrokes is linted once. */
const CHANGE_DELAY = 100;

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

type LoadedLinter = { linter: Linter; configFile?: string } | { error: string; configFile: string };

export interface ServerOptions {
  /** Milliseconds between a change and its lint. Default 100. */
  changeDelay?: number;
}

/** Wires the server's handlers to a connection and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const changeDelay = options.changeDelay ?? CHANGE_DELAY;
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Nearest config file of each folder; cleared when a config file changes. */
  const locator = new ConfigLocator();
  /** Which files are notes (the config's files and ignores, .gitignore); its .gitignore files are read again when one changes. */
  let selector = new NoteSelector({ cwd: process.cwd() });
  /** Linters by config file and modification time, so that an edited config is picked up. */
  const linters = new Map<string, Promise<LoadedLinter>>();
  const reportedConfigErrors = new Set<string>();
  const lastLint = new LastLint();
  let workspaceRoots: string[] = [];
  let defaultLinter: Linter | undefined;
  let watchFiles = false;

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceRoots = folders.flatMap((uri) => {
      const path = filePath(uri);
      return path ? [path] : [];
    });
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    selector = new NoteSelector({ cwd: workspaceRoots[0] ?? process.cwd() });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'casenote-lint-lsp' },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [...CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })), { globPattern: '**/.gitignore' }] })
        .catch((error) => connection.console.warn(`casenote-lint: cannot watch ${CONFIG_FILE_NAMES.join(', ')} (${describe(error)})`));
    }
  });

  connection.onDidChangeWatchedFiles(() => {
    lastLint.clear();
    locator.clear();
    selector.clear();
    linters.clear();
    reportedConfigErrors.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, changeDelay));
  documents.onDidClose(({ document }) => {
    const timer = timers.get(document.uri);
    if (timer) clearTimeout(timer);
    timers.delete(document.uri);
    lastLint.forget(document.uri);
    if (isNote(document)) connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isNote(document)) return [];
    const quickFixes = requested(context.only, CodeActionKind.QuickFix);
    // A source action, given when asked for by kind (on save, or the editor's "Source Action…" menu), not
    // beside every quick fix: working it out lints the note again, once per pass.
    const fixAll = context.only !== undefined && requested(context.only, FIX_ALL_KIND);
    if (!quickFixes && !fixAll) return [];
    const loaded = await linterFor(document.uri);
    if ('error' in loaded || !isNoteFile(document.uri, loaded)) return [];
    const current = documents.get(textDocument.uri);
    if (!current) return [];
    const start = current.offsetAt(range.start);
    const end = current.offsetAt(range.end);
    const actions: CodeAction[] = [];
    const findings = lastLint.findings(current, loaded.linter);
    if (fixAll) {
      const action = fixAllAction(current, loaded.linter, findings);
      if (action) actions.push(action);
    }
    if (!quickFixes) return actions;
    for (const finding of findings) {
      if (finding.endOffset < start || finding.offset > end) continue;
      const diagnostic = toDiagnostic(current, finding);
      finding.suggestions?.forEach((suggestion, index) => {
        if (suggestion.replacement === undefined) return;
        actions.push({
          title: suggestion.message || `Replace with "${suggestion.replacement}"`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0,
          edit: { changes: { [current.uri]: [{ range: diagnostic.range, newText: suggestion.replacement }] } },
        });
      });
    }
    return actions;
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isNote(document)) return null;
    const loaded = await linterFor(document.uri);
    const current = documents.get(textDocument.uri);
    if ('error' in loaded || !current || !isNoteFile(current.uri, loaded)) return null;
    return hoverFor(current, lastLint.findings(current, loaded.linter), loaded.linter, position);
  });

  function schedule(document: TextDocument, delay: number): void {
    if (!isNote(document)) return;
    const previous = timers.get(document.uri);
    if (previous) clearTimeout(previous);
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        validate(document.uri).catch((error) => {
          connection.console.error(`casenote-lint: ${describe(error)}`);
          // Whatever failed, the editor must not keep the diagnostics of an older version of the note.
          const current = documents.get(document.uri);
          if (!current) return;
          const diagnostics = lintFailure(error).findings.map((finding) => toDiagnostic(current, finding));
          connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics }).catch(() => undefined);
        });
      }, delay),
    );
  }

  async function validate(uri: string): Promise<void> {
    const loaded = await linterFor(uri);
    // Lint the document as it is now: it may have changed while the config was read.
    const document = documents.get(uri);
    if (!document) return;
    if (!('error' in loaded) && !isNoteFile(uri, loaded)) {
      // Not a note by the config's files and ignores (a README, a template folder): left alone, and any
      // diagnostics it had from before a config change are cleared.
      lastLint.forget(uri);
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const diagnostics = 'error' in loaded ? [configDiagnostic(document, loaded)] : diagnose(document, loaded.linter, lastLint);
    if ('error' in loaded && !reportedConfigErrors.has(loaded.configFile)) {
      reportedConfigErrors.add(loaded.configFile);
      // Sent as a window/showMessageRequest, which a client may refuse: that must not become an unhandled rejection.
      Promise.resolve(connection.window.showErrorMessage(`casenote-lint: ${loaded.error}`) as unknown).catch(() => undefined);
    }
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  async function linterFor(uri: string): Promise<LoadedLinter> {
    const path = filePath(uri);
    const dir = path ? dirname(path) : workspaceRoots[0];
    let configFile: string | undefined;
    try {
      configFile = dir === undefined ? undefined : locator.forFolder(dir);
    } catch (error) {
      // Two config files in one folder: an error on the note, as a bad config is.
      return { error: describe(error), configFile: dir! };
    }
    if (!configFile) return { linter: (defaultLinter ??= createLinter()) };
    const modified = await stat(configFile).then((info) => info.mtimeMs, () => -1);
    const key = `${configFile}\0${modified}`;
    let loaded = linters.get(key);
    if (!loaded) {
      loaded = loadLinter(configFile, modified);
      for (const other of linters.keys()) if (other.startsWith(`${configFile}\0`)) linters.delete(other);
      linters.set(key, loaded);
    }
    return loaded;
  }

  /**
   * Whether a document on disk is a note by its config's `files` and `ignores` (and .gitignore), as the
   * CLI's folder walk decides. A document that is not a file (an unsaved buffer) is linted.
   */
  function isNoteFile(uri: string, loaded: { linter: Linter; configFile?: string }): boolean {
    const path = filePath(uri);
    if (!path) return true;
    // Without a config, the default patterns are relative to the workspace folder that holds the note.
    const fallback = workspaceRoots.find((root) => isInside(root, path)) ?? dirname(path);
    return selector.isNote(path, locator.scope(loaded.configFile, loaded.linter.config, fallback));
  }

  documents.listen(connection);
  connection.listen();
}

async function loadLinter(configFile: string, modified: number): Promise<LoadedLinter> {
  try {
    // A JavaScript config edited since it was last imported is imported again (see LoadOptions.fresh).
    return { linter: createLinter(await readConfigFile(configFile, { fresh: modified >= 0 })), configFile };
  } catch (error) {
    const message = describe(error);
    return { error: message.includes(configFile) ? message : `${configFile}: ${message}`, configFile };
  }
}

/**
 * The last lint of each open document, by version and linter: a code action request reuses the findings
 * the diagnostics came from instead of linting the whole note again.
 */
export class LastLint {
  private readonly results = new Map<string, { version: number; linter: Linter; findings: readonly Finding[] }>();

  findings(document: TextDocument, linter: Linter): readonly Finding[] {
    const last = this.results.get(document.uri);
    if (last && last.version === document.version && last.linter === linter) return last.findings;
    const { findings } = lintSafely(linter, document.getText());
    this.results.set(document.uri, { version: document.version, linter, findings });
    return findings;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}

/**
 * Findings of a note as diagnostics, plus one for malformed front matter if no rule reported it. Never
 * throws: when linting fails, one error diagnostic says so.
 */
export function diagnose(document: TextDocument, linter: Linter, lastLint: LastLint = new LastLint()): Diagnostic[] {
  try {
    const text = document.getText();
    const findings = lastLint.findings(document, linter);
    const diagnostics = findings.map((finding) => toDiagnostic(document, finding));
    const frontMatter = readFrontMatter(text);
    if (frontMatter?.error && !findings.some((finding) => finding.message.includes(frontMatter.error!.message))) {
      const line = frontMatter.error.line - 1;
      diagnostics.unshift({
        range: lineRange(document, line),
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        code: 'front-matter',
        message: `The front matter could not be read (${frontMatter.error.message}), so the note's type, dates and author were ignored. Fix the YAML between the "---" lines.`,
      });
    }
    return diagnostics;
  } catch (error) {
    return lintFailure(error).findings.map((finding) => toDiagnostic(document, finding));
  }
}

/** A bug in the linter must not take the editor's language server down: it becomes an error on the first line. */
function lintSafely(linter: Linter, text: string): { findings: readonly Finding[] } {
  try {
    return checkedResult(linter.lint(text));
  } catch (error) {
    return lintFailure(error);
  }
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.offset), end: document.positionAt(finding.endOffset) },
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: finding.ruleId,
    message: finding.message,
  };
  const href = ruleDocsUrl(finding.ruleId);
  if (href) diagnostic.codeDescription = { href };
  if (finding.suggestions) diagnostic.data = { suggestions: finding.suggestions };
  return diagnostic;
}

/** Whether a code action request's `only` asks for actions of `kind` (a kind is asked for by itself or by any prefix of it). */
function requested(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((asked) => asked === '' || kind === asked || kind.startsWith(`${asked}.`));
}

/**
 * The "fix all" action: every fix --fix would apply to the note as it is in the editor, as edits of the
 * text the editor has (untouched text and the cursor stay where they are). None when there is nothing to fix.
 */
export function fixAllAction(document: TextDocument, linter: Linter, findings: readonly Finding[]): CodeAction | undefined {
  let edits: TextEdit[];
  try {
    edits = fixSource(linter, document.getText(), findings).edits.map((edit) => ({
      range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
      newText: edit.text,
    }));
  } catch {
    return undefined;
  }
  if (edits.length === 0) return undefined;
  return { title: 'Fix all casenote-lint findings that have one fix', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } };
}

/**
 * The documentation of the rules whose findings are under the pointer: the rule's name and id, what it
 * checks, the requirement of the standard it enforces, and a link to its page. The finding's own message is
 * the diagnostic's, which the editor shows beside this.
 */
export function hoverFor(document: TextDocument, findings: readonly Finding[], linter: Linter, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const under = findings.filter((finding) => finding.offset <= offset && (offset < finding.endOffset || offset === finding.offset));
  if (under.length === 0) return null;
  const rules = new Map(linter.config.rules.map(({ rule }) => [rule.meta.id, rule]));
  const sections: string[] = [];
  const seen = new Set<string>();
  for (const finding of under) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    sections.push(ruleDocumentation(finding, rules.get(finding.ruleId)?.meta));
  }
  const start = Math.min(...under.map((finding) => finding.offset));
  const end = Math.max(...under.map((finding) => finding.endOffset));
  return {
    contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}

function ruleDocumentation(finding: Finding, meta: { id: string; name?: string; description: string; reference: { section: string; summary: string } } | undefined): string {
  if (!meta) {
    const engine = finding.ruleId === ENGINE_RULE_ID;
    return engine
      ? `**casenote-lint** (the linter itself)\n\nA finding about an inline directive (\`<!-- casenote-lint-disable … -->\`) or a limit of the linter (maxNoteSize, maxFindings). ${STANDARD.engine.summary}`
      : `\`${finding.ruleId}\`\n\n${finding.reference.section}: ${finding.reference.summary}`;
  }
  const url = ruleDocsUrl(meta.id);
  return [
    `**${escapeMarkdown(ruleName(meta))}** \`${meta.id}\``,
    escapeMarkdown(meta.description),
    `*The standard, ${escapeMarkdown(meta.reference.section)}:* ${escapeMarkdown(meta.reference.summary)}`,
    ...(url ? [`[Documentation of ${meta.id}](${url})`] : []),
  ].join('\n\n');
}

/** Markdown's special characters escaped, so that a custom rule's description is shown as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
}

function configDiagnostic(document: TextDocument, loaded: { error: string }): Diagnostic {
  return {
    range: lineRange(document, 0),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config',
    message: `The note was not checked: ${loaded.error}`,
  };
}

function lineRange(document: TextDocument, line: number): Range {
  const start = document.offsetAt({ line, character: 0 });
  const next = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : document.getText().length;
  const text = document.getText().slice(start, next).replace(/\r?\n$|\r$/, '');
  return { start: { line, character: 0 }, end: { line, character: text.length } };
}

function isNote(document: TextDocument): boolean {
  return LANGUAGES.has(document.languageId) || EXTENSIONS.test(document.uri);
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** An error's message (a config error names its file and key), or what describeThrown makes of anything else. */
function describe(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
  } catch {
    // A getter that throws: describeThrown says so.
  }
  return describeThrown(error, 1000);
}
