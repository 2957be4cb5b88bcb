/**
 * `cat export.jsonl | casenote-lint --stdin`: without --stdin-filename, standard input whose first line is a
 * JSON note object is read as JSON Lines, not linted as one Markdown note.
 */
import { describe, expect, it } from 'vitest';
import { VAGUE_BODY, jsonNote, noteFile, runBuilt, runInProcess } from './helpers.js';
import { stdinKind } from '../../src/cli/stdin-kind.js';

const EXPORT = [jsonNote('N-1', VAGUE_BODY), jsonNote('N-2', 'I visited Amy at home. She showed me her bedroom.')].map((note) => JSON.stringify(note)).join('\n') + '\n';

interface Entry {
  file: string;
  line?: number;
  noteId: string | null;
  findings: { ruleId: string; line: number; column: number; excerpt: string }[];
  error?: string;
}

describe('--stdin without a file name', () => {
  it('reads JSON Lines as one note a line, positions in each note\'s text', async () => {
    const { code, stdout, stderr } = await runBuilt(['--stdin', '--format', 'json'], { input: EXPORT });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries.map((entry) => entry.noteId)).toEqual(['N-1', 'N-2']);
    expect(entries[0]!.findings.map((finding) => [finding.ruleId, finding.line, finding.column, finding.excerpt])).toEqual([['no-vague-phrases', 1, 24, 'No concerns']]);
    expect(entries[1]!.findings).toEqual([]);
  });

  it('gives the same as --stdin-filename export.jsonl, blank lines and a bad line included', async () => {
    const input = `\n${EXPORT}{oops\n`;
    const sniffed = await runBuilt(['--stdin', '--format', 'json'], { input });
    const named = await runBuilt(['--stdin', '--stdin-filename', 'export.jsonl', '--format', 'json'], { input });
    expect(sniffed.code).toBe(2);
    const entries = JSON.parse(sniffed.stdout) as Entry[];
    expect(entries.map((entry) => entry.noteId)).toEqual(['N-1', 'N-2', null]);
    expect(entries[2]).toMatchObject({ file: '<stdin>', line: 4, error: expect.stringMatching(/^not valid JSON: /) });
    expect(sniffed.stderr).toMatch(/^<stdin>:4: not valid JSON: /);
    expect(sniffed.stdout.replaceAll('<stdin>', 'export.jsonl')).toBe(named.stdout);
  });

  it('still lints a note file as one note', async () => {
    const { code, stdout, stderr } = await runBuilt(['--stdin', '--format', 'json'], { input: noteFile(VAGUE_BODY) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as Entry[];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.findings.map((finding) => [finding.line, finding.excerpt])).toEqual([[7, 'No concerns']]);
  });

  it('says what to do when the input starts like JSON but is not JSON Lines, and lints it as one note', async () => {
    const pretty = `${JSON.stringify(jsonNote('N-1', VAGUE_BODY), null, 2)}\n`;
    const { stdout, stderr } = await runBuilt(['--stdin', '--format', 'json'], { input: pretty });
    expect(stderr).toContain('standard input starts like JSON but its first line is not a note object, so it was read as one note; give --stdin-filename NAME.json');
    expect(JSON.parse(stdout)).toHaveLength(1);
    const named = await runBuilt(['--stdin', '--stdin-filename', 'note.json', '--format', 'json'], { input: pretty });
    expect(named.stderr).toBe('');
    expect((JSON.parse(named.stdout) as Entry[])[0]!.noteId).toBe('N-1');
  });

  it('keeps a name given: --stdin-filename note.md reads JSON Lines text as one note', async () => {
    const { stdout } = await runBuilt(['--stdin', '--stdin-filename', 'note.md', '--format', 'json'], { input: EXPORT });
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it('works on standard input read whole (no stream), as the API\'s runCli allows', async () => {
    const { stdout } = await runInProcess(['--stdin', '--format', 'json'], { stdin: EXPORT });
    expect((JSON.parse(stdout) as Entry[]).map((entry) => entry.noteId)).toEqual(['N-1', 'N-2']);
  });
});

describe('stdinKind', () => {
  async function* chunks(...parts: string[]) {
    yield* parts.map((part) => Buffer.from(part));
  }
  const collect = async (stream: AsyncIterable<Uint8Array | string>) => {
    let text = '';
    for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return text;
  };

  it('decides from the first non-blank line, even split across chunks, and gives every byte back', async () => {
    const parts = ['\uFEFF\n  \n{"id":"a","te', 'xt":"x"}\n{"id":"b"', ',"text":"y"}\n'];
    const { kind, chunks: replay } = await stdinKind(chunks(...parts));
    expect(kind).toBe('jsonl');
    expect(await collect(replay)).toBe(parts.join(''));
  });

  it.each([
    ['---\ntype: home-visit\n---\nText.', 'note'],
    ['I visited Amy.', 'note'],
    ['', 'note'],
    ['{"id":"a"}\n', 'json-like'],
    ['[{"text":"x"}]', 'json-like'],
    ['{\n  "text": "x"\n}', 'json-like'],
    ['{"text": "x"}', 'jsonl'],
  ])('%j is %s', async (input, expected) => {
    expect((await stdinKind(chunks(input))).kind).toBe(expected);
  });
});
