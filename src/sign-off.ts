import type { Line } from './types.js';

/**
 * Reads the sign-off at the end of an entry or an amendment: the writer's name, role and date.
 * Shared by require-sign-off and sign-amendments, so both accept the same forms:
 *   Priya Shah, Social Worker, 10/04/2026
 *   Priya Shah (Senior Social Worker) 10 April 2026
 *   Priya Shah
 *   Social Worker
 *   Thursday 10th April 2026
 */
export interface SignOff {
  /** Offsets into the note text of the lines read as the sign-off. */
  start: number;
  end: number;
  name?: { text: string; start: number; end: number };
  role?: { text: string; start: number; end: number };
  date?: { text: string; start: number; end: number; iso?: string };
}

export interface SignOffOptions {
  /** Lower-case roles, longest first is not required. */
  roles: readonly string[];
  /** How many non-empty lines at the end to read. */
  maxLines?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PATTERN = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY_PATTERN = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';

/** British date forms: 10/04/2026, 10.4.26, 10-04-2026, 10 April 2026, 10th Apr 2026, Thursday 10 April 2026, 2026-04-10. */
const DATE_PATTERNS: { pattern: RegExp; read(match: RegExpExecArray): [number, number, number] | undefined }[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/,
    read: (m) => [fullYear(m[3]!), Number(m[2]), Number(m[1])],
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY_PATTERN}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})\\s*,?\\s*(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY_PATTERN}(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  },
];

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function monthNumber(month: string): number {
  const key = month.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((name) => name.startsWith(key)) + 1;
}

export function findDate(text: string): { index: number; length: number; iso?: string } | undefined {
  let best: { index: number; length: number; iso?: string } | undefined;
  for (const { pattern, read } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (best && best.index <= match.index) continue;
    const parts = read(match);
    best = { index: match.index, length: match[0].length, iso: parts ? toIso(parts) : undefined };
  }
  return best;
}

function toIso([year, month, day]: [number, number, number]): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NAME_WORD = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?|[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)$/u;

function findRole(text: string, roles: readonly string[]): { index: number; length: number } | undefined {
  const lower = text.toLowerCase();
  let best: { index: number; length: number } | undefined;
  for (const role of roles) {
    let from = 0;
    for (let index = lower.indexOf(role, from); index >= 0; index = lower.indexOf(role, from)) {
      from = index + 1;
      const before = index === 0 ? ' ' : lower[index - 1]!;
      const after = index + role.length >= lower.length ? ' ' : lower[index + role.length]!;
      if (/[\p{L}]/u.test(before) || /[\p{L}]/u.test(after)) continue;
      if (!best || index < best.index || (index === best.index && role.length > best.length)) best = { index, length: role.length };
    }
  }
  return best;
}

/** A run of 2–5 capitalised words, the shape of a person's name. */
function findName(text: string): { index: number; length: number } | undefined {
  const words = [...text.matchAll(/[^\s,;:()|–—]+/g)];
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && NAME_WORD.test(words[j]![0]) && j - i < 5) {
      // Words must be next to each other, separated by spaces only.
      if (j > i) {
        const gap = text.slice(words[j - 1]!.index! + words[j - 1]![0].length, words[j]!.index!);
        if (!/^ +$/.test(gap)) break;
      }
      j++;
    }
    if (j - i >= 2) {
      const start = words[i]!.index!;
      const last = words[j - 1]!;
      return { index: start, length: last.index! + last[0].length - start };
    }
  }
  return undefined;
}

/**
 * Reads the sign-off from the last lines of `lines` (which are expected to end where the entry ends).
 * Returns undefined when the entry has no text at all.
 */
export function readSignOff(lines: readonly Line[], options: SignOffOptions): SignOff | undefined {
  const maxLines = options.maxLines ?? 4;
  const tail: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < maxLines; i--) {
    const line = lines[i]!;
    if (line.text.trim() === '') {
      if (tail.length > 0) break;
      continue;
    }
    tail.unshift(line);
  }
  if (tail.length === 0) return undefined;

  // Only the lines that carry part of the sign-off count: read upward from the last line while
  // each line adds a name, a role or a date, and stop at the first line of ordinary prose.
  const signOff: SignOff = { start: tail[tail.length - 1]!.start, end: tail[tail.length - 1]!.end };
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!;
    const text = line.text;
    if (i < tail.length - 1 && (text.length > 80 || /[.!?]\s+\p{L}/u.test(text.trim()))) break;
    let found = false;
    const date = signOff.date ? undefined : findDate(text);
    if (date) {
      signOff.date = { text: text.slice(date.index, date.index + date.length), start: line.start + date.index, end: line.start + date.index + date.length, iso: date.iso };
      found = true;
    }
    const role = signOff.role ? undefined : findRole(text, options.roles);
    if (role) {
      signOff.role = { text: text.slice(role.index, role.index + role.length), start: line.start + role.index, end: line.start + role.index + role.length };
      found = true;
    }
    if (!signOff.name) {
      const masked = maskFound(text, line.start, signOff);
      const name = findName(masked);
      if (name && name.length <= 60) {
        signOff.name = { text: text.slice(name.index, name.index + name.length), start: line.start + name.index, end: line.start + name.index + name.length };
        found = true;
      }
    }
    if (!found && i < tail.length - 1) break;
    signOff.start = line.start + (text.length - text.trimStart().length);
    if (signOff.name && signOff.role && signOff.date) break;
  }
  const lastText = tail[tail.length - 1]!.text;
  signOff.end = tail[tail.length - 1]!.start + lastText.trimEnd().length;
  return signOff;
}

/** Blanks out the role and date already found so that "Social Worker" is not read as a name. */
function maskFound(text: string, lineStart: number, signOff: SignOff): string {
  let masked = text;
  for (const part of [signOff.role, signOff.date]) {
    if (!part || part.end <= lineStart || part.start >= lineStart + text.length) continue;
    const from = part.start - lineStart;
    const to = part.end - lineStart;
    masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to);
  }
  return masked;
}
