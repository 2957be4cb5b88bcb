/**
 * evidence-for-descriptors: a descriptor such as "aggressive" or "chaotic" with nothing in the same or
 * the next sentence that says what happened.
 *
 * Standard, "Facts, opinions and judgements": "Common descriptive words such as 'aggressive' need to be
 * supported by further information to explain why they are being used, as they can mean very different
 * things to different people." A descriptor is fine when its sentence or the next one says what was
 * seen or heard: a verb of observed behaviour ("shouted", "threw"), quoted words, a count ("three
 * times"), a colon or dash followed by a description, or a "because" or "as" clause after it.
 * It is also fine negated ("was not aggressive"), as a feeling the person said they have, and for
 * places and things, before the noun it describes ("dirty nappies"). Evidence counts only when it shows
 * what the descriptor describes: behaviour for "hostile", drink for "drunk", what was seen for "dirty".
 */
import * as z from 'zod';
import { type PhraseEntry, type PhraseMatch, type Rule, type RuleContext, type TextIndex, applyWordListOptions, defineWordListRule, normalisePhrase, variantsOf, wordListOptionsShape, thisPhrase, STANDARD } from '../src/rule-api.js';
import { clauseOf } from './lib/clauses.js';
import {
  ALLEGATION_NOUNS,
  AS_SUBJECTS,
  COUNT_NOUNS,
  COUNT_WORDS,
  DESCRIPTORS,
  EVIDENCE,
  EXPLAINER_PAIRS,
  EXPLAINERS,
  FEELING_REPORTS,
  NEGATION_GAP,
  NEGATIONS,
  REPEATERS,
  VERDICT_FOLLOWERS,
} from './data/evidence-for-descriptors.js';

const options = z
  .object({
    ...wordListOptionsShape,
    addEvidenceVerbs: z.array(z.string().min(1)).default([]).describe('Extra verbs or phrases of observed behaviour that count as saying what happened, e.g. "headbutted".'),
    verdicts: z
      .boolean()
      .default(false)
      .describe('Also flag verdicts on parenting, care and homes ("not good enough", "poor parenting", "unacceptable") with nothing to show what they rest on.'),
  })
  .strict();

type Options = z.infer<typeof options>;

const LIST: readonly PhraseEntry[] = [...DESCRIPTORS, ...EVIDENCE];

const NEGATION_SET = new Set(NEGATIONS);
const GAP_SET = new Set([...NEGATION_GAP, 'or', 'nor', 'and']);
const VERDICT_SET = new Set(VERDICT_FOLLOWERS);
const EXPLAINER_SET = new Set(EXPLAINERS);
const AS_SUBJECT_SET = new Set(AS_SUBJECTS);
const FEELING_REPORT_SET = new Set(FEELING_REPORTS);
const COUNT_WORD_SET = new Set(COUNT_WORDS);
const COUNT_NOUN_SET = new Set(COUNT_NOUNS);
const REPEATER_SET = new Set(REPEATERS);
const ALLEGATION_SET = new Set(ALLEGATION_NOUNS);
const WRITER_OWNERS = new Set(['i', 'we', 'my', 'our']);
/** Words that may stand between an allegation noun and its "that": "concerns have also been shared that". */
const MAX_ALLEGATION_GAP = 6;
const EXPLAINER_PAIR_SET = new Set(EXPLAINER_PAIRS.map(([a, b]) => `${a} ${b}`));
const DIGITS = /^\d+$/;
/** A colon or dash that introduces a description. */
const INTRODUCER = /[:\u2013\u2014]|\s-\s/;
const MIN_DESCRIPTION_WORDS = 3;
const DESCRIBES_BEHAVIOUR: readonly string[] = ['behaviour'];

function isEvidence(entry: PhraseEntry): boolean {
  return entry.data?.kind === 'evidence';
}

/** What a descriptor describes: behaviour unless its entry says otherwise. */
function aboutOf(entry: PhraseEntry): readonly string[] {
  const about = entry.data?.about;
  return Array.isArray(about) ? (about as string[]) : DESCRIBES_BEHAVIOUR;
}

/** Evidence shows what the descriptor describes; a user's evidence entry without `about` shows anything. */
function showsAbout(evidence: PhraseEntry, about: readonly string[]): boolean {
  const shows = evidence.data?.about;
  return !Array.isArray(shows) || shows.some((kind) => about.includes(kind as string));
}

/** A rule's matches grouped by sentence, built once per note and rule (rules look up a match's neighbours). */
const bySentenceCache = new WeakMap<readonly PhraseMatch[], Map<number, PhraseMatch[]>>();

export function matchesInSentence(matches: readonly PhraseMatch[], sentence: number): readonly PhraseMatch[] {
  let bySentence = bySentenceCache.get(matches);
  if (!bySentence) {
    bySentence = new Map();
    for (const match of matches) {
      const list = bySentence.get(match.sentence);
      if (list) list.push(match);
      else bySentence.set(match.sentence, [match]);
    }
    bySentenceCache.set(matches, bySentence);
  }
  return bySentence.get(sentence) ?? [];
}

/**
 * True when the sentence says what was seen or heard: a verb or phrase of observed behaviour (an
 * evidence entry of the rule's list), quoted words, or a count ("three times"). Shared with
 * attribute-opinion, whose list holds the same evidence entries. A quotation holding `ignore` does not count.
 */
export function showsWhatHappened(index: TextIndex, matches: readonly PhraseMatch[], sentence: number, ignore?: PhraseMatch, about?: readonly string[]): boolean {
  const found = index.sentences[sentence];
  if (!found) return false;
  if (matchesInSentence(matches, sentence).some((m) => isEvidence(m.entry) && (!about || showsAbout(m.entry, about)))) return true;
  // Quoted words, other than a quotation of the phrase itself (when checkQuotes is on).
  const { quotes } = index;
  for (let q = firstQuoteEndingAfter(quotes, found.start); q < quotes.length && quotes[q]!.start < found.end; q++) {
    const quote = quotes[q]!;
    if (!(ignore && quote.start <= ignore.start && ignore.end <= quote.end)) return true;
  }
  for (let i = found.firstUnit; i + 1 < found.endUnit; i++) {
    const key = index.units[i]!.key;
    const next = index.units[i + 1]!.key;
    if ((DIGITS.test(key) || COUNT_WORD_SET.has(key)) && COUNT_NOUN_SET.has(next)) return true;
    // "kept looking at the door", "keeps asking to go home": a repeated action someone could see.
    if (REPEATER_SET.has(key) && next.length > 4 && next.endsWith('ing')) return true;
  }
  return false;
}

/**
 * "Concerns have been shared that he has been violent", "the allegation that she was abusive": the
 * descriptor is the content of someone's allegation, not the writer's description. The writer's own
 * concern ("I have concerns that", "my worry is that") is still the writer's description.
 */
function allegedContent(index: TextIndex, match: PhraseMatch): boolean {
  const { units } = index;
  const first = index.sentences[match.sentence]!.firstUnit;
  for (let t = match.firstUnit - 1; t > first; t--) {
    if (units[t]!.key !== 'that') continue;
    for (let a = t - 1; a >= first && a >= t - MAX_ALLEGATION_GAP; a--) {
      if (!ALLEGATION_SET.has(units[a]!.key)) continue;
      for (let w = a - 1; w >= first && w >= a - 3; w--) if (WRITER_OWNERS.has(units[w]!.key)) return false;
      return true;
    }
  }
  return false;
}

/** Index of the first quotation (in text order) that ends after `offset`: a binary search. */
function firstQuoteEndingAfter(quotes: TextIndex['quotes'], offset: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (quotes[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * After the phrase, in its own clause: a "because" or "as" clause, an example, or a colon or dash
 * with a description. A "because" or "for example" of another clause of the sentence explains nothing
 * about this one.
 */
export function explainedAfter(index: TextIndex, match: PhraseMatch): boolean {
  const sentence = index.sentences[match.sentence]!;
  const { units } = index;
  const clause = clauseOf(index, match.sentence, match.firstUnit, match.endUnit);
  for (let i = match.endUnit; i < clause.endUnit; i++) {
    const key = units[i]!.key;
    const next = i + 1 < clause.endUnit ? units[i + 1]!.key : '';
    if (EXPLAINER_SET.has(key) || EXPLAINER_PAIR_SET.has(`${key} ${next}`)) return true;
    if (key === 'as' && AS_SUBJECT_SET.has(next)) return true;
    if (key === 'by' && next.endsWith('ing')) return true;
  }
  const clauseEnd = clause.endUnit < sentence.endUnit ? units[clause.endUnit]!.start : sentence.end;
  const rest = index.text.slice(match.end, clauseEnd);
  const introducer = INTRODUCER.exec(rest);
  if (introducer) {
    const from = match.end + introducer.index;
    let words = 0;
    for (let i = match.endUnit; i < sentence.endUnit; i++) if (units[i]!.start > from) words++;
    if (words >= MIN_DESCRIPTION_WORDS) return true;
  }
  return false;
}

function covered(matches: readonly PhraseMatch[], sentence: number, unit: number): boolean {
  return matchesInSentence(matches, sentence).some((m) => !isEvidence(m.entry) && m.firstUnit <= unit && unit < m.endUnit);
}

/** "was not aggressive", "wasn't hostile or rude", "never at any point threatening". */
function negated(context: RuleContext<Options>, match: PhraseMatch): boolean {
  const { units, sentences } = context.note.index;
  const lo = sentences[match.sentence]!.firstUnit;
  for (let j = match.firstUnit - 1; j >= lo && j >= match.firstUnit - 5; j--) {
    const key = units[j]!.key;
    if (NEGATION_SET.has(key) || key.endsWith("n't")) return true;
    if (!GAP_SET.has(key) && !covered(context.matches, match.sentence, j)) return false;
  }
  return false;
}

function accept(match: PhraseMatch, context: RuleContext<Options>): boolean {
  const data = match.entry.data ?? {};
  if (isEvidence(match.entry)) return true;
  const { index } = context.note;
  const { units } = index;
  const sentence = index.sentences[match.sentence]!;
  const next = match.endUnit < sentence.endUnit ? units[match.endUnit] : undefined;

  if (negated(context, match) || allegedContent(index, match)) return true;
  // "dirty nappies", "a cluttered hallway": the thing is named, so the descriptor describes it.
  if (data.attributive && next?.joined && !VERDICT_SET.has(next.key)) return true;
  if (data.feeling) {
    for (let i = sentence.firstUnit; i < match.firstUnit; i++) if (FEELING_REPORT_SET.has(units[i]!.key)) return true;
  }
  if (explainedAfter(index, match)) return true;
  const about = aboutOf(match.entry);
  return showsWhatHappened(index, context.matches, match.sentence, match, about) || showsWhatHappened(index, context.matches, match.sentence + 1, match, about);
}

const ADVICE = 'describe what was seen or heard that shows this: what the person said (in their words) or did';

const base = defineWordListRule<Options>({
  meta: {
    id: 'evidence-for-descriptors',
    name: 'Evidence behind descriptive words',
    description:
      'Descriptors such as "aggressive", "hostile" or "chaotic" with no description of what happened in the same or the next sentence.',
    severity: 'warning',
    category: 'evidence',
    schema: options,
    reference: STANDARD.descriptors,
  },
  list: LIST,
  message: (match) =>
    `${thisPhrase(match)} means different things to different people: ${ADVICE}, in this sentence or the next.`,
  suggestions: () => [{ message: 'Describe what was seen or heard that shows this, for example what was said, in quotation marks, or what was done' }],
  accept,
});

/** The built-in list with the user's additions, removals and extra evidence verbs. */
function phrases(opts: Options): PhraseEntry[] {
  const list = applyWordListOptions(opts.verdicts ? LIST : LIST.filter((entry) => !entry.data?.verdict), opts);
  // A phrase the user adds as a descriptor is one, even when the built-in list has it as evidence.
  const added = new Set(opts.add.flatMap((entry) => (typeof entry === 'string' ? [entry] : variantsOf(entry))).map(normalisePhrase));
  const kept = added.size === 0 ? list : list.filter((entry) => !isEvidence(entry) || !variantsOf(entry).some((v) => added.has(normalisePhrase(v))));
  for (const verb of opts.addEvidenceVerbs) kept.push({ match: verb, data: { kind: 'evidence' } });
  return kept;
}

export const evidenceForDescriptors: Rule<Options> = { ...base, phrases };

export default evidenceForDescriptors;
