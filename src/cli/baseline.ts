/**
 * A baseline of accepted findings, so a team can adopt the linter on an existing corpus and fail only on
 * new findings, as ESLint's bulk suppressions do: for each file and rule, how many findings are accepted.
 * Nothing else. No hash, excerpt or position: any function of a note's text can be turned back into the
 * text by trying the phrases the rules look for (a hash of "chaotic" for a named child's file says that a
 * worker called the family chaotic). Paths are relative to the baseline file, with forward slashes, so the
 * file can be committed and used from any checkout.
 *
 * - A file passes a rule while its findings of that rule number at most the accepted count. Findings
 *   beyond the count are reported: the later ones, in the order the notes and their findings come (the
 *   baseline cannot tell an old finding from a new one; additions to a note, and new notes in an export,
 *   usually come last).
 * - `--baseline FILE`: counts of the files linted in full this run go down to what was found (the file
 *   only ever shrinks).
 * - `--update-baseline`: counts become this run's for the files linted (other files' are kept), so the
 *   run reports nothing new.
 *
 * The old format (version 1: counts per hash of each finding's excerpt and context) is still read, as
 * counts per file and rule, with a message asking for the file to be regenerated; it is never written.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { writeAtomically } from './atomic-file.js';
import { describeFsError, UsageError } from './inputs.js';
import { jsonErrorMessage } from './json-error.js';
import type { NoteReport } from './report.js';

export const DEFAULT_BASELINE_FILE = 'casenote-lint.baseline.json';

const VERSION = 2;
const ABOUT = 'Findings accepted by casenote-lint --baseline: how many findings of each rule each file may have. Regenerate with --update-baseline.';

/** Counts by file, then by rule id. Maps, never objects keyed by a file name (a note file may be called __proto__). */
type Counts = Map<string, Map<string, number>>;

const countOf = (counts: Counts, file: string, rule: string) => counts.get(file)?.get(rule) ?? 0;

function setCount(counts: Counts, file: string, rule: string, value: number): void {
  let rules = counts.get(file);
  if (!rules) counts.set(file, (rules = new Map()));
  rules.set(rule, value);
}

export class Baseline {
  /** Accepted counts, as read. */
  private readonly accepted: Counts = new Map();
  /** Findings of this run, by file and rule. */
  private readonly current: Counts = new Map();
  /** Baseline-relative files linted in this run, and those with a note that could not be linted. */
  private readonly linted = new Set<string>();
  private readonly incomplete = new Set<string>();
  suppressed = 0;
  /** A message for stderr about the file as read (an old format), if any. */
  notice: string | undefined;

  private constructor(
    readonly path: string,
    private readonly cwd: string,
    private readonly update: boolean,
    private readonly existed: boolean,
    private readonly oldFormat: boolean,
  ) {}

  static async open(path: string, cwd: string, update: boolean): Promise<Baseline> {
    const absolute = resolve(cwd, path);
    let text: string | undefined;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || !update) {
        throw new UsageError(code === 'ENOENT' ? `${path}: baseline file not found; create it with --update-baseline` : `${path}: cannot read baseline file (${describeFsError(error)})`);
      }
    }
    if (text === undefined) return new Baseline(absolute, cwd, update, false, false);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${path}: baseline file is not valid JSON (${jsonErrorMessage(text, error)}); regenerate it with --update-baseline`);
    }
    const { version, counts } = readCounts(data, path);
    const baseline = new Baseline(absolute, cwd, update, true, version === 1);
    for (const [file, rules] of counts) for (const [rule, count] of rules) setCount(baseline.accepted, file, rule, count);
    if (version === 1 && !update) {
      baseline.notice = `${path}: this baseline has the old format (version 1), whose hashes could reveal what was flagged; run casenote-lint with --update-baseline to rewrite it (version 2 holds only counts per file and rule).`;
    }
    return baseline;
  }

  /** The file as the baseline names it: relative to the baseline's folder, with forward slashes. */
  fileKey(file: string): string {
    if (file === '<stdin>') return file;
    return relative(dirname(this.path), resolve(this.cwd, file)).split(sep).join('/');
  }

  /** Removes the findings the baseline accepts (all of them with --update-baseline) and records what was found. */
  apply(report: NoteReport): NoteReport {
    const file = this.fileKey(report.file);
    this.linted.add(file);
    if (report.error) this.incomplete.add(file);
    if (report.findings.length === 0) return report;
    const findings: NoteReport['findings'] = [];
    const fingerprints: string[] = [];
    report.findings.forEach((finding, index) => {
      const seen = countOf(this.current, file, finding.ruleId) + 1;
      setCount(this.current, file, finding.ruleId, seen);
      if (this.update || seen <= countOf(this.accepted, file, finding.ruleId)) {
        this.suppressed++;
        return;
      }
      findings.push(finding);
      if (report.fingerprints) fingerprints.push(report.fingerprints[index]!);
    });
    return report.fingerprints ? { ...report, findings, fingerprints } : { ...report, findings };
  }

  /** Writes the file when it changed: pruned (--baseline) or rewritten (--update-baseline). */
  async save(): Promise<{ written: boolean; pruned: number; added: number; total: number }> {
    const next: Counts = new Map();
    let pruned = 0;
    let added = 0;
    let total = 0;
    const files = new Set([...this.accepted.keys(), ...(this.update ? this.current.keys() : [])]);
    for (const file of files) {
      const before = this.accepted.get(file) ?? new Map<string, number>();
      const found = this.current.get(file) ?? new Map<string, number>();
      const linted = this.linted.has(file);
      // A note that could not be read may hold findings of its own: keep what was accepted for its file.
      const complete = linted && !this.incomplete.has(file);
      for (const rule of new Set([...before.keys(), ...(this.update ? found.keys() : [])])) {
        const was = before.get(rule) ?? 0;
        const now = found.get(rule) ?? 0;
        const count = !linted ? was : this.update ? (complete ? now : Math.max(was, now)) : complete ? Math.min(was, now) : was;
        if (count < was) pruned += was - count;
        if (count > was) added += count - was;
        if (count > 0) {
          setCount(next, file, rule, count);
          total += count;
        }
      }
    }
    const changed = pruned > 0 || added > 0 || (this.update && (!this.existed || this.oldFormat));
    if (!changed) return { written: false, pruned, added, total };
    try {
      await writeAtomically(this.path, serialise(next));
    } catch (error) {
      throw new UsageError(`${displayed(this.path, this.cwd)}: cannot write baseline file (${describeFsError(error)})`);
    }
    return { written: true, pruned, added, total };
  }
}

function displayed(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

/** The counts of a baseline file of either format, checked; a problem is a usage error naming its place. */
function readCounts(data: unknown, path: string): { version: 1 | 2; counts: Counts } {
  const fail = (where: string, message: string) => new UsageError(`${path}: ${where ? `${where}: ` : ''}${message}`);
  if (!isObject(data)) throw fail('', 'expected a JSON object with "version" and "suppressions"');
  const version = data.version;
  if (version !== 1 && version !== VERSION) throw fail('version', `expected ${VERSION}`);
  const suppressions = data.suppressions;
  if (!isObject(suppressions)) throw fail('suppressions', 'expected an object of files');
  const counts: Counts = new Map();
  // Object.entries sees a key named __proto__ as the own key JSON.parse made it.
  for (const [file, rules] of Object.entries(suppressions)) {
    if (!isObject(rules)) throw fail(`suppressions.${file}`, 'expected an object of rules');
    for (const [rule, entry] of Object.entries(rules)) {
      const where = `suppressions.${file}.${rule}`;
      if (!isObject(entry)) throw fail(where, version === 1 ? 'expected an object of counts' : 'expected { "count": N }');
      let count = 0;
      if (version === 1) {
        for (const [hash, value] of Object.entries(entry)) {
          if (!isCount(value)) throw fail(`${where}.${hash}`, 'expected a whole number of 1 or more');
          count += value;
        }
      } else {
        if (!isCount(entry.count)) throw fail(`${where}.count`, 'expected a whole number of 1 or more');
        count = entry.count;
      }
      if (count > 0) setCount(counts, file, rule, count);
    }
  }
  return { version, counts };
}

function serialise(counts: Counts): string {
  // Built with defineProperty-like semantics (Object.fromEntries), so a file named __proto__ is an own key.
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const suppressions = Object.fromEntries(
    [...counts.keys()].sort(byName).map((file) => {
      const rules = counts.get(file)!;
      return [file, Object.fromEntries([...rules.keys()].sort(byName).map((rule) => [rule, { count: rules.get(rule)! }]))];
    }),
  );
  return `${JSON.stringify({ version: VERSION, about: ABOUT, suppressions }, null, 2)}\n`;
}
