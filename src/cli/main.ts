import { parseArgs } from 'node:util';
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, resolve } from 'node:path';
import { ConfigError, type Linter, type Rule } from '../index.js';
import { decodeText, describeFsError, displayPath, findNoteFiles, notesFromText, readAllUpTo, readLimit, readNotes, tooLargeMessage, UsageError, type IgnoredFile, type NoteInput } from './inputs.js';
import { NoteSelector } from './note-selection.js';
import { RunConfigs, type RunConfig } from './run-configs.js';
import { formatterNamed, formatters } from './formatters/index.js';
import { addCounts, emptyCounts, isEntryFormatter, mergeCounts, problemOf, shownReport, streaming, type FormatContext, type InputProblem, type PositionBase, type RuleInfo } from './report.js';
import { readJsonl } from './jsonl.js';
import { createEnvironment, lintItem, type LintEnvironment, type WorkItem } from './lint-core.js';
import { RenderedJoiner, renderNotes, type RenderSpec } from './render.js';
import { findWorkerFile, lintInOrder } from './runner.js';
import { calendarDayOf, workingDayLimitFrom } from './late-days.js';
import { Baseline, DEFAULT_BASELINE_FILE } from './baseline.js';
import { createProgress, NO_PROGRESS, type Progress } from './progress.js';
import { printable } from './printable.js';
import { knownRules } from './info/known-rules.js';
import { listRulesJson, listRulesText } from './info/list-rules.js';
import { explainRule } from './info/explain.js';
import { printConfig } from './info/print-config.js';
import { withOutputFile } from './output-file.js';
import { OutputError } from './output-error.js';

export { OutputError };
import { tooManyWarnings } from './max-warnings.js';
import { JSON_LIKE_HINT, stdinKind } from './stdin-kind.js';
import { NoteFixer, type FixMode } from './fix-files.js';

/** Notes linted on the main thread before worker threads start, unless --jobs is given. */
const INLINE_FIRST = 1000;
/** Old-generation heap of a worker thread (MiB); see RunnerOptions.workerHeapMb. */
const WORKER_HEAP_MB = 256;

const HELP = `Usage: casenote-lint [paths or globs...] [options]

Checks case notes against the case-recording standard.
Paths may be files, directories or globs. A directory is walked for the files the config's "files"
names (default: .md, .txt, .json, .jsonl), leaving out node_modules, names starting with ".", package
and repository files (package.json, README.md...), what .gitignore, the config's "ignores" and
--ignore-pattern ignore, and casenote-lint's own config and baseline.

Options:
  --format NAME             stylish (default), json, sarif (code scanning), github (workflow
                            annotations) or html (a self-contained report for a manager)
  -o, --output-file FILE    write the output to FILE instead of standard output (whole or not
                            at all: through a temporary file renamed over FILE at the end)
  --config FILE             config file for every note, JSON or JavaScript (default: for each
                            note, the nearest casenote-lint.config.json, .js or .mjs upward
                            from the note's folder)
  --ignore-pattern GLOB     leave out files and folders matching GLOB, relative to the working
                            directory; "dir/" is a folder, "!" takes one back (repeatable)
  --no-ignore               ignore nothing: .gitignore, the config's "ignores", --ignore-pattern
                            and the default ignores are all set aside
  --rule ID=SEVERITY        set a rule's severity: off, info, warning or error (repeatable)
  --max-warnings N          exit 1 when there are more than N warnings
  --quiet                   report errors only
  --fix                     apply the fixes that are not a choice (a finding offering exactly one
                            replacement, never in the front matter) to .md and .txt note files,
                            write them back, and report what is left
  --fix-dry-run             the same without writing: --format json gives each fixed note's text
                            as "output" (works with --stdin)
  --stdin                   lint notes read from standard input: one note, or JSON Lines (one note
                            object a line, recognised by its first line, or named NAME.jsonl)
  --stdin-filename NAME     the name (and extension) to give the input read from stdin
  --jobs N                  worker threads for large runs (default: the number of CPU cores,
                            started after the first ${INLINE_FIRST.toLocaleString('en-GB')} notes, so small runs stay on one)
  --baseline FILE           accept as many findings of each rule in each file as FILE counts,
                            and report only those beyond; counts of fixed findings are pruned
  --update-baseline         record every current finding in the baseline file (FILE, or
                            ${DEFAULT_BASELINE_FILE})
  --redact                  leave excerpts and suggested replacements out of every format
                            (file names, note ids, authors and messages stay)
  --color, --no-color       colour the output even when it is not a terminal, or never
                            (default: colour on a terminal, unless NO_COLOR or CI is set)

Information (nothing is linted):
  --list-rules              every rule: id, default severity, category, name and what it flags
                            (--format json for a JSON array)
  --explain RULE            a rule's documentation: what it flags, the standard's requirement,
                            its options and defaults, examples it flags and does not
  --print-config FILE       the configuration that applies to FILE, resolved (every rule's
                            severity and options with defaults), as JSON
  --pseudonymise-authors    name authors Worker 1, Worker 2… in the html report, in the order
                            their first note appears
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors; 1 lint errors or too many warnings; 2 usage error, unreadable or malformed input,
or output that could not be written (a closed pipe).
`;

export interface CliIO {
  argv: string[];
  cwd: string;
  /**
   * Writes text or UTF-8 bytes to standard output; may return a promise that settles when they are taken
   * (backpressure), and that rejects with an OutputError when they cannot be (a closed pipe).
   */
  stdout: (chunk: string | Uint8Array) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Standard input whole, used when there is no stdinStream. */
  readStdin: () => Promise<string | Uint8Array>;
  /** Standard input as a stream of chunks, for JSONL read a line at a time; readStdin is used without it. */
  stdinStream?: () => AsyncIterable<Uint8Array | string>;
  /** Whether standard output is a terminal (colour). */
  isTTY: boolean;
  /** Whether standard error is a terminal (progress bar). */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
}

export async function runCli(io: CliIO): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(io.argv);
  } catch (error) {
    io.stderr(`casenote-lint: ${error instanceof Error ? error.message : String(error)}\nRun casenote-lint --help for usage.\n`);
    return 2;
  }
  const { values, positionals } = args;
  try {
    if (values.help || values.version) {
      await writeOrFail(io, values.help ? HELP : `${readVersion()}\n`);
      return 0;
    }
    return await withOutputFile(io, values['output-file'], (output) => (isInformation(values) ? information(output, values, positionals) : lintFiles(output, values, positionals)));
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`casenote-lint: ${printable(error.message)}\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`casenote-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function writeOrFail(io: CliIO, text: string): Promise<void> {
  try {
    await io.stdout(text);
  } catch (error) {
    throw error instanceof OutputError ? error : new OutputError(error);
  }
}

/** The command-line options (exported so that a test can hold --help and the README to all of them). */
export const OPTIONS = {
  format: { type: 'string', default: 'stylish' },
  'output-file': { type: 'string', short: 'o' },
  config: { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true, default: [] },
  'no-ignore': { type: 'boolean', default: false },
  rule: { type: 'string', multiple: true, default: [] },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  jobs: { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean', default: false },
  redact: { type: 'boolean', default: false },
  'pseudonymise-authors': { type: 'boolean', default: false },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'list-rules': { type: 'boolean', default: false },
  explain: { type: 'string' },
  'print-config': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}

type Values = ReturnType<typeof parse>['values'];

const isInformation = (values: Values) => values['list-rules'] || values.explain !== undefined || values['print-config'] !== undefined;

/** --list-rules, --explain RULE, --print-config FILE: about the rules and the config; nothing is linted. */
async function information(io: CliIO, values: Values, positionals: string[]): Promise<number> {
  const asked = (['list-rules', 'explain', 'print-config'] as const).filter((name) => (name === 'list-rules' ? values[name] : values[name] !== undefined));
  if (asked.length > 1) throw new UsageError(`--${asked[0]} and --${asked[1]} cannot be used together`);
  if (positionals.length > 0 || values.stdin) throw new UsageError(`--${asked[0]} lints nothing; leave out the paths and --stdin`);
  // --print-config FILE: the config that applies to FILE, found from FILE's folder as when it is linted.
  const printed = values['print-config'];
  const { config, file: path, linter } = await new RunConfigs(io.cwd, configOption(io.cwd, values), values.rule ?? []).forFolder(printed === undefined ? io.cwd : dirname(resolve(io.cwd, printed)));
  const rules = knownRules(linter);
  if (values['list-rules']) {
    if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`--list-rules: --format must be stylish or json, got "${values.format}"`);
    await writeOrFail(io, values.format === 'json' ? listRulesJson(rules) : listRulesText(rules));
  } else if (values.explain !== undefined) {
    await writeOrFail(io, explainRule(values.explain, rules));
  } else {
    await writeOrFail(io, printConfig(values['print-config']!, path === undefined ? null : displayPath(path, io.cwd), config, linter));
  }
  return 0;
}

const positionsFor = (extension: string): PositionBase => (extension === '.json' || extension === '.jsonl' ? 'note' : 'file');

async function lintFiles(io: CliIO, values: Values, positionals: string[]): Promise<number> {
  const formatter = formatterNamed(values.format!);
  if (!formatter) throw new UsageError(`--format: expected one of ${[...formatters.keys()].join(', ')}, got "${values.format}"`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings: expected a whole number of 0 or more, got "${values['max-warnings']}"`);
  }
  const jobsGiven = values.jobs !== undefined;
  const jobs = jobsGiven ? Number(values.jobs) : availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs: expected a whole number from 1 to 256, got "${values.jobs}"`);
  if (!values.stdin && positionals.length === 0) throw new UsageError('no files given; pass paths, directories or globs, or --stdin');
  const fixMode = fixModeOf(values);
  const workerFile = jobs > 1 ? findWorkerFile(import.meta.url) : undefined;
  if (jobsGiven && jobs > 1 && !workerFile) throw new UsageError('--jobs: the worker file (lint-worker.js) was not found beside the CLI; run the built CLI (npx tsup)');

  const configs = new RunConfigs(io.cwd, configOption(io.cwd, values), values.rule ?? []);
  const baselinePath = values.baseline ?? (values['update-baseline'] ? DEFAULT_BASELINE_FILE : undefined);
  // The run's own files are not notes: a walk of the folder that holds them leaves them out.
  const ownFiles = [baselinePath, values['output-file']].flatMap((path) => (path === undefined ? [] : [resolve(io.cwd, path)]));
  const selector = new NoteSelector({ cwd: io.cwd, ignorePatterns: values['ignore-pattern'] ?? [], noIgnore: values['no-ignore'] ?? false, ownFiles });
  const finder = { selector, scopeFor: async (folder: string) => (await configs.forFolder(folder)).scope };
  const found = positionals.length > 0 ? await findNoteFiles(positionals, io.cwd, finder) : { files: [], problems: [] as NoteInput[], ignored: [] as IgnoredFile[] };
  const { files, problems } = found;
  for (const { file, reason } of found.ignored) io.stderr(`casenote-lint: warning: ${printable(file)}: ${printable(reason)}\n`);
  // Standard input takes the config of the folder its --stdin-filename names (the working directory without one).
  const stdinConfig = values.stdin ? await configs.forFolder(values['stdin-filename'] === undefined ? io.cwd : dirname(resolve(io.cwd, values['stdin-filename']))) : undefined;
  const fileConfigs: RunConfig[] = [];
  for (const file of files) fileConfigs.push(await configs.forFile(file));
  // With nothing to lint, the working directory's config still has to be valid, as with notes to lint.
  const main = configs.list[0] ?? (await configs.forFolder(io.cwd));
  const linter = main.linter;

  const baseline = baselinePath === undefined ? undefined : await Baseline.open(baselinePath, io.cwd, values['update-baseline'] ?? false);
  if (baseline?.notice) io.stderr(`casenote-lint: ${printable(baseline.notice)}\n`);
  // A finding's hash is a function of the note's text: only where its text may be shown.
  const wants = { fingerprints: values.format === 'sarif' && !values.redact, facts: values.format === 'html' };
  const now = new Date().toISOString();
  // A worker thread loads each config file by its path and puts the same --rule settings on top: a
  // JavaScript config's rules are functions, which cannot be sent to a thread.
  const runConfigs = configs.list.map((entry) => ({ ...(entry.file === undefined ? {} : { file: entry.file }), today: calendarDayOf(now, entry.linter.config.timeZone) }));
  const ruleSettings = values.rule ?? [];
  const envs: LintEnvironment[] = configs.list.map((entry, index) => createEnvironment(entry.linter, wants, runConfigs[index]!.today));
  const sizes = await Promise.all(files.map((file) => stat(file).then((info) => info.size, () => 0)));
  const totalBytes = sizes.reduce((total, size) => total + size, 0);
  const progress: Progress = wantsProgress(io, values.quiet ?? false) ? createProgress({ write: io.stderr, totalBytes: values.stdin ? undefined : totalBytes }) : NO_PROGRESS;
  let bytesDone = 0;
  const fixer = fixMode
    ? new NoteFixer(fixMode, (message) => {
        progress.clear();
        io.stderr(`casenote-lint: ${printable(message)}\n`);
      })
    : undefined;

  async function* items(): AsyncGenerator<WorkItem> {
    if (values.stdin) {
      const name = values['stdin-filename'] ?? '<stdin>';
      let extension = extname(name).toLowerCase() || '.md';
      let chunks = stdinChunks(io);
      if (values['stdin-filename'] === undefined) {
        // Without a name, a stream of JSON note objects is JSON Lines (cat export.jsonl | casenote-lint --stdin).
        const sniffed = await stdinKind(chunks);
        chunks = sniffed.chunks;
        if (sniffed.kind === 'jsonl') extension = '.jsonl';
        else if (sniffed.kind === 'json-like') {
          progress.clear();
          io.stderr(`casenote-lint: ${JSON_LIKE_HINT}\n`);
        }
      }
      const config = stdinConfig!.index;
      if (extension === '.jsonl') {
        fixer?.notFixable(name);
        yield* jsonlItems(chunks, name, () => undefined, config);
      } else {
        for (const input of await readStdinNotes(chunks, name, extension, stdinConfig!.linter.config.maxNoteSize)) {
          const item: WorkItem = { kind: 'input', input, positions: positionsFor(extension), config };
          yield fixer ? await fixer.fix(item, stdinConfig!.linter, undefined) : item;
        }
      }
    }
    for (const input of problems) yield { kind: 'input', input, positions: 'file' };
    for (const [index, file] of files.entries()) {
      const extension = extname(file).toLowerCase();
      const shown = displayPath(file, io.cwd);
      const before = bytesDone;
      const { index: config, linter: fileLinter } = fileConfigs[index]!;
      if (extension === '.jsonl') {
        fixer?.notFixable(shown);
        yield* jsonlItems(createReadStream(file, { highWaterMark: 256 * 1024 }), shown, (bytes) => (bytesDone = before + bytes), config);
      } else {
        for (const input of await readNotes(file, io.cwd, fileLinter.config.maxNoteSize)) {
          const item: WorkItem = { kind: 'input', input, positions: positionsFor(extension), config };
          yield fixer ? await fixer.fix(item, fileLinter, file) : item;
        }
      }
      bytesDone = before + sizes[index]!;
    }
  }

  const context: FormatContext = {
    cwd: io.cwd,
    color: values['no-color'] ? false : values.color ?? (io.isTTY && !io.env.NO_COLOR && !io.env.CI),
    redact: values.redact ?? false,
    pseudonymiseAuthors: values['pseudonymise-authors'] ?? false,
    rules: ruleInfos(configs.list.map((entry) => entry.linter)),
    version: readVersion(),
    workingDayLimit: workingDayLimitFrom(linter.config),
    suppressed: () => baseline?.suppressed ?? 0,
  };
  const format = formatter(context);
  const output = new Output(io, progress);
  const counts = emptyCounts();
  const shown = { quiet: values.quiet ?? false, redact: values.redact ?? false };
  const problemMessage = async (problem: InputProblem) => {
    // On a terminal, keep the message next to the output before it.
    if (io.isTTY) await output.flush();
    progress.clear();
    io.stderr(`${printable(problem.file)}${problem.line ? `:${problem.line}` : ''}: ${printable(problem.error)}\n`);
  };
  const runner = {
    jobs,
    eager: jobsGiven,
    inlineFirst: INLINE_FIRST,
    workerFile,
    workerHeapMb: Number(io.env.CASENOTE_LINT_WORKER_HEAP_MB) || WORKER_HEAP_MB,
    onWorkerError: (error: unknown) => {
      progress.clear();
      // Its code or name only (ERR_WORKER_OUT_OF_MEMORY): a message could quote what the worker was working on.
      const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.name) : 'unknown error';
      io.stderr(`casenote-lint: a worker thread failed (${printable(String(reason))}); its notes were linted on the main thread\n`);
    },
  };
  let notes = 0;
  let end: () => string;
  if (isEntryFormatter(format) && !baseline) {
    // Each note is formatted where it is linted; only bytes, counts and problems come back.
    const { suppressed: _, ...renderContext } = context;
    const render: RenderSpec = { format: values.format!, context: renderContext, quiet: shown.quiet };
    const joiner = new RenderedJoiner(format);
    await output.write(format.begin());
    const batches = lintInOrder(items(), { ...runner, workerData: { configs: runConfigs, ruleSettings, wants, render }, lintHere: (batch) => renderNotes(envs, format, render, batch) });
    for await (const rendered of batches) {
      mergeCounts(counts, rendered.counts);
      for (const piece of joiner.pieces(rendered)) {
        if (typeof piece === 'string' || piece instanceof Uint8Array) await output.write(piece);
        else await problemMessage(piece);
      }
      notes += rendered.notes;
      progress.tick(notes, bytesDone);
    }
    end = () => format.end(joiner.entries);
  } else {
    const stream = streaming(format);
    await output.write(stream.begin());
    const batches = lintInOrder(items(), { ...runner, workerData: { configs: runConfigs, ruleSettings, wants }, lintHere: (batch) => batch.map((item) => lintItem(envs[item.config ?? 0]!, item)) });
    for await (const reports of batches) {
      for (let report of reports) {
        if (baseline) report = baseline.apply(report);
        addCounts(counts, report);
        const problem = problemOf(report);
        if (problem) await problemMessage(problem);
        await output.write(stream.note(shownReport(report, shown)));
        progress.tick(++notes, bytesDone);
      }
    }
    end = () => stream.end();
  }
  await output.write(end());
  await output.flush();
  progress.done();

  if (baseline) {
    const { written, pruned, added, total } = await baseline.save();
    if (written && values['update-baseline']) {
      io.stderr(`casenote-lint: ${printable(baselinePath!)}: ${total} accepted ${total === 1 ? 'finding' : 'findings'} (${added} added, ${pruned} no longer found and pruned).\n`);
    } else if (written) {
      io.stderr(`casenote-lint: ${printable(baselinePath!)}: pruned ${pruned} accepted ${pruned === 1 ? 'finding' : 'findings'} that no longer ${pruned === 1 ? 'occurs' : 'occur'}.\n`);
    }
  }

  if (fixer) io.stderr(`casenote-lint: ${fixer.summary()}\n`);
  const overLimit = maxWarnings !== undefined && counts.warnings > maxWarnings;
  if (overLimit) io.stderr(`casenote-lint: ${tooManyWarnings(counts.warnings, maxWarnings)}\n`);
  if (counts.inputErrors > 0 || (fixer?.failures ?? 0) > 0) return 2;
  if (counts.errors > 0) return 1;
  if (overLimit) return 1;
  return 0;
}

/** --fix or --fix-dry-run, checked against the other options. */
function fixModeOf(values: Values): FixMode | undefined {
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix writes the fixes, --fix-dry-run only shows them');
  if (values.fix && values.stdin) throw new UsageError('--fix writes fixed notes back to their files, and standard input has none; use --fix-dry-run --format json for the fixed text');
  return values.fix ? 'fix' : values['fix-dry-run'] ? 'dry-run' : undefined;
}

/** The progress bar is for a person watching a terminal: not in CI, not with --quiet, not into a file or pipe. */
export function wantsProgress(io: Pick<CliIO, 'stderrIsTTY' | 'env'>, quiet: boolean): boolean {
  return Boolean(io.stderrIsTTY) && !io.env.CI && !quiet && io.env.TERM !== 'dumb';
}

/** Work items of a JSONL stream, one a line; a line that cannot be read becomes an input problem at that line. */
async function* jsonlItems(chunks: AsyncIterable<Uint8Array | string>, file: string, onBytes: (bytes: number) => void, config: number): AsyncGenerator<WorkItem> {
  try {
    for await (const event of readJsonl(chunks, { onBytes })) {
      if (event.kind === 'line') yield { kind: 'jsonl', file, line: event.line, text: event.text, config };
      else if (event.kind === 'bad-line') yield { kind: 'input', input: { file, line: event.line, error: event.error }, positions: 'note', config };
      else yield { kind: 'input', input: { file, error: event.error }, positions: 'note', config };
    }
  } catch (error) {
    yield { kind: 'input', input: { file, error: `cannot read file (${describeFsError(error)})` }, positions: 'note', config };
  }
}

/** Standard input as chunks: the stream, or the whole of it as one chunk. */
function stdinChunks(io: CliIO): AsyncIterable<Uint8Array | string> {
  if (io.stdinStream) return io.stdinStream();
  return (async function* () {
    yield await io.readStdin();
  })();
}

/**
 * The notes of standard input read whole (.md, .txt, .json): bounded as a file of that kind is, and then
 * decoded and checked by the same function as a file, so NUL bytes or bad UTF-8 are refused the same way.
 */
async function readStdinNotes(chunks: AsyncIterable<Uint8Array | string>, name: string, extension: string, maxNoteSize: number): Promise<NoteInput[]> {
  const bytes = await readAllUpTo(chunks, readLimit(extension, maxNoteSize));
  if (!bytes) return [{ file: name, error: tooLargeMessage(extension, maxNoteSize, 0, 'input', true) }];
  const decoded = decodeText(bytes);
  if ('error' in decoded) return [{ file: name, error: decoded.error }];
  return notesFromText(decoded.text, name, extension);
}

/**
 * Buffers output into large writes, honours backpressure, and flushes a quiet stream within 50 ms. Once a
 * write fails (a closed pipe, a full disk) nothing more is written, and every later write or flush rejects
 * with that OutputError, so the run stops and exits 2.
 */
class Output {
  private chunks: (string | Uint8Array)[] = [];
  private size = 0;
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private failure: OutputError | undefined;

  constructor(
    private readonly io: CliIO,
    private readonly progress: Progress,
  ) {}

  write(chunk: string | Uint8Array): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    if (chunk.length === 0) return undefined;
    if (chunk.length >= FLUSH_SIZE && typeof chunk !== 'string') {
      // A large block of bytes (a worker's batch) is written as it is: joining it would copy it.
      void this.flush().catch(() => undefined);
      return this.send(chunk);
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size >= FLUSH_SIZE) return this.flush();
    // A failure here is kept in `failure` and surfaces at the next write or flush.
    this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), 50);
    return undefined;
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.chunks.length === 0) return this.settled();
    const chunks = this.chunks;
    this.chunks = [];
    this.size = 0;
    return this.send(chunks.every((chunk) => typeof chunk === 'string') ? chunks.join('') : Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))));
  }

  private send(data: string | Uint8Array): Promise<void> {
    this.progress.clear();
    this.chain = this.chain.then(async () => {
      if (this.failure) return;
      try {
        await this.io.stdout(data);
      } catch (error) {
        this.failure = error instanceof OutputError ? error : new OutputError(error);
        // The message about it comes next, on a clean line.
        this.progress.done();
      }
    });
    return this.settled();
  }

  /** Settles when everything sent so far is written; rejects if any of it could not be. */
  private settled(): Promise<void> {
    return this.chain.then(() => {
      if (this.failure) throw this.failure;
    });
  }
}

const FLUSH_SIZE = 64 * 1024;

/**
 * Every rule the run's linters know, on or off, with the severity in force: for SARIF's rule list. When
 * notes in different folders have different configs, a rule's severity is the first config's that turns
 * it on (each finding carries its own severity).
 */
function ruleInfos(linters: readonly Linter[]): RuleInfo[] {
  const rules = new Map<string, Rule>();
  for (const linter of linters) for (const rule of knownRules(linter)) if (!rules.has(rule.meta.id)) rules.set(rule.meta.id, rule);
  return [...rules.values()].map((rule) => ({
    id: rule.meta.id,
    description: rule.meta.description,
    defaultSeverity: rule.meta.severity,
    severity: linters.map((linter) => linter.config.rules.find((resolved) => resolved.rule.meta.id === rule.meta.id)?.severity).find((severity) => severity !== undefined) ?? 'off',
    category: rule.meta.category,
    reference: rule.meta.reference,
  }));
}

/** --config FILE as an absolute path: the config of every note; undefined: each note's nearest. */
function configOption(cwd: string, values: Values): string | undefined {
  return values.config === undefined ? undefined : resolve(cwd, values.config);
}

let version: string | undefined;

/** The package version: package.json beside dist/ (built) or two levels up (running from src/cli). */
function readVersion(): string {
  if (version) return version;
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'casenote-lint' && pkg.version) return (version = pkg.version);
    } catch {
      // try the next place
    }
  }
  return (version = 'unknown');
}
