import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { createLinter, ConfigError, type Config } from '../index.js';
import { findConfigFile, readConfigFile } from './config-file.js';
import { findNoteFiles, notesFromText, readNotes, UsageError, type NoteInput } from './inputs.js';
import { formatters } from './formatters/index.js';
import type { NoteReport } from './report.js';
import { redactFinding, countFindings } from './report.js';
import { extname } from 'node:path';

const HELP = `Usage: casenote-lint [paths or globs...] [options]

Checks case notes against the case-recording standard.
Paths may be files, directories (walked for .md, .txt, .json, .jsonl) or globs.

Options:
  --format stylish|json     output format (default stylish)
  --config FILE             config file (default: casenote-lint.config.json found upward)
  --rule ID=SEVERITY        set a rule's severity: off, info, warning or error (repeatable)
  --max-warnings N          exit 1 when there are more than N warnings
  --quiet                   report errors only
  --stdin                   lint one note read from standard input
  --stdin-filename NAME     the name (and extension) to give the note read from stdin
  --redact                  leave note text (excerpts, replacements) out of the output
  --no-color                never colour the output
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors; 1 lint errors or too many warnings; 2 usage error, unreadable or malformed input.
`;

export interface CliIO {
  argv: string[];
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
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
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${readVersion()}\n`);
    return 0;
  }
  try {
    return await lintFiles(io, values, positionals);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`casenote-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      config: { type: 'string' },
      rule: { type: 'string', multiple: true, default: [] },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      redact: { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

type Values = ReturnType<typeof parse>['values'];

async function lintFiles(io: CliIO, values: Values, positionals: string[]): Promise<number> {
  const formatter = formatters[values.format!];
  if (!formatter) throw new UsageError(`--format: expected one of ${Object.keys(formatters).join(', ')}, got "${values.format}"`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings: expected a whole number of 0 or more, got "${values['max-warnings']}"`);
  }
  if (!values.stdin && positionals.length === 0) throw new UsageError('no files given; pass paths, directories or globs, or --stdin');

  const config = await loadConfig(io.cwd, values);
  const linter = createLinter(config);

  const inputs: NoteInput[] = [];
  if (values.stdin) {
    const name = values['stdin-filename'] ?? '<stdin>';
    inputs.push(...notesFromText(await io.readStdin(), name, extname(name).toLowerCase() || '.md'));
  }
  if (positionals.length > 0) {
    const { files, problems } = await findNoteFiles(positionals, io.cwd);
    inputs.push(...problems);
    for (const file of files) inputs.push(...(await readNotes(file, io.cwd)));
  }

  const reports: NoteReport[] = inputs.map((input) => lintInput(linter, input));
  const shown = reports.map((report) => {
    let findings = values.quiet ? report.findings.filter((f) => f.severity === 'error') : report.findings;
    if (values.redact) findings = findings.map(redactFinding);
    return { ...report, findings };
  });

  for (const report of reports) {
    if (report.error) io.stderr(`${report.file}${report.line ? `:${report.line}` : ''}: ${report.error}\n`);
  }
  const color = values['no-color'] ? false : values.color ?? (io.isTTY && !io.env.NO_COLOR && !io.env.CI);
  io.stdout(
    formatter(shown, {
      cwd: io.cwd,
      color,
      redact: values.redact ?? false,
      rules: linter.config.rules.map(({ rule, severity }) => ({ id: rule.meta.id, description: rule.meta.description, severity, reference: rule.meta.reference })),
    }),
  );

  const counts = countFindings(reports);
  if (counts.inputErrors > 0) return 2;
  if (counts.errors > 0) return 1;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) return 1;
  return 0;
}

function lintInput(linter: ReturnType<typeof createLinter>, input: NoteInput): NoteReport {
  if (input.error !== undefined) return { file: input.file, line: input.line, noteId: input.noteId ?? null, findings: [], error: input.error };
  const result = linter.lint(input.note);
  const report: NoteReport = { file: input.file, line: input.line, noteId: result.noteId ?? null, findings: result.findings };
  // A note file whose front matter is malformed is linted, and also reported as malformed input.
  const frontMatter = result.findings.find((f) => f.ruleId === 'required-fields' && f.message.startsWith('Front matter'));
  if (frontMatter) {
    report.line = frontMatter.line;
    report.error = frontMatter.message.replace(/^Front matter: /, '');
  }
  return report;
}

async function loadConfig(cwd: string, values: Values): Promise<Config> {
  const path = findConfigFile(cwd, values.config);
  const config: Config = path ? await readConfigFile(path) : {};
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new UsageError(`${path}: config must be a JSON object`);
  const rules: Record<string, unknown> = { ...(config.rules ?? {}) };
  for (const setting of values.rule ?? []) {
    const match = /^([^=]+)=(.*)$/.exec(setting);
    if (!match) throw new UsageError(`--rule: expected ID=off|info|warning|error, got "${setting}"`);
    const [, id, severity] = match;
    const current = rules[id!];
    rules[id!] = Array.isArray(current) ? [severity, ...current.slice(1)] : severity;
  }
  // Config errors surface from createLinter as a ConfigError naming the key.
  return { ...config, rules: rules as Config['rules'] };
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}
