// Rewrites the rules table in README.md from the built rules' metadata (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRules } from '../dist/index.js';
import { renderRulesTable, replaceRulesTable } from './lib/rules-table.mjs';

const path = join(import.meta.dirname, '..', 'README.md');
writeFileSync(path, replaceRulesTable(readFileSync(path, 'utf8'), renderRulesTable(builtInRules)));
console.log(`README.md: ${builtInRules.length} rules`);
