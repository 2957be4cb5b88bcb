import { describe, expect, it } from 'vitest';
import { describeJsonError } from '../../src/cli/json-error.js';
import { noteFromJsonLine, notesFromText } from '../../src/cli/inputs.js';
import { CLEAN_BODY, jsonNote, runBuilt, runInProcess, workspace } from './helpers.js';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const;

// An invented string that stands for a child's name: it must never reach any output.
const SECRET = 'Quillon Marchbanks-Oyelaran';
const SECRET_PARTS = ['Quillon', 'Marchbanks', 'Oyelaran'];

/** JSONL lines that are not JSON notes, each with the secret next to the place where the JSON breaks. */
const BAD_LINES = [
  `{"id":"N-2","text":"I met ${SECRET}","x":True}`,
  `{"id":"N-3","text":"I met ${SECRET} at home`,
  `{"id":"N-4","text":"I met ${SECRET}\\q"}`,
  `{"id":"N-5","text":"I met ${SECRET}"} ${SECRET}`,
  `{${SECRET}}`,
  `["${SECRET}"]`,
  `{"id":"N-8","text":"I met\t${SECRET}"}`,
  `{"id":"N-9","text":"${SECRET}","author":{"name":"${SECRET}" "role":"x"}}`,
  // JSON.parse quotes the ten characters either side of an unexpected token: here, the name.
  `{"id":"N-10","text":"Seen at home with ${SECRET}","x":Marchbanks-Oyelaran}`,
  `{"id":"N-11","text":"Seen at home by Quillon","x":Marchbanks,"y":"Oyelaran"}`,
];

describe('JSON and JSONL problems are described without quoting the input', () => {
  it('never prints the text of a bad JSONL line, in any format, with or without --redact', async () => {
    const lines = [JSON.stringify(jsonNote('N-1', CLEAN_BODY)), ...BAD_LINES, JSON.stringify(jsonNote('N-12', CLEAN_BODY))];
    const dir = workspace({ 'export.jsonl': `${lines.join('\n')}\n` });
    for (const format of FORMATS) {
      for (const redact of [['--redact'], []]) {
        const result = await runInProcess(['export.jsonl', '--format', format, ...redact], { cwd: dir });
        expect(result.code, format).toBe(2);
        for (const part of SECRET_PARTS) {
          expect(result.stdout, `${format} ${redact} stdout`).not.toContain(part);
          expect(result.stderr, `${format} ${redact} stderr`).not.toContain(part);
        }
        // Every bad line is still named, with its line, on stderr.
        for (let line = 2; line <= BAD_LINES.length + 1; line++) expect(result.stderr, format).toMatch(new RegExp(`^export\\.jsonl:${line}: `, 'm'));
      }
    }
  });

  it('keeps the secret out of the built CLI too, with worker threads', async () => {
    const lines = [JSON.stringify(jsonNote('N-1', CLEAN_BODY)), ...BAD_LINES];
    const dir = workspace({ 'export.jsonl': `${lines.join('\n')}\n` });
    for (const format of ['json', 'sarif', 'github'] as const) {
      const result = await runBuilt(['export.jsonl', '--format', format, '--redact', '--jobs', '2'], { cwd: dir });
      expect(result.code).toBe(2);
      for (const part of SECRET_PARTS) expect(result.stdout + result.stderr, format).not.toContain(part);
    }
  });

  it('says where the JSON breaks and what is wrong there', () => {
    const message = (line: string) => {
      const input = noteFromJsonLine(line, 'export.jsonl', 4);
      return input.error;
    };
    expect(message(BAD_LINES[0]!)).toBe(`not valid JSON: unexpected character at column 60 (expected a value)`);
    expect(message(BAD_LINES[1]!)).toBe('not valid JSON: unterminated string at column 20');
    expect(message(BAD_LINES[2]!)).toBe('not valid JSON: bad escape sequence in a string at column 54');
    expect(message(BAD_LINES[3]!)).toBe('not valid JSON: unexpected text after the JSON value at column 57');
    expect(message(BAD_LINES[4]!)).toBe('not valid JSON: unexpected character at column 2 (expected a property name in double quotes or \'}\')');
    expect(message(BAD_LINES[5]!)).toBe('expected a note object with a "text" field, got a list');
    expect(message(BAD_LINES[6]!)).toBe('not valid JSON: control character in a string at column 26 (write it as an escape, such as \\t or \\n)');
    expect(message(BAD_LINES[7]!)).toBe(`not valid JSON: unexpected character at column 97 (expected ',' or '}')`);
    expect(message(BAD_LINES[8]!)).toBe(`not valid JSON: unexpected character at column 73 (expected a value)`);
    expect(message(BAD_LINES[9]!)).toBe(`not valid JSON: unexpected character at column 51 (expected a value)`);
    expect(message('')).toBe('not valid JSON: unexpected end of input at column 1 (expected a value)');
    expect(message('{"text":"a"')).toBe(`not valid JSON: unexpected end of input at column 12 (expected ',' or '}')`);
    expect(message('[1,2,]')).toBe('not valid JSON: unexpected character at column 6 (expected a value)');
    expect(message('{"a" 1}')).toBe(`not valid JSON: unexpected character at column 6 (expected ':' after a property name)`);
    expect(message('"\\u12"')).toBe('not valid JSON: bad escape sequence in a string at column 2');
    expect(message('-')).toBe('not valid JSON: bad number at column 1');
    expect(message('1e')).toBe('not valid JSON: bad number at column 1');
    expect(message('{"a":tru}')).toBe('not valid JSON: unexpected character at column 6 (expected a value)');
    expect(message('01')).toBe('not valid JSON: unexpected text after the JSON value at column 2');
  });

  it('names the line and column in a multi-line .json file', () => {
    const text = `[\n  {"id": "a", "text": "fine"},\n  {"id": "b", "text": "${SECRET}" oops}\n]`;
    const [input] = notesFromText(text, 'notes.json', '.json');
    expect(input!.error).toBe(`not valid JSON: unexpected character at line 3, column ${text.split('\n')[2]!.indexOf('oops') + 1} (expected ',' or '}')`);
  });

  it('finds the problem in the same place JSON.parse does, for every way of breaking a note', () => {
    const good = JSON.stringify(jsonNote('N-1', 'I visited "Amy" at home.\tShe said: \\ ok \u00e9 \ud83d\ude00'));
    for (let cut = 0; cut < good.length; cut++) {
      for (const broken of [good.slice(0, cut), good.slice(0, cut) + '\u0001' + good.slice(cut), good.slice(0, cut) + good.slice(cut + 1)]) {
        let parses = true;
        try {
          JSON.parse(broken);
        } catch {
          parses = false;
        }
        const problem = describeJsonError(broken);
        if (parses) expect(problem, broken).toBeUndefined();
        else expect(problem, broken).toBeDefined();
      }
    }
  });
});

describe('--format json: a note that could not be read', () => {
  it('carries its line and the reason, as stderr does', async () => {
    const dir = workspace({ 'export.jsonl': `${JSON.stringify(jsonNote('N-1', CLEAN_BODY))}\n{"id": "N-2", "text": 42}\n{oops\n` });
    const { code, stdout, stderr } = await runBuilt(['export.jsonl', '--format', 'json'], { cwd: dir });
    expect(code).toBe(2);
    const entries = JSON.parse(stdout) as { file: string; line?: number; noteId: string | null; error?: string }[];
    expect(entries[0]).not.toHaveProperty('line');
    expect(entries[1]).toEqual({ file: 'export.jsonl', line: 2, noteId: 'N-2', findings: [], error: 'note field "text" must be a string, got number' });
    expect(entries[2]).toMatchObject({ file: 'export.jsonl', line: 3, noteId: null, findings: [], error: expect.stringMatching(/^not valid JSON: /) });
    expect(stderr).toContain(`export.jsonl:3: ${entries[2]!.error}\n`);
  });
});
