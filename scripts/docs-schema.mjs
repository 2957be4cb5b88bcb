// Writes config.schema.json, the JSON Schema of casenote-lint.config.json (shipped as
// casenote-lint/config.schema.json), from the zod schemas of the config and of every built-in rule's
// options. Run from the sources (no build needed): the TypeScript is bundled with esbuild into
// node_modules/.cache and imported. test/docs/config-schema.test.ts fails when the file is stale.
//   npm run docs:schema
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const cache = join(root, 'node_modules', '.cache', 'casenote-lint');
mkdirSync(cache, { recursive: true });
const bundled = join(cache, `docs-schema-${process.pid}.mjs`);
await build({
  stdin: {
    contents: ["export { configSchemaFile } from './src/docs/config-schema.ts';", "export { builtInRules } from './src/index.ts';"].join('\n'),
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
  const { configSchemaFile, builtInRules } = await import(pathToFileURL(bundled).href);
  writeFileSync(join(root, 'config.schema.json'), configSchemaFile(builtInRules));
  console.log(`config.schema.json: the config and the options of ${builtInRules.length} rules`);
} finally {
  rmSync(bundled, { force: true });
}
