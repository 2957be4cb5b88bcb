/**
 * Says where a JSON text breaks and what is wrong there, in words of our own. JSON.parse's messages quote
 * the text around the error (`Unexpected token 'T', ..." her","x":True}"`), and in a case-note export that
 * text is a child's record: these never contain any of the input, only a position and a kind of problem.
 *
 * Run only after JSON.parse has failed. One pass, no recursion (an explicit stack of open brackets), so a
 * deeply nested or very long text costs linear time and no call stack.
 */

export interface JsonProblem {
  /** UTF-16 offset of the character where the problem is (the text's length at an early end). */
  offset: number;
  /** What is wrong, e.g. "unterminated string", "unexpected character (expected a value)". */
  problem: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const EXPECTED: Record<Expect, string> = {
  value: 'expected a value',
  'value-or-close': "expected a value or ']'",
  key: 'expected a property name in double quotes',
  'key-or-close': "expected a property name in double quotes or '}'",
  colon: "expected ':' after a property name",
  'comma-or-close': '', // depends on the open bracket
  end: '',
};

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isHex = (code: number) => isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);

/** The first problem in `text` as JSON, or undefined when it is valid JSON. */
export function describeJsonError(text: string): JsonProblem | undefined {
  const stack: number[] = []; // open brackets: 0x7b { or 0x5b [
  let expect: Expect = 'value';
  let i = 0;
  const n = text.length;
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');
  const expected = (): string => {
    if (expect === 'comma-or-close') return stack[stack.length - 1] === 0x7b ? "expected ',' or '}'" : "expected ',' or ']'";
    return EXPECTED[expect];
  };

  for (;;) {
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code !== SPACE && code !== TAB && code !== LF && code !== CR) break;
      i++;
    }
    if (i >= n) return expect === 'end' ? undefined : { offset: n, problem: `unexpected end of input (${expected()})` };
    const code = text.charCodeAt(i);
    switch (expect) {
      case 'end':
        return { offset: i, problem: 'unexpected text after the JSON value' };
      case 'colon':
        if (code !== 0x3a) return { offset: i, problem: `unexpected character (${expected()})` };
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const open = stack[stack.length - 1]!;
        if (code === 0x2c) {
          i++;
          expect = open === 0x7b ? 'key' : 'value';
        } else if (code === open + 2) {
          // } is { + 2 and ] is [ + 2.
          stack.pop();
          i++;
          expect = afterValue();
        } else {
          return { offset: i, problem: `unexpected character (${expected()})` };
        }
        continue;
      }
      case 'key':
      case 'key-or-close': {
        if (expect === 'key-or-close' && code === 0x7d) {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (code !== QUOTE) return { offset: i, problem: `unexpected character (${expected()})` };
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      case 'value':
      case 'value-or-close': {
        if (expect === 'value-or-close' && code === 0x5d) {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (code === 0x7b || code === 0x5b) {
          stack.push(code);
          i++;
          expect = code === 0x7b ? 'key-or-close' : 'value-or-close';
          continue;
        }
        let end: number | JsonProblem;
        if (code === QUOTE) end = scanString(text, i);
        else if (code === 0x2d || isDigit(code)) end = scanNumber(text, i);
        else if (text.startsWith('true', i)) end = i + 4;
        else if (text.startsWith('false', i)) end = i + 5;
        else if (text.startsWith('null', i)) end = i + 4;
        else return { offset: i, problem: `unexpected character (${expected()})` };
        if (typeof end !== 'number') return end;
        i = end;
        expect = afterValue();
        continue;
      }
    }
  }
}

/** The offset after a string that starts at `start` (its opening quote), or its problem. */
function scanString(text: string, start: number): number | JsonProblem {
  const n = text.length;
  for (let i = start + 1; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) return i + 1;
    if (code < 0x20) return { offset: i, problem: 'control character in a string (write it as an escape, such as \\t or \\n)' };
    if (code === BACKSLASH) {
      if (i + 1 >= n) break;
      const next = text.charCodeAt(i + 1);
      if (next === 0x75) {
        // \uXXXX
        for (let k = 2; k <= 5; k++) if (i + k >= n || !isHex(text.charCodeAt(i + k))) return { offset: i, problem: 'bad escape sequence in a string' };
        i += 5;
      } else if ('"\\/bfnrt'.includes(text[i + 1]!)) {
        i++;
      } else {
        return { offset: i, problem: 'bad escape sequence in a string' };
      }
    }
  }
  return { offset: start, problem: 'unterminated string' };
}

/** The offset after a number that starts at `start`, or its problem: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
function scanNumber(text: string, start: number): number | JsonProblem {
  let i = start;
  const bad = { offset: start, problem: 'bad number' };
  if (text.charCodeAt(i) === 0x2d) i++;
  if (!isDigit(text.charCodeAt(i))) return bad;
  if (text.charCodeAt(i) === 0x30) i++;
  else while (isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return bad;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return bad;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * "not valid JSON: <problem> at line L, column C" (the line only when the text has more than one), for a
 * text JSON.parse refused. `error` is what JSON.parse threw: only its class is used, when no problem is
 * found (a text nested too deeply for the parser, say).
 */
export function jsonErrorMessage(text: string, error: unknown): string {
  const found = describeJsonError(text);
  if (!found) return `could not be read as JSON (${error instanceof Error ? error.name : 'error'})`;
  const before = text.slice(0, found.offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const column = found.offset - lineStart + 1;
  const where = /[\r\n]/.test(text) ? `line ${before.split(/\r\n|\n|\r/).length}, column ${column}` : `column ${column}`;
  // The kind of problem, then where, then what was expected there.
  const match = /^(.*?)( \(.*\))?$/.exec(found.problem)!;
  return `${match[1]} at ${where}${match[2] ?? ''}`;
}
