/**
 * The documentation page of every built-in rule (docs/rules/<id>.md), from the rule's meta and schema
 * (each option's type, default and `.describe()` sentence), and its own fixtures (linted here, so a page shows
 * the message the rule gives today). Used by scripts/docs-rules.mjs, which writes the pages, and by
 * test/docs/rule-pages.test.ts, which fails when a page is stale.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Linter } from '../../src/engine/linter.js';
import type { ParsedNote, Rule } from '../../src/types.js';
import { rulePage, type FlaggedExample, type NotFlaggedExample, type RuleExamples } from '../../src/docs/rule-page.js';

/** Examples of each kind on a page: the first few fixtures by file name. */
export const EXAMPLES_PER_KIND = 3;

export interface PageSources {
  /** The repository root. */
  root: string;
  rules: readonly Rule[];
  linter: Linter;
  parseNote: (source: string) => ParsedNote;
}

/** Every page by its path from the root (docs/rules/<id>.md). */
export function renderRulePages({ root, rules, linter, parseNote }: PageSources): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of rules) {
    const examples = examplesOf(rule.meta.id, root, linter, parseNote);
    pages.set(`docs/rules/${rule.meta.id}.md`, rulePage({ rule, ...(examples ? { examples } : {}) }));
  }
  return pages;
}

interface Fixture {
  file: string;
  source: string;
  expected: string[];
}

function fixturesOf(ruleId: string, root: string): Fixture[] | undefined {
  const folder = join(root, 'fixtures', ruleId);
  if (!existsSync(folder)) return undefined;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') || name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const source = readFileSync(join(folder, name), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
      const data = (front ? parse(front[1]!) : {}) as { expect?: { rule?: string; excerpt?: string }[] };
      const expected = (data.expect ?? []).filter((item) => item.rule === ruleId && typeof item.excerpt === 'string').map((item) => item.excerpt!);
      return { file: `fixtures/${ruleId}/${name}`, source, expected };
    });
}

function examplesOf(ruleId: string, root: string, linter: Linter, parseNote: (source: string) => ParsedNote): RuleExamples | undefined {
  const fixtures = fixturesOf(ruleId, root);
  if (!fixtures || fixtures.length === 0) return undefined;
  const flagging = fixtures.filter((fixture) => fixture.expected.length > 0);
  const clean = fixtures.filter((fixture) => fixture.expected.length === 0);
  // The first few by file name, those at the rule's own severity first (a timeliness reminder is info).
  const severity = linter.config.rules.find((resolved) => resolved.rule.meta.id === ruleId)?.severity;
  const flagged = flagging
    .map((fixture) => flaggedExample(fixture, ruleId, linter, parseNote))
    .filter((example): example is FlaggedExample => example !== undefined)
    .sort((a, b) => Number(a.severity !== severity) - Number(b.severity !== severity))
    .slice(0, EXAMPLES_PER_KIND);
  const notFlagged: NotFlaggedExample[] = clean.slice(0, EXAMPLES_PER_KIND).map((fixture) => ({ file: fixture.file, note: withoutExpect(fixture.source) }));
  return { folder: `fixtures/${ruleId}/`, flagCount: flagging.length, okCount: clean.length, flagged, notFlagged };
}

/** The fixture's first expected excerpt as the linter reports it, in its sentence (or its front matter). */
function flaggedExample(fixture: Fixture, ruleId: string, linter: Linter, parseNote: (source: string) => ParsedNote): FlaggedExample | undefined {
  const finding = linter.lint(fixture.source).findings.find((candidate) => candidate.ruleId === ruleId && candidate.excerpt === fixture.expected[0]);
  // A fixture the rule no longer flags fails test/fixtures.test.ts; its page shows the next one.
  if (!finding) return undefined;
  const note = parseNote(fixture.source);
  let context: string;
  if (finding.offset < note.textOffset) {
    context = withoutExpect(fixture.source.slice(0, note.textOffset)).trim();
  } else {
    const start = finding.offset - note.textOffset;
    const end = Math.max(start + 1, finding.endOffset - note.textOffset);
    const sentences = note.index.sentences.filter((sentence) => sentence.start < end && sentence.end > start);
    context = sentences.length > 0 ? note.text.slice(sentences[0]!.start, sentences.at(-1)!.end) : lineAround(note.text, start, end);
  }
  return { file: fixture.file, context: withoutExpect(context).trim(), excerpt: finding.excerpt, message: finding.message, severity: finding.severity };
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * The fixture as a note file: without its `expect` key, which belongs to the tests (a line `expect:` and
 * the indented lines under it; no note of the fixtures has a line of its own that starts so).
 */
export function withoutExpect(source: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of source.split('\n')) {
    if (/^expect\s*:/.test(line)) {
      skipping = true;
      continue;
    }
    if (skipping && /^\s/.test(line) && line.trim() !== '') continue;
    skipping = false;
    kept.push(line);
  }
  return kept.join('\n');
}
