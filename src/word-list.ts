import * as z from 'zod';
import type { PhraseEntry, PhraseMatch, Rule, RuleContext, RuleMeta, Suggestion, TextIndex } from './types.js';
import { phraseTokens, wordKey } from './parse/normalise.js';
import { expandPattern, isPattern, PatternError, sequenceText } from './engine/phrase-pattern.js';

/** A phrase of a word list: plain words, or a pattern ("put~ {reflexive} at risk"; see phrase-pattern.ts). */
const phrase = z
  .string()
  .min(1)
  .superRefine((value, context) => {
    if (!isPattern(value)) return;
    try {
      expandPattern(value);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      context.addIssue({ code: 'custom', message: error.message });
    }
  });

/**
 * The options every word-list rule shares, so that a team extends or trims any list the same way:
 *   "no-jargon": ["warning", { "add": [{ "match": "step down", "replacement": "move to early help" }], "remove": ["placement"] }]
 */
export const phraseEntrySchema = z
  .object({
    match: z.union([phrase, z.array(phrase).min(1)]),
    replacement: z.string().optional(),
    advice: z.string().optional(),
    caseSensitive: z.boolean().optional(),
    inflect: z.boolean().optional(),
  })
  .strict();

export const wordListOptionsShape = {
  add: z.array(z.union([phrase, phraseEntrySchema])).default([]).describe('Extra entries: a phrase, or an entry with its replacement or advice.'),
  remove: z.array(z.string().min(1)).default([]).describe('Phrases to drop from the built-in list (any variant of an entry drops the entry).'),
  checkQuotes: z.boolean().default(false).describe("Also flag the phrase inside quoted speech. Off: a person's own words are theirs."),
};

export const wordListOptions = z.object(wordListOptionsShape).strict();
export type WordListOptions = z.infer<typeof wordListOptions>;

/** The built-in list with the user's additions and removals applied. */
export function applyWordListOptions(list: readonly PhraseEntry[], options: Pick<WordListOptions, 'add' | 'remove'>): PhraseEntry[] {
  const added = options.add.map((entry): PhraseEntry => (typeof entry === 'string' ? { match: entry } : entry));
  // An added entry for a phrase already in the list replaces it, so the user's replacement or advice wins.
  const removed = new Set([...options.remove, ...added.flatMap(variantsOf)].map(normalisePhrase));
  const kept = removed.size === 0 ? [...list] : list.filter((entry) => !phrasesOfEntry(entry).some((phrase) => removed.has(phrase)));
  for (const entry of added) kept.push(entry);
  return kept;
}

/**
 * The normalised phrases an entry stands for, by which `remove` finds it: each plain variant, and for
 * a pattern the pattern itself and every word sequence it expands to ("engaging well" removes "engage~ well").
 */
function phrasesOfEntry(entry: PhraseEntry): string[] {
  const phrases: string[] = [];
  for (const variant of variantsOf(entry)) {
    phrases.push(normalisePhrase(variant));
    if (isPattern(variant)) for (const sequence of expandPattern(variant)) phrases.push(sequenceText(sequence));
  }
  return phrases;
}

export function variantsOf(entry: PhraseEntry): readonly string[] {
  return typeof entry.match === 'string' ? [entry.match] : entry.match;
}

export function normalisePhrase(phrase: string): string {
  return phraseTokens(phrase).map(wordKey).join(' ');
}

export interface WordListRuleSpec<Options extends WordListOptions> {
  meta: Omit<RuleMeta<Options>, 'schema'> & { schema?: RuleMeta<Options>['schema'] };
  list: readonly PhraseEntry[];
  /** The message for one match; it must not quote the note (excerpts carry the text). */
  message(match: PhraseMatch, context: RuleContext<Options>): string;
  suggestions?(match: PhraseMatch, context: RuleContext<Options>): Suggestion[] | undefined;
  /** Return true when the match is fine in its context (a definition, an explanation, evidence). */
  accept?(match: PhraseMatch, context: RuleContext<Options>): boolean;
}

/**
 * Vale's "existence" and "substitution" kinds written once: a rule that flags the phrases of a
 * list, skips quoted speech unless asked, lets a condition accept a match, and offers the
 * entry's replacement as a suggestion.
 */
export function defineWordListRule<Options extends WordListOptions = WordListOptions>(spec: WordListRuleSpec<Options>): Rule<Options> {
  const schema = (spec.meta.schema ?? wordListOptions) as RuleMeta<Options>['schema'];
  return {
    meta: { ...spec.meta, schema },
    phrases: (options) => applyWordListOptions(spec.list, options),
    check(context) {
      for (const match of context.matches) {
        if (match.quoted && !context.options.checkQuotes) continue;
        if (nextToException(match, context.note.index)) continue;
        if (spec.accept?.(match, context)) continue;
        context.report({
          start: match.start,
          end: match.end,
          message: spec.message(match, context),
          suggestions: spec.suggestions ? spec.suggestions(match, context) : defaultSuggestions(match, context.note.text),
        });
      }
    },
  };
}

/**
 * An entry's quick fixes: its `replacement` as the one edit (what `--fix` applies), and its `advice`
 * ("name them", 'or "went missing"') as a suggestion with no edit, since advice is for the writer to act on.
 * Given the note text, the replacement of a capitalised word takes its capital ("Kids were at home" →
 * "Children were at home"), so that a fix never leaves a sentence starting in lower case.
 */
export function defaultSuggestions(match: PhraseMatch, text?: string): Suggestion[] | undefined {
  const { advice } = match.entry;
  const replacement = match.entry.replacement && text !== undefined ? capitalisedLike(text, match.start, match.entry.replacement) : match.entry.replacement;
  const suggestions: Suggestion[] = [];
  if (replacement) {
    const written = text?.slice(match.start, match.end) ?? '';
    const fits = text === undefined || (fitsInPlace(text, match.start, match.end, replacement) && !pluralForSingular(match.entry, written, replacement) && !dropsArticle(written, replacement));
    suggestions.push(fits ? { message: `Write "${replacement}"`, replacement } : { message: `Write "${replacement}", and make the words around it agree` });
  }
  if (advice) suggestions.push({ message: advice.charAt(0).toUpperCase() + advice.slice(1) });
  return suggestions.length > 0 ? suggestions : undefined;
}

/**
 * True when `replacement`, written over `text` from `start` to `end`, leaves correct English around it,
 * so that it may be applied without a person reading it (a quick fix, --fix): the "a" or "an" before it
 * still agrees ("an FGC" would become "an family group conference"), and its last word is not the word
 * that follows ("ABE interview" would become "… interview interview"). Otherwise the suggestion is
 * advice: precision first, as a fix writes into the record.
 */
export function fitsInPlace(text: string, start: number, end: number, replacement: string): boolean {
  // "transgender / transgender people": a choice for the writer.
  if (replacement.includes(' / ')) return false;
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[1]?.toLowerCase();
  if (article && (article === 'an') !== takesAn(replacement)) return false;
  // The same word twice where the replacement meets the text: "the the child's mother", "a a lot", "interview interview".
  const first = OPENING_WORD.exec(replacement)?.[0]?.toLowerCase();
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
  if (first && before && first === before) return false;
  // The full stop of an abbreviation inside a sentence ("approx. an hour") would be left after the words.
  if (DOT_INSIDE_SENTENCE.test(text.slice(end, end + 8))) return false;
  const last = LAST_WORD.exec(replacement.replace(TRAILING_BRACKETS, ''))?.[0]?.toLowerCase();
  const next = WORD_AFTER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  return !(last && next && last === next);
}

const DOT_INSIDE_SENTENCE = /^\.[ \t]+[\p{Ll}\d]/u;

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(an?)\s+$/iu;
const TRAILING_BRACKETS = /\s*\([^()]*\)\s*$/;
const OPENING_WORD = /^\p{L}+/u;
const LAST_WORD = /\p{L}+$/u;
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const WORD_AFTER = /^\s+(\p{L}+)/u;
/** Words starting with a vowel letter that take "a" ("a uniform", "a one-off"), and with a consonant that take "an" ("an hour"). */
const VOWEL_LETTER_A = /^(?:uni|use|usu|ute|uti|eu|ewe|one|once|ouija)/i;
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

function takesAn(words: string): boolean {
  const word = words.trimStart();
  if (SILENT_H.test(word)) return true;
  return /^[aeiou]/i.test(word) && !VOWEL_LETTER_A.test(word);
}

/**
 * The written words are the plural of another of the entry's variants ("mates" beside "mate") and the
 * replacement is singular ("friend"): written in place, it would change the number (or the tense, for
 * "absconds" → "ran away"), so it is advice rather than a fix.
 */
function pluralForSingular(entry: PhraseEntry, written: string, replacement: string): boolean {
  const lower = written.toLowerCase();
  if (!lower.endsWith('s') || replacement.replace(TRAILING_BRACKETS, '').toLowerCase().endsWith('s')) return false;
  const variants = variantsOf(entry).map((variant) => variant.toLowerCase());
  return variants.includes(lower.slice(0, -1)) || (lower.endsWith('es') && variants.includes(lower.slice(0, -2)));
}

/** The written words start with "a", "an" or "the" and the replacement with none: "a schizophrenic" → "person with…". */
function dropsArticle(written: string, replacement: string): boolean {
  return LEADING_ARTICLE.test(written) && !LEADING_ARTICLE.test(replacement);
}

const LEADING_ARTICLE = /^(?:a|an|the)\s/i;

/** A capital letter followed by a small one (a capitalised word, not an acronym such as "NEET"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const STARTS_SMALL = /^\p{Ll}/u;

/** `replacement` with a capital first letter when the word written at `start` of `text` is capitalised. */
export function capitalisedLike(text: string, start: number, replacement: string): string {
  if (!CAPITALISED.test(text.slice(start, start + 2)) || !STARTS_SMALL.test(replacement)) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

/**
 * What to write instead, for a message: 'write "ran away" instead (or "went missing")', 'write "boyfriend"
 * instead (by name)', the advice alone, or `fallback` when the entry has neither.
 */
export function writeInstead(entry: PhraseEntry, fallback: string): string {
  const { replacement, advice } = entry;
  if (replacement) return `write "${replacement}" instead${advice ? ` (${advice})` : ''}`;
  return advice ?? fallback;
}

/**
 * An entry's exceptions by its neighbours, read by every word-list rule: `data.exceptAfter` lists
 * phrases after which the match is something else ("coercive controlling"), `data.exceptBefore`
 * phrases before which it is ("engaged to", "presented as well"). Only white space may stand between.
 */
export function nextToException(match: PhraseMatch, index: TextIndex): boolean {
  const data = match.entry.data;
  if (!data || (data.exceptAfter === undefined && data.exceptBefore === undefined)) return false;
  const sentence = index.sentences[match.sentence]!;
  return (
    besidePhrase(index, data.exceptAfter, match.firstUnit, -1, sentence.firstUnit, sentence.endUnit) ||
    besidePhrase(index, data.exceptBefore, match.endUnit, 1, sentence.firstUnit, sentence.endUnit)
  );
}

/** True when the words of one of the phrases of `list` stand just before unit `first` (or just after unit `end - 1`), with no punctuation between. */
export function besidePhrase(index: TextIndex, list: unknown, at: number, direction: -1 | 1, lo: number, hi: number): boolean {
  if (!Array.isArray(list)) return false;
  const { units } = index;
  return wordsOf(list, direction).some((words) => {
    if (!words) return false;
    for (let w = 0; w < words.length; w++) {
      const i = direction === -1 ? at - 1 - w : at + w;
      if (i < lo || i >= hi) return false;
      const unit = units[i]!;
      const word = words[w]!;
      // Only white space between the phrase and the descriptor.
      if (!(direction === -1 ? units[i + 1]!.joined : unit.joined)) return false;
      if (word.startsWith("'") ? !unit.key.endsWith(word) : unit.key !== word) return false;
    }
    return true;
  });
}

/** The words of each phrase of an exception list (in reading order, or reversed to read backwards), split once per list, not per match. */
const splitLists = { [-1]: new WeakMap<readonly unknown[], readonly (readonly string[] | undefined)[]>(), [1]: new WeakMap<readonly unknown[], readonly (readonly string[] | undefined)[]>() };

function wordsOf(list: readonly unknown[], direction: -1 | 1): readonly (readonly string[] | undefined)[] {
  let split = splitLists[direction].get(list);
  if (!split) {
    split = list.map((phrase) => {
      if (typeof phrase !== 'string') return undefined;
      const words = phrase.split(' ');
      return direction === -1 ? words.reverse() : words;
    });
    splitLists[direction].set(list, split);
  }
  return split;
}

/** Text of a sentence of the note, for rules that look for an explanation or evidence near a match. */
export function sentenceText(context: RuleContext, sentence: number): string {
  const found = context.note.index.sentences[sentence];
  return found ? context.note.index.text.slice(found.start, found.end) : '';
}

/**
 * How a message names what it flags: never by quoting it, because the finding's excerpt carries the
 * text and `--redact` must be able to drop the text and keep the message.
 */
export function thisPhrase(match: Pick<PhraseMatch, 'firstUnit' | 'endUnit'>): string {
  return match.endUnit - match.firstUnit > 1 ? 'This phrase' : 'This word';
}
