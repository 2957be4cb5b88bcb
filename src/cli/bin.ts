import { OutputError, runCli } from './main.js';

// A closed pipe (`| head`, a pager quit early) or a full disk. Standard output's failures reach runCli
// through the write callbacks (it stops and exits 2); these listeners only stop Node from treating the
// 'error' event as an uncaught exception. A failure on stderr cannot be reported anywhere: the run goes
// on, and exits 2 since some of its messages were lost.
let stderrFailed = false;
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => {
  stderrFailed = true;
});

runCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (chunk) =>
    new Promise<void>((resolve, reject) => {
      // The callback comes once the chunk is handed to the system (backpressure), or with the error.
      process.stdout.write(chunk, (error) => (error ? reject(new OutputError(error)) : resolve()));
    }),
  stderr: (text) => {
    if (!stderrFailed) process.stderr.write(text);
  },
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  stdinStream: () => process.stdin,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = stderrFailed ? 2 : code;
  },
  (error: unknown) => {
    if (!stderrFailed) process.stderr.write(`casenote-lint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
