/**
 * A JSON-RPC client for the built language server (dist/lsp.js) over stdio, for tests: start it in a
 * workspace, wait for the diagnostics of a document, send requests, shut it down.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export const SERVER = join(resolve(import.meta.dirname, '..', '..'), 'dist', 'lsp.js');

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  source?: string;
  code?: string | number;
  message: string;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]> };
}
export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class LspClient {
  readonly connection: MessageConnection;
  private readonly published = new Map<string, Published>();
  private readonly waiters: { uri: string; test: (p: Published) => boolean; done: (p: Published) => void }[] = [];
  private stderr = '';

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly workspace: string,
  ) {
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.test(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.done(params);
        }
      }
    });
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  /** Starts the server in `workspace` and initializes it. */
  static async start(workspace: string): Promise<{ client: LspClient; capabilities: Record<string, unknown> }> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build (tsup builds the casenote-lint-lsp bin).`);
    const client = new LspClient(spawn(process.execPath, [SERVER, '--stdio'], { cwd: workspace, stdio: 'pipe' }), workspace);
    const result = (await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'notes' }],
      capabilities: {
        textDocument: {
          publishDiagnostics: { versionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    })) as { capabilities: Record<string, unknown> };
    await client.connection.sendNotification('initialized', {});
    return { client, capabilities: result.capabilities };
  }

  uri(path: string): string {
    return pathToFileURL(join(this.workspace, path)).href;
  }

  async open(path: string, text: string, version = 1): Promise<Published> {
    const uri = this.uri(path);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    return this.diagnostics(uri, (p) => p.version === version);
  }

  diagnostics(uri: string, test: (p: Published) => boolean = () => true, timeout = 10_000): Promise<Published> {
    const latest = this.published.get(uri);
    if (latest && test(latest)) return Promise.resolve(latest);
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no matching diagnostics for ${uri} within ${timeout} ms; last: ${JSON.stringify(this.published.get(uri))}; server stderr: ${this.stderr}`)), timeout);
      this.waiters.push({ uri, test, done: (p) => (clearTimeout(timer), done(p)) });
    });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.child.once('exit', (code) => done(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** The offset of an LSP position in a text with "\n" line ends. */
export function offsetOf(text: string, position: Position): number {
  let index = 0;
  for (let line = 0; line < position.line; line++) index = text.indexOf('\n', index) + 1;
  return index + position.character;
}

export function textAt(text: string, range: Range): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

/** Applies an editor's edits (ranges in the text as it was) to the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetOf(text, edit.range.start)) + edit.newText + result.slice(offsetOf(text, edit.range.end));
  return result;
}
