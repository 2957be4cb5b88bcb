/**
 * child-seen-and-heard: a visit or enquiry about a child that does not say whether the child was seen
 * (and, for a child old enough, whether seen alone), or records nothing the child said, did or showed,
 * without a reason.
 *
 * The standard: a record "should be child centred" and "gives details of the individual's own
 * contribution ... to their record". Guidance the research gathered (domain research N4, N5) makes that
 * checkable for visits: say whether the child was seen and seen alone, and if not why; record the
 * child's own words, or for a child who cannot talk, what was observed.
 *
 * Which notes: home-visit, office-visit, section-47 and safeguarding notes (the `types` option). Which
 * child: the person in the note's details (`subject.name`). Without details, each child the text
 * introduces with an age ("Amy (6)", "baby Leo"). A note with no child to ask about is left alone:
 * precision first.
 *
 * The hard case, a visit that is not about the child. Decided this way:
 *   - the person in the details is an adult: a title before their first name ("Mrs Denise Carver"), an
 *     adult role beside their name ("Denise Carver, foster carer"), an age of 18 or more, or two people
 *     ("Gareth and Lisa Newman") with no child's age for them. The note is a visit to a carer or parent,
 *     and nothing is asked;
 *   - a pre-birth record ("Unborn baby Lewis"): no child yet to see;
 *   - the note says the visit was with the adults only ("parents only", "not part of this visit"),
 *     or it is an office visit the child is not in ("Met Ms Lewis at the office"): nothing is asked;
 *   - a home visit on the child's record that is mainly about a parent is still asked about the child:
 *     a reader needs to know where the child was, and one sentence answers it ("Amy was at school").
 *
 * What answers each question, tied to the child by name, by a pronoun that continues a sentence about
 * the child, by "you" in a note written to the child, or by "the children":
 *   seen        a word of seeing with the child ("I saw Amy", "Amy was seen", "Present: ... Amy"), or
 *               anything the child did or said to the worker in person (not words reported by someone
 *               else: "Amy told her teacher", "Ms Lewis said Amy has settled")
 *   seen alone  "seen alone", "on her own", "just the two of us", "one-to-one"; asked only when the
 *               note gives the child's age and it is at least `seenAloneFromAge` (default 5, school age:
 *               a child who can talk is seen alone unless there is a reason), not when the contact was
 *               by phone, not of a child too young, asleep, unwell or declining, and not of family
 *               support, early help, fostering, residential or leaving care workers, who work with the
 *               family together (rules/data/child-seen-and-heard.ts). An unknown age is not asked about.
 *   heard       the child as subject of a word of speech, action or feeling ("Amy told me", "Leo was
 *               playing", "she showed me"), quoted words after the child's name, or the child's
 *               wishes, views or words as a noun ("Amy's wishes", "Child's views:")
 *   reasons     asleep, at school or nursery, unwell, too young to talk or a baby, declined to talk; not
 *               at home only with when the child will be seen; a "not seen" or "not seen alone" needs
 *               its reason in the sentence (or the next one). "Amy was not seen." alone is a finding.
 * One finding per child, at the first mention of the child (or the subject field, or the last line),
 * saying what is missing.
 */
import * as z from 'zod';
import { NOTE_TYPES, type PhraseMatch, type Rule, type RuleContext, type TextIndex, type Unit, STANDARD, normalisePhrase, variantsOf, phraseTokens, wordKey } from '../src/rule-api.js';
import { PEOPLE } from './data/sources.js';
import {
  ADULT_ROLES,
  CAUSAL_WORDS,
  CHILD_CUES,
  CHILD_NOTE_TYPES,
  CHILD_WORDS,
  FAMILY_WORK_ROLES,
  GROUP_LEADS,
  GROUP_NOUNS,
  NEGATIONS,
  OTHER_PEOPLE_WORDS,
  SUBJECT_GAP_WORDS,
  type ChildCueKind,
} from './data/child-seen-and-heard.js';
import { ageAfter, ageBefore, baseKey, isNameWord, isPossessive, isTitle, nameRunAt, peopleInName, type PersonName } from './lib/person-names.js';

const phraseList = z.array(z.string().min(1)).default([]);

const options = z
  .object({
    types: z.array(z.enum(NOTE_TYPES)).default([...CHILD_NOTE_TYPES]).describe('Note types the rule reads.'),
    seenAloneFromAge: z.number().min(0).max(18).default(5).describe('Ask whether the child was seen alone when the note gives an age at least this (years).'),
    add: z
      .object({
        see: phraseList,
        alone: phraseList,
        heard: phraseList,
        reason: phraseList,
        absent: phraseList,
        plan: phraseList,
        familyWorkRoles: phraseList,
      })
      .partial()
      .strict()
      .default({}).describe('Extra cue phrases by kind, and roles not asked about seen alone.'),
    remove: z.array(z.string().min(1)).default([]).describe('Cue phrases or family-work roles to drop from the built-in lists.'),
  })
  .strict();

type Options = z.infer<typeof options>;

/** What an added phrase of each option key stands for. */
const ADDED_KINDS: Record<'see' | 'alone' | 'heard' | 'reason' | 'absent' | 'plan', ChildCueKind> = {
  see: 'see',
  alone: 'private',
  heard: 'heard',
  reason: 'away',
  absent: 'absent',
  plan: 'plan',
};

const set = (words: readonly string[]) => new Set(words.map((word) => wordKey(word)));
const GAP_SET = set(SUBJECT_GAP_WORDS);
const NEGATION_SET = set(NEGATIONS);
const CAUSAL_SET = set(CAUSAL_WORDS);
const GROUP_SET = set(GROUP_NOUNS);
const GROUP_LEAD_SET = set(GROUP_LEADS);
/** People who are not the child: a role or relationship word ("the teacher", "Mum", "her mother", "staff"). */
const OTHER_PEOPLE = set([...PEOPLE.filter((role) => !role.includes(' ') && !CHILD_WORDS.includes(role)), ...OTHER_PEOPLE_WORDS]);
const ADULT_ROLE_WORDS = ADULT_ROLES.map((role) => phraseTokens(role).map(wordKey));
const PRONOUNS = set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', 'theirs', 'himself', 'herself', 'themselves', 'themself']);
const SECOND_PERSON = set(['you', 'your', 'yours', 'yourself']);
const WORKER = set(['i', 'we', 'me', 'us', 'myself']);
const THIS_OR_THE = set(['the', 'this']);
/** Words that end the clause a seeing word governs: "I saw Ms Lewis, who said Amy was asleep". */
const CLAUSE_BREAKS = set(['who', 'which', 'that', 'because', 'as', 'but', 'while', 'whilst', 'when', 'where', 'so', 'although', 'though', 'said', 'told']);
/** Objects after a word of speech that make it said to the worker: "told me", "said to us". */
const WORKER_OBJECTS = set(['me', 'us', 'i', 'we', 'myself', 'writer', 'worker']);
const NUMBER = /^\d{1,2}$/;

type WordKind = 'worker' | 'workerNoun' | 'second' | 'pronoun' | 'group' | 'childNoun' | 'other';

/** Every word with a part in references, by its key without a possessive ending. */
const WORD_KINDS: ReadonlyMap<string, WordKind> = (() => {
  const kinds = new Map<string, WordKind>();
  const put = (words: Iterable<string>, kind: WordKind) => {
    for (const word of words) if (!kinds.has(word)) kinds.set(word, kind);
  };
  put(WORKER, 'worker');
  put(['worker', 'writer', 'practitioner'], 'workerNoun');
  put(SECOND_PERSON, 'second');
  put(PRONOUNS, 'pronoun');
  put(GROUP_SET, 'group');
  put(['child', 'baby', 'infant', 'toddler', 'youngster'], 'childNoun');
  put(OTHER_PEOPLE, 'other');
  return kinds;
})();

const GROUP = -2;
const OTHER = -1;
const WORKER_REF = -3;

interface Ref {
  /** First unit of the mention. */
  unit: number;
  end: number;
  /** Index of the child, GROUP (every child), OTHER or WORKER_REF. */
  who: number;
  pronoun: boolean;
  possessive: boolean;
  /** "me", "us": the worker as object, never a subject. */
  object?: boolean;
}

interface Child {
  person: PersonName;
  age?: number;
  firstMention?: number;
}

interface Evidence {
  seen: boolean;
  /** Sentences that say the child was not seen. */
  notSeen: number[];
  alone: boolean;
  notAlone: number[];
  /** A "not seen" or "not seen alone" sentence gave its reason. */
  notSeenExplained: boolean;
  notAloneExplained: boolean;
  heard: boolean;
  /** Reasons given for the child (away, asleep, young, declined, absent, nonverbal). */
  reasons: Set<ChildCueKind>;
  plan: boolean;
  byPhone: boolean;
}

interface Compiled {
  roles: readonly string[];
}

const compiledByOptions = new WeakMap<Options, Compiled>();

function compiled(options: Options): Compiled {
  let found = compiledByOptions.get(options);
  if (!found) {
    const removed = new Set(options.remove.map((phrase) => phrase.toLowerCase().trim()));
    const roles = [...FAMILY_WORK_ROLES.filter((role) => !removed.has(role)), ...(options.add.familyWorkRoles ?? []).map((role) => role.toLowerCase().trim())];
    compiledByOptions.set(options, (found = { roles }));
  }
  return found;
}

export const childSeenAndHeard: Rule<Options> = {
  meta: {
    id: 'child-seen-and-heard',
    name: 'Child seen and heard',
    description: 'A visit or enquiry about a child that does not say whether the child was seen (and seen alone), or records nothing the child said, did or showed, with no reason given.',
    severity: 'warning',
    category: 'evidence',
    schema: options,
    reference: STANDARD.childCentred,
  },
  phrases(options) {
    const removed = new Set(options.remove.map(normalisePhrase));
    const kept = removed.size === 0 ? [...CHILD_CUES] : CHILD_CUES.filter((entry) => !variantsOf(entry).some((v) => removed.has(normalisePhrase(v))));
    for (const key of Object.keys(ADDED_KINDS) as (keyof typeof ADDED_KINDS)[]) {
      for (const match of options.add[key] ?? []) {
        const kind = ADDED_KINDS[key];
        kept.push({ match, data: { kinds: [kind], ...(kind === 'see' ? { passive: true } : {}) } });
      }
    }
    return kept;
  },
  check(context) {
    const { note, options } = context;
    if (!(options.types as readonly string[]).includes(note.meta.type)) return;
    const children = childrenOf(note.index, note.meta.subject?.name);
    if (children.length === 0) return;
    const refs = trackReferences(note.index, children, peopleInName(note.meta.author?.name));
    const evidence = gatherEvidence(context, children, refs);
    const role = (note.meta.author?.role ?? '').toLowerCase();
    const familyWork = compiled(options).roles.some((words) => role.includes(words));

    const adultsOnly = context.matches.some((match) => !match.quoted && kindsOf(match).includes('notFocus'));
    if (adultsOnly) return;
    children.forEach((child, i) => {
      const e = evidence[i]!;
      // An office visit without the child in it is a meeting with someone else (a parent, a carer).
      if (note.meta.type === 'office-visit' && !e.seen && !e.byPhone && e.notSeen.length === 0) return;
      const missing = missingParts(child, e, options, familyWork);
      if (missing.length === 0) return;
      const at = child.firstMention === undefined ? undefined : note.index.units[child.firstMention];
      const place = at ? { start: at.start, end: at.end, inSource: false } : context.fieldRange('subject.name');
      context.report({ ...place, message: messageFor(missing) });
    });
  },
};

// ---------------------------------------------------------------------------------------------------
// Which children

/** "Unborn baby Lewis": a pre-birth record, with no child yet to see. */
const UNBORN = /\b(?:unborn|pre-?birth)\b/i;

function childrenOf(index: TextIndex, subjectName: string | undefined): Child[] {
  if (subjectName && UNBORN.test(subjectName)) return [];
  const people = peopleInName(subjectName);
  if (people.length > 0) {
    const children: Child[] = [];
    for (const person of people) {
      const read = readSubject(index, person);
      if (read === 'adult') return [];
      children.push(read);
    }
    // Two people in the details are a household (foster carers, a couple) unless the text gives each a child's age.
    if (children.length > 1 && children.some((child) => child.age === undefined)) return [];
    return children;
  }
  return childrenNamedWithAge(index);
}

/** The subject's mentions in the text: the child, with age and first mention, or 'adult'. */
function readSubject(index: TextIndex, person: PersonName): Child | 'adult' {
  const { units } = index;
  const child: Child = { person };
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    if (unit.quoted || baseKey(unit) !== person.first || !isNameWord(unit)) continue;
    if (k > 0 && isTitle(units[k - 1]!) && unit.joined) return 'adult';
    const sentenceEnd = index.sentences[unit.sentence]!.endUnit;
    const run = nameRunAt(units, k, sentenceEnd);
    const last = run ? run.end - 1 : k;
    const age = ageAfter(index, last) ?? ageBefore(index, k);
    if (age !== undefined && age >= 18) return 'adult';
    if (adultRoleAfter(index, last)) return 'adult';
    child.firstMention ??= k;
    if (age !== undefined) child.age ??= age;
  }
  return child;
}

/** "Denise Carver, foster carer for...", "Gemma Lewis (mother)": an adult role in apposition after the name. */
function adultRoleAfter(index: TextIndex, last: number): boolean {
  const { units, text } = index;
  const next = units[last + 1];
  if (!next || next.sentence !== units[last]!.sentence) return false;
  if (!/^\s*[,(]\s*$/.test(text.slice(units[last]!.end, next.start))) return false;
  let j = last + 1;
  if (['the', 'a', 'an', 'our'].includes(units[j]!.key) || isPossessive(units[j]!)) j++;
  return ADULT_ROLE_WORDS.some((words) => words.every((word, w) => units[j + w] !== undefined && baseKey(units[j + w]!) === word));
}

/** Without details, the children the text introduces with an age: "Amy (6)", "baby Leo", "Ben, aged 4". */
function childrenNamedWithAge(index: TextIndex): Child[] {
  const { units } = index;
  const byName = new Map<string, Child>();
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    if (unit.quoted || !isNameWord(unit) || (k > 0 && isTitle(units[k - 1]!))) continue;
    const sentenceEnd = index.sentences[unit.sentence]!.endUnit;
    const run = nameRunAt(units, k, sentenceEnd);
    if (!run) continue;
    const age = ageAfter(index, run.end - 1) ?? ageBefore(index, k);
    const name = baseKey(unit);
    k = run.end - 1;
    if (age === undefined || age >= 18 || byName.has(name)) continue;
    const words = [];
    for (let j = run.first; j < run.end; j++) words.push(baseKey(units[j]!));
    byName.set(name, { person: { words, first: name, last: words.length > 1 ? words[words.length - 1] : undefined }, age, firstMention: run.first });
  }
  // A child named with an age first and without one later is still that child: its first mention stays the first.
  for (const child of byName.values()) {
    for (let k = 0; k < (child.firstMention ?? 0); k++) {
      if (!units[k]!.quoted && baseKey(units[k]!) === child.person.first && isNameWord(units[k]!)) {
        child.firstMention = k;
        break;
      }
    }
  }
  return [...byName.values()];
}

// ---------------------------------------------------------------------------------------------------
// Who each mention refers to

interface References {
  /** References of each sentence, in text order. */
  bySentence: Ref[][];
  /** The person a sentence is about: its first reference that is not the worker, resolved. */
  topic: Int32Array;
  /** 1 when a sentence may say something about a child: it refers to one, or to no one but the worker. */
  aboutChild: Uint8Array;
}

function trackReferences(index: TextIndex, children: readonly Child[], authors: readonly PersonName[]): References {
  const { units, sentences } = index;
  const authorWords = new Set(authors.flatMap((author) => author.words));
  const childByName = new Map<string, number>();
  children.forEach((child, i) => childByName.set(child.person.first, i));
  const vocabulary = nameVocabulary(index, children);
  const bySentence: Ref[][] = [];
  const topic = new Int32Array(sentences.length).fill(OTHER);
  const aboutChild = new Uint8Array(sentences.length);
  let previousTopic = OTHER;
  const secondPerson = children.length === 1 ? 0 : GROUP;

  for (let s = 0; s < sentences.length; s++) {
    const { firstUnit, endUnit } = sentences[s]!;
    const refs: Ref[] = [];
    let firstNonWorker: Ref | undefined;
    for (let k = firstUnit; k < endUnit; k++) {
      const unit = units[k]!;
      if (unit.quoted) continue;
      const base = baseKey(unit);
      let ref: Ref | undefined;
      const code = unit.text.charCodeAt(0);
      const capital = !((code >= 97 && code <= 122) || (code >= 48 && code <= 57));
      if (capital && (childByName.has(base) || authorWords.has(base) || vocabulary.has(base)) && isNameWord(unit) && !(k > firstUnit && isTitle(units[k - 1]!))) {
        const run = nameRunAt(units, k, endUnit);
        const end = run ? run.end : k + 1;
        const possessive = isPossessive(units[end - 1]!);
        const who = childByName.get(base) ?? (authorWords.has(base) ? WORKER_REF : OTHER);
        if (who >= 0 && possessive && end < endUnit && OTHER_PEOPLE.has(baseKey(units[end]!))) {
          // "Amy's mother" is her mother, not Amy.
          ref = { unit: end, end: end + 1, who: OTHER, pronoun: false, possessive: isPossessive(units[end]!) };
          k = end;
        } else {
          // The author in a note written in the third person: "Kerry visited", "Ms Shah saw Amy".
          ref = { unit: k, end, who, pronoun: false, possessive };
          k = end - 1;
        }
      } else if (capital && isTitle(unit)) {
        const run = nameRunAt(units, k, endUnit);
        const end = run ? run.end : k + 1;
        const who = end > k + 1 && authorWords.has(baseKey(units[end - 1]!)) ? WORKER_REF : OTHER;
        ref = { unit: k, end, who, pronoun: false, possessive: isPossessive(units[end - 1]!) };
        k = end - 1;
      } else {
        // One lookup settles every other word; most words of a note are in no list.
        const kind = WORD_KINDS.get(base);
        if (kind === undefined) continue;
        const previous = k > firstUnit ? units[k - 1]!.key : '';
        switch (kind) {
          case 'worker':
            ref = { unit: k, end: k + 1, who: WORKER_REF, pronoun: false, possessive: false, object: base !== 'i' && base !== 'we' };
            break;
          case 'workerNoun':
            // "the social worker", "this writer"
            if (THIS_OR_THE.has(previous) || (previous === 'social' && THIS_OR_THE.has(units[k - 2]?.key ?? ''))) ref = { unit: k, end: k + 1, who: WORKER_REF, pronoun: false, possessive: isPossessive(unit) };
            break;
          case 'second':
            ref = { unit: k, end: k + 1, who: secondPerson, pronoun: false, possessive: base === 'your' };
            break;
          case 'pronoun':
            ref = { unit: k, end: k + 1, who: firstNonWorker ? firstNonWorker.who : previousTopic, pronoun: true, possessive: base === 'his' || base === 'her' || base === 'their' };
            break;
          case 'group':
            if (GROUP_LEAD_SET.has(previous) || (k - 1 > firstUnit && GROUP_LEAD_SET.has(units[k - 2]!.key))) ref = { unit: k, end: k + 1, who: GROUP, pronoun: false, possessive: isPossessive(unit) };
            break;
          case 'childNoun':
            // "the child was seen", and a heading "Child seen alone: yes".
            if (k === firstUnit ? capital : THIS_OR_THE.has(previous)) ref = { unit: k, end: k + 1, who: GROUP, pronoun: false, possessive: isPossessive(unit) };
            break;
          case 'other':
            ref = { unit: k, end: k + 1, who: OTHER, pronoun: false, possessive: isPossessive(unit) };
            break;
        }
      }
      if (!ref) continue;
      refs.push(ref);
      if (!firstNonWorker && ref.who !== WORKER_REF) firstNonWorker = ref;
    }
    bySentence.push(refs);
    const childRef = refs.some((ref) => ref.who >= 0 || ref.who === GROUP);
    // A sentence without anyone but the worker continues the previous one ("Drew a picture."), or is a heading of a one-child note.
    const continues = firstNonWorker === undefined && (previousTopic >= 0 || previousTopic === GROUP || children.length === 1);
    aboutChild[s] = childRef || continues ? 1 : 0;
    if (firstNonWorker) previousTopic = firstNonWorker.who;
    topic[s] = previousTopic;
  }
  return { bySentence, topic, aboutChild };
}

/**
 * Capitalised words the note uses as names: words after another word of their sentence (so not
 * capitalised only because they start it), in runs of two or more, or after a title; and the author.
 */
function nameVocabulary(index: TextIndex, children: readonly Child[]): Set<string> {
  const { units, sentences } = index;
  const words = new Set<string>();
  for (const sentence of sentences) {
    for (let k = sentence.firstUnit; k < sentence.endUnit; k++) {
      const unit = units[k]!;
      if (unit.quoted || !isNameWord(unit)) continue;
      // A sentence's first word is a name only with another name word after it ("Sarah Cole said").
      const next = units[k + 1];
      if (k > sentence.firstUnit || (next !== undefined && k + 1 < sentence.endUnit && next.joined && isNameWord(next))) words.add(baseKey(unit));
    }
  }
  for (const child of children) words.delete(child.person.first);
  // "Baby Leo", "Mum said": words with a part of their own are not names of someone else.
  for (const word of words) if (WORD_KINDS.has(word)) words.delete(word);
  return words;
}

// ---------------------------------------------------------------------------------------------------
// What the note says about each child

function emptyEvidence(): Evidence {
  return { seen: false, notSeen: [], alone: false, notAlone: [], notSeenExplained: false, notAloneExplained: false, heard: false, reasons: new Set(), plan: false, byPhone: false };
}

function kindsOf(match: PhraseMatch): readonly ChildCueKind[] {
  const kinds = match.entry.data?.kinds;
  return Array.isArray(kinds) ? (kinds as ChildCueKind[]) : [];
}

const REASON_KINDS: ReadonlySet<ChildCueKind> = new Set(['away', 'unwell', 'asleep', 'young', 'declined', 'absent', 'nonverbal']);

/** A cue of the note and the people around it, each read when first asked for. */
class Cue {
  private before?: Ref[];
  private strict?: Ref[];
  private noSubject?: boolean;
  private negation?: boolean;
  readonly refs: readonly Ref[];
  readonly first: number;

  constructor(
    private readonly index: TextIndex,
    private readonly references: References,
    readonly match: PhraseMatch,
  ) {
    this.refs = references.bySentence[match.sentence]!;
    this.first = index.sentences[match.sentence]!.firstUnit;
  }

  /** The subject before the cue (and those joined to it by "and"). */
  get subjectsBefore(): Ref[] {
    return (this.before ??= subjectsBefore(this.index, this.refs, this.match.firstUnit, false));
  }

  /** The subject just before the cue, with only words such as "was" or "also" between. */
  get strictSubjects(): Ref[] {
    return (this.strict ??= subjectsBefore(this.index, this.refs, this.match.firstUnit, true));
  }

  /** No subject: the sentence starts with the cue ("Seen in her room", "Drew a picture"). */
  get subjectless(): boolean {
    return (this.noSubject ??= this.subjectsBefore.length === 0 && onlyGapWordsBefore(this.index.units, this.first, this.match.firstUnit));
  }

  /** Its subject, or for a sentence without one, the person the previous sentence was about. */
  get subjects(): Ref[] {
    return this.subjectless ? [topicRef(this.references.topic[this.match.sentence - 1] ?? OTHER)] : this.subjectsBefore;
  }

  get negated(): boolean {
    return (this.negation ??= negatedAt(this.index.units, this.first, this.match.firstUnit, 3));
  }
}

interface Gathering {
  index: TextIndex;
  refs: References;
  children: readonly Child[];
  evidence: Evidence[];
  phoneSentences: ReadonlySet<number>;
  seeSentences: ReadonlySet<number>;
  negatedSeeSentences: Set<number>;
  each(who: number, apply: (e: Evidence) => void): void;
}

function gatherEvidence(context: RuleContext<Options>, children: readonly Child[], refs: References): Evidence[] {
  const index = context.note.index;
  const { units, sentences } = index;
  const evidence = children.map(emptyEvidence);
  const phoneSentences = new Set<number>();
  const reasonSentences = new Map<number, Set<ChildCueKind>>();
  const seeSentences = new Set<number>();
  const relevant: PhraseMatch[] = [];
  for (const match of context.matches) {
    if (match.quoted) continue;
    const kinds = kindsOf(match);
    for (const kind of kinds) {
      if (kind === 'phone') phoneSentences.add(match.sentence);
      else if (kind === 'see' || kind === 'heard') seeSentences.add(match.sentence);
      else if (REASON_KINDS.has(kind)) {
        let list = reasonSentences.get(match.sentence);
        if (!list) reasonSentences.set(match.sentence, (list = new Set()));
        list.add(kind);
      }
    }
    // Most cues are in sentences about someone else: nothing they say is the child's.
    if (refs.aboutChild[match.sentence]) relevant.push(match);
  }
  const gathering: Gathering = {
    index,
    refs,
    children,
    evidence,
    phoneSentences,
    seeSentences,
    negatedSeeSentences: new Set(),
    each(who, apply) {
      if (who === GROUP) evidence.forEach(apply);
      else if (who >= 0) apply(evidence[who]!);
    },
  };

  for (const match of relevant) {
    const cue = new Cue(index, refs, match);
    const kinds = kindsOf(match);
    if (kinds.includes('see')) {
      readSeeing(gathering, cue, kinds.includes('heard'));
      if (kinds.includes('heard')) continue;
    }
    if (kinds.includes('heard')) readHeard(gathering, cue);
    if (kinds.includes('view')) readView(gathering, cue);
    for (const kind of kinds) readReason(gathering, cue, kind);
    if (kinds.includes('alone') || kinds.includes('private')) readAlone(gathering, cue, kinds.includes('private'));
  }

  // Quoted words after the child's name: 'Amy (8): "I like my room."'
  for (const quote of index.quotes) {
    const unit = firstUnitAt(units, quote.start);
    if (unit === undefined || units[unit]!.start >= quote.end || !refs.aboutChild[units[unit]!.sentence]) continue;
    for (const subject of subjectsBefore(index, refs.bySentence[units[unit]!.sentence]!, unit, false)) gathering.each(subject.who, (e) => (e.heard = true));
  }

  // A "not seen" or "not seen alone" sentence gives its reason in itself or the next sentence.
  const hasReason = (s: number, e: Evidence) => {
    const { firstUnit, endUnit, paragraph } = sentences[s]!;
    for (let k = firstUnit; k < endUnit; k++) if (CAUSAL_SET.has(units[k]!.key)) return true;
    const kinds = [...(reasonSentences.get(s) ?? []), ...(sentences[s + 1]?.paragraph === paragraph ? (reasonSentences.get(s + 1) ?? []) : [])];
    return kinds.some((kind) => kind !== 'absent' || e.plan);
  };
  for (const e of evidence) {
    const notSeen = e.notSeen.filter((s) => !hasReason(s, e));
    e.notSeenExplained = notSeen.length < e.notSeen.length;
    e.notSeen = notSeen;
    const notAlone = e.notAlone.filter((s) => !hasReason(s, e));
    e.notAloneExplained = notAlone.length < e.notAlone.length;
    e.notAlone = notAlone;
  }
  return evidence;
}

/** "I saw Amy", "Amy was seen", "Present: ... Amy", "I did not see Amy"; and "Amy spoke to me" (also heard). */
function readSeeing(g: Gathering, cue: Cue, alsoHeard: boolean): void {
  const { index } = g;
  const { match } = cue;
  const s = match.sentence;
  // "I will visit again to see her", "arranged to meet Amy": a plan, not a record of seeing.
  if (planned(index.units, cue.first, match.firstUnit)) {
    for (const target of objectsAfter(index, cue.refs, match, false)) g.each(target.who, (e) => (e.plan = true));
    return;
  }
  const present = match.phrase.includes('present');
  // "Mr Walsh did not see Tyler": someone else's seeing says nothing about the worker's.
  const seer = cue.subjectsBefore[0];
  const workerSees = present || seer === undefined || seer.who === WORKER_REF;
  const passive = match.entry.data?.passive === true;
  const targets = workerSees ? objectsAfter(index, cue.refs, match, present) : [];
  if (passive) targets.push(...cue.strictSubjects);
  // "Seen in her bedroom, on her own": a sentence that starts with the seeing word is about the note's child.
  if (targets.length === 0 && cue.subjectless && passive && g.children.length === 1) targets.push(topicRef(0));
  const byPhone = g.phoneSentences.has(s);
  const negated = cue.negated;
  for (const target of targets) {
    g.each(target.who, (e) => {
      if (negated) {
        e.notSeen.push(s);
        g.negatedSeeSentences.add(s);
      } else if (byPhone) e.byPhone = true;
      else e.seen = true;
    });
  }
  if (alsoHeard && !negated) for (const subject of cue.strictSubjects) g.each(subject.who, (e) => ((e.heard = true), byPhone ? (e.byPhone = true) : (e.seen = true)));
}

/** "Amy told me", "she showed me", "Leo was playing", "Amy did not want to talk" (declined). */
function readHeard(g: Gathering, cue: Cue): void {
  const { index } = g;
  const { match } = cue;
  const s = match.sentence;
  const owner = cue.negated ? undefined : possessiveOwner(cue.refs, match.firstUnit);
  if (owner !== undefined) {
    // "Amy's wishes", "her worries": a word of feeling used as a noun after the child's possessive.
    g.each(owner, (e) => (e.heard = true));
    return;
  }
  const byPhone = g.phoneSentences.has(s);
  const inPerson = !byPhone && !toSomeoneElse(index, cue.refs, match);
  const sort = match.entry.data?.sort;
  const negated = cue.negated;
  for (const subject of cue.subjects) {
    g.each(subject.who, (e) => {
      if (negated && sort !== 'wish') {
        // Speech not given is the child declining to talk; an action not done says nothing.
        if (sort === 'speech') {
          e.reasons.add('declined');
          e.seen ||= inPerson;
        }
        return;
      }
      e.heard = true;
      if (inPerson) e.seen = true;
      if (byPhone) e.byPhone = true;
    });
  }
}

/** "Amy's wishes", "Child's views:", "wishes and feelings", "What Amy said:", "in her own words". */
function readView(g: Gathering, cue: Cue): void {
  const { match, refs } = cue;
  const owner = possessiveOwner(refs, match.firstUnit);
  if (owner !== undefined) g.each(owner, (e) => (e.heard = true));
  else if (match.phrase.includes('child') || match.phrase.includes('young person') || match.phrase === 'wishes and feelings') {
    g.each(GROUP, (e) => (e.heard = true));
  } else if (match.phrase.startsWith('what ')) {
    for (const ref of refs) if (ref.unit >= match.firstUnit && ref.unit < match.endUnit) g.each(ref.who, (e) => (e.heard = true));
  } else if (match.phrase.startsWith('in ')) {
    for (const ref of refs) if (ref.unit < match.firstUnit) g.each(ref.who, (e) => (e.heard = true));
  }
}

/** A reason tied to the child ("Amy was at school", "Leo is too young to talk"), and plans to see the child. */
function readReason(g: Gathering, cue: Cue, kind: ChildCueKind): void {
  if (kind === 'away' || kind === 'unwell' || kind === 'asleep' || kind === 'absent') {
    const owners = cue.strictSubjects.length > 0 ? cue.strictSubjects : cue.subjectless ? cue.subjects : [];
    for (const subject of owners) g.each(subject.who, (e) => e.reasons.add(kind));
  } else if (kind === 'young' || kind === 'declined' || kind === 'nonverbal') {
    const owners = cue.subjects.length > 0 ? cue.subjects : cue.refs.filter((ref) => ref.who !== WORKER_REF && ref.who !== OTHER);
    for (const subject of owners) g.each(subject.who, (e) => e.reasons.add(kind));
  } else if (kind === 'plan') {
    for (const ref of cue.refs) g.each(ref.who, (e) => (e.plan = true));
  }
}

/** "seen alone", "on her own", "just the two of us"; "not seen alone", "Seen alone: no". */
function readAlone(g: Gathering, cue: Cue, selfEvident: boolean): void {
  const { index } = g;
  const { match, refs } = cue;
  const s = match.sentence;
  // "alone" or "on her own" says seen alone only beside a word of seeing or talking ("walks home alone" does not).
  if (!selfEvident && !g.seeSentences.has(s)) return;
  // "Seen alone: yes" as a heading, in a note about one child, is about that child.
  const owners = refs.filter((ref) => ref.who >= 0 || ref.who === GROUP);
  if (owners.length === 0 && !(g.children.length === 1 && refs.every((ref) => ref.who === WORKER_REF))) return;
  const next = index.units[match.endUnit];
  const answeredNo = next?.sentence === s && (next.key === 'no' || next.key === 'not');
  const notAlone = answeredNo || negatedAt(index.units, cue.first, match.firstUnit, 4) || g.negatedSeeSentences.has(s);
  for (const owner of owners.length > 0 ? owners : [topicRef(0)]) {
    g.each(owner.who, (e) => {
      e.seen = true;
      if (notAlone) e.notAlone.push(s);
      else e.alone = true;
    });
  }
}

/** Index of the first unit that starts at or after `offset` (units are in text order): a binary search. */
function firstUnitAt(units: readonly Unit[], offset: number): number | undefined {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (units[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low < units.length ? low : undefined;
}

function topicRef(who: number): Ref {
  return { unit: -1, end: -1, who, pronoun: true, possessive: false };
}

/**
 * The people a word at unit k has as its subject: the nearest reference before it in the sentence, with
 * any references joined to it by "and" or commas ("Amy and Ben were seen"). With `strict`, only gap
 * words ("was", "also") and a bracketed age may stand between ("Amy (6) was at school").
 */
function subjectsBefore(index: TextIndex, refs: readonly Ref[], k: number, strict: boolean): Ref[] {
  const { units } = index;
  let i = refs.length - 1;
  // Not subjects: "me" and "us", and "his", "her", "their" before a noun ("showed me her room and told...").
  while (i >= 0 && (refs[i]!.end > k || refs[i]!.object || (refs[i]!.pronoun && refs[i]!.possessive))) i--;
  if (i < 0) return [];
  const nearest = refs[i]!;
  // "Amy's brother was...": the subject is the brother.
  if (nearest.possessive) return [];
  if (strict) {
    for (let j = nearest.end; j < k; j++) {
      const unit = units[j]!;
      if (!GAP_SET.has(unit.key) && !NEGATION_SET.has(unit.key) && !NUMBER.test(unit.key) && !['aged', 'age', 'years', 'year', 'old', 'months'].includes(unit.key)) return [];
    }
  }
  const found = [nearest];
  // "Amy and Ben were seen", "Amy, Ben and Leo": a list joined by "and" (an apposition, "His solicitor, Ms Khan,", is not one).
  let joinedByAnd = false;
  for (let j = i - 1; j >= 0; j--) {
    const left = refs[j]!;
    const right = found[found.length - 1]!;
    if (left.possessive || left.who === WORKER_REF) break;
    const between = index.text.slice(units[left.end - 1]!.end, units[right.unit]!.start);
    const and = /^[\s,]*(?:and|&)[\s]*$/i.test(between.replace(/\(\s*\d{1,2}\s*\)/g, ''));
    const comma = /^\s*,\s*$/.test(between.replace(/\(\s*\d{1,2}\s*\)/g, ''));
    if (and) joinedByAnd = true;
    else if (!comma || !joinedByAnd) break;
    found.push(left);
  }
  return found;
}

/**
 * The people a seeing word has as its object: the first reference after it in its clause, with any
 * joined to it by "and" or commas ("I saw Ms Lewis and Amy"); for "present", everyone after it.
 */
function objectsAfter(index: TextIndex, refs: readonly Ref[], match: PhraseMatch, wholeSentence: boolean): Ref[] {
  const { units } = index;
  const after = refs.filter((ref) => ref.unit >= match.endUnit);
  if (wholeSentence) return after.filter((ref) => ref.who !== WORKER_REF);
  const first = after[0];
  if (!first || first.who === WORKER_REF || first.unit - match.endUnit > 3) return [];
  for (let k = match.endUnit; k < first.unit; k++) if (CLAUSE_BREAKS.has(units[k]!.key)) return [];
  const found = [first];
  for (let i = 1; i < after.length; i++) {
    const left = after[i - 1]!;
    const right = after[i]!;
    if (right.who === WORKER_REF) break;
    const between = units.slice(left.end, right.unit);
    if (between.some((unit) => unit.key !== 'and' && !NUMBER.test(unit.key))) break;
    found.push(right);
  }
  return found;
}

const FUTURE = set(['will', "i'll", "we'll", 'shall', 'to', 'going', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'plan', 'planned', 'arrange', 'arranged', 'hope', 'hoped', 'intend', 'intended', 'try']);

/** A seeing word in a plan or a wish: "will see", "to meet", "hope to see". */
function planned(units: readonly Unit[], from: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 2); j--) if (FUTURE.has(units[j]!.key)) return true;
  return false;
}

function onlyGapWordsBefore(units: readonly Unit[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (!GAP_SET.has(units[j]!.key) && !NEGATION_SET.has(units[j]!.key)) return false;
  return true;
}

function negatedAt(units: readonly Unit[], from: number, k: number, reach: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - reach); j--) {
    if (units[j]!.quoted) return false;
    const key = units[j]!.key;
    if (NEGATION_SET.has(key) || key.endsWith("n't")) return true;
  }
  return false;
}

/** "told her teacher", "said to Mrs Pike": the child's words went to someone else, not to the worker. */
function toSomeoneElse(index: TextIndex, refs: readonly Ref[], match: PhraseMatch): boolean {
  const { units } = index;
  let k = match.endUnit;
  if (reportedByOther(index, refs, match.firstUnit)) return true;
  if (units[k]?.key === 'to') k++;
  const next = units[k];
  if (!next || next.sentence !== match.sentence || WORKER_OBJECTS.has(next.key)) return false;
  // "told her teacher": the possessive is not the one told.
  if ((next.key === 'her' || next.key === 'his' || next.key === 'their' || next.key === 'the') && units[k + 1]?.sentence === match.sentence) k++;
  const ref = refs.find((r) => r.unit === k);
  return ref !== undefined && ref.who === OTHER;
}

const REPORTING = set(['said', 'says', 'told', 'tells', 'reported', 'reports', 'explained', 'confirmed', 'stated', 'mentioned', 'described', 'thinks', 'thought', 'feels', 'believes']);

/**
 * "Ms Lewis said Amy has settled", "the school reported that Amy cried": the child's words or actions
 * reported by someone else earlier in the sentence, so not seen by the worker.
 */
function reportedByOther(index: TextIndex, refs: readonly Ref[], k: number): boolean {
  const { units } = index;
  const first = index.sentences[units[k]!.sentence]!.firstUnit;
  for (let j = first; j < k; j++) {
    if (!REPORTING.has(units[j]!.key) || units[j]!.quoted) continue;
    const speaker = subjectsBefore(index, refs, j, false)[0];
    if (speaker && speaker.who === OTHER) return true;
  }
  return false;
}

/** The owner of a possessive just before unit k: "Amy's wishes", "her views". */
function possessiveOwner(refs: readonly Ref[], k: number): number | undefined {
  const ref = refs.find((r) => r.end === k);
  return ref && ref.possessive && ref.who !== OTHER && ref.who !== WORKER_REF ? ref.who : undefined;
}

// ---------------------------------------------------------------------------------------------------
// What is missing

type Missing = 'seen' | 'notSeenReason' | 'absentPlan' | 'alone' | 'notAloneReason' | 'heard' | 'observed';

function missingParts(child: Child, e: Evidence, options: Options, familyWork: boolean): Missing[] {
  const excused = (kind: ChildCueKind) => e.reasons.has(kind);
  const noWordsNeeded = excused('asleep') || excused('young') || excused('declined') || (child.age !== undefined && child.age < 1);
  if (!e.seen && !e.byPhone) {
    if (e.notSeenExplained || excused('away') || excused('unwell') || excused('asleep') || excused('declined') || e.plan) return [];
    if (excused('absent')) return ['absentPlan'];
    if (e.notSeen.length > 0) return ['notSeenReason'];
    if (e.heard || noWordsNeeded) return ['seen'];
    return ['seen', 'heard'];
  }
  const missing: Missing[] = [];
  if (!e.heard && !noWordsNeeded) missing.push(excused('nonverbal') ? 'observed' : 'heard');
  // Seen alone is asked of a child seen in person whose age the note gives, at or above the age set.
  const inPerson = e.seen && !e.byPhone;
  const aloneAsked = inPerson && !familyWork && child.age !== undefined && child.age >= options.seenAloneFromAge && !excused('young') && !excused('declined') && !excused('unwell') && !excused('asleep');
  if (aloneAsked && !e.alone && !e.notAloneExplained) missing.push(e.notAlone.length > 0 ? 'notAloneReason' : 'alone');
  return missing;
}

const PART_WORDS: Record<Missing, string> = {
  seen: 'whether the child was seen',
  notSeenReason: 'why the child was not seen, or when they will be',
  absentPlan: 'when the child, who was not at home, will be seen',
  alone: 'whether the child was seen alone (and if not, why not)',
  notAloneReason: 'why the child was not seen alone',
  heard: 'what the child said, did or showed',
  observed: 'what you observed of the child, who does not use words',
};

function messageFor(missing: readonly Missing[]): string {
  const parts = missing.map((part) => PART_WORDS[part]);
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}, or ${parts[parts.length - 1]}`;
  return (
    `A visit record is child centred: this note does not say ${list}. ` +
    'Say whether the child was seen and seen alone, and record their own words in quotation marks, what they did or showed you and their wishes and feelings; ' +
    'if the child was not seen, or not alone, say why (asleep, at school, too young to talk, declined) and when they will be seen.'
  );
}

export default childSeenAndHeard;
