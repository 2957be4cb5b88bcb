/**
 * Formatting notes in the thread that lints them. With an entry format (json, sarif, github) and no
 * baseline, a batch of notes comes back from a worker thread as UTF-8 bytes, counts and input problems:
 * no finding object crosses threads, and the main thread only writes. `--jobs 1` renders the same way, one
 * note at a time, so both give the same bytes by construction.
 */
import { lintItem, type LintEnvironment, type WorkItem } from './lint-core.js';
import { addCounts, emptyCounts, problemOf, shownReport, type Counts, type EntryFormatter, type FormatContext, type InputProblem } from './report.js';

/** What a worker needs to build the same entry format as the main thread (no functions: it is cloned). */
export interface RenderSpec {
  format: string;
  context: Omit<FormatContext, 'suppressed'>;
  quiet: boolean;
}

export interface RenderedNotes {
  /** The notes' entries as UTF-8, with the format's `between` between two of them. */
  bytes: Uint8Array;
  entries: number;
  notes: number;
  /** Of the findings before --quiet hides any, as the exit code needs. */
  counts: Counts;
  /** Notes with an error, in order, each with the offset in `bytes` where its entries start. */
  problems: (InputProblem & { at: number })[];
}

/** `envs`: the environment of each of the run's configs, by a work item's `config` index. */
export function renderNotes(envs: readonly LintEnvironment[], format: EntryFormatter, spec: Pick<RenderSpec, 'quiet' | 'context'>, items: readonly WorkItem[]): RenderedNotes {
  const sink = new Utf8Sink();
  const counts = emptyCounts();
  const problems: RenderedNotes['problems'] = [];
  const shown = { quiet: spec.quiet, redact: spec.context.redact };
  let entries = 0;
  for (const item of items) {
    const report = lintItem(envs[item.config ?? 0]!, item);
    addCounts(counts, report);
    const noteEntries = format.entries(shownReport(report, shown));
    if (noteEntries.length > 0 && entries > 0) sink.write(format.between);
    const problem = problemOf(report);
    if (problem) problems.push({ ...problem, at: sink.length });
    for (let i = 0; i < noteEntries.length; i++) {
      if (i > 0) sink.write(format.between);
      sink.write(noteEntries[i]!);
    }
    entries += noteEntries.length;
  }
  return { bytes: sink.bytes(), entries, notes: items.length, counts, problems };
}

const encoder = new TextEncoder();

/** A growing UTF-8 buffer of its own (not Buffer's shared pool), so that it can be transferred. */
class Utf8Sink {
  private buffer = new Uint8Array(0);
  length = 0;

  write(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2, 4096));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/**
 * Puts rendered batches in order into output pieces: the separator before a batch's first entry depends on
 * the batches before it, and each input problem comes between the bytes before its note and its note's own,
 * so that a message can be shown in its place. The format hears of each problem (SARIF lists them).
 */
export class RenderedJoiner {
  entries = 0;

  constructor(private readonly format: EntryFormatter) {}

  *pieces(rendered: RenderedNotes): Generator<string | Uint8Array | InputProblem> {
    if (rendered.entries > 0) yield this.entries === 0 ? this.format.first : this.format.between;
    let from = 0;
    for (const { at, ...problem } of rendered.problems) {
      yield rendered.bytes.subarray(from, at);
      from = at;
      this.format.problem?.(problem);
      yield problem;
    }
    yield rendered.bytes.subarray(from);
    this.entries += rendered.entries;
  }
}
