// Editor speed: how long a keystroke waits for its underlines. A 1,000-word note is typed into, one character
// at a time, at a cursor in its middle; after each character the compiled linter re-lints the whole note and
// its findings become CodeMirror diagnostics, as the casenote-lint/codemirror extension does.
//
//   node scripts/bench-editor.mjs            (after npm run build)
//   import { benchEditor, formatEditorBench } from './bench-editor.mjs'   (from scripts/bench.mjs)
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createLinter } from '../dist/index.js';
import { findingsToDiagnostics } from '../dist/codemirror.js';
import { createRandom, noteText } from './lib/corpus.mjs';

const METADATA = {
  type: 'home-visit',
  occurredAt: '2026-04-02T10:00',
  recordedAt: '2026-04-02T16:00',
  author: { name: 'Priya Shah', role: 'Social Worker' },
};

const TYPED = ' Jay showed me the picture he drew at school and said it was his favourite because it shows his dog. ';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/**
 * Re-lint latency of a note after a one-character edit, with a compiled linter whose paragraph cache is warm.
 * @param {{ words?: number, edits?: number, seed?: number }} [options]
 * @returns {{ words: number, edits: number, firstLintMs: number, medianMs: number, p95Ms: number, maxMs: number, findings: number }}
 */
export function benchEditor({ words = 1000, edits = 400, seed = 9 } = {}) {
  const random = createRandom(seed);
  let text = noteText(random, words);
  const actualWords = text.split(/\s+/).filter(Boolean).length;
  const linter = createLinter();
  const lint = () => {
    const result = linter.lint({ ...METADATA, text });
    return findingsToDiagnostics(result.findings, text.length);
  };

  // The first lint of the note, as when the editor opens it: every paragraph is analysed.
  let start = performance.now();
  lint();
  const firstLintMs = performance.now() - start;
  for (let i = 0; i < 10; i++) lint();

  // The cursor sits at the end of a sentence in the middle of the note; each edit types one more character.
  const middle = text.indexOf('. ', text.length >> 1);
  let cursor = middle > 0 ? middle + 1 : text.length >> 1;
  const warmUp = 30;
  const times = [];
  let findings = 0;
  for (let i = 0; i < warmUp + edits; i++) {
    const char = TYPED[i % TYPED.length];
    text = `${text.slice(0, cursor)}${char}${text.slice(cursor)}`;
    cursor++;
    start = performance.now();
    findings = lint().length;
    const elapsed = performance.now() - start;
    if (i >= warmUp) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return {
    words: actualWords,
    edits,
    firstLintMs,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: times[times.length - 1],
    findings,
  };
}

/** Rows for console.table, in the shape scripts/bench.mjs uses: measure, value, target. */
export function formatEditorBench(result) {
  return [
    { measure: `editor: first lint, ${result.words} words, ms`, value: result.firstLintMs.toFixed(2), target: '' },
    { measure: `editor: re-lint after a keystroke, ${result.words} words, median ms`, value: result.medianMs.toFixed(2), target: '< 8' },
    { measure: `editor: re-lint after a keystroke, ${result.words} words, p95 ms`, value: result.p95Ms.toFixed(2), target: '' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = benchEditor();
  console.log(`casenote-lint editor re-lint: ${result.edits} keystrokes typed into a ${result.words}-word note, compiled linter, findings mapped to CodeMirror diagnostics, Node ${process.version}\n`);
  console.table(formatEditorBench(result));
}
