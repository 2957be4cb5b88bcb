import { describe, expect, it } from 'vitest';
import { github } from '../../src/cli/formatters/github.js';
import { stylish } from '../../src/cli/formatters/stylish.js';
import { formatAll, type FormatContext, type NoteReport } from '../../src/cli/report.js';
import { printable } from '../../src/cli/printable.js';
import type { Finding } from '../../src/types.js';
import { VAGUE_BODY, jsonNote, noteFile, runBuilt, workspace } from './helpers.js';

const context: FormatContext = { cwd: '/work', color: false, redact: false, rules: [] };

// Every character that can move the cursor, recolour or retitle a terminal, start a new line, or reorder text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const HOSTILE = 'x\n::error file=evil.md::pwned\r\u001b[31mred\u001b]0;title\u0007\u009b2J\u2028::warning::also\u2029\u202eevil\u2066\u0085';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'no-jargon',
    severity: 'warning',
    message: 'message',
    line: 2,
    column: 3,
    endLine: 2,
    endColumn: 9,
    offset: 10,
    endOffset: 16,
    excerpt: 'jargon',
    reference: { section: 'Principles of recording', summary: 'Plain language.' },
    ...overrides,
  };
}

const reports: NoteReport[] = [
  { file: `notes/${HOSTILE}.md`, line: 1, noteId: null, findings: [finding({ message: `Custom rule says ${HOSTILE}`, ruleId: `custom\u001b[2J` })] },
  { file: 'export.jsonl', line: 3, noteId: `N-1${HOSTILE}`, positions: 'note', findings: [finding()] },
  { file: `bad${HOSTILE}.jsonl`, line: 4, noteId: null, positions: 'note', findings: [], error: `not valid JSON ${HOSTILE}` },
];

describe('text from input cannot control a terminal or a workflow', () => {
  it('shows control, bidi and line-separator characters as escapes', () => {
    expect(printable('a\nb\rc\td\u001b[31m\u007f\u0085\u009b\u2028\u2029\u202e\u2066\u200f\u061c\u0000')).toBe('a\\nb\\rc\\td\\x1b[31m\\x7f\\x85\\x9b\\u2028\\u2029\\u202e\\u2066\\u200f\\u061c\\x00');
    expect(printable('Zoë 😀 — “quoted” ok')).toBe('Zoë 😀 — “quoted” ok');
  });

  it('stylish: every line is one of ours, with no control character in it', () => {
    const out = formatAll(stylish, reports, context);
    for (const line of out.split('\n')) expect(line).not.toMatch(CONTROLS);
    expect(out).not.toMatch(/^::/m);
    expect(out).toContain('notes/x\\n::error file=evil.md::pwned\\r\\x1b[31mred');
    expect(out).toContain('[N-1x\\n::error');
  });

  it('stylish with colour: only its own colour codes', () => {
    const out = formatAll(stylish, reports, { ...context, color: true });
    const withoutOwnColours = out.replace(/\u001b\[\d+m/g, '');
    for (const line of withoutOwnColours.split('\n')) expect(line).not.toMatch(CONTROLS);
  });

  it('github: one workflow command a line, properties and messages escaped as GitHub requires', () => {
    const out = formatAll(github, reports, context);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) file=/);
      expect(line).not.toMatch(CONTROLS);
      // Properties hold no raw ":" or ",", so the first "::" after the command is the one that ends them.
      const properties = /^::[a-z]+ ([^:]*)::/.exec(line)![1]!;
      expect(properties.split(',').every((pair) => /^(file|line|col|endLine|endColumn|title)=[^,]*$/.test(pair)), line).toBe(true);
    }
    const [first] = lines;
    // Properties: %, CR, LF, : and , encoded; other controls shown as escapes.
    expect(first).toContain('file=notes/x%0A%3A%3Aerror file=evil.md%3A%3Apwned%0D\\x1b[31mred\\x1b]0;title\\x07\\x9b2J\\u2028%3A%3Awarning%3A%3Aalso\\u2029\\u202eevil\\u2066\\x85.md,');
    // Message: %, CR and LF encoded, as the Actions toolkit does; : and , left alone.
    expect(first).toMatch(/::"jargon": Custom rule says x%0A::error file=evil\.md::pwned%0D\\x1b\[31mred/);
    expect(formatAll(github, [{ file: 'a%b.md', noteId: null, findings: [finding({ message: '100% done' })] }], context)).toContain('file=a%25b.md,line=2,col=3,endLine=2,endColumn=9,title=no-jargon::"jargon": 100%25 done');
  });

  it('a flagged text with control characters is quoted with escapes in stylish and github', () => {
    const excerpt = 'kicked\u001b[2J off\n::error::x\u202e';
    const hostile: NoteReport[] = [{ file: 'a.md', noteId: null, findings: [finding({ excerpt })] }];
    const stylishOut = formatAll(stylish, hostile, context);
    expect(stylishOut).toContain('"kicked\\x1b[2J off ::error::x\\u202e": ');
    for (const line of stylishOut.split('\n')) expect(line).not.toMatch(CONTROLS);
    const githubOut = formatAll(github, hostile, context);
    expect(githubOut.trimEnd().split('\n')).toHaveLength(1);
    expect(githubOut).toContain('::"kicked\\x1b[2J off ::error::x\\u202e": ');
  });

  it('the built CLI prints an odd file name harmlessly, in stylish, github and on stderr', async () => {
    const name = 'visit\n::error file=x::injected\u001b[31m.md';
    const dir = workspace({ [name]: noteFile(VAGUE_BODY), [`export\n::warning::x\u001b[2J.jsonl`]: `${JSON.stringify(jsonNote('N-1\u001b]0;t\u0007', VAGUE_BODY))}\n{oops\n` });
    for (const format of ['stylish', 'github']) {
      const { stdout, stderr } = await runBuilt(['.', '--format', format, '--no-color'], { cwd: dir });
      expect(stdout).toContain('no-vague-phrases');
      for (const text of [stdout, stderr]) {
        for (const line of text.split('\n')) expect(line, format).not.toMatch(CONTROLS);
        expect(text).not.toMatch(/^::(error|warning) file=x|^::warning::x/m);
      }
      expect(stderr).toMatch(/^export\\n::warning::x\\x1b\[2J\.jsonl:2: not valid JSON/m);
    }
  });
});
