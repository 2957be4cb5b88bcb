/**
 * How a note names people, shared by child-seen-and-heard and full-names: name words, runs of them
 * ("Ms Gemma Lewis", "Sarah Cole"), the names in the note's details, and a child's age written after
 * or before a name ("Amy (6)", "Amy, aged 6", "6-year-old Amy", "Leo (4 months)", "baby Leo").
 *
 * It reads the units of the shared text index, and the punctuation between two units, never the raw
 * text otherwise. No list of first names: a name is a capitalised word that is not a title, not an
 * acronym and not one of the capitalised words that are not names (rules/data/sources.ts).
 */
import type { TextIndex, Unit } from '../../src/types.js';
import { wordKey } from '../../src/parse/normalise.js';
import { NOT_NAMES, TITLES } from '../data/sources.js';

const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
const NOT_NAME_SET: ReadonlySet<string> = new Set(NOT_NAMES);
const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Letters with inner apostrophes and hyphens: "O'Brien", "McDonald", "Amy's". */
const NAME_SHAPE = /^\p{L}[\p{L}'\u2019-]*$/u;
/** An initial: "A" of "Dr A. Patel" (the full stop is not part of the unit). */
const INITIAL = /^\p{Lu}$/u;
/** A surname written in capitals: "SMITH". */
const CAPITALS_SURNAME = /^\p{Lu}[\p{Lu}'\u2019-]+$/u;

export function isPossessive(unit: Unit): boolean {
  const key = unit.key;
  return key.endsWith("'s") || (key.endsWith("s'") && key.length > 2);
}

/** The unit's key without a possessive ending: "amy's" is "amy". */
export function baseKey(unit: Unit): string {
  const key = unit.key;
  if (key.endsWith("'s")) return key.slice(0, -2);
  if (key.endsWith("s'") && key.length > 2) return key.slice(0, -1);
  return key;
}

/** A cheap test that rules out most words before any regular expression: ASCII lower case or a digit first. */
function startsLowerOrDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** "Ms", "Dr", "Detective": written capitalised before a name. */
export function isTitle(unit: Unit): boolean {
  return TITLE_SET.has(unit.text);
}

/** A capitalised word that may be a name: not a title, not in capitals ("CAMHS"), not a word such as "Monday". */
export function isNameWord(unit: Unit, notNames?: ReadonlySet<string>): boolean {
  const text = unit.text;
  if (startsLowerOrDigit(text) || TITLE_SET.has(text)) return false;
  const key = baseKey(unit);
  if (NOT_NAME_SET.has(key) || (notNames?.has(key) ?? false)) return false;
  return asciiNameShape(text) ?? (CAPITAL.test(text) && LOWER.test(text) && NAME_SHAPE.test(text));
}

/**
 * The name test for ASCII words without regular expressions: a capital, then letters, apostrophes and
 * hyphens with at least one lower-case letter. Undefined for other words, which the expressions decide.
 */
function asciiNameShape(text: string): boolean | undefined {
  const first = text.charCodeAt(0);
  if (first > 127) return undefined;
  if (first < 65 || first > 90) return false;
  let lower = false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return undefined;
    if (code >= 97 && code <= 122) lower = true;
    else if (!((code >= 65 && code <= 90) || code === 39 || code === 45)) return false;
  }
  return lower;
}

export interface NameRun {
  /** Units first..end-1, end exclusive. */
  first: number;
  end: number;
  /** Units of titles at the start ("Detective Sergeant"). */
  titles: number;
}

/**
 * Capitalised words that open a sentence before a name without being part of it: "Visited Amira (7)",
 * "Met Mr Kumar", "Session with Leo". Names ending in -ed are common (Ahmed, Mohammed), so verbs are listed.
 */
const OPENERS: ReadonlySet<string> = new Set([
  'visited', 'saw', 'met', 'took', 'rang', 'phoned', 'called', 'spoke', 'told', 'gave', 'went', 'came', 'left', 'arrived',
  'attended', 'discussed', 'completed', 'received', 'contacted', 'emailed', 'texted', 'checked', 'observed', 'joined',
  'reviewed', 'explained', 'asked', 'agreed', 'returned', 'collected', 'supervised', 'undertook', 'spent', 'sat', 'walked',
  'drove', 'played', 'read', 'seen', 'visit', 'session', 'meeting', 'call', 'joint', 'unannounced', 'announced', 'planned',
  'statutory', 'initial', 'home', 'office', 'family', 'saw', 'helped', 'supported', 'transported', 'accompanied', 'escorted',
  'informed', 'advised', 'updated', 'reminded', 'confirmed', 'present', 'attendees', 'child', 'children', 'baby', 'young',
]);

/** "Visited" in "Visited Amira (7)": a sentence's first word that is a verb or heading word before a name. */
export function isOpenerWord(unit: Unit): boolean {
  return OPENERS.has(unit.key) || (unit.key.length > 5 && unit.key.endsWith('ing'));
}

/**
 * The run of a title and name words, or of name words, that starts at unit i: "Ms Gemma Lewis",
 * "Detective Sergeant Paul Mercer", "Sarah Cole". Words must be separated by white space only, and a
 * possessive word ends the run ("Ms Price's partner"). Undefined when no name word starts there.
 */
export function nameRunAt(units: readonly Unit[], i: number, hi: number, notNames?: ReadonlySet<string>): NameRun | undefined {
  // Most words of a note start in lower case: no name starts there.
  if (startsLowerOrDigit(units[i]!.text)) return undefined;
  // A sentence's opening verb is not the first word of the name after it.
  if ((i === 0 || units[i - 1]!.sentence !== units[i]!.sentence) && isOpenerWord(units[i]!) && i + 1 < hi && units[i + 1]!.joined) return undefined;
  let j = i;
  while (j < hi && !units[j]!.quoted && isTitle(units[j]!) && (j === i || units[j]!.joined)) j++;
  const titles = j - i;
  let end = j;
  let named = false;
  // Initials ("Dr A. J. Patel") and a surname in capitals after a name ("Jane SMITH", "Mr KHAN") are part of it.
  while (end < hi && !units[end]!.quoted && (end === i || units[end]!.joined)) {
    const unit = units[end]!;
    if (isNameWord(unit, notNames) || (MONTH_FIRST_NAMES.has(unit.key) && units[end + 1]?.joined && isNameWord(units[end + 1]!, notNames))) named = true;
    else if (!(INITIAL.test(unit.text) && (end > i || units[end + 1]?.joined)) && !((named || titles > 0) && CAPITALS_SURNAME.test(unit.text))) break;
    end++;
    if (isPossessive(unit)) break;
  }
  if (end === j || (!named && !(titles > 0 && end > j))) return undefined;
  return { first: i, end, titles };
}

/** Months that are also first names: a name before a surname ("June Lewis", "Mrs May Clarke"), a month before a date. */
const MONTH_FIRST_NAMES: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);

/** A full name: a title and a surname at least ("Ms Lewis"), or two name words ("Sarah Cole"). */
export function isFullName(run: NameRun): boolean {
  const names = run.end - run.first - run.titles;
  return run.titles > 0 ? names >= 1 : names >= 2;
}

export interface PersonName {
  /** Lower-case name words without titles: ["gemma", "lewis"]. */
  words: string[];
  first: string;
  last?: string;
}

/**
 * The people a metadata name stands for: "Amy Jones" is one, "Gareth and Lisa Newman" two (sharing the
 * surname), "Jones, Amy" is Amy Jones.
 */
export function peopleInName(name: string | undefined): readonly PersonName[] {
  if (!name) return [];
  let people = peopleByName.get(name);
  if (!people) {
    // Bulk runs meet many names; the table starts again rather than grow without end.
    if (peopleByName.size >= PEOPLE_KEPT) peopleByName.clear();
    peopleByName.set(name, (people = Object.freeze(readPeople(name))));
  }
  return people;
}

const PEOPLE_KEPT = 2_000;
/** The people of each metadata name read, by the name: a note's author and subject recur across notes. */
const peopleByName = new Map<string, readonly PersonName[]>();

function readPeople(name: string): PersonName[] {
  let written = name.trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(written);
  if (comma && !/\band\b|&/i.test(written)) written = `${comma[2]} ${comma[1]}`;
  const parts = written.split(/\s*(?:&|\band\b|\/|;)\s*/i).filter((part) => part.trim() !== '');
  // Hyphenated names are split as the note's words are: "Mary-Jane" is "mary" and "jane".
  const people = parts.map((part) => part.split(/[\s\-\u2010\u2011]+/).filter((word) => word !== '' && !TITLE_SET.has(word.replace(/\.$/, ''))).map(wordKey));
  const shared = people.length > 1 ? people[people.length - 1]!.at(-1) : undefined;
  return people
    .filter((words) => words.length > 0)
    .map((words) => {
      const full = words.length === 1 && shared && words[0] !== shared ? [...words, shared] : words;
      return { words: full, first: full[0]!, last: full.length > 1 ? full[full.length - 1] : undefined };
    });
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(
    (word, i) => [word, i + 1] as const,
  ),
);
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs', 'yo']);
const MONTH_WORDS = new Set(['month', 'months', 'mth', 'mths', 'mo', 'mos']);
const WEEK_WORDS = new Set(['week', 'weeks', 'wk', 'wks']);
const DAY_WORDS = new Set(['day', 'days']);
const AGE_WORDS = new Set(['aged', 'age']);
const BABY_WORDS = new Set(['baby', 'newborn', 'infant']);

function numberOf(unit: Unit | undefined): number | undefined {
  if (!unit) return undefined;
  if (/^\d{1,2}$/.test(unit.key)) return Number(unit.key);
  return NUMBER_WORDS.get(unit.key);
}

/** Years a unit word gives to a number: 1 for years, 1/12 for months... undefined when it is no age unit. */
function unitScale(key: string): number | undefined {
  if (YEAR_WORDS.has(key)) return 1;
  if (MONTH_WORDS.has(key)) return 1 / 12;
  if (WEEK_WORDS.has(key)) return 1 / 52;
  if (DAY_WORDS.has(key)) return 1 / 365;
  return undefined;
}

const BETWEEN_OPEN = /^\s*\(\s*$/;
const BETWEEN_COMMA = /^\s*,\s*$/;
const BETWEEN_SPACE = /^[ \t]+$/;
const AFTER_CLOSE = /^\s*\)/;
const AFTER_COMMA_AGE = /^\s*(?:[,);.:]|$)/;

/** The gap of text between unit a and unit b (or the end of the sentence when b is past it). */
function gap(index: TextIndex, a: number, b: number): string {
  const left = index.units[a]!;
  const right = index.units[b];
  const end = right && right.sentence === left.sentence ? right.start : index.sentences[left.sentence]!.end;
  return index.text.slice(left.end, end);
}

/**
 * The age written just after a name whose last unit is k, in years (months and weeks as fractions):
 * "Amy (6)", "Amy (aged 6)", "Amy, 6,", "Amy, aged 6", "Amy aged 6", "Leo (4 months)", "Amy (6 years old)".
 */
export function ageAfter(index: TextIndex, k: number): number | undefined {
  const { units } = index;
  const name = units[k]!;
  let j = k + 1;
  if (!units[j] || units[j]!.sentence !== name.sentence) return undefined;
  const between = gap(index, k, j);
  const bracket = BETWEEN_OPEN.test(between);
  if (!bracket && !BETWEEN_COMMA.test(between) && !BETWEEN_SPACE.test(between)) return undefined;
  let aged = false;
  if (AGE_WORDS.has(units[j]!.key)) {
    aged = true;
    j++;
    if (!units[j] || !BETWEEN_SPACE.test(gap(index, j - 1, j))) return undefined;
  } else if (!bracket && !BETWEEN_COMMA.test(between)) return undefined;
  const number = numberOf(units[j]);
  if (number === undefined || (!aged && !/^\d/.test(units[j]!.key) && !bracket)) return undefined;
  let years = number;
  let last = j;
  const next = units[j + 1];
  if (next && next.sentence === name.sentence && /^[\s-]*$/.test(gap(index, j, j + 1))) {
    const scale = unitScale(next.key);
    if (scale !== undefined) {
      years = number * scale;
      last = j + 1;
      if (units[last + 1]?.key === 'old' && /^[\s-]*$/.test(gap(index, last, last + 1))) last++;
    }
  }
  const after = gap(index, last, last + 1);
  if (bracket) return AFTER_CLOSE.test(after) ? years : undefined;
  if (aged || last > j) return years;
  // "Amy, 6, was..." but not "Amy, 10 April".
  const followed = units[last + 1] !== undefined && units[last + 1]!.sentence === name.sentence;
  return AFTER_COMMA_AGE.test(after) && !(followed && /^\s*$/.test(after)) ? years : undefined;
}

/** "6-year-old Amy", "six year old Amy", "baby Leo" (0): the age written just before the name at unit k. */
export function ageBefore(index: TextIndex, k: number): number | undefined {
  const { units } = index;
  const name = units[k]!;
  const previous = units[k - 1];
  if (!previous || previous.sentence !== name.sentence || !name.joined) return undefined;
  if (BABY_WORDS.has(previous.key)) return 0;
  if (previous.key !== 'old' || k < 3) return undefined;
  const scale = unitScale(units[k - 2]!.key);
  const number = numberOf(units[k - 3]);
  if (scale === undefined || number === undefined || units[k - 3]!.sentence !== name.sentence) return undefined;
  return number * scale;
}
