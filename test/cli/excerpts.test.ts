/** stylish and github quote the flagged text, shortened and made printable; --redact leaves it out. */
import { describe, expect, it } from 'vitest';
import { EXCERPT_WIDTH, quotedExcerpt } from '../../src/cli/formatters/excerpt.js';
import { VAGUE_BODY, jsonNote, noteFile, runBuilt, workspace } from './helpers.js';

describe('the flagged text in stylish output', () => {
  it('comes before the message, for note files and notes of an export', async () => {
    const dir = workspace({ 'visit.md': noteFile(VAGUE_BODY), 'export.jsonl': `${JSON.stringify(jsonNote('N-1', VAGUE_BODY))}\n` });
    const { stdout } = await runBuilt(['visit.md', 'export.jsonl'], { cwd: dir });
    expect(stdout).toMatch(/^ {2}7:24 {2}warning {2}"No concerns": This phrase does not tell the reader/m);
    expect(stdout).toMatch(/^ {2}1:24 {2}warning {2}\[N-1\] "No concerns": This phrase does not tell the reader/m);
  });

  it('is left out with --redact, the message kept', async () => {
    const dir = workspace({ 'visit.md': noteFile(VAGUE_BODY) });
    const { stdout } = await runBuilt(['visit.md', '--redact'], { cwd: dir });
    expect(stdout).toMatch(/^ {2}7:24 {2}warning {2}This phrase does not tell the reader/m);
    expect(stdout).not.toContain('No concerns');
  });

  it('is shortened: a long sentence is cut at a word', async () => {
    const long = `${Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')}.`;
    const dir = workspace({ 'long.md': noteFile(long) });
    const { stdout } = await runBuilt(['long.md'], { cwd: dir });
    expect(stdout).toContain('7:1  info  "word0 word1 word2 word3 word4 word5…": This sentence is 40 words long');
  });
});

describe('quotedExcerpt', () => {
  it('quotes short text as it is, white space collapsed', () => {
    expect(quotedExcerpt('No concerns')).toBe('"No concerns"');
    expect(quotedExcerpt('From: A\nTo:   B')).toBe('"From: A To: B"');
    expect(quotedExcerpt('')).toBe('');
    expect(quotedExcerpt('  \n ')).toBe('');
  });

  it('cuts long text at a word, within the width', () => {
    const quoted = quotedExcerpt('The home was untidy, with clothes on every floor and dishes piled in the sink all week.');
    expect(quoted).toBe('"The home was untidy, with clothes on…"');
    expect([...quoted].length).toBeLessThanOrEqual(EXCERPT_WIDTH + 2);
  });

  it('never splits a character made of two UTF-16 units, and cuts a word with no space', () => {
    const quoted = quotedExcerpt('😀'.repeat(60));
    expect(quoted).toBe(`"${'😀'.repeat(EXCERPT_WIDTH - 1)}…"`);
  });

  it('shows control, bidi and separator characters as escapes', () => {
    expect(quotedExcerpt('a\u001b[2Jb \u202eevil\u2028x')).toBe('"a\\x1b[2Jb \\u202eevil x"');
  });
});
