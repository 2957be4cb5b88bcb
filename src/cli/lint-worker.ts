/**
 * The worker-thread side of `--jobs N` (run by piscina). Each worker loads each of the run's config files
 * once, when a note needs it, by its path (a JavaScript config's rules are functions, which no message
 * between threads can carry), puts the same --rule settings on top as the main thread did, and lints
 * batches of work items in the order given. With a render spec it also formats them, and moves the bytes
 * back instead of copying finding objects.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { createLinter } from '../index.js';
import { readConfigFile } from './load-config.js';
import { withRuleSettings } from './run-configs.js';
import { createEnvironment, lintItem, type LintEnvironment, type Wants, type WorkItem } from './lint-core.js';
import { formatterNamed } from './formatters/index.js';
import { isEntryFormatter, type EntryFormatter, type NoteReport } from './report.js';
import { renderNotes, type RenderedNotes, type RenderSpec } from './render.js';

export interface WorkerData {
  /**
   * The run's configs, in the order of a work item's `config` index: each one's file (absolute; none for
   * the defaults) and the run's calendar day in its time zone (see LintEnvironment.today), so every thread
   * charts the same notes.
   */
  configs: { file?: string; today?: string }[];
  /** The run's --rule settings, put on top of each config as the main thread puts them. */
  ruleSettings?: readonly string[];
  wants: Wants;
  render?: RenderSpec;
  /** Shared with the main thread: each worker adds 1 once it can lint (see lintInOrder). */
  ready?: Int32Array;
}

const envs: Promise<LintEnvironment>[] = [];
let format: EntryFormatter | undefined;

function environment(index: number): Promise<LintEnvironment> {
  const { configs, wants, render } = workerData as WorkerData;
  if (render && !format) {
    const built = formatterNamed(render.format)?.(render.context);
    if (!built || !isEntryFormatter(built)) throw new Error(`format "${render.format}" cannot be rendered in a worker thread`);
    format = built;
  }
  return (envs[index] ??= loadEnvironment(index));
}

async function loadEnvironment(index: number): Promise<LintEnvironment> {
  const { configs, wants, ruleSettings = [] } = workerData as WorkerData;
  const { file, today } = configs[index]!;
  const config = withRuleSettings(file === undefined ? {} : await readConfigFile(file), ruleSettings);
  return createEnvironment(createLinter(config), wants, today);
}

/** The environment of every config of the batch's items, by index. */
async function environments(items: readonly WorkItem[]): Promise<LintEnvironment[]> {
  const all: LintEnvironment[] = [];
  for (const item of items) {
    const index = item.config ?? 0;
    all[index] ??= await environment(index);
  }
  return all;
}

try {
  await environment(0);
} catch {
  // The same error comes again with the first batch, which the main thread then lints itself.
}
const { ready } = workerData as WorkerData;
if (ready) Atomics.add(ready, 0, 1);

export default async function lintBatch(items: readonly WorkItem[]): Promise<NoteReport[] | RenderedNotes> {
  const current = await environments(items);
  const { render } = workerData as WorkerData;
  if (!render || !format) return items.map((item) => lintItem(current[item.config ?? 0]!, item));
  const rendered = renderNotes(current, format, render, items);
  const movable = { [Piscina.transferableSymbol]: [rendered.bytes.buffer], [Piscina.valueSymbol]: rendered } as unknown as Parameters<typeof Piscina.move>[0];
  return Piscina.move(movable) as unknown as RenderedNotes;
}
