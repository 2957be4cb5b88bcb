import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/cli/formatters/github.js';
import { formatAll, type FormatContext, type NoteReport } from '../../src/cli/report.js';
import type { Finding } from '../../src/types.js';
import { VAGUE_BODY, jsonNote, noteFile, runBuilt, workspace } from './helpers.js';

const context: FormatContext = { cwd: '/work', color: false, redact: false, rules: [] };

function finding(overrides: Partial<Finding>): Finding {
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

/** What the Actions runner does with a workflow command line (ActionCommand.TryParseV2): split, then unescape. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescapeData = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProperty = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
  }
  return { command: match[1]!, properties, message: unescapeData(match[3]!) };
}

describe('--format github', () => {
  it('escapes data and properties as the workflow-command format requires', () => {
    expect(escapeData('100% sure\r\nnext line\n::warning::no')).toBe('100%25 sure%0D%0Anext line%0A::warning::no');
    expect(escapeProperty('notes/a,b: c%d\n.md')).toBe('notes/a%2Cb%3A c%25d%0A.md');
    // Percent is escaped first, so an escape sequence already in the text survives the round trip.
    expect(escapeData('%0A literally')).toBe('%250A literally');
    // Other control characters are shown as escapes, so no escape sequence reaches the log.
    expect(escapeData('a\u001b[31mb\u2028c')).toBe('a\\x1b[31mb\\u2028c');
    expect(escapeProperty('a\u001b]0;x\u0007.md')).toBe('a\\x1b]0;x\\x07.md');
  });

  it('writes one annotation per finding, levels mapped, tricky characters round-tripping', () => {
    const tricky = 'Line one: 100% "quoted", with commas\r\nline two :: and %0A literally, and a tab\there';
    const reports: NoteReport[] = [
      {
        file: 'notes/odd, name: 50%.md',
        line: 1,
        noteId: null,
        findings: [
          finding({ severity: 'error', ruleId: 'require-sign-off', message: tricky, line: 9, column: 1, endLine: 10, endColumn: 4 }),
          finding({ severity: 'warning' }),
          finding({ severity: 'info', ruleId: 'sentence-length' }),
        ],
      },
      { file: 'export.jsonl', line: 7, noteId: 'N,1:2', positions: 'note', findings: [finding({ message: 'Jargon.' })] },
      { file: 'export.jsonl', line: 8, noteId: null, positions: 'note', findings: [], error: 'not valid JSON: Unexpected end of JSON input' },
    ];
    const lines = formatAll(github, reports, context).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) /);
    const [first, second, third, inNote, bad] = lines.map(parseCommand);
    expect(first).toEqual({
      command: 'error',
      properties: { file: 'notes/odd, name: 50%.md', line: '9', col: '1', endLine: '10', endColumn: '4', title: 'require-sign-off' },
      // The flagged text comes first, quoted; a tab, like every control character but CR and LF, is shown as an escape.
      message: `"jargon": ${tricky.replace('\t', '\\t')}`,
    });
    expect(lines[0]).toBe(
      '::error file=notes/odd%2C name%3A 50%25.md,line=9,col=1,endLine=10,endColumn=4,title=require-sign-off::"jargon": Line one: 100%25 "quoted", with commas%0D%0Aline two :: and %250A literally, and a tab\\there',
    );
    expect(second!.command).toBe('warning');
    expect(third!.command).toBe('notice');
    // A note inside a JSONL file: its line of the file, the position in its text in the message.
    expect(inNote).toEqual({ command: 'warning', properties: { file: 'export.jsonl', line: '7', endLine: '7', title: 'no-jargon' }, message: 'Note N,1:2, line 2, column 3 of its text, "jargon": Jargon.' });
    expect(bad).toEqual({ command: 'error', properties: { file: 'export.jsonl', line: '8', title: 'casenote-lint' }, message: 'Malformed input: not valid JSON: Unexpected end of JSON input' });
  });

  it('annotates real files from the built CLI, odd file names included', async () => {
    const dir = workspace({
      'notes/odd, name: 50%.md': noteFile(VAGUE_BODY),
      'notes/export.jsonl': `${JSON.stringify(jsonNote('N-1', VAGUE_BODY))}\n`,
    });
    const { code, stdout, stderr } = await runBuilt(['notes', '--format', 'github'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const inNote = parseCommand(lines.find((l) => l.includes('export.jsonl'))!);
    expect(inNote.command).toBe('warning');
    expect(inNote.properties).toEqual({ file: 'notes/export.jsonl', line: '1', endLine: '1', title: 'no-vague-phrases' });
    expect(inNote.message).toMatch(/^Note N-1, line 1, column 24 of its text, "No concerns": .*does not tell the reader/);
    const vague = parseCommand(lines.find((l) => l.includes('odd%2C'))!);
    expect(vague.properties).toEqual({ file: 'notes/odd, name: 50%.md', line: '7', col: '24', endLine: '7', endColumn: '35', title: 'no-vague-phrases' });
    expect(vague.message).toMatch(/^"No concerns": .*does not tell the reader/);
  });

  it('shows no flagged text with --redact', async () => {
    const dir = workspace({ 'visit.md': noteFile(VAGUE_BODY), 'export.jsonl': `${JSON.stringify(jsonNote('N-1', VAGUE_BODY))}\n` });
    const { stdout } = await runBuilt(['.', '--format', 'github', '--redact'], { cwd: dir });
    expect(stdout).toMatch(/::warning file=visit\.md,.*::This phrase does not tell/);
    expect(stdout).toMatch(/::warning file=export\.jsonl,.*::Note N-1, line 1, column 24 of its text: This phrase/);
    expect(stdout).not.toContain('No concerns');
  });
});
