// Precision and recall of each rule on its fixtures: a found excerpt that was expected is a true positive,
// a found one that was not is a false positive, an expected one not found is a false negative.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLinter } from '../dist/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const linter = createLinter();
const rows = [];
// Fixtures are written so that only their own folder's rule fires; a finding of another rule on them is
// counted apart, as a stricter, whole-set view of precision ("stray").
const stray = new Map();
const folders = readdirSync(root).filter((name) => name !== 'examples' && statSync(join(root, name)).isDirectory());
let totalFixtures = 0;
for (const folder of folders) {
  for (const name of readdirSync(join(root, folder)).filter((n) => n.endsWith('.md'))) {
    totalFixtures++;
    for (const finding of linter.lint(readFileSync(join(root, folder, name), 'utf8')).findings) {
      if (finding.ruleId === folder) continue;
      stray.set(finding.ruleId, (stray.get(finding.ruleId) ?? 0) + 1);
    }
  }
}
for (const rule of readdirSync(root).sort()) {
  const dir = join(root, rule);
  if (rule === 'examples' || !statSync(dir).isDirectory()) continue;
  let tp = 0, fp = 0, fn = 0, flag = 0, clean = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const source = readFileSync(join(dir, name), 'utf8');
    const expected = (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)[1]).expect ?? []).map((e) => e.excerpt);
    if (expected.length > 0) flag++; else clean++;
    const found = linter.lint(source).findings.filter((f) => f.ruleId === rule).map((f) => f.excerpt);
    const remaining = [...expected];
    for (const excerpt of found) {
      const at = remaining.indexOf(excerpt);
      if (at >= 0) { tp++; remaining.splice(at, 1); } else fp++;
    }
    fn += remaining.length;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const strayCount = stray.get(rule) ?? 0;
  rows.push({
    rule,
    'must flag': flag,
    'must not': clean,
    tp,
    fp,
    fn,
    precision: precision.toFixed(3),
    recall: recall.toFixed(3),
    'stray on other fixtures': strayCount,
    'whole-set precision': (tp + fp + strayCount === 0 ? 1 : tp / (tp + fp + strayCount)).toFixed(3),
  });
}
console.log(`${totalFixtures} fixtures in ${folders.length} rule folders`);
console.table(rows);
