// Cost of each rule alone over the benchmark corpus, as ms per note above linting with every rule off
// (parse and index only). Rounds alternate between the rules so that noise spreads evenly.
import { createLinter, builtInRules } from '../dist/index.js';
import { corpus } from './lib/corpus.mjs';

const notes = corpus(5, Number(process.env.BENCH_NOTES ?? 600));
const off = Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, 'off']));
const configs = [['(no rules: parse + index)', { rules: off }], ['(every rule)', {}], ...builtInRules.map((rule) => [rule.meta.id, { rules: { ...off, [rule.meta.id]: rule.meta.severity } }])];
const times = new Map(configs.map(([name]) => [name, []]));
for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 7); round++) {
  for (const [name, config] of configs) {
    const linter = createLinter(config);
    const start = performance.now();
    for (const note of notes) linter.lint(note);
    times.get(name).push((performance.now() - start) / notes.length);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const base = median(times.get('(no rules: parse + index)'));
console.table(configs.map(([name]) => ({ rule: name, 'ms/note': median(times.get(name)).toFixed(3), 'above base': (median(times.get(name)) - base).toFixed(3) })));
