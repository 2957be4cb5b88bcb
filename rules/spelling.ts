import * as z from 'zod';
import { type PhraseMatch, type Rule, type RuleContext, type Suggestion, type TextIndex, type Unit, STANDARD, applyWordListOptions, fitsInPlace, variantsOf, wordListOptionsShape, phraseTokens, wordKey, isInside, type Span, inflections } from '../src/rule-api.js';
import {
  AMERICAN_SPELLINGS,
  BRITISH_VARIANTS,
  CASEWORK_WORDS,
  COMPOUND_PREFIXES,
  INFORMAL_WORDS,
  MISSPELLINGS,
  WORD_PREFIXES,
} from './data/spelling.js';
import { ACRONYMS } from './data/no-acronyms.js';
import { SLANG } from './data/no-slang.js';
import { JARGON } from './data/no-jargon.js';
import { RESPECTFUL_LANGUAGE } from './data/respectful-language.js';
import { TECHNICAL_TERMS } from './data/explain-technical-terms.js';
import { TITLES } from './data/sources.js';
import { DICTIONARY_REPLACEMENTS } from './data/spelling-dictionary.js';
import { dictionaryWords } from './lib/spelling/dictionary.js';
import { britishSpelling } from './lib/spelling/british.js';
import { suggestCorrections } from './lib/spelling/suggest.js';
import { linkSpans } from './lib/links.js';

const options = z
  .object({
    ...wordListOptionsShape,
    words: z.array(z.string().min(1)).default([]).describe("The team's own words, never flagged (any case): names of local services, places, medicines."),
    acceptIze: z.boolean().default(true).describe('Accept -ize spellings (Oxford spelling: organize, recognize) besides -ise. On by default: both are correct British English, and a correct note must not draw a finding; a team that keeps to -ise turns it off.'),
  })
  .strict();

type Options = z.infer<typeof options>;

/** What the dictionary says about a word in lower case. */
type Verdict =
  | { kind: 'known' }
  | { kind: 'british'; replacement: string; ize: boolean }
  | { kind: 'capital'; replacement: string }
  | { kind: 'unknown'; suggestions: readonly string[] };

const KNOWN: Verdict = { kind: 'known' };
/** Verdicts kept per options: a linter meets the same words note after note. */
const VERDICTS_KEPT = 20_000;
/** A capitalised word at the start of a sentence gets the dictionary's suggestions only from this length: shorter unknown ones are mostly first names. */
const SENTENCE_START_SUGGESTION_LENGTH = 7;
/** Longer "words" are not words (a pasted code, a run of letters), and suggesting for them would cost time. */
const LONGEST_WORD = 30;
/**
 * Unknown words judged in one note, at most: a note with more is pasted text in another language or not
 * text at all, and each judgement searches for corrections. Counted per note, so findings never depend on
 * what the linter has seen before.
 */
const MOST_UNKNOWN_WORDS = 100;
/** Words this long or shorter get only the commonest slips as corrections. */
const SHORT_WORD = 4;
/** The shortest part of a word read as two words run together. */
const COMPOUND_PART = 4;

const ONLY_LETTERS = /^[\p{L}\p{M}'\u2019\u2018]+$/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const NO_VOWEL = /^[^aeiouy]+$/;
const ROMAN_NUMERAL = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
const DIACRITICS = /\p{M}/gu;
const NOT_ASCII = /[^\x00-\x7f]/;
const CURLY_APOSTROPHES = /[\u2018\u2019]/g;
const TITLE_KEYS = new Set(TITLES.map((title) => title.toLowerCase()));
/** Characters after which a capital letter starts something new (a sentence, a list item, a bracket, a heading). */
const OPENERS = new Set([...'.:;!?()[]{}"“”‘’\'-–—•*#>|/\n']);

interface Lookup {
  /** The team's `words` and the entries it removed, lower case: never flagged. */
  neverFlagged: Set<string>;
  /** Words other rules report ("appt", "telly"), unless they are American spellings ("hematoma"). */
  otherRules: Set<string>;
  /** The team's own words, lower case: also offered as corrections. */
  teamWords: Set<string>;
  verdicts: Map<string, Verdict>;
  isKnown(word: string): boolean;
}

const lookups = new WeakMap<object, Lookup>();

function lookupFor(options: Options): Lookup {
  let lookup = lookups.get(options);
  if (lookup) return lookup;
  const dictionary = dictionaryWords();
  const teamWords = new Set<string>();
  for (const word of options.words) for (const token of phraseTokens(word)) teamWords.add(wordKey(token));
  const vocabulary = new Set<string>();
  for (const word of [...CASEWORK_WORDS, ...BRITISH_VARIANTS]) for (const form of expand(word)) vocabulary.add(form);
  const neverFlagged = new Set(teamWords);
  for (const word of options.remove) for (const token of phraseTokens(word)) neverFlagged.add(wordKey(token));
  const otherRules = new Set([...INFORMAL_WORDS, ...otherRulesWords()]);
  const isKnown = (word: string) => dictionary.has(word) || vocabulary.has(word) || teamWords.has(word);
  lookup = { neverFlagged, otherRules, teamWords, verdicts: new Map(), isKnown };
  lookups.set(options, lookup);
  return lookup;
}

/** "word~" is the word and its regular forms (src/engine/inflections.ts). */
function expand(word: string): string[] {
  return word.endsWith('~') ? inflections(word.slice(0, -1)) : [word];
}

let othersWords: string[] | undefined;
const PLAIN_WORD = /^[\p{L}']+$/u;

/**
 * The words of the other language rules' lists: no-acronyms' abbreviations ("appt", "mins"), no-slang's
 * and respectful-language's words ("telly", "chav") and the technical terms ("encopresis", "affective"):
 * those rules report them with better advice than a spelling correction, and a technical term is spelt
 * right in its list.
 */
function otherRulesWords(): string[] {
  if (othersWords) return othersWords;
  const words = new Set<string>();
  for (const entry of [...ACRONYMS, ...SLANG, ...JARGON, ...RESPECTFUL_LANGUAGE, ...TECHNICAL_TERMS]) {
    for (const variant of variantsOf(entry)) {
      for (const token of phraseTokens(variant)) if (PLAIN_WORD.test(token)) words.add(wordKey(token));
    }
  }
  return (othersWords = [...words]);
}

/**
 * Misspelt words and American spellings (SPEC §5), with the British spelling as a quick fix. Checked
 * against SCOWL's en_GB-ise Hunspell dictionary (generated into rules/data/spelling-dictionary.ts),
 * a vocabulary of case work (rules/data/spelling.ts) and the team's own `words`.
 *
 * Never flagged: names (the author and subject in the metadata, a capitalised word inside a sentence,
 * a capitalised word the note also uses inside a sentence or after a title, a first name before a
 * surname), words in capitals (acronyms are no-acronyms'), quoted speech (unless `checkQuotes`), email
 * and web addresses, words with digits (times, ordinals, reference numbers), initials, small Roman
 * numerals, abbreviations without a vowel, informal words that no-slang and no-acronyms report, and a
 * word with no close correction (a rare word is likelier right than wrong).
 */
export const spelling: Rule<Options> = {
  meta: {
    id: 'spelling',
    name: 'British spelling',
    description: 'Misspelt words and American spellings ("behavior", "center", "pediatrician", "Mom"), with the British spelling as a quick fix.',
    severity: 'warning',
    category: 'language',
    schema: options,
    reference: STANDARD.spelling,
  },
  phrases: (options) => applyWordListOptions([...AMERICAN_SPELLINGS, ...MISSPELLINGS], options),
  check(context) {
    if (context.note.index.units.length > 0) new NoteChecker(context).run();
  },
};

/** One note's check: the rule's lookup, the note's names and links, read when first needed. */
class NoteChecker {
  private readonly lookup: Lookup;
  private readonly names: NoteNames;
  private readonly units: readonly Unit[];
  private links: Span[] | undefined;
  /** The unknown words this note has had judged (see MOST_UNKNOWN_WORDS). */
  private unknownWords: Set<string> | undefined;

  constructor(private readonly context: RuleContext<Options>) {
    this.lookup = lookupFor(context.options);
    this.names = new NoteNames(context);
    this.units = context.note.index.units;
  }

  run(): void {
    const { units, context } = this;
    const { matches } = context;
    const checkQuotes = context.options.checkQuotes;
    for (const match of matches) {
      if (!match.quoted || checkQuotes) this.reportListMatch(match);
    }
    // Units the list entries matched are theirs, reported or not.
    let matchIndex = 0;
    const dictionary = dictionaryWords();
    for (let i = 0; i < units.length; i++) {
      // Most words of a note are in the dictionary as they are written: one lookup, nothing else.
      if (dictionary.has(units[i]!.key) && !units[i]!.inWord && !units[i + 1]?.inWord) continue;
      while (matchIndex < matches.length && matches[matchIndex]!.endUnit <= i) matchIndex++;
      const match = matches[matchIndex];
      if (match && match.firstUnit <= i) {
        i = match.endUnit - 1;
        continue;
      }
      // A hyphenated word is units.slice(i, end).
      let end = i + 1;
      while (end < units.length && units[end]!.inWord) end++;
      const unit = units[i]!;
      if (!unit.quoted || checkQuotes) {
        if (end - i === 1) this.checkWord(i);
        else this.checkCompound(i, end);
      }
      i = end - 1;
    }
  }

  /** Fine when written without its hyphens it is a word ("co-ordinate"); else each part is checked. */
  private checkCompound(first: number, end: number): void {
    const parts = this.units.slice(first, end);
    if (parts.every((part) => this.lookup.isKnown(part.key))) return;
    const keys = parts.map((part) => part.key);
    const hyphenated = keys.join('-');
    if (this.lookup.isKnown(keys.join('')) || this.lookup.neverFlagged.has(hyphenated) || this.lookup.otherRules.has(hyphenated)) return;
    for (let i = first; i < end; i++) {
      if (i < end - 1 && COMPOUND_PREFIXES.includes(this.units[i]!.key)) continue;
      this.checkWord(i);
    }
  }

  private checkWord(i: number): void {
    const unit = this.units[i]!;
    const { lookup, names } = this;
    // Most words of a note: known as they are, or in lower case (a capital at the start of a sentence).
    if (lookup.isKnown(unit.key) || lookup.neverFlagged.has(unit.key)) return;
    const written = unit.text;
    // A capital letter inside a sentence: a name (or capitals, no-acronyms' business). Tested first, as names are the commonest unknown words.
    const capital = startsWithCapital(written);
    if (capital && !names.startsSomething(i)) return;
    if (written.length < 2 || written.length > LONGEST_WORD || !ONLY_LETTERS.test(written) || !HAS_LOWER.test(written)) return;
    const { base, ending } = splitPossessive(written);
    if (base.length < 2) return;
    const lower = base.toLowerCase();
    if (!capital) {
      const verdict = this.verdict(lower);
      if (verdict.kind !== 'known' && !names.has(lower)) this.report(unit, verdict, ending, false);
      return;
    }
    // A capital at the start of a sentence, a line or a bracket: a word, or a name.
    if (!isCapitalised(base) || dictionaryWords().has(base)) return;
    const verdict = this.verdict(lower);
    if (verdict.kind === 'known' || verdict.kind === 'capital') return;
    // "Amira's", "Amira Hassan": a name.
    if (ending || names.beforeCapitalisedWord(i)) return;
    // A place or a surname differs from a word mostly in its length or its first letter ("Enfield", "infield").
    if (verdict.kind === 'unknown' && (base.length < SENTENCE_START_SUGGESTION_LENGTH || verdict.suggestions[0]?.charAt(0) !== lower.charAt(0))) return;
    // A name the note uses elsewhere, or gives in its metadata.
    if (names.has(lower)) return;
    this.report(unit, verdict, ending, true);
  }

  /** The verdict on a word, or none past the note's allowance of unknown words. */
  private verdict(word: string): Verdict {
    const judged = (this.unknownWords ??= new Set());
    if (!judged.has(word)) {
      if (judged.size >= MOST_UNKNOWN_WORDS) return KNOWN;
      judged.add(word);
    }
    return verdictFor(this.lookup, word);
  }

  private inLink(offset: number): boolean {
    const text = this.context.note.index.text;
    this.links ??= text.includes('@') || text.includes('://') || text.includes('www.') ? linkSpans(text) : [];
    return isInside(this.links, offset);
  }

  private report(unit: Unit, verdict: Verdict, ending: string, capitalised: boolean): void {
    if (verdict.kind === 'known' || this.inLink(unit.start)) return;
    const { context } = this;
    const shape = (word: string) => (capitalised ? word.charAt(0).toUpperCase() + word.slice(1) : word) + ending;
    if (verdict.kind === 'british') {
      if (verdict.ize && context.options.acceptIze) return;
      const replacement = shape(verdict.replacement);
      context.report({ start: unit.start, end: unit.end, message: britishMessage(replacement, verdict.ize), suggestions: [write(replacement)] });
    } else if (verdict.kind === 'capital') {
      const replacement = verdict.replacement + ending;
      context.report({ start: unit.start, end: unit.end, message: `This word takes a capital letter: write "${replacement}".`, suggestions: [write(replacement)] });
    } else if (verdict.suggestions.length > 0) {
      const corrections = verdict.suggestions.map(shape);
      const others = corrections.length > 1 ? ` (or ${corrections.slice(1).map((word) => `"${word}"`).join(' or ')})` : '';
      context.report({
        start: unit.start,
        end: unit.end,
        message:
          `This word is not in the British English dictionary: did you mean "${corrections[0]}"${others}? ` +
          `If it is spelt right (a name, or a word your team uses), add it to this rule's "words" option.`,
        suggestions: corrections.map(write),
      });
    }
  }

  /** An entry of the American or misspelling lists, or one the team added. */
  private reportListMatch(match: PhraseMatch): void {
    const { context, names } = this;
    const { text, units } = context.note.index;
    const written = text.slice(match.start, match.end);
    if (this.lookup.teamWords.has(wordKey(written)) || this.inLink(match.start)) return;
    if (HAS_UPPER.test(written)) {
      if (!HAS_LOWER.test(written)) return;
      const name =
        match.entry.data?.capitalised === true
          ? names.inMetadata(wordKey(written))
          : !names.startsSomething(match.firstUnit) || names.has(units[match.firstUnit]!.key) || names.beforeCapitalisedWord(match.endUnit - 1);
      if (name) return;
    }
    const { replacement, advice } = match.entry;
    if (!replacement) {
      context.report({
        start: match.start,
        end: match.end,
        message: advice ?? 'This spelling is on the list of words to avoid: write the word as your service spells it.',
      });
      return;
    }
    const inflected = inflectLike(replacement, match);
    const shaped = HAS_UPPER.test(written.charAt(0)) ? inflected.charAt(0).toUpperCase() + inflected.slice(1) : inflected;
    const message = AMERICAN_SPELLINGS.includes(match.entry)
      ? britishMessage(shaped, false)
      : `This is misspelt: write "${shaped}"${advice ? ` (${advice})` : ''}.`;
    const suggestion = fitsInPlace(context.note.text, match.start, match.end, shaped) ? write(shaped) : { message: `Write "${shaped}", and make the words around it agree` };
    context.report({ start: match.start, end: match.end, message, suggestions: [suggestion] });
  }
}

function britishMessage(replacement: string, ize: boolean): string {
  return ize
    ? `Write "${replacement}": -ise is the usual British spelling (your service's settings ask for -ise; its "acceptIze" option allows -ize).`
    : `Write "${replacement}": it is the British spelling.`;
}

function write(word: string): Suggestion {
  return { message: `Write "${word}"`, replacement: word };
}


/**
 * The replacement in the form the note used: an entry with `inflect` matches "recieved" and "airplanes"
 * too, and the fix is "received" and "aeroplanes", not the entry's base form.
 */
function inflectLike(replacement: string, match: PhraseMatch): string {
  if (!match.entry.inflect) return replacement;
  const written = match.phrase.split(' ');
  const writtenLast = written[written.length - 1]!;
  const target = replacement.split(' ');
  const targetForms = inflections(target[target.length - 1]!);
  for (const variant of variantsOf(match.entry)) {
    const words = phraseTokens(variant).map(wordKey);
    const forms = inflections(words[words.length - 1]!);
    const at = forms.indexOf(writtenLast);
    if (words.length === written.length && at >= 0 && forms.length === targetForms.length) {
      return [...target.slice(0, -1), targetForms[at]!].join(' ');
    }
  }
  return replacement;
}

/** The verdict on a lower-case word, kept for the next note. */
function verdictFor(lookup: Lookup, word: string): Verdict {
  if (lookup.isKnown(word) || lookup.neverFlagged.has(word)) return KNOWN;
  let verdict = lookup.verdicts.get(word);
  if (verdict) return verdict;
  verdict = judge(lookup, word);
  if (lookup.verdicts.size >= VERDICTS_KEPT) lookup.verdicts.clear();
  lookup.verdicts.set(word, verdict);
  return verdict;
}

function judge(lookup: Lookup, word: string): Verdict {
  const { isKnown } = lookup;
  // "café", "naïve": the dictionary writes them without accents.
  if (NOT_ASCII.test(word)) {
    const plain = word.normalize('NFD').replace(DIACRITICS, '').replace(CURLY_APOSTROPHES, "'");
    if (plain !== word && (isKnown(plain) || lookup.otherRules.has(plain))) return KNOWN;
    if (NOT_ASCII.test(plain)) return KNOWN;
    word = plain;
  }
  if (NO_VOWEL.test(word) || ROMAN_NUMERAL.test(word)) return KNOWN;
  // A word with an apostrophe that the dictionary lacks ("could've", "rock 'n' roll", "y'know") is left
  // alone: too many are right, and a missing apostrophe ("didnt") is found the other way round.
  if (word.includes("'")) return KNOWN;
  const british = britishSpelling(word, isKnown);
  if (british) return { kind: 'british', ...british };
  if (lookup.otherRules.has(word)) return KNOWN;
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  if (dictionaryWords().has(capitalised)) return { kind: 'capital', replacement: capitalised };
  let corrections = suggestCorrections(word, isKnown, { replacements: DICTIONARY_REPLACEMENTS });
  // A short word one ordinary edit from another is as likely a word of another language ("roti", "nani")
  // as a slip: only the commonest slips are offered for it ("teh", "didnt").
  if (word.length <= SHORT_WORD) corrections = corrections.filter((correction) => correction.slip);
  // "rebooked" is a prefix and a word and "crosstalk" two words, though "rebuked" and "crosswalk" are close;
  // "carefull" and "discused" are slips, though "care" + "full" and "disc" + "used".
  if (!corrections[0]?.slip && (isPrefixed(word, isKnown) || isTwoWords(word, isKnown))) return KNOWN;
  return { kind: 'unknown', suggestions: corrections.map((correction) => correction.word) };
}

/** "rebooked", "unannounced": a prefix and a known word of four letters or more. */
function isPrefixed(word: string, isKnown: (word: string) => boolean): boolean {
  for (const prefix of WORD_PREFIXES) {
    if (word.length - prefix.length >= 4 && word.startsWith(prefix) && isKnown(word.slice(prefix.length))) return true;
  }
  return false;
}

/** "bathtime", "stairgate": two known words of four letters or more ("operaton" is not "opera" + "ton"). */
function isTwoWords(word: string, isKnown: (word: string) => boolean): boolean {
  for (let at = COMPOUND_PART; at <= word.length - COMPOUND_PART; at++) {
    if (isKnown(word.slice(0, at)) && isKnown(word.slice(at))) return true;
  }
  return false;
}

/** "child's" → "child" + "'s"; "James'" → "James" + "'". */
function splitPossessive(word: string): { base: string; ending: string } {
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x27 || last === 0x2019) return { base: word.slice(0, -1), ending: word.slice(-1) };
  if ((last === 0x73 || last === 0x53) && word.length > 2) {
    const apostrophe = word.charCodeAt(word.length - 2);
    if (apostrophe === 0x27 || apostrophe === 0x2019) return { base: word.slice(0, -2), ending: word.slice(-2) };
  }
  return { base: word, ending: '' };
}

/** Whether the word starts with a capital letter: a character test for ASCII, a regular expression only beyond it. */
function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return HAS_UPPER.test(word.charAt(0));
}

/** A capital then lower-case letters (and apostrophes): "Amira", "O'neill" is not, "McDonald" is not. */
function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}

/**
 * The names of one note: the author's and subject's from the metadata, and every capitalised word the
 * note uses inside a sentence or after a title (so "Amira" is a name at the start of a sentence too).
 * Read on first need: most notes have no unknown capitalised word.
 */
class NoteNames {
  private names: Set<string> | undefined;
  private metadata: Set<string> | undefined;
  private readonly index: TextIndex;

  constructor(private readonly context: RuleContext<Options>) {
    this.index = context.note.index;
  }

  has(key: string): boolean {
    return (this.names ??= this.read()).has(key);
  }

  inMetadata(key: string): boolean {
    return (this.metadata ??= this.readMetadata()).has(key);
  }

  /** Whether the unit starts a sentence, a line, a bracket, a quotation or an item: where any word may have a capital. */
  startsSomething(i: number): boolean {
    const unit = this.index.units[i]!;
    if (this.index.sentences[unit.sentence]?.firstUnit === i) return true;
    const text = this.index.text;
    let at = unit.start - 1;
    while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
    return at < 0 || OPENERS.has(text[at]!);
  }

  /** "Amira Hassan": a capitalised word right after it in the same sentence. */
  beforeCapitalisedWord(i: number): boolean {
    const units = this.index.units;
    const unit = units[i]!;
    const next = units[i + 1];
    return !!next && next.joined && next.sentence === unit.sentence && isCapitalised(splitPossessive(next.text).base);
  }

  private readMetadata(): Set<string> {
    const names = new Set<string>();
    const meta = this.context.note.meta;
    for (const name of [meta.author?.name, meta.subject?.name]) {
      if (name) for (const token of name.split(/[^\p{L}'\u2019]+/u)) if (token) names.add(wordKey(splitPossessive(token).base));
    }
    return names;
  }

  private read(): Set<string> {
    const names = new Set(this.inMetadataNames());
    const units = this.index.units;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      if (!startsWithCapital(unit.text)) continue;
      const afterTitle = i > 0 && TITLE_KEYS.has(units[i - 1]!.key);
      if (afterTitle || !this.startsSomething(i)) names.add(splitPossessive(unit.key).base);
    }
    return names;
  }

  private inMetadataNames(): Set<string> {
    return (this.metadata ??= this.readMetadata());
  }
}

export default spelling;
