// Writes docs/rules/<id>.md for every built-in rule and the README's rules table, from the sources
// (no build needed): the TypeScript is bundled with esbuild into node_modules/.cache and imported.
//   npm run docs:rules
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { renderRulesTable, replaceRulesTable } from './lib/rules-table.mjs';

const root = join(import.meta.dirname, '..');
const cache = join(root, 'node_modules', '.cache', 'casenote-lint');
mkdirSync(cache, { recursive: true });
const bundled = join(cache, `docs-rules-${process.pid}.mjs`);
await build({
  stdin: {
    contents: [
      "export { renderRulePages } from './scripts/lib/rule-pages.ts';",
      "export { GENERATED_MARK } from './src/docs/rule-page.ts';",
      "export { builtInRules, createLinter, parseNote } from './src/index.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: bundled,
  logLevel: 'warning',
});
try {
  const { renderRulePages, GENERATED_MARK, builtInRules, createLinter, parseNote } = await import(pathToFileURL(bundled).href);
  const pages = renderRulePages({ root, rules: builtInRules, linter: createLinter(), parseNote });
  const folder = join(root, 'docs', 'rules');
  mkdirSync(folder, { recursive: true });
  // A page of a rule that no longer exists goes; a page someone wrote by hand stays.
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name.endsWith('.md') && !pages.has(`docs/rules/${name}`) && readFileSync(path, 'utf8').startsWith(GENERATED_MARK)) rmSync(path);
  }
  for (const [path, page] of pages) writeFileSync(join(root, path), page);
  const readme = join(root, 'README.md');
  writeFileSync(readme, replaceRulesTable(readFileSync(readme, 'utf8'), renderRulesTable(builtInRules)));
  console.log(`docs/rules: ${pages.size} pages; README.md: ${builtInRules.length} rules in the table`);
} finally {
  rmSync(bundled, { force: true });
}
