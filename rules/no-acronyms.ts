import { firstAtOrAfter, isInside, spanAt, type Span, type PhraseEntry, type Rule, type RuleContext, type Suggestion, type TextIndex, type Unit, STANDARD, applyWordListOptions, fitsInPlace, normalisePhrase, variantsOf, wordListOptionsShape, wordKey } from '../src/rule-api.js';
import * as z from 'zod';
import { ACRONYMS, BRAND_NAMES, CAPITALISED_WORDS, NUMBERED_SHORTHAND, SHOP_WORDS, UNIVERSAL_ACRONYMS } from './data/no-acronyms.js';
import { WordShapes } from './lib/word-shapes.js';
import { linkSpans } from './lib/links.js';
import { findPlaceholders } from './lib/placeholders.js';

const options = z
  .object({
    ...wordListOptionsShape,
    allow: z.array(z.string().min(1)).default([]).describe('Acronyms every reader of the team\'s notes knows: never flagged ("GP", "SENCO"). Any case.'),
  })
  .strict();

type Options = z.infer<typeof options>;

/** An all-capitals token that may be an acronym: letters and up to two digits ("S47", "F2F"), or letters joined by "&" ("A&E"). */
const CAPITALS = /^[A-Z][A-Z0-9]{1,7}$|^[A-Z]{1,3}&[A-Z]{1,3}$/;
const AMPERSAND = 0x26;
/** The number of a shorthand written with a hyphen: "GAD-7", "PHQ-9" (a longer number is a reference: "CN-20431"). */
const SHORT_NUMBER = /^\d{1,2}$/;
const STARTS_WITH_DIGIT = /^\d/;
/** What may follow an abbreviation used as a label: "Tel: 0121…", "tel. 07700…", "Tel no. (0121)…", "Tel +44…". */
const LABEL_AFTER = /^\.?[ \t]*(?:(?:no\.?|number)[ \t]*)?[:\d+(]/i;
/** Letters of a long form, compared with the letters of an acronym. */
const NOT_LETTER = /[^a-z]/g;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]/g;
/** Where the words written out before "(CP)" start: the previous bracket, clause or line. */
const LONG_FORM_BOUNDARY = /[\n.;:()[\]"“”]/;
const LETTER = /[A-Z]/g;
const DIGIT = /[0-9]/g;
/** Small Roman numerals ("Part II", "Schedule IV"). */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/** A UK postcode: "B1 1AA", "SW1A 2AA". */
const POSTCODE = /\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b/g;
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
/** Capitalised words that start sentences but are not first names: "The PAMS assessment". */
const NOT_NAMES = new Set(
  ('the a an this that these those our his her their my your its each every no any some all both either neither another ' +
    'at in on to by for from with of as and but or if when while after before then today yesterday tomorrow next last new ' +
    'please see re about we she he they it there here what who why how where which following during since until')
    .split(' '),
);
const WHITE_SPACE = /\s+/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Capitals in a row (not acronyms) that no-uppercase-blocks reports as a block. */
const BLOCK_WORDS = 3;

const UNIVERSAL = new Set(UNIVERSAL_ACRONYMS);
const CAPITALISED = new Set(CAPITALISED_WORDS);
const BRANDS = new Set(BRAND_NAMES);
const SHOPS = new Set(SHOP_WORDS);
/** The last lines of a note in which someone's initials sign it ("PS 10/04/26"). */
const SIGN_OFF_LINES = 3;
/** At most this many words on a line signed with initials and a date: "PS, SW, 10/04/26". */
const SIGN_OFF_LINE_WORDS = 6;

type Form = 'base' | 'plural' | 'possessive';

interface Lookup {
  /** Case-sensitive single-word acronyms by their text (trailing full stop dropped). */
  exact: Map<string, PhraseEntry>;
  /** Case-insensitive abbreviations by their key. */
  loose: Map<string, PhraseEntry>;
  /** The shapes of the keys of `exact` and `loose`: most words of a note need no lookup at all. */
  exactShapes: WordShapes;
  looseShapes: WordShapes;
  /** Lower-case words never flagged: the `allow` option and phrases removed from the list. */
  allowed: Set<string>;
}

interface Candidate {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** The units of the candidate: units.slice(unit, endUnit). */
  unit: number;
  endUnit: number;
  entry?: PhraseEntry;
  /** What a definition ("Child Protection (CP)") covers: the list entry, or the token. */
  key: unknown;
  form: Form;
  quoted: boolean;
}


/** A stretch of units: units.slice(first, end). */
interface UnitRange {
  first: number;
  end: number;
}

const lookups = new WeakMap<object, Lookup>();

function lookupFor(options: Options): Lookup {
  let lookup = lookups.get(options);
  if (lookup) return lookup;
  const exact = new Map<string, PhraseEntry>();
  const loose = new Map<string, PhraseEntry>();
  for (const entry of applyWordListOptions(ACRONYMS, options)) {
    for (const variant of variantsOf(entry)) {
      if (/\s/.test(variant)) continue;
      if (entry.caseSensitive) {
        const text = variant.endsWith('.') ? variant.slice(0, -1) : variant;
        if (!exact.has(text)) exact.set(text, entry);
      } else {
        const key = wordKey(variant);
        if (!loose.has(key)) loose.set(key, entry);
      }
    }
  }
  const allowed = new Set([...options.allow, ...options.remove].map((word) => normalisePhrase(word)));
  lookup = { exact, loose, exactShapes: new WordShapes(exact.keys()), looseShapes: new WordShapes(loose.keys()), allowed };
  lookups.set(options, lookup);
  return lookup;
}

/**
 * Acronyms and abbreviations (SPEC §5): known ones with their expansion as the suggestion, unknown
 * capitals (two to six letters, with up to two digits, "&" or a short number: "FX2", "H&S",
 * "GAD-7") with a generic message, and numbered shorthand ("S37", "Y6"). Written out on first use,
 * "Child Protection (CP)" or "CP (Child Protection)", an acronym is fine for the rest of the note;
 * the words must spell its letters out, so "Decision (TM)" or "Jordan (RSW)" define nothing.
 *
 * Not flagged: quoted speech (unless `checkQuotes`), email addresses and web addresses, postcodes,
 * lines and blocks in capitals (no-uppercase-blocks reports those), template placeholders
 * ("[CHILD NAME]", "XXXX": required-fields reports those), the pronoun "I", single letters and
 * initials with full stops ("J. Smith", "J.S."), the author's initials signing the note, small
 * Roman numerals, ordinary words written in capitals for emphasis ("NOT", "PLEASE"), a surname in
 * capitals after a first name or title ("Jane SMITH", "Mr KHAN"), reference numbers ("CN-20431"),
 * names of shops and companies ("ASDA", "the KFC restaurant"), "Tel" as the label of a phone
 * number, acronyms everyone knows (UK, NHS, GP, …: see the data file) and the team's own `allow`
 * list.
 */
export const noAcronyms: Rule<Options> = {
  meta: {
    id: 'no-acronyms',
    name: 'Acronyms written out',
    description: 'Acronyms and abbreviations (CP, LAC, ICPC, S47, appt, w/c) that are not written out on first use.',
    severity: 'warning',
    category: 'language',
    schema: options,
    reference: STANDARD.plainLanguage,
  },
  phrases: (options) => applyWordListOptions(ACRONYMS, options),
  check(context) {
    const { index } = context.note;
    const { units, text } = index;
    const lookup = lookupFor(context.options);
    const candidates: Candidate[] = [];
    // Units of the matches, which the loop over units below skips. Ranges rather than a flag per unit:
    // a typed array as long as the note costs more to allocate than the whole loop over a note without acronyms.
    const matched: UnitRange[] = [];

    for (const match of context.matches) {
      const last = units[match.endUnit - 1]!;
      // "w/c" is split into "w/" and "c": leave it to the glued lookup below.
      if (last.text.endsWith('/') && units[match.endUnit]?.start === last.end) continue;
      matched.push({ first: match.firstUnit, end: match.endUnit });
      candidates.push({
        start: match.start,
        end: match.end,
        text: text.slice(match.start, match.end),
        unit: match.firstUnit,
        endUnit: match.endUnit,
        entry: match.entry,
        key: match.entry,
        form: 'base',
        quoted: match.quoted,
      });
    }

    const skipped = mergeRanges(matched);
    let range = 0;
    for (let i = 0; i < units.length; i++) {
      while (range < skipped.length && skipped[range]!.end <= i) range++;
      if (range < skipped.length && skipped[range]!.first <= i) {
        i = skipped[range]!.end - 1;
        continue;
      }
      const unit = units[i]!;
      const next = endsWith(unit.text, SLASH) ? units[i + 1] : undefined;
      if (next && next.start === unit.end) {
        const glued = lookup.loose.get(wordKey(unit.text + next.text));
        if (glued) {
          candidates.push({ start: unit.start, end: next.end, text: text.slice(unit.start, next.end), unit: i, endUnit: i + 2, entry: glued, key: glued, form: 'base', quoted: unit.quoted });
          i++;
          continue;
        }
      }
      const known = lookupToken(unit, lookup);
      if (known) {
        candidates.push({ start: unit.start, end: unit.end, text: unit.text, unit: i, endUnit: i + 1, entry: known.entry, key: known.entry, form: known.form, quoted: unit.quoted });
        continue;
      }
      const numbered = numberedShorthand(unit.text);
      if (numbered) {
        candidates.push({ start: unit.start, end: unit.end, text: unit.text, unit: i, endUnit: i + 1, entry: numbered, key: unit.text, form: 'base', quoted: unit.quoted });
      } else if (isUnknownAcronym(unit.text, lookup) && !isBrand(index, i) && !looksLikeSomethingElse(index, i)) {
        // "GAD-7": the number is part of the name.
        let end = i + 1;
        while (end < units.length && units[end]!.inWord && SHORT_NUMBER.test(units[end]!.text)) end++;
        const last = units[end - 1]!;
        candidates.push({ start: unit.start, end: last.end, text: text.slice(unit.start, last.end), unit: i, endUnit: end, key: stem(text.slice(unit.start, last.end)), form: 'base', quoted: unit.quoted });
        i = end - 1;
      }
    }
    if (candidates.length === 0) return;

    // Each of these scans the whole note: computed on first need (most candidates are known acronyms).
    let links: Span[] | undefined;
    let postcodes: Span[] | undefined;
    let capitals: ReadonlySet<number> | undefined;
    let placeholders: Span[] | undefined;
    let signOff: number | undefined;
    const defined = new Map<unknown, number>();
    const keep: Candidate[] = [];
    for (const candidate of candidates) {
      if (candidate.quoted && !context.options.checkQuotes) continue;
      links ??= linkSpans(text);
      capitals ??= capitalBlocks(index, lookup);
      if (isInside(links, candidate.start) || capitals.has(candidate.unit)) continue;
      // "[CHILD NAME]", "XXXX": required-fields reports the unfilled template instead.
      if (isInside((placeholders ??= findPlaceholders(text)), candidate.start)) continue;
      if ((!candidate.entry || candidate.entry.data?.numbered === true) && isInside((postcodes ??= postcodeSpans(text)), candidate.start)) continue;
      if (lookup.allowed.size > 0 && (lookup.allowed.has(wordKey(candidate.text)) || lookup.allowed.has(wordKey(stem(candidate.text))))) continue;
      if (candidate.entry && followedBy(index, candidate, candidate.entry)) continue;
      if (candidate.entry?.data?.label === true && LABEL_AFTER.test(text.slice(candidate.end, candidate.end + 12))) continue;
      if (isSigningInitials(context, candidate, (signOff ??= signOffStart(index)))) continue;
      if (isDefinition(text, candidate)) {
        defined.set(candidate.key, Math.min(defined.get(candidate.key) ?? Infinity, candidate.start));
        continue;
      }
      keep.push(candidate);
    }
    for (const candidate of keep) {
      const definedAt = defined.get(candidate.key);
      if (definedAt !== undefined && definedAt < candidate.start) continue;
      report(context, candidate);
    }
  },
};

function report(context: RuleContext<Options>, candidate: Candidate): void {
  const { entry, text } = candidate;
  if (!entry) {
    context.report({
      start: candidate.start,
      end: candidate.end,
      message:
        `This looks like an acronym or abbreviation: write the words in full (for someone's initials, their name). ` +
        `If you need it, write the words out the first time with the letters in brackets after them; if every reader knows it, add it to this rule's "allow" option.`,
      suggestions: [{ message: 'Write the words in full' }],
    });
    return;
  }
  const index = context.note.index;
  const atSentenceStart = index.sentences[index.units[candidate.unit]!.sentence]?.firstUnit === candidate.unit;
  const shape = (words: string) => {
    const formed = inflect(words, candidate.form);
    return atSentenceStart ? formed.charAt(0).toUpperCase() + formed.slice(1) : formed;
  };
  const expansions = [entry.replacement, ...(((entry.data?.alternatives as string[] | undefined) ?? []))].filter((x): x is string => !!x).map(shape);
  const noteText = context.note.text;
  const suggestions: Suggestion[] = expansions.map((words) =>
    fitsInPlace(noteText, candidate.start, candidate.end, words) ? { message: `Write "${words}"`, replacement: words } : { message: `Write "${words}", and make the words around it agree` },
  );
  if (entry.advice && expansions.length === 0) suggestions.push({ message: entry.advice });
  const acronym = entry.caseSensitive === true && entry.data?.shorthand !== true;
  const kind = acronym ? 'an acronym' : 'an abbreviation';
  let instead = expansions.length > 0 ? `write "${expansions[0]}"` : 'write it in full';
  if (expansions.length > 1) instead += ` (or ${expansions.slice(1).map((words) => `"${words}"`).join(' or ')}, whichever is meant)`;
  if (entry.advice && expansions.length > 0) instead += `, ${entry.advice}`;
  // The letters shown come from the list, not the note, so that the message never carries note text.
  const letters = variantsOf(entry)[0];
  const firstUse = acronym && candidate.form !== 'possessive' && expansions.length > 0 ? ` If you need it, write it out the first time, as in "${expansions[0]} (${letters})".` : '';
  context.report({
    start: candidate.start,
    end: candidate.end,
    message: `This is ${kind}: ${instead}.${firstUse}`,
    suggestions,
  });
}

/** A known acronym as written, or its plural ("IROs") or possessive ("LAC's"), or a lower-case abbreviation. */
function lookupToken(unit: Unit, lookup: Lookup): { entry: PhraseEntry; form: Form } | undefined {
  const { exact, exactShapes } = lookup;
  const token = unit.text;
  const base = exactShapes.mayHave(token) ? exact.get(token) : undefined;
  if (base) return { entry: base, form: 'base' };
  if (isPossessive(token)) {
    const entry = exactShapes.mayHave(token, token.length - 2) ? exact.get(token.slice(0, -2)) : undefined;
    if (entry) return { entry, form: 'possessive' };
  } else if (endsWith(token, SMALL_S) && token.length > 2 && isCapital(token.charCodeAt(token.length - 2))) {
    const entry = exactShapes.mayHave(token, token.length - 1) ? exact.get(token.slice(0, -1)) : undefined;
    if (entry) return { entry, form: 'plural' };
  }
  // The unit's key is the token's wordKey.
  const loose = lookup.looseShapes.mayHave(unit.key) ? lookup.loose.get(unit.key) : undefined;
  return loose ? { entry: loose, form: 'base' } : undefined;
}

// Character tests on every word of the note: String methods and regular expressions cost a call each.
const SLASH = 0x2f;
const SMALL_S = 0x73;

function endsWith(token: string, code: number): boolean {
  return token.charCodeAt(token.length - 1) === code;
}

/** A-Z: the capitals of CAPITALS and of the plural test. */
function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Ends in "'s" or "’s": a possessive. */
function isPossessive(token: string): boolean {
  if (!endsWith(token, SMALL_S)) return false;
  const apostrophe = token.charCodeAt(token.length - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

/** The token without a plural "s" or possessive "'s" after capitals ("CPNs" → "CPN"). */
function stem(token: string): string {
  if (isPossessive(token)) return token.slice(0, -2);
  if (/[A-Z]{2}s$/.test(token)) return token.slice(0, -1);
  return token;
}

function isUnknownAcronym(token: string, lookup: Lookup): boolean {
  // CAPITALS needs a capital then a capital or digit, and stem() keeps the first two characters of
  // any word that can pass: most words end here without a regular expression.
  if (!isCapital(token.charCodeAt(0))) return false;
  const second = token.charCodeAt(1);
  if (!isCapital(second) && !isDigit(second) && second !== AMPERSAND) return false;
  const word = stem(token);
  if (!CAPITALS.test(word)) return false;
  const letters = word.match(LETTER)?.length ?? 0;
  const digits = word.match(DIGIT)?.length ?? 0;
  if (letters < 2 || letters > 6 || digits > 2) return false;
  if (ROMAN.test(word) || UNIVERSAL.has(word) || isCapitalisedWord(word)) return false;
  return !lookup.allowed.has(word.toLowerCase());
}

/** An English word in capitals, or its plural ("RISKS"). */
function isCapitalisedWord(word: string): boolean {
  return CAPITALISED.has(word) || (word.length > 3 && word.endsWith('S') && CAPITALISED.has(word.slice(0, -1)));
}

/** "S37", "Y6": a letter and a number, with the words they stand for. */
function numberedShorthand(token: string): PhraseEntry | undefined {
  // Most words start with neither letter: no regular expression for them.
  const first = token.charCodeAt(0) | 0x20;
  if (first !== 0x73 && first !== 0x79) return undefined;
  for (const { shape, expansion } of NUMBERED_SHORTHAND) {
    const found = shape.exec(token);
    if (found) return { match: token, replacement: expansion.replace('$1', found[1]!), data: { shorthand: true, numbered: true } };
  }
  return undefined;
}

/** The name of a shop or company: a known one ("ASDA"), or capitals before a word for a shop ("the KFC restaurant"). */
function isBrand(index: TextIndex, i: number): boolean {
  const unit = index.units[i]!;
  if (BRANDS.has(stem(unit.text))) return true;
  const next = index.units[i + 1];
  return next !== undefined && next.joined && !next.inWord && next.sentence === unit.sentence && SHOPS.has(next.key);
}

/** Capitals that are a surname, a unit after a number or part of a reference number. */
function looksLikeSomethingElse(index: TextIndex, i: number): boolean {
  const units = index.units;
  const unit = units[i]!;
  // A reference number: "CN-20431", "REF-2026-0042", "2026-AB"; not a short number naming a
  // questionnaire or a form ("GAD-7", "PHQ-9").
  let first = i;
  while (first > 0 && units[first]!.inWord) first--;
  let numbers = 0;
  for (let j = first; j < units.length && (j === first || units[j]!.inWord); j++) {
    if (j === i || !STARTS_WITH_DIGIT.test(units[j]!.text)) continue;
    if (j < i || !SHORT_NUMBER.test(units[j]!.text) || ++numbers > 1) return true;
  }
  const previous = units[i - 1];
  if (!previous || !unit.joined || unit.inWord || previous.sentence !== unit.sentence) return false;
  // A unit after a number: "5 KG".
  if (/^\d/.test(previous.text)) return true;
  // A surname in capitals: "Jane SMITH", "Mr KHAN", "Ms AB".
  if (TITLES.has(previous.key)) return true;
  return TITLE_CASE.test(previous.text) && !NOT_NAMES.has(previous.key) && /^[A-Z]{3,}$/.test(stem(unit.text));
}

/** "DNA test": the letters mean something else before these words. */
function followedBy(index: TextIndex, candidate: Candidate, entry: PhraseEntry): boolean {
  const words = entry.data?.notBefore as readonly string[] | undefined;
  if (!words) return false;
  const next = index.units[candidate.endUnit];
  return !!next && next.joined && words.includes(next.key);
}

/**
 * "Child Protection (CP)" or "CP (Child Protection)": the acronym written out where it is used. The
 * words must spell the letters out (or be the list's expansion): "Decision (TM)" and "the ICPC (held
 * on Monday)" define nothing.
 */
function isDefinition(text: string, candidate: Candidate): boolean {
  const { start, end } = candidate;
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = end;
  while (after < text.length && text[after] === ' ') after++;
  if (text[before] === '(' && text[after] === ')') {
    let from = before - 1;
    while (from >= 0 && before - from <= 150 && !LONG_FORM_BOUNDARY.test(text[from]!)) from--;
    const words = text.slice(from + 1, before).trim();
    return words !== '' && (spellsOut(candidate.text, words, 'end') || isExpansion(candidate.entry, words, 'end'));
  }
  if (text[after] === '(') {
    const close = text.indexOf(')', after);
    if (close < 0 || close - after > 150) return false;
    const inner = text.slice(after + 1, close).trim();
    if (inner.includes('\n') || !HAS_LOWER.test(inner)) return false;
    return spellsOut(candidate.text, inner, 'start') || isExpansion(candidate.entry, inner, 'start');
  }
  return false;
}

/**
 * True when `words` spell out the letters of `acronym` (the short-form test of Schwartz and Hearst,
 * 2003): its letters, read from the last, are found in order in the words, the first of them at the
 * start of a word; the words spelt out are at least two (one word is a name: "Jordan (RSW)") and at
 * most min(size + 5, size * 2), the size counting letters and digits. `anchor` says which end of `words` the written-out form must touch.
 */
function spellsOut(acronym: string, words: string, anchor: 'start' | 'end'): boolean {
  const short = stem(acronym).toLowerCase();
  const letters = short.replace(NOT_LETTER, '');
  if (letters.length === 0) return false;
  const lower = words.toLowerCase();
  // The digits of "S47" count towards the words allowed: "section 47 enquiry (S47)".
  const size = short.replace(NOT_LETTER_OR_DIGIT, '').length;
  const limit = Math.min(size + 5, size * 2);
  // Read from the end of the words for "Child Protection (CP)"; for "CP (child protection)", from
  // the end of the shortest start of the words that can hold the letters.
  const tails = anchor === 'end' ? [lower] : prefixesByWords(lower, limit);
  for (const long of tails) {
    let at = long.length - 1;
    for (let s = letters.length - 1; s >= 0 && at >= -1; s--) {
      const letter = letters[s]!;
      while (at >= 0 && (long[at] !== letter || (s === 0 && at > 0 && WORD_CHARACTER.test(long[at - 1]!)))) at--;
      if (at < 0) {
        at = -2;
        break;
      }
      if (s > 0) at--;
    }
    if (at < 0) continue;
    const spelt = long.slice(at).split(WHITE_SPACE).filter(Boolean).length;
    if (spelt >= 2 && spelt <= limit) return true;
  }
  return false;
}

/** The starts of a text ending at each of its first `limit` words: "a b c" → "a", "a b", "a b c". */
function prefixesByWords(text: string, limit: number): string[] {
  const prefixes: string[] = [];
  let at = 0;
  while (prefixes.length < limit) {
    const space = text.indexOf(' ', at);
    if (space < 0) {
      prefixes.push(text);
      break;
    }
    if (space > at) prefixes.push(text.slice(0, space));
    at = space + 1;
  }
  return prefixes;
}

/** True when `words` are the list's expansion of the acronym ("child in care (LAC)"). */
function isExpansion(entry: PhraseEntry | undefined, words: string, anchor: 'start' | 'end'): boolean {
  if (!entry) return false;
  const lower = words.toLowerCase();
  const expansions = [entry.replacement, ...(((entry.data?.alternatives as string[] | undefined) ?? []))];
  return expansions.some((expansion) => {
    if (!expansion) return false;
    const bracket = expansion.indexOf(' (');
    const head = (bracket >= 0 ? expansion.slice(0, bracket) : expansion).toLowerCase();
    return anchor === 'end' ? lower.endsWith(head) : lower.startsWith(head);
  });
}

/**
 * The author's initials signing the note ("PS 10/04/26", "PS"): on one of the last lines, on a short
 * line that is the initials alone or has a date or time. "CP conference on Monday at 10:00." is
 * still an acronym even when the author is Claire Parker: it is not a short line.
 */
function isSigningInitials(context: RuleContext<Options>, candidate: Candidate, signOff: number): boolean {
  if (candidate.start < signOff) return false;
  const name = context.note.meta.author?.name;
  if (!name || initialsOf(name) !== candidate.text) return false;
  const { units, lines } = context.note.index;
  const line = spanAt(lines, candidate.start);
  if (!line) return false;
  let count = 0;
  let digits = false;
  for (let i = firstAtOrAfter(units, 'start', line.start); i < units.length && units[i]!.start < line.end; i++) {
    count++;
    if (STARTS_WITH_DIGIT.test(units[i]!.text)) digits = true;
  }
  return count <= 2 || (count <= SIGN_OFF_LINE_WORDS && digits);
}

function initialsOf(name: string): string {
  return name
    .split(WHITE_SPACE)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** Where the last SIGN_OFF_LINES non-empty lines of the text start. */
function signOffStart(index: TextIndex): number {
  let seen = 0;
  for (let l = index.lines.length - 1; l >= 0; l--) {
    const line = index.lines[l]!;
    if (line.text.trim() === '') continue;
    if (++seen === SIGN_OFF_LINES) return line.start;
  }
  return 0;
}


function postcodeSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(POSTCODE)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

function isSmallAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}


/** The ranges sorted, overlapping and touching ones joined. */
function mergeRanges(ranges: UnitRange[]): UnitRange[] {
  ranges.sort((a, b) => a.first - b.first);
  const merged: UnitRange[] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range.first <= previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Units in capitals that no-uppercase-blocks reports instead: a whole line in capitals with at least
 * two words, one of them not an acronym ("HOME VISIT"), or three or more capitalised words in a row
 * that are not acronyms.
 */
function capitalBlocks(index: TextIndex, lookup: Lookup): Set<number> {
  const { units, lines } = index;
  const skip = new Set<number>();
  // A word starting a-z has a lower-case letter: most words need no Unicode regular expression.
  const isUpper = (unit: Unit) => !isSmallAscii(unit.text.charCodeAt(0)) && HAS_LETTER.test(unit.text) && !HAS_LOWER.test(unit.text);
  const isAcronym = (unit: Unit) => {
    const word = stem(unit.text);
    return lookup.exact.has(word) || UNIVERSAL.has(word) || lookup.allowed.has(word.toLowerCase());
  };
  let u = 0;
  for (const line of lines) {
    while (u < units.length && units[u]!.start < line.start) u++;
    let end = u;
    while (end < units.length && units[end]!.start < line.end) end++;
    // A line of prose has a lower-case letter: tested first, so only lines in capitals collect their words.
    const inCapitals = !HAS_LOWER.test(line.text);
    const words = inCapitals ? units.slice(u, end).filter((unit) => HAS_LETTER.test(unit.text)) : [];
    if (inCapitals && words.length >= 2 && words.some((unit) => !isAcronym(unit))) {
      for (let i = u; i < end; i++) skip.add(i);
    } else {
      // Runs of capitalised words inside the line.
      let i = u;
      while (i < end) {
        if (!isUpper(units[i]!)) {
          i++;
          continue;
        }
        let j = i;
        let plain = 0;
        while (j < end && isUpper(units[j]!) && (j === i || units[j]!.joined)) {
          if (!isAcronym(units[j]!) && units[j]!.text.length > 1) plain++;
          j++;
        }
        if (plain >= BLOCK_WORDS) for (let k = i; k < j; k++) skip.add(k);
        i = j;
      }
    }
    u = end;
  }
  return skip;
}

/** The expansion for a plural or possessive acronym: "IROs" → "Independent Reviewing Officers". */
function inflect(words: string, form: Form): string {
  if (form === 'base') return words;
  if (form === 'possessive') return `${words}'s`;
  const bracket = words.indexOf(' (');
  const head = bracket >= 0 ? words.slice(0, bracket) : words;
  const tail = bracket >= 0 ? words.slice(bracket) : '';
  let plural: string;
  if (/child$/i.test(head)) plural = `${head}ren`;
  else if (/person$/i.test(head)) plural = head.replace(/person$/i, (p) => (p[0] === 'P' ? 'People' : 'people'));
  else if (/[^aeiou]y$/i.test(head)) plural = `${head.slice(0, -1)}ies`;
  else if (/(?:s|x|ch|sh)$/i.test(head)) plural = `${head}es`;
  else plural = `${head}s`;
  return plural + tail;
}

export default noAcronyms;
