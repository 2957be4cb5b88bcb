/**
 * The named-source detector shared by attribute-source and attribute-opinion: does the sentence say
 * who gave a piece of information or an opinion?
 *
 * It reads the units of the shared text index (never the raw text, apart from the punctuation between
 * two units) and finds names in the places where English names a source:
 *
 *   subject of a reporting verb   "Ms Khan, the class teacher, told me", "the GP thinks", "Amira said"
 *   agent after a report          "I was told by Mr Ali", "concerns raised by the school nurse"
 *   according to                  "according to the health visitor"
 *   a possessive with a view noun "in Dr Patel's view", "the school's referral"
 *   the other party of a talk     "I spoke to Ms Khan" (a source for what the next sentence reports)
 *
 * A name is a title and a capitalised name ("Ms Khan", "Detective Constable Reid"), a capitalised name in
 * one of those places ("Amira", "Oakfield Primary School"), or a role after a determiner or possessive
 * ("the class teacher", "Jayden's grandmother", "her GP"). The lists are data in rules/data/sources.ts.
 */
import type { TextIndex, Unit } from '../../src/types.js';
import { phraseTokens, wordKey } from '../../src/parse/normalise.js';
import {
  ACTION_PARTICIPLES,
  AUXILIARIES,
  BARE_ROLES,
  CLAUSE_BREAKS,
  CONTRAST_WORDS,
  CONVERSATION_WORDS,
  DETERMINERS,
  NOT_NAMES,
  OBJECT_PRONOUNS,
  PRONOUNS,
  REPORT_NOUNS,
  REPORTING_VERBS,
  SOURCE_ROLES,
  STOP_WORDS,
  TITLES,
  TRAILING_WORDS,
  VIEW_NOUNS,
} from '../data/sources.js';

export type SourceKind = 'subject' | 'pronoun' | 'agent' | 'according' | 'view' | 'partner';

export interface NamedSource {
  kind: SourceKind;
  /** The name or role: note-wide unit indexes, end exclusive (for a pronoun, the pronoun). */
  firstUnit: number;
  endUnit: number;
  /** The unit that makes it a source: the reporting verb, "by"/"from", "according", the view noun, the conversation word. */
  cue: number;
  /** Agents only: a reporting verb or a report noun comes just before "by"/"from" ("a referral from"). */
  reported?: boolean;
}

/** Extra words a team adds through a rule's options. */
export interface SourceLexiconExtras {
  /** Roles or organisations, e.g. "kinship assessor", "Early Help hub". */
  roles?: readonly string[];
  /** Reporting verbs, e.g. "signposted". */
  reportingVerbs?: readonly string[];
}

type Phrase = PersonPhrase;

interface SentenceAnalysis {
  phrases: Phrase[];
  sources: NamedSource[];
}

export interface SourceLexicon {
  readonly titles: ReadonlySet<string>;
  /** Role phrases by their first word, longest first; each a list of word keys. */
  readonly roles: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly reportingVerbs: ReadonlySet<string>;
  /** Sentence analyses of the notes seen, so that both rules and every match share one pass. */
  readonly cache: WeakMap<TextIndex, Map<number, SentenceAnalysis>>;
}

const set = (words: readonly string[]) => new Set(words.map((word) => wordKey(word)));
const DETERMINER_SET = set(DETERMINERS);
const BARE_ROLE_SET = set(BARE_ROLES);
const AUX_SET = set(AUXILIARIES);
const REPORT_NOUN_SET = set(REPORT_NOUNS);
const VIEW_NOUN_SET = set(VIEW_NOUNS);
const CONVERSATION_SET = set(CONVERSATION_WORDS);
const PRONOUN_SET = set(PRONOUNS);
const NOT_NAME_SET = set(NOT_NAMES);
const TRAILING_SET = set(TRAILING_WORDS);
const CLAUSE_BREAK_SET = set(CLAUSE_BREAKS);
const CONTRAST_SET = set(CONTRAST_WORDS);
const PARTICIPLE_SET = set(ACTION_PARTICIPLES);
const STOP_SET = set(STOP_WORDS);
const OBJECT_PRONOUN_SET = set(OBJECT_PRONOUNS);

const CAPITAL = /^\p{Lu}/u;
/** Punctuation between two units that opens or closes an aside: a comma, a bracket or a dash. */
const ASIDE = /[,()\u2013\u2014]|\s-\s/;
const REGULAR_PARTICIPLE = /(?:ed|en)$/;

const lexicons = new Map<string, SourceLexicon>();

/** The detector's word lists with a team's additions; compiled once per set of additions. */
export function sourceLexicon(extras: SourceLexiconExtras = {}): SourceLexicon {
  const key = JSON.stringify([extras.roles ?? [], extras.reportingVerbs ?? []]);
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    if (lexicons.size > 50) lexicons.clear();
    lexicon = compileLexicon(extras);
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

function compileLexicon(extras: SourceLexiconExtras): SourceLexicon {
  const roles = new Map<string, string[][]>();
  for (const role of [...SOURCE_ROLES, ...(extras.roles ?? [])]) {
    const words = phraseTokens(role).map(wordKey);
    if (words.length === 0) continue;
    const list = roles.get(words[0]!) ?? [];
    if (!list.some((known) => known.join(' ') === words.join(' '))) list.push(words);
    roles.set(words[0]!, list);
  }
  for (const list of roles.values()) list.sort((a, b) => b.length - a.length);
  return {
    titles: new Set(TITLES),
    roles,
    reportingVerbs: new Set([...REPORTING_VERBS, ...(extras.reportingVerbs ?? [])].map((verb) => wordKey(verb))),
    cache: new WeakMap(),
  };
}

// ---------------------------------------------------------------------------------------------------
// Names and roles

function isPossessive(unit: Unit): boolean {
  return unit.key.endsWith("'s") || (unit.key.endsWith("s'") && unit.key.length > 2);
}

/** The forms of a word a role list may hold: as written, without a possessive, without a plural ending. */
function baseForms(key: string): { form: string; possessive: boolean }[] {
  const forms = [{ form: key, possessive: false }];
  if (key.endsWith("'s")) forms.push({ form: key.slice(0, -2), possessive: true });
  else if (key.endsWith("s'")) forms.push({ form: key.slice(0, -2), possessive: true }, { form: key.slice(0, -1), possessive: true });
  else if (key.length > 3 && key.endsWith('s')) {
    forms.push({ form: key.slice(0, -1), possessive: false });
    if (key.endsWith('es')) forms.push({ form: key.slice(0, -2), possessive: false });
  }
  return forms;
}

function baseKey(unit: Unit): string {
  return isPossessive(unit) ? unit.key.slice(0, unit.key.endsWith("'s") ? -2 : -1) : unit.key;
}

function isName(unit: Unit, lexicon: SourceLexicon): boolean {
  return !unit.quoted && CAPITAL.test(unit.text) && !NOT_NAME_SET.has(baseKey(unit)) && !lexicon.titles.has(unit.text);
}

/** A role phrase starting at unit i: "class teacher", "teachers", "mother's". */
function matchRole(units: readonly Unit[], i: number, hi: number, lexicon: SourceLexicon): Phrase | undefined {
  const first = units[i]!;
  if (first.quoted) return undefined;
  for (const { form, possessive } of baseForms(first.key)) {
    for (const words of lexicon.roles.get(form) ?? []) {
      if (words.length === 1) return { start: i, end: i + 1, possessive };
      if (form !== first.key || i + words.length > hi) continue;
      let ok = true;
      for (let w = 1; ok && w < words.length; w++) {
        const unit = units[i + w]!;
        const last = w === words.length - 1;
        ok = unit.joined && (last ? baseForms(unit.key).some((f) => f.form === words[w]) : unit.key === words[w]);
      }
      if (ok) return { start: i, end: i + words.length, possessive: isPossessive(units[i + words.length - 1]!) };
    }
  }
  return undefined;
}

/** A role after a determiner or possessive, up to three words later: "the Year 6 class teacher". */
function roleAfter(units: readonly Unit[], j: number, hi: number, lexicon: SourceLexicon): Phrase | undefined {
  let modifiers = 0;
  while (j < hi && units[j]!.joined) {
    const role = matchRole(units, j, hi, lexicon);
    if (role) return chain(units, role, hi, lexicon);
    const unit = units[j]!;
    if (modifiers >= 3 || STOP_SET.has(unit.key) || lexicon.reportingVerbs.has(unit.key) || unit.quoted) return undefined;
    modifiers++;
    j++;
  }
  return undefined;
}

/** "Jayden's mother's partner": a possessive followed by another role extends the phrase. */
function chain(units: readonly Unit[], phrase: Phrase, hi: number, lexicon: SourceLexicon): Phrase {
  if (!phrase.possessive) return phrase;
  const next = roleAfter(units, phrase.end, hi, lexicon);
  return next ? { start: phrase.start, end: next.end, possessive: next.possessive } : phrase;
}

/** A name or a particular role starting at unit i, or undefined. */
function personAt(units: readonly Unit[], i: number, hi: number, lexicon: SourceLexicon): Phrase | undefined {
  const unit = units[i]!;
  if (unit.quoted) return undefined;
  if (lexicon.titles.has(unit.text)) {
    let j = i + 1;
    // "Mr and Mrs Ali"
    if (j + 1 < hi && units[j]!.key === 'and' && lexicon.titles.has(units[j + 1]!.text)) j += 2;
    if (j < hi && units[j]!.joined && isName(units[j]!, lexicon)) {
      let end = j + 1;
      while (end < hi && units[end]!.joined && !isPossessive(units[end - 1]!) && isName(units[end]!, lexicon)) end++;
      return chain(units, { start: i, end, possessive: isPossessive(units[end - 1]!) }, hi, lexicon);
    }
  }
  if (DETERMINER_SET.has(unit.key)) {
    const role = roleAfter(units, i + 1, hi, lexicon);
    return role ? { ...role, start: i } : undefined;
  }
  if (isPossessive(unit) && (CAPITAL.test(unit.text) || matchRole(units, i, hi, lexicon))) {
    if (NOT_NAME_SET.has(baseKey(unit))) return undefined;
    const role = roleAfter(units, i + 1, hi, lexicon);
    if (role) return { ...role, start: i };
  }
  if (BARE_ROLE_SET.has(baseKey(unit)) || (CAPITAL.test(unit.text) && matchRole(units, i, hi, lexicon))) {
    const role = matchRole(units, i, hi, lexicon);
    if (role) return chain(units, role, hi, lexicon);
    return chain(units, { start: i, end: i + 1, possessive: isPossessive(unit) }, hi, lexicon);
  }
  if (isName(unit, lexicon)) {
    let end = i + 1;
    while (end < hi && units[end]!.joined && !isPossessive(units[end - 1]!) && isName(units[end]!, lexicon)) end++;
    return chain(units, { start: i, end, possessive: isPossessive(units[end - 1]!) }, hi, lexicon);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Sources of a sentence

function asideBetween(index: TextIndex, a: number, b: number): boolean {
  const left = index.units[a];
  const right = index.units[b];
  if (!left || !right) return false;
  return ASIDE.test(index.text.slice(left.end, right.start));
}

function analyse(index: TextIndex, sentence: number, lexicon: SourceLexicon): SentenceAnalysis {
  let bySentence = lexicon.cache.get(index);
  if (!bySentence) lexicon.cache.set(index, (bySentence = new Map()));
  const known = bySentence.get(sentence);
  if (known) return known;

  const { units } = index;
  const { firstUnit: lo, endUnit: hi } = index.sentences[sentence]!;
  const phrases: Phrase[] = [];
  const startOf = new Map<number, number>();
  for (let i = lo; i < hi; i++) {
    const phrase = personAt(units, i, hi, lexicon);
    if (!phrase) continue;
    phrases.push(phrase);
    if (!startOf.has(phrase.end)) startOf.set(phrase.end, phrase.start);
  }
  const phraseFrom = (i: number) => phrases.find((p) => p.start === i);
  const hasAntecedent = (before: number) =>
    phrases.some((p) => p.end <= before) || previousSentenceMentions(index, sentence, lexicon);

  const sources: NamedSource[] = [];
  for (let k = lo; k < hi; k++) {
    const unit = units[k]!;
    if (unit.quoted) continue;
    const key = unit.key;
    if ((key === 'by' || key === 'from') && k + 1 < hi) {
      const phrase = phraseFrom(k + 1);
      if (phrase) sources.push({ kind: 'agent', firstUnit: phrase.start, endUnit: phrase.end, cue: k, reported: reportedBefore(units, k, lo, lexicon) });
    }
    if (key === 'according' && k + 2 < hi && units[k + 1]!.key === 'to') {
      const phrase = phraseFrom(k + 2);
      if (phrase) sources.push({ kind: 'according', firstUnit: phrase.start, endUnit: phrase.end, cue: k });
      else if (OBJECT_PRONOUN_SET.has(units[k + 2]!.key) && hasAntecedent(k)) {
        sources.push({ kind: 'according', firstUnit: k + 2, endUnit: k + 3, cue: k });
      }
    }
    if (CONVERSATION_SET.has(key) && k + 1 < hi) {
      const at = units[k + 1]!.key === 'to' || units[k + 1]!.key === 'with' ? k + 2 : k + 1;
      const phrase = at < hi ? phraseFrom(at) : undefined;
      if (phrase) sources.push({ kind: 'partner', firstUnit: phrase.start, endUnit: phrase.end, cue: k });
    }
    if (VIEW_NOUN_SET.has(key) && k > lo && units[k]!.joined && isPossessive(units[k - 1]!) && startOf.has(k)) {
      sources.push({ kind: 'view', firstUnit: startOf.get(k)!, endUnit: k, cue: k });
    }
    if (lexicon.reportingVerbs.has(key)) {
      const subject = subjectOf(index, k, lo, startOf);
      if (subject) sources.push(subject);
      else if (k > lo) {
        let p = k;
        while (p > lo && AUX_SET.has(units[p - 1]!.key)) p--;
        if (p > lo && PRONOUN_SET.has(units[p - 1]!.key) && hasAntecedent(p - 1)) {
          sources.push({ kind: 'pronoun', firstUnit: p - 1, endUnit: p, cue: k });
        }
      }
    }
  }
  const analysis = { phrases, sources };
  bySentence.set(sentence, analysis);
  return analysis;
}

/** The name or role that is the subject of the reporting verb at v, directly or across an aside. */
function subjectOf(index: TextIndex, v: number, lo: number, startOf: Map<number, number>): NamedSource | undefined {
  const { units } = index;
  let p = v;
  while (p > lo && AUX_SET.has(units[p - 1]!.key)) p--;
  if (p <= lo) return undefined;
  const direct = startOf.get(p);
  const directSource = direct === undefined ? undefined : ({ kind: 'subject', firstUnit: direct, endUnit: p, cue: v } as const);
  // "Ms Khan, who teaches Jayden, told me": the aside closes just before the verb and opens after the name.
  if (!asideBetween(index, p - 1, p)) return directSource;
  for (let k = p - 1; k > lo && k >= p - 12; k--) {
    if (!asideBetween(index, k - 1, k)) continue;
    const start = startOf.get(k);
    return start === undefined ? directSource : { kind: 'subject', firstUnit: start, endUnit: k, cue: v };
  }
  return directSource;
}

function reportedBefore(units: readonly Unit[], k: number, lo: number, lexicon: SourceLexicon): boolean {
  for (let j = k - 1; j >= lo && j >= k - 4; j--) {
    const key = units[j]!.key;
    if (lexicon.reportingVerbs.has(key) || REPORT_NOUN_SET.has(key)) return true;
    if (CLAUSE_BREAK_SET.has(key)) return false;
  }
  return false;
}

function previousSentence(index: TextIndex, sentence: number): number | undefined {
  const previous = index.sentences[sentence - 1];
  return previous && previous.paragraph === index.sentences[sentence]!.paragraph ? sentence - 1 : undefined;
}

function previousSentenceMentions(index: TextIndex, sentence: number, lexicon: SourceLexicon): boolean {
  const previous = previousSentence(index, sentence);
  return previous !== undefined && analyse(index, previous, lexicon).phrases.length > 0;
}

/** Every named source of a sentence, in text order of their cues. */
export function sourcesIn(index: TextIndex, sentence: number, lexicon: SourceLexicon = sourceLexicon()): readonly NamedSource[] {
  return analyse(index, sentence, lexicon).sources;
}

// ---------------------------------------------------------------------------------------------------
// Is a marker attributed?

export interface MarkerPosition {
  sentence: number;
  firstUnit: number;
  /** Exclusive. */
  endUnit: number;
}

export interface AttributionScope {
  /**
   * "clause": the marker governs the rest of its clause ("apparently", "clearly"): only a source before
   * it, "according to", or an attribution at the end of the sentence names who said it.
   * "passive": the marker is a passive report ("it was reported", "I was told"): an agent after it and
   * before its "that" ("…by the school nurse that…") names the source too.
   */
  scope: 'clause' | 'passive';
  /** Also accept a source or conversation partner in the previous sentence ("I spoke to Ms Khan. Apparently…"). */
  context?: boolean;
}

/** True when the sentence of the marker says who gave the information or opinion the marker carries. */
export function isAttributed(index: TextIndex, marker: MarkerPosition, scope: AttributionScope, lexicon: SourceLexicon = sourceLexicon()): boolean {
  const { units } = index;
  const hi = index.sentences[marker.sentence]!.endUnit;
  let contentStart = marker.endUnit;
  if (scope.scope === 'passive') {
    contentStart = hi;
    for (let i = marker.firstUnit; i < hi; i++) {
      if (units[i]!.key === 'that') {
        contentStart = i;
        break;
      }
    }
  }
  const clearRun = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (CONTRAST_SET.has(units[i]!.key)) return false;
    return true;
  };
  for (const source of sourcesIn(index, marker.sentence, lexicon)) {
    const before = source.cue < marker.firstUnit && clearRun(source.cue, marker.firstUnit);
    switch (source.kind) {
      case 'according':
      case 'view':
        return true;
      case 'subject':
      case 'pronoun':
        if (before || (source.cue >= marker.endUnit && isPostposed(index, source, hi))) return true;
        break;
      case 'agent':
        if (before && source.reported) return true;
        if (
          scope.scope === 'passive' &&
          source.cue >= marker.endUnit &&
          source.cue < contentStart &&
          (source.cue === marker.endUnit || !actionBefore(units, source.cue, lexicon))
        ) {
          return true;
        }
        break;
      case 'partner':
        if (scope.context && before) return true;
        break;
    }
  }
  if (scope.context) {
    // Someone who spoke in the sentence before ("I spoke to Ms Khan.", "Ms Khan said …") carries over to
    // "Apparently …"; a concern raised by someone does not make a new allegation theirs.
    const previous = previousSentence(index, marker.sentence);
    if (previous !== undefined && sourcesIn(index, previous, lexicon).some((source) => CARRIED_SOURCES.has(source.kind))) return true;
  }
  return false;
}

const CARRIED_SOURCES = new Set<SourceKind>(['partner', 'subject', 'pronoun', 'according', 'view']);

/** "…, the health visitor said." — an attribution after a comma that ends the sentence. */
function isPostposed(index: TextIndex, source: NamedSource, hi: number): boolean {
  if (!asideBetween(index, source.firstUnit - 1, source.firstUnit)) return false;
  if (hi - source.cue - 1 > 4) return false;
  for (let i = source.cue + 1; i < hi; i++) if (!TRAILING_SET.has(index.units[i]!.key)) return false;
  return true;
}

/** "hit by his father": "by" after a verb of action introduces who did it, not who reported it. */
function actionBefore(units: readonly Unit[], k: number, lexicon: SourceLexicon): boolean {
  const key = units[k - 1]?.key ?? '';
  if (lexicon.reportingVerbs.has(key)) return false;
  return REGULAR_PARTICIPLE.test(key) || PARTICIPLE_SET.has(key);
}

/**
 * The names and particular roles of a sentence ("Sam Patel", "Team Manager", "the school nurse"), as
 * note-wide unit ranges in text order, for rules that look for who did something other than report.
 */
export function peopleIn(index: TextIndex, sentence: number, lexicon: SourceLexicon = sourceLexicon()): readonly PersonPhrase[] {
  return analyse(index, sentence, lexicon).phrases;
}

export interface PersonPhrase {
  /** Note-wide unit indexes, end exclusive. */
  start: number;
  end: number;
  /** The last word is a possessive: "Sam Patel's". */
  possessive: boolean;
}

/** True when the sentence names a person or a particular role anywhere (for rules that need any mention). */
export function mentionsPerson(index: TextIndex, sentence: number, lexicon: SourceLexicon = sourceLexicon()): boolean {
  return analyse(index, sentence, lexicon).phrases.length > 0;
}
