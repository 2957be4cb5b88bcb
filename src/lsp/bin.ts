/**
 * casenote-lint-lsp: the casenote-lint language server. Editors start it with --stdio (the default when no
 * transport is named); --node-ipc, --socket=<port> and --pipe=<name> are accepted too.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const USAGE = `Usage: casenote-lint-lsp [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

The casenote-lint language server. Lints case notes (markdown and plain-text files) as they are edited,
offers quick fixes for suggestions, and reads casenote-lint.config.json from the workspace.
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else {
  const transport = args.some((arg) => /^--(?:stdio|node-ipc|socket=|pipe=)/.test(arg));
  const connection = transport
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // A failed promise somewhere in a handler is logged; it must not take the editor's server down.
  process.on('unhandledRejection', (reason) => connection.console.error(`casenote-lint: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
  startServer(connection);
}
