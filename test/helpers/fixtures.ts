import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

export interface Fixture {
  rule: string;
  file: string;
  source: string;
  /** Expected excerpts of this folder's rule, in any order. */
  expected: string[];
}

/** Every fixture of every rule folder (fixtures/<rule-id>/*.md); fixtures/examples is for the README. */
export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const rule of readdirSync(FIXTURES_DIR).sort()) {
    const dir = join(FIXTURES_DIR, rule);
    if (rule === 'examples' || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md') && !name.endsWith('.txt')) continue;
      const source = readFileSync(join(dir, name), 'utf8');
      fixtures.push({ rule, file: `${rule}/${name}`, source, expected: readExpected(source, `${rule}/${name}`, rule) });
    }
  }
  return fixtures;
}

function readExpected(source: string, file: string, rule: string): string[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`${file}: a fixture needs front matter with "expect:"`);
  const data = parse(match[1]!) as { expect?: { rule?: string; excerpt?: string }[] };
  if (!Array.isArray(data.expect)) throw new Error(`${file}: front matter needs "expect:" (a list, [] for must-not-flag)`);
  return data.expect.map((item, i) => {
    if (item.rule !== rule || typeof item.excerpt !== 'string') {
      throw new Error(`${file}: expect[${i}] must be {rule: ${rule}, excerpt: "..."}`);
    }
    return item.excerpt;
  });
}
