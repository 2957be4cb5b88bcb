/**
 * A baseline of accepted findings, so a team can adopt the linter on an existing corpus and fail only on
 * new findings (as ESLint's bulk suppressions do). The file holds, per file and rule, a count per finding
 * hash (the rule, the excerpt and the text around it, hashed): never note text. Paths are relative to the
 * baseline file, with forward slashes, so the file can be committed and used from any checkout.
 *
 * A finding matches an entry with the same hash; failing that, an entry of the same file and rule whose
 * excerpt half of the hash is the same (the words around it were edited). Counts make a second copy of
 * an accepted finding new.
 *
 * - `--baseline FILE`: findings that match an entry are not reported and do not count for the exit code.
 *   Entries that no longer occur in the files linted are pruned from the file (it only ever shrinks).
 * - `--update-baseline`: the file is rewritten to accept every finding of this run (entries for files not
 *   linted this time are kept), so the run reports nothing new.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import * as z from 'zod';
import { UsageError } from './inputs.js';
import type { NoteReport } from './report.js';

export const DEFAULT_BASELINE_FILE = 'casenote-lint.baseline.json';

const fileSchema = z.object({
  version: z.literal(1, { error: 'expected 1' }),
  suppressions: z.record(z.string(), z.record(z.string(), z.record(z.string().regex(/^[0-9a-f]{32}$/, 'expected a hash of 32 hex digits'), z.number().int().positive()))),
});

type Suppressions = z.output<typeof fileSchema>['suppressions'];

const SEP = '\u0000';

export class Baseline {
  /** Accepted counts by file␀rule␀hash, as read. */
  private readonly accepted = new Map<string, number>();
  /** Keys of `accepted` by file␀rule␀excerpt half of the hash, for the fallback match. */
  private readonly byExcerpt = new Map<string, string[]>();
  /** How many of each accepted entry this run used. */
  private readonly used = new Map<string, number>();
  /** Every finding of this run by key (for --update-baseline). */
  private readonly current = new Map<string, number>();
  /** Baseline-relative files linted in this run, and those with a note that could not be linted. */
  private readonly linted = new Set<string>();
  private readonly incomplete = new Set<string>();
  suppressed = 0;

  private constructor(
    readonly path: string,
    private readonly cwd: string,
    private readonly update: boolean,
    private readonly existed: boolean,
  ) {}

  static async open(path: string, cwd: string, update: boolean): Promise<Baseline> {
    const absolute = resolve(cwd, path);
    let text: string | undefined;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || !update) {
        throw new UsageError(
          code === 'ENOENT' ? `${path}: baseline file not found; create it with --update-baseline` : `${path}: cannot read baseline file (${code ?? String(error)})`,
        );
      }
    }
    const baseline = new Baseline(absolute, cwd, update, text !== undefined);
    if (text !== undefined) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new UsageError(`${path}: baseline file is not valid JSON; regenerate it with --update-baseline`);
      }
      const parsed = fileSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new UsageError(`${path}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
      }
      for (const [file, rules] of Object.entries(parsed.data.suppressions)) {
        for (const [ruleId, hashes] of Object.entries(rules)) {
          for (const [hash, count] of Object.entries(hashes)) {
            const k = key(file, ruleId, hash);
            baseline.accepted.set(k, count);
            const loose = key(file, ruleId, hash.slice(0, 16));
            const list = baseline.byExcerpt.get(loose) ?? [];
            list.push(k);
            baseline.byExcerpt.set(loose, list);
          }
        }
      }
    }
    return baseline;
  }

  /** The file as the baseline names it: relative to the baseline's folder, with forward slashes. */
  fileKey(file: string): string {
    if (file === '<stdin>') return file;
    return relative(dirname(this.path), resolve(this.cwd, file)).split(sep).join('/');
  }

  /** Removes the findings the baseline accepts (all of them with --update-baseline) and records the rest. */
  apply(report: NoteReport): NoteReport {
    const file = this.fileKey(report.file);
    this.linted.add(file);
    if (report.error) this.incomplete.add(file);
    if (report.findings.length === 0) return report;
    if (!report.fingerprints) throw new Error('baseline: findings were not fingerprinted');
    const findings: NoteReport['findings'] = [];
    const fingerprints: string[] = [];
    report.findings.forEach((finding, index) => {
      const hash = report.fingerprints![index]!;
      const k = key(file, finding.ruleId, hash);
      this.current.set(k, (this.current.get(k) ?? 0) + 1);
      const match = this.update ? k : this.available(k) ? k : this.byExcerpt.get(key(file, finding.ruleId, hash.slice(0, 16)))?.find((other) => this.available(other));
      if (match !== undefined) {
        this.used.set(match, (this.used.get(match) ?? 0) + 1);
        this.suppressed++;
        return;
      }
      findings.push(finding);
      fingerprints.push(hash);
    });
    return { ...report, findings, fingerprints };
  }

  private available(k: string): boolean {
    return (this.used.get(k) ?? 0) < (this.accepted.get(k) ?? 0);
  }

  /** Writes the file when it changed: pruned (--baseline) or rewritten (--update-baseline). */
  async save(): Promise<{ written: boolean; pruned: number; added: number; total: number }> {
    const next = new Map<string, number>();
    let pruned = 0;
    let added = 0;
    for (const [k, count] of this.accepted) {
      const file = k.slice(0, k.indexOf(SEP));
      if (!this.linted.has(file) || this.incomplete.has(file)) {
        next.set(k, count);
        continue;
      }
      const now = this.update ? (this.current.get(k) ?? 0) : Math.min(count, this.used.get(k) ?? 0);
      if (now < count) pruned += count - now;
      if (now > 0) next.set(k, now);
    }
    if (this.update) {
      for (const [k, count] of this.current) {
        const before = this.accepted.get(k) ?? 0;
        if (!next.has(k) || (this.incomplete.has(k.slice(0, k.indexOf(SEP))) && count > before)) next.set(k, Math.max(count, before));
        if (count > before) added += count - before;
      }
    }
    let total = 0;
    for (const count of next.values()) total += count;
    if (this.existed && pruned === 0 && added === 0) return { written: false, pruned, added, total };
    await writeAtomically(this.path, serialise(next));
    return { written: true, pruned, added, total };
  }
}

function key(file: string, ruleId: string, hash: string): string {
  return `${file}${SEP}${ruleId}${SEP}${hash}`;
}

function serialise(entries: Map<string, number>): string {
  const suppressions: Suppressions = {};
  for (const k of [...entries.keys()].sort()) {
    const [file, ruleId, hash] = k.split(SEP) as [string, string, string];
    ((suppressions[file] ??= {})[ruleId] ??= {})[hash] = entries.get(k)!;
  }
  return `${JSON.stringify({ version: 1, about: 'Findings accepted by casenote-lint --baseline: counts per file, rule and hash of the excerpt and its context. Regenerate with --update-baseline.', suppressions }, null, 2)}\n`;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}
