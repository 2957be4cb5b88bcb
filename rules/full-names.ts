/**
 * full-names: a person named only by a relationship ("Mum", "her boyfriend") or a first name ("Sarah
 * from school") when the note never gives that person's full name with the relationship or role.
 *
 * The standard ("Recording that everyone can understand"): "Use full names, titles, designations and
 * relationships." A reader years later (the child, a court, the next worker) cannot tell who "Mum" or
 * "Dom" was; once the note has said "Gemma Lewis (mother)", "Mum" and "Ms Lewis" are clear.
 *
 * Relationships (rules/data/full-names.ts). "Mum", "Dad", "Nan" as names, and "his mother", "the
 * father", "her boyfriend", "Ms Price's partner": the first mention of each relationship is flagged
 * unless the note introduces someone with it and a full name anywhere, in either order:
 * "Gemma Lewis (mother)", "his mother, Gemma Lewis", "Mum Jade Brennan", "Ms Lewis, Harvey's mother",
 * "Mother: Ms Gemma Lewis". A full name is a title and a surname, or two name words. "Mum (Kasia)" is
 * not an introduction: the surname is missing. Being lenient where a reader can tell who is meant, a
 * mother or father counts as introduced when the note names an adult with the child's surname and a
 * title or first name ("Mrs Lauren Green") and gives that person no other relationship or role.
 *
 * First names. Without a list of names, a capitalised word is read as a person's first name only
 * where the sentence shows it is a person: before a verb people do ("Sarah said", "Dom took Tyler"),
 * in "Dom and I", "Sarah from school", "a man called Steve", or beside a role ("his key worker, Dom";
 * "Dom (key worker)"). It is not a fault when the note's details or text give the full name ("Sarah
 * Cole ... Sarah"), when it is a child introduced with an age ("Grace (7)") or as the child's brother,
 * sister or friend ("her brother Karim"), or when the paragraph says the name is not known. Without a
 * subject in the details, a first name before a verb may be the record's own child, so only the role,
 * "from" and "called" forms are read. Capitalised words that start a sentence, places, services, days
 * and months are not names (rules/data/sources.ts and full-names.ts; the `notNames` option adds more).
 *
 * One finding per person, at their first mention. Quoted speech is the speaker's own words and is
 * never flagged ("Daddy smacked me"), nor are the "> " lines of a pasted email (summarise-emails reports
 * the email), nor "your mum" in a note written to the child (the child's own word for her; domain
 * research N18).
 */
import * as z from 'zod';
import { type PhraseMatch, type Rule, type TextIndex, type Unit, STANDARD, spanAtOrEndingAt, applyWordListOptions, normalisePhrase, variantsOf, wordListOptionsShape, phraseTokens, wordKey } from '../src/rule-api.js';
import { PEOPLE } from './data/sources.js';
import {
  CHILD_RELATIONS,
  FROM_PLACES,
  NAME_UNKNOWN,
  NOT_FIRST_NAMES,
  NOT_PERSON_AFTER,
  PARTNER_NOT_PERSON,
  PERSON_NOUNS,
  PERSON_VERB_GAP,
  PERSON_VERBS,
  RELATION_MODIFIERS,
  RELATIONSHIPS,
  SPECIFIC_DETERMINERS,
} from './data/full-names.js';
import { ageAfter, ageBefore, baseKey, isFullName, isNameWord, isPossessive, isTitle, nameRunAt, peopleInName, type NameRun, type PersonName } from './lib/person-names.js';

const options = z
  .object({
    /** More relationship words, used as names ("foster mum") or after a possessive. */
    add: wordListOptionsShape.add,
    /** Relationship words not to flag ("partner"). */
    remove: wordListOptionsShape.remove,
    notNames: z.array(z.string().min(1)).default([]).describe("Capitalised words that are never a person's first name: a team's services, places and systems."),
    firstNames: z.boolean().default(true).describe('Also flag people named only by a first name.'),
  })
  .strict();

type Options = z.infer<typeof options>;

const set = (words: readonly string[]) => new Set(words.map((word) => wordKey(word)));
const PERSON_VERB_SET = set(PERSON_VERBS);
const GAP_SET = set(PERSON_VERB_GAP);
const FROM_SET = set(FROM_PLACES);
const PERSON_NOUN_SET = set(PERSON_NOUNS);
const CHILD_RELATION_SET = set(CHILD_RELATIONS);
const MODIFIER_SET = set(RELATION_MODIFIERS);
const DETERMINER_SET = set(SPECIFIC_DETERMINERS);
const PARTNER_NOT_PERSON_SET = set(PARTNER_NOT_PERSON);
const NOT_PERSON_AFTER_SET = set(NOT_PERSON_AFTER);
const ROLE_SET = set(PEOPLE.filter((role) => !role.includes(' ')));
const OTHER_PERSON_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx']);
const MOTHER_TITLES = new Set(['Mrs', 'Ms', 'Miss']);

const RELATION_MESSAGE =
  'This person is named only by their relationship, and the note never gives their full name: write their full name with the relationship the first time they appear (for example Gemma Lewis (mother), or his mother, Gemma Lewis); after that the relationship or title and surname alone is clear.';
const FIRST_NAME_MESSAGE =
  'This person is named only by a first name, and the note never gives their full name or who they are: write their full name with their relationship or role the first time they appear (for example Sarah Cole, class teacher); after that the first name alone is clear.';

interface Compiled {
  notNames: ReadonlySet<string>;
  /** Single words of the relationship list, kept out of name runs. */
  relationWords: ReadonlySet<string>;
}

const compiledByOptions = new WeakMap<Options, Compiled>();

function compiled(options: Options): Compiled {
  let found = compiledByOptions.get(options);
  if (!found) {
    const relationWords = new Set<string>();
    for (const entry of applyWordListOptions(RELATIONSHIPS, options)) {
      for (const variant of variantsOf(entry)) {
        const words = phraseTokens(variant);
        if (words.length === 1) relationWords.add(wordKey(words[0]!).replace(/'s$/, ''));
      }
    }
    compiledByOptions.set(options, (found = { notNames: set([...NOT_FIRST_NAMES, ...options.notNames]), relationWords }));
  }
  return found;
}

interface Mention {
  relation: string;
  /** Units of the mention: the possessive or "the", modifiers and the relationship word. */
  first: number;
  end: number;
}

export const fullNames: Rule<Options> = {
  meta: {
    id: 'full-names',
    name: 'Full names and relationships',
    description: 'A person named only by a relationship ("Mum", "her boyfriend") or a first name ("Sarah from school") when the note never gives their full name with the relationship or role.',
    severity: 'warning',
    category: 'language',
    schema: options,
    reference: STANDARD.fullNames,
  },
  phrases(options) {
    return [...applyWordListOptions(RELATIONSHIPS, options), ...NAME_UNKNOWN];
  },
  check(context) {
    const { note, options } = context;
    const index = note.index;
    const { units } = index;
    const unknownParagraphs = new Set<number>();
    const relations: PhraseMatch[] = [];
    for (const match of context.matches) {
      if (match.quoted || inQuotedEmailLine(index, match.start)) continue;
      if (match.entry.data?.unknown) unknownParagraphs.add(index.sentences[match.sentence]!.paragraph);
      else relations.push(match);
    }
    const runs = nameRuns(index, compiled(options).relationWords);
    const subjectPeople = peopleInName(note.meta.subject?.name);
    const read = readRelationships(index, runs, relations, subjectPeople);

    const reported = new Set<string>();
    for (const mention of read.mentions) {
      if (read.introduced.has(mention.relation) || reported.has(mention.relation)) continue;
      if (unknownParagraphs.has(paragraphOf(index, mention.first))) continue;
      reported.add(mention.relation);
      context.report({ start: units[mention.first]!.start, end: units[mention.end - 1]!.end, message: RELATION_MESSAGE });
    }
    if (!options.firstNames) return;

    const known = new Set<string>(read.covered);
    for (const person of [...subjectPeople, ...peopleInName(note.meta.author?.name)]) for (const word of person.words) known.add(word);
    for (const run of firstNamesOnly(index, runs.list, known, compiled(options).notNames, unknownParagraphs, subjectPeople.length > 0)) {
      const unit = units[run.first]!;
      context.report({ start: unit.start, end: unit.end, message: FIRST_NAME_MESSAGE });
    }
  },
};

interface Relationships {
  /** Mentions of a relationship not introduced beside them, in text order. */
  mentions: Mention[];
  /** Relationships the note introduces with a full name somewhere. */
  introduced: Set<string>;
  /** First names given with a relationship only ("Mum (Kasia)"): that mention is the finding. */
  covered: Set<string>;
}

function readRelationships(index: TextIndex, runs: Runs, relations: readonly PhraseMatch[], subjectPeople: readonly PersonName[]): Relationships {
  const { units } = index;
  const introduced = new Set<string>();
  const covered = new Set<string>();
  const assignedRuns = new Set<NameRun>();
  const mentions: Mention[] = [];
  for (const match of relations) {
    const relation = relationOf(match);
    const mention = mentionOf(index, match, relation);
    const intro = introductionOf(index, runs, mention ?? { relation, first: withModifiers(index, match.firstUnit), end: match.endUnit });
    if (intro?.full) {
      introduced.add(relation);
      assignedRuns.add(intro.run);
    } else if (intro && mention) {
      // "Mum (Kasia)": the relationship is the finding. "Kasia (mother)" is left to the first-name reading.
      covered.add(baseKey(units[intro.run.first]!));
    }
    if (mention && !intro?.full) mentions.push(mention);
  }
  const surnames = subjectPeople.map((person) => person.last).filter((last): last is string => last !== undefined);
  for (const relation of parentsByFamilyName(index, runs.list, assignedRuns, surnames)) introduced.add(relation);
  return { mentions, introduced, covered };
}

/** The first mention of each person the note names by a first name only, never introduced. */
function firstNamesOnly(
  index: TextIndex,
  runs: readonly NameRun[],
  known: Set<string>,
  notNames: ReadonlySet<string>,
  unknownParagraphs: ReadonlySet<number>,
  hasSubject: boolean,
): NameRun[] {
  const { units } = index;
  const singles: NameRun[] = [];
  for (const run of runs) {
    if (run.titles > 0 || run.end - run.first > 1) for (let k = run.first; k < run.end; k++) known.add(baseKey(units[k]!));
    else singles.push(run);
  }
  const people = new Set<string>();
  let lowerCase: Set<string> | undefined;
  const lowerCaseWords = () => (lowerCase ??= lowerCaseWordsOf(index));
  for (const run of singles) {
    const name = baseKey(units[run.first]!);
    if (known.has(name) || people.has(name) || notNames.has(name)) continue;
    if (!isPersonHere(index, run, hasSubject, lowerCaseWords)) continue;
    if (unknownParagraphs.has(paragraphOf(index, run.first)) || inQuotedEmailLine(index, units[run.first]!.start)) continue;
    people.add(name);
  }
  if (people.size === 0) return [];
  // A child introduced with an age or as a brother, sister or friend anywhere in the note is introduced.
  for (const run of singles) {
    const name = baseKey(units[run.first]!);
    if (people.has(name) && (ageAfter(index, run.first) !== undefined || ageBefore(index, run.first) !== undefined || childRelationBeside(index, run))) people.delete(name);
  }
  // The finding is at the person's first mention, which may come before the sentence that shows it is a person.
  return singles.filter((run) => people.delete(baseKey(units[run.first]!)));
}

const QUOTED_EMAIL_LINE = /^\s*>/;

/** A "> " line of a pasted email: someone else's words (summarise-emails reports the email). */
function inQuotedEmailLine(index: TextIndex, offset: number): boolean {
  const line = spanAtOrEndingAt(index.lines, offset);
  return line !== undefined && QUOTED_EMAIL_LINE.test(line.text);
}

function relationOf(match: PhraseMatch): string {
  const relation = match.entry.data?.relation;
  return typeof relation === 'string' ? relation : normalisePhrase(match.phrase);
}

function isBare(match: PhraseMatch): boolean {
  // A team's own words ("foster mum") may be used as names too.
  return match.entry.data?.bare === true || match.entry.data === undefined;
}

function paragraphOf(index: TextIndex, unit: number): number {
  return index.sentences[index.units[unit]!.sentence]!.paragraph;
}

// ---------------------------------------------------------------------------------------------------
// Names of the note

interface Runs {
  /** In text order; runs never overlap, so they are sorted by first and by end alike. */
  list: NameRun[];
}

/** Every run of a title and name words, or of name words, outside quoted speech, in text order. */
function nameRuns(index: TextIndex, relationWords: ReadonlySet<string>): Runs {
  const { units, sentences } = index;
  const list: NameRun[] = [];
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    // Most words start in lower case or with a digit, and no name does.
    const code = unit.text.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || unit.quoted) continue;
    // "Uncle Mo": the relationship is not part of the name.
    const run = nameRunAt(units, k, sentences[unit.sentence]!.endUnit, relationWords);
    if (!run) continue;
    list.push(run);
    k = run.end - 1;
  }
  return { list };
}

/** The run whose `edge` (first unit, or end) is `unit`: a binary search. */
function runWith(runs: Runs, edge: 'first' | 'end', unit: number): NameRun | undefined {
  const { list } = runs;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = list[mid]![edge];
    if (value === unit) return list[mid];
    if (value < unit) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Relationships

/** The relationship as a mention of someone in particular, with its possessive or "the"; undefined when generic. */
function mentionOf(index: TextIndex, match: PhraseMatch, relation: string): Mention | undefined {
  const { units } = index;
  const word = units[match.firstUnit]!;
  // "Father Brown", "Sister Reid": a title before a name.
  if (isTitle(word) && units[match.endUnit]?.joined && isNameWord(units[match.endUnit]!)) return undefined;
  if (relation === 'partner' && units[match.endUnit] && PARTNER_NOT_PERSON_SET.has(units[match.endUnit]!.key)) return undefined;
  // "her mother tongue", "a father figure"
  const after = units[match.endUnit];
  if (after && after.sentence === word.sentence && NOT_PERSON_AFTER_SET.has(after.key)) return undefined;
  const first = withModifiers(index, match.firstUnit);
  const sentenceStart = index.sentences[word.sentence]!.firstUnit;
  const before = first > sentenceStart ? units[first - 1]! : undefined;
  // "your mum" in a note written to the child is the child's own word for her (domain research N18).
  if (before?.key === 'your') return undefined;
  if (before && DETERMINER_SET.has(before.key)) return relation === 'partner' && before.key === 'the' ? undefined : { relation, first: first - 1, end: match.endUnit };
  if (before && isPossessive(before) && !before.quoted) {
    // "Ms Price's partner", "Amy's mother", "Mum's boyfriend": the possessive name, with its title.
    let start = first - 1;
    while (start > sentenceStart && units[start]!.joined && (isTitle(units[start - 1]!) || isNameWord(units[start - 1]!))) start--;
    return { relation, first: start, end: match.endUnit };
  }
  // "Uncle Mo", "Auntie Sue", "Nana Jean": the relationship as a title before a first name.
  const next = units[match.endUnit];
  if (/^\p{Lu}/u.test(word.text) && next?.joined && next.sentence === word.sentence && isNameWord(next)) return { relation, first: match.firstUnit, end: match.endUnit };
  if (!isBare(match) || relation === 'partner') return undefined;
  // Bare "mum" is a name; "a mum", "mums" never reach here (no determiner list entry, no plural entry).
  if (before && ['a', 'an', 'any', 'every', 'no', 'each', 'another', 'one', 'some', 'other', 'single', 'young', 'first', 'time'].includes(before.key)) return undefined;
  return { relation, first: match.firstUnit, end: match.endUnit };
}

/** The first unit of a relationship with the words before it that qualify it: "maternal grandmother", "birth mother". */
function withModifiers(index: TextIndex, k: number): number {
  const { units } = index;
  const sentenceStart = index.sentences[units[k]!.sentence]!.firstUnit;
  let first = k;
  while (first > sentenceStart && MODIFIER_SET.has(units[first - 1]!.key) && !units[first - 1]!.quoted) first--;
  return first;
}

interface Introduction {
  run: NameRun;
  full: boolean;
}

const INTRO_AFTER = /^\s*(?:[,(:|]|[-\u2013\u2014]|)\s*$/;
const INTRO_BEFORE = /^\s*(?:[,(|]|[-\u2013\u2014])\s*$/;
const INTRO_BEFORE_WORDS = /^\s*,?\s*(?:who\s+)?(?:is|was)\s*$/;

/**
 * The name introducing a relationship beside it: "his mother, Gemma Lewis", "Mum (Ms Jade Price)",
 * "Mother: Ms Lewis" after it; "Gemma Lewis (mother)", "Ms Lewis, Harvey's mother", "Gemma Lewis is
 * Amy's mother" before it. `full` when it is a full name; a first name only ("Mum (Kasia)") is not.
 */
function introductionOf(index: TextIndex, runs: Runs, mention: Mention): Introduction | undefined {
  const { units, text } = index;
  const last = units[mention.end - 1]!;
  const next = units[mention.end];
  if (next && next.sentence === last.sentence) {
    const run = runWith(runs, 'first', mention.end);
    const between = text.slice(last.end, next.start);
    if (run && INTRO_AFTER.test(between)) {
      if (isFullName(run)) return { run, full: true };
      // "Mum (Kasia)", "Dad, Emmanuel,": a first name in brackets or commas only; "Uncle Mo": a first name after the relationship as a title.
      const after = text.slice(units[run.end - 1]!.end, units[run.end]?.start ?? units[run.end - 1]!.end + 1);
      if (/[(,]/.test(between) && /^\s*[),]/.test(after)) return { run, full: false };
      if (/^\s+$/.test(between) && /^\p{Lu}/u.test(last.text)) return { run, full: false };
    }
  }
  const first = units[mention.first]!;
  const previous = units[mention.first - 1];
  if (previous && previous.sentence === first.sentence) {
    let end = mention.first;
    let between = text.slice(previous.end, first.start);
    if (!INTRO_BEFORE.test(between) && (previous.key === 'is' || previous.key === 'was')) {
      end = mention.first - 1;
      if (units[end - 1]?.key === 'who') end--;
      const left = units[end - 1];
      between = left ? text.slice(left.end, first.start) : '';
      if (!INTRO_BEFORE_WORDS.test(between.replace(/[\p{L}']+/gu, (word) => word))) return undefined;
    } else if (!INTRO_BEFORE.test(between)) return undefined;
    const run = runWith(runs, 'end', end);
    if (run && isFullName(run) && !isPossessive(units[run.end - 1]!)) return { run, full: true };
  }
  return undefined;
}

/** A name with a role beside it ("Sarah Cole, class teacher", "Ms Hughes (occupational therapist)"): someone other than a parent. */
function roleBeside(index: TextIndex, run: NameRun): boolean {
  const { units, text } = index;
  const next = units[run.end];
  if (!next || next.sentence !== units[run.first]!.sentence || !/^\s*[,(]\s*$/.test(text.slice(units[run.end - 1]!.end, next.start))) return false;
  for (let k = run.end; k < Math.min(run.end + 4, index.sentences[next.sentence]!.endUnit); k++) if (ROLE_SET.has(baseKey(units[k]!))) return true;
  return false;
}

/**
 * "Mrs Lauren Green" in a note about Harry Green, given no relationship or role: a reader can tell she is
 * a parent, so "his mum" is not flagged for her (Mrs, Ms and Miss for a mother, Mr for a father).
 */
function parentsByFamilyName(index: TextIndex, runs: readonly NameRun[], assigned: ReadonlySet<NameRun>, surnames: readonly string[]): string[] {
  const { units } = index;
  const relations = new Set<string>();
  if (surnames.length === 0) return [];
  for (const run of runs) {
    if (assigned.has(run) || !isFullName(run)) continue;
    if (!surnames.includes(baseKey(units[run.end - 1]!)) || roleBeside(index, run)) continue;
    const title = run.titles > 0 ? units[run.first]!.text : undefined;
    if (title && !OTHER_PERSON_TITLES.has(title)) continue;
    if (!title || MOTHER_TITLES.has(title)) relations.add('mother');
    if (!title || title === 'Mr') relations.add('father');
  }
  return [...relations];
}

// ---------------------------------------------------------------------------------------------------
// First names

function isPersonVerbAfter(units: readonly Unit[], k: number, end: number): boolean {
  let j = k;
  while (j < end && GAP_SET.has(units[j]!.key) && units[j]!.joined) j++;
  return j < end && units[j]!.joined && !units[j]!.quoted && PERSON_VERB_SET.has(units[j]!.key);
}

/** "her brother Karim", "her older sister, Jade", "Karim (brother)", "Karim, her brother", "a friend called Maisie": a child of the family or a friend. */
function childRelationBeside(index: TextIndex, run: NameRun): boolean {
  const { units, text } = index;
  const k = run.first;
  const sentence = index.sentences[units[k]!.sentence]!;
  const previous = k > sentence.firstUnit ? units[k - 1]! : undefined;
  if (previous) {
    const between = text.slice(previous.end, units[k]!.start);
    if (CHILD_RELATION_SET.has(baseKey(previous)) && /^\s*,?\s*$/.test(between)) return true;
    if ((previous.key === 'called' || previous.key === 'named') && k - 2 >= sentence.firstUnit && CHILD_RELATION_SET.has(baseKey(units[k - 2]!))) return true;
  }
  const next = units[run.end];
  if (next && run.end < sentence.endUnit && /^\s*[,(]\s*$/.test(text.slice(units[run.end - 1]!.end, next.start))) {
    let j = run.end;
    if (DETERMINER_SET.has(units[j]!.key) || units[j]!.key === 'a') j++;
    while (j < sentence.endUnit && MODIFIER_SET.has(units[j]!.key)) j++;
    return j < sentence.endUnit && CHILD_RELATION_SET.has(baseKey(units[j]!));
  }
  return false;
}

/** Does the sentence show that the single name word of `run` is a person? See the heading comment. */
function isPersonHere(index: TextIndex, run: NameRun, hasSubject: boolean, lowerCaseWords: () => ReadonlySet<string>): boolean {
  const { units, text } = index;
  const k = run.first;
  const unit = units[k]!;
  if (isPossessive(unit)) return false;
  const sentence = index.sentences[unit.sentence]!;
  const end = sentence.endUnit;
  const next = units[k + 1];
  const previous = k > sentence.firstUnit ? units[k - 1] : undefined;
  // "Sarah from school", "Dom from housing"
  if (next && k + 2 < end && next.key === 'from' && next.joined) {
    let place = k + 2;
    if (DETERMINER_SET.has(units[place]!.key) && place + 1 < end) place++;
    if (FROM_SET.has(units[place]!.key)) {
      // "Support from the school has improved", "20:30 Call from police": a sentence's first word needs a person's verb after the place.
      if (!opensSentence(units, sentence.firstUnit, k)) return true;
      return isPersonVerbAfter(units, place + 1, end);
    }
  }
  // "a man called Steve"
  if (previous && (previous.key === 'called' || previous.key === 'named') && k - 2 >= sentence.firstUnit && PERSON_NOUN_SET.has(units[k - 2]!.key)) return true;
  // "his key worker, Dom,", "Dom (key worker)", "Dom, the support worker,": a role in apposition, closed by a comma or bracket.
  if (previous && /^\s*,\s*$/.test(text.slice(previous.end, unit.start)) && ROLE_SET.has(baseKey(previous)) && closesApposition(index, k, end)) return true;
  if (next && k + 1 < end && /^\s*[,(]\s*$/.test(text.slice(unit.end, next.start))) {
    for (let j = k + 1; j < Math.min(k + 4, end); j++) {
      if (ROLE_SET.has(baseKey(units[j]!))) return closesApposition(index, j, end);
      if (!DETERMINER_SET.has(units[j]!.key) && !MODIFIER_SET.has(units[j]!.key) && j > k + 1 && !ROLE_SET.has(baseKey(units[j + 1] ?? units[j]!))) break;
    }
  }
  if (!hasSubject) return false;
  // "Dom and I took Tyler", "signed by me and Dom"
  if (next && k + 2 < end && next.key === 'and' && (units[k + 2]!.key === 'i' || units[k + 2]!.key === 'me')) return true;
  if (previous && previous.key === 'and' && k - 2 >= sentence.firstUnit && (units[k - 2]!.key === 'i' || units[k - 2]!.key === 'me')) return true;
  // "Sarah said", "Dom has also rung"
  return isPersonVerbAfter(units, k + 1, end) && !wordOpensSentenceOnly(index, k, lowerCaseWords());
}

/** After unit k comes a comma, a closing bracket or the end of the sentence: an apposition ends there ("Dom, his key worker, said"). */
function closesApposition(index: TextIndex, k: number, end: number): boolean {
  const { units, text } = index;
  if (k + 1 >= end) return true;
  return /^\s*[,);:]/.test(text.slice(units[k]!.end, units[k + 1]!.start)) || (k + 1 < end && ROLE_SET.has(baseKey(units[k + 1]!)) && closesApposition(index, k + 1, end));
}

/** The first word of its sentence, or after a time or number only ("20:30 Call from..."). */
function opensSentence(units: readonly Unit[], first: number, k: number): boolean {
  for (let j = first; j < k; j++) if (!/^[\d:.]+$/.test(units[j]!.key)) return false;
  return true;
}

/** A sentence's first word that the note also writes in lower case: "Staff said" in a note that also says "staff". */
function wordOpensSentenceOnly(index: TextIndex, k: number, lowerCaseWords: ReadonlySet<string>): boolean {
  const unit = index.units[k]!;
  return opensSentence(index.units, index.sentences[unit.sentence]!.firstUnit, k) && lowerCaseWords.has(baseKey(unit));
}

/** The words the note writes in lower case somewhere. */
function lowerCaseWordsOf(index: TextIndex): Set<string> {
  const words = new Set<string>();
  for (const unit of index.units) if (!/^\p{Lu}/u.test(unit.text)) words.add(baseKey(unit));
  return words;
}

export default fullNames;
