import type { Line } from './types.js';

const STARTS_UPPER = /^\p{Lu}/u;

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
  /**
   * Last words of a role that is not in `roles` ("Police Liaison Officer", "Return Home Interview
   * Worker"): a capitalised part of the line that ends with one of them is read as the role.
   */
  roleHeads?: ReadonlySet<string>;
  /** Roles written as capitals ("SW", "PA"), matched as written. */
  roleAcronyms?: ReadonlySet<string>;
  /**
   * The author from the note's details: their name and role as written there are read first, whatever
   * the lists hold, so that a sign-off that matches the details is always read whole.
   */
  author?: { name?: string; role?: string };
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

/** Where `phrase` stands in `text` as whole words, case and spacing aside. */
function findWords(text: string, phrase: string | undefined): { index: number; length: number } | undefined {
  const wanted = phrase?.trim().toLowerCase().split(/\s+/).join(' ');
  if (!wanted) return undefined;
  const lower = text.toLowerCase().replace(/\s/g, ' ');
  for (let index = lower.indexOf(wanted); index >= 0; index = lower.indexOf(wanted, index + 1)) {
    const before = index === 0 ? ' ' : lower[index - 1]!;
    const after = index + wanted.length >= lower.length ? ' ' : lower[index + wanted.length]!;
    if (!LETTER.test(before) && !LETTER.test(after)) return { index, length: wanted.length };
  }
  return undefined;
}

const LETTER = /[\p{L}\p{N}]/u;
/** Small words left out of a role's initials: "Head of Service" is HoS or HS. */
const INITIAL_SKIP = new Set(['of', 'and', 'for', 'the', 'in', '&']);

/** The author's role as written in the details, or its initials ("PA" for Personal Adviser), or a role acronym. */
function findAuthorRole(text: string, role: string | undefined, acronyms: ReadonlySet<string> | undefined): { index: number; length: number } | undefined {
  const written = findWords(text, role);
  if (written) return written;
  const initials = role ? initialsOf(role) : '';
  for (const match of text.matchAll(CAPITALS_TOKEN)) {
    const token = match[0];
    if ((initials.length >= 2 && token === initials) || acronyms?.has(token)) return { index: match.index!, length: token.length };
  }
  return undefined;
}

const CAPITALS_TOKEN = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

export function initialsOf(role: string): string {
  return role
    .split(/[\s-]+/)
    .filter((word) => word !== '' && !INITIAL_SKIP.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** A part of the line between separators, capitalised words ending with a role's last word ("Police Liaison Officer"). */
function findRoleByHead(text: string, heads: ReadonlySet<string> | undefined): { index: number; length: number } | undefined {
  if (!heads || heads.size === 0) return undefined;
  for (const part of text.matchAll(LINE_PART)) {
    const words = part[0].trim().split(/\s+/);
    if (words.length === 0 || words.length > 6) continue;
    if (!heads.has(words[words.length - 1]!.toLowerCase())) continue;
    if (!words.every((word) => STARTS_UPPER.test(word) || INITIAL_SKIP.has(word))) continue;
    const index = part.index! + part[0].length - part[0].trimStart().length;
    return { index, length: part[0].trim().length };
  }
  return undefined;
}

/** The parts of a sign-off line between commas, brackets, bars and dashes. */
const LINE_PART = /[^,;|()\[\]\u2013\u2014]+/g;

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

/** Words that may sit in a sign-off line besides the name, role and date. */
const SIGN_OFF_FILLER = /^(?:signed|signature|by|on|date[d]?|name|role|title|job|at|in|the|of|and|written|recorded|entry|sign-off|for)$/i;
/** A comma-separated part of a line that names a team or service ("Children in Need Team"). */
const TEAM_PART = /\b(?:team|service|services|unit|hub|council|department|centre|center|directorate|office|agency)\b/i;

/**
 * Reads the sign-off from the last lines of `lines` (which are expected to end where the entry ends).
 * Lines are read upward while they look like a sign-off: a name, a role or a date and little else. A
 * line of prose ends the search, so a name or date in the last sentence of the note is not taken for
 * a signature. Returns undefined when the entry has no text at all.
 */
export function readSignOff(lines: readonly Line[], options: SignOffOptions): SignOff | undefined {
  // Several rules read the sign-off of the same note with the same roles: it is read once.
  if (options.maxLines !== undefined) return readTail(lines, options, options.maxLines);
  let byRoles = readings.get(lines);
  if (!byRoles) readings.set(lines, (byRoles = new Map()));
  let byAuthor = byRoles.get(options.roles);
  if (!byAuthor) byRoles.set(options.roles, (byAuthor = new Map()));
  const key = `${options.author?.name ?? ''}\u0000${options.author?.role ?? ''}`;
  if (byAuthor.has(key)) return byAuthor.get(key);
  const signOff = readTail(lines, options, DEFAULT_MAX_LINES);
  byAuthor.set(key, signOff && freeze(signOff));
  return signOff;
}

const DEFAULT_MAX_LINES = 4;
/** Characters in a line that may be a sign-off; the longest real ones (name, role, team, service, date) are under 200. */
const MAX_SIGN_OFF_LINE = 400;
const readings = new WeakMap<readonly Line[], Map<readonly string[], Map<string, SignOff | undefined>>>();

/** A shared reading must not be changed by one of the rules that share it. */
function freeze(signOff: SignOff): SignOff {
  for (const part of [signOff.name, signOff.role, signOff.date]) if (part) Object.freeze(part);
  return Object.freeze(signOff);
}

function readTail(lines: readonly Line[], options: SignOffOptions, maxLines: number): SignOff | undefined {
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

  const last = tail[tail.length - 1]!;
  const lastStart = last.start + (last.text.length - last.text.trimStart().length);
  const signOff: SignOff = { start: lastStart, end: last.start + last.text.trimEnd().length };
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!;
    const read = readLine(line, options, signOff);
    if (!read) break;
    signOff.name ??= read.name;
    signOff.role ??= read.role;
    signOff.date ??= read.date;
    signOff.start = line.start + (line.text.length - line.text.trimStart().length);
    if (signOff.name && signOff.role && signOff.date) break;
  }
  return signOff;
}

/** The parts of a sign-off in one line, or undefined when the line is prose rather than a sign-off. */
function readLine(line: Line, options: SignOffOptions, already: SignOff): Pick<SignOff, 'name' | 'role' | 'date'> | undefined {
  // A sign-off is a name, a role and a date: a longer line is prose, and not worth reading as one.
  if (line.text.length > MAX_SIGN_OFF_LINE) return undefined;
  // Markup around a sign-off (**Priya Shah**) is not part of it.
  let text = line.text.replace(/[*_`#>]/g, ' ');
  const found: Pick<SignOff, 'name' | 'role' | 'date'> = {};
  const take = (index: number, length: number) => {
    const part = { text: line.text.slice(index, index + length), start: line.start + index, end: line.start + index + length };
    text = text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
    return part;
  };
  if (!already.date) {
    const date = findDate(text);
    if (date) {
      const part = take(date.index, date.length);
      found.date = { text: part.text, start: part.start, end: part.end, iso: date.iso };
    }
  }
  if (!already.role) {
    const role = findAuthorRole(text, options.author?.role, options.roleAcronyms) ?? findRole(text, options.roles);
    if (role) found.role = take(role.index, role.length);
  }
  // Team and service names often follow the role; they are neither a name nor prose.
  // A part naming a team has a team word in the line; most lines have none.
  if (TEAM_PART.test(text)) text = text.replace(/[^,;|()]+/g, (part) => (TEAM_PART.test(part) ? ' '.repeat(part.length) : part));
  if (!already.name) {
    const name = findWords(text, options.author?.name) ?? findName(text);
    if (name && name.length <= 60) found.name = take(name.index, name.length);
  }
  // A role not in the lists is read from what is left once the name is taken: "Jo Brennan, Police Liaison Officer".
  if (!already.role && !found.role) {
    const role = findRoleByHead(text, options.roleHeads);
    if (role) found.role = take(role.index, role.length);
  }
  // An aside in brackets is not prose: "(supervised by Priya Shah, Practice Educator)", "(Team 2)".
  if (text.includes('(')) text = text.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  const rest = text.split(/[\s,;:|()\[\]\-–—/.]+/).filter((word) => word !== '' && !SIGN_OFF_FILLER.test(word));
  if (rest.length > 2) return undefined;
  if (!found.name && !found.role && !found.date) return undefined;
  return found;
}
