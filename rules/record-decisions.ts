/**
 * record-decisions: a decision, direction or authorisation that does not say who made it and why.
 *
 * The standard: "Show how decisions are made and who is involved in making them"; "Decisions or
 * directions given by managers are recorded"; "Clearly show where decisions have been made jointly
 * across agencies or endorsed by a manager"; a decision not to share information "needs to be
 * authorised by a manager, with the decision and the reasons for making it being added to the record";
 * and decisions to delay telling people are written "stating the reason(s) for the delay and the name
 * of the person making that decision".
 *
 * What is a decision (rules/data/record-decisions.ts): closing the case, no further action, stepping
 * down or up, moving on to a conference, an enquiry or an assessment, not sharing information or not
 * telling someone yet, removing or returning a child, changing the plan; and a "Decision:" heading.
 * A phrase is not read as a decision when it is
 *   - a question, a proposal or a plan ("whether to close", "I will ask my manager about closure",
 *     "I recommend closure", "closure to be discussed"), or conditional ("will close if...");
 *   - negated ("will not close", "did not proceed to conference"), or quoted speech;
 *   - reported: told to someone ("I told Ms Khan the case will close"), or history ("was stepped down",
 *     "previously closed", a year before the note's, a "Checks:" or "History:" heading);
 *   - another agency's alone or a court's ("the police will take no further action", "the court
 *     made a care order"): the maker is named and the reason is not the service's to record.
 *
 * Who made it, in the decision's paragraph (or a "Rationale:" paragraph right after it): a manager, a
 * meeting of agencies or agencies together, named in a sentence that says it was decided or that holds
 * the decision ("agreed with my manager", "Decision (TM):", "the strategy discussion agreed", "police and
 * children's social care agreed"); a named person as the subject or agent of a deciding verb ("Sam
 * Patel, Team Manager, agreed", "authorised by Sam Patel", "discussed with Sam Patel", "Decision with
 * Sam Patel"); the worker ("I decided", "my decision", "I have closed the case"); or the agent of the
 * decision itself ("no further action by the duty team"). In a supervision, strategy-discussion or
 * meeting note, or a note that opens by naming the meeting ("Core group meeting held at school"), the
 * meeting is the maker (its record says who took part); so is a manager who writes the note.
 *
 * Why: a reason in the paragraph ("because", "due to", "so that", "as the concerns ... have been
 * addressed", "no evidence of", "Rationale:"), an explanation after a dash, colon or semicolon ("NFA -
 * no evidence of harm"), a "Rationale:" or "Reason:" paragraph next to it, or a sentence beside it that
 * states what was found ("Case to close. Amir is settled at school and attendance is 98%."). In a
 * meeting's note the discussion before the decision is its reason; the reason for not sharing or not
 * telling yet may stand anywhere in the note.
 *
 * One finding per paragraph, at its first decision, saying which part is missing.
 */
import * as z from 'zod';
import { type Line, type Paragraph, type PhraseMatch, type Rule, type RuleContext, type TextIndex, STANDARD, applyWordListOptions, nextToException, wordListOptionsShape, firstAtOrAfter } from '../src/rule-api.js';
import { punctuatedClauseOf } from './lib/clauses.js';
import { peopleIn, sourceLexicon, type PersonPhrase } from './lib/named-source.js';
import { AUXILIARIES } from './data/sources.js';
import { MANAGER_ROLE } from './data/roles.js';
import {
  PAST_FORM_OPENERS,
  CONDITIONAL_AFTER,
  DECIDER_BASE_VERBS,
  DECIDER_VERBS,
  DECISION_HEADING,
  DECISION_NOUNS,
  FORUM_NOTE_TYPES,
  HISTORY_HEADING,
  MODAL_BEFORE,
  MONTHS,
  NEGATIONS,
  NO_DECISION_CONTENT,
  NOT_DECIDER_BEFORE,
  NOT_DECISION_BEFORE,
  NOT_REASON_WORDS,
  NOW_WORDS,
  OUTCOME_HEADING,
  PAST_AUXILIARIES,
  PERFECT_AUXILIARIES,
  PLAN_BEFORE_VERB,
  REASON_HEADING,
  RECORD_DECISIONS_LISTS,
  REPORTED_BEFORE,
  SERVICE_LEAD_INS,
  SERVICE_LEVELS,
  SKIP_TO_NEGATION,
  STEP_SUBJECTS,
} from './data/record-decisions.js';

const options = z
  .object({
    /** `add`: extra decision phrases (patterns allowed); `remove`: phrases to drop from any of the rule's lists. */
    ...wordListOptionsShape,
    deciders: z.array(z.string().min(1)).default([]).describe('Extra words that name who decides, e.g. "Head of Children\'s Services", "resource panel".'),
    reasons: z.array(z.string().min(1)).default([]).describe('Extra words that give a reason, e.g. "in line with the threshold document".'),
    forumNoteTypes: z.array(z.string().min(1)).default([...FORUM_NOTE_TYPES]).describe('Note types whose decisions belong to the meeting the note records.'),
    require: z.array(z.enum(['who', 'why'])).min(1).default(['who', 'why']).describe('Which parts a decision must give.'),
  })
  .strict();

type Options = z.infer<typeof options>;
type Kind = 'decision' | 'decider' | 'reason' | 'otherMaker' | 'history' | 'notDecisionAfter';
type Heading = 'decision' | 'outcome' | 'history';

const AUX = new Set([...AUXILIARIES, 'jointly', 'together', 'since', 'been']);
const AGENT_WORDS = new Set(['with', 'by', 'between', 'from']);
/** Words before another agency that make the decision theirs: "NFA by police", "placed under police protection". */
const OTHER_MAKER_LINKS = new Set(['by', 'from', 'under']);
const NOUN_LINKS = new Set(['with', 'by', 'of', 'from']);
const DECIDER_LINKS = new Set(['with', 'by', 'per', 'from', 'of']);
const FIRST_PERSON = new Set(['i', 'we']);
const OWN_POSSESSIVES = new Set(['my', 'our']);
const SKIP_BEFORE_PAST = new Set(['then', 'also', 'subsequently', 'now', 'since']);
const PASSIVE_BE = new Set(['be', 'being', 'is', 'are']);
const AS_BEFORE_NOT_REASON = new Set(['such', 'well', 'same', 'soon', 'long', 'far', 'much', 'just', 'as', 'so', 'known', 'described', 'seen', 'recorded', 'treated', 'regarded']);
const AS_SUBJECTS = new Set(['the', 'there', 'she', 'he', 'they', 'it', 'her', 'his', 'their', 'both', 'all', 'no', 'this', 'these', 'those', 'we', 'i', 'mum', 'dad', 'mother', 'father', 'parents', 'ms', 'mr', 'mrs', 'miss', 'a', 'an']);
const EXPLANATION_FILLER = new Set(['by', 'with', 'per', 'and', 'the', 'a', 'an', 'my', 'our', 'in', 'at', 'on', 'to', 'as', 'was', 'is', 'this', 'decision', 'agreed', 'approved', 'authorised', 'endorsed', 'confirmed']);
const YEAR = /\b(?:19|20)\d{2}\b/g;
const LEADING_MARKUP = /^[ \t*#>_\u2022-]*/;

const EXAMPLE_WHO = 'the name and role of who made or agreed it (for example "agreed with Sam Patel, Team Manager") or the agencies that made it together (for example "the strategy discussion agreed")';
const EXAMPLE_WHY = 'the reason for it (for example "because the concerns about school attendance have been addressed")';

export const recordDecisions: Rule<Options> = {
  meta: {
    id: 'record-decisions',
    name: 'Decisions show who and why',
    description: 'A decision, direction or authorisation (close the case, no further action, step down, proceed to a conference, not to share or not to tell yet) that does not say who made it and why.',
    severity: 'warning',
    category: 'evidence',
    schema: options,
    reference: STANDARD.decisions,
  },
  phrases(options) {
    const list = applyWordListOptions(RECORD_DECISIONS_LISTS, options);
    for (const match of options.deciders) list.push({ match, data: { kind: 'decider' } });
    for (const match of options.reasons) list.push({ match, data: { kind: 'reason' } });
    return list;
  },
  check(context) {
    const { index } = context.note;
    const hasHeading = DECISION_WORD.test(index.text);
    if (!hasHeading && !context.matches.some((match) => kindOf(match) === 'decision')) return;

    const view = viewOf(context);
    for (let p = 0; p < index.paragraphs.length; p++) {
      const paragraph = index.paragraphs[p]!;
      const found = decisionsIn(view, p, hasHeading);
      if (!found) continue;
      const missing: ('who' | 'why')[] = [];
      // A "Rationale:" paragraph right after the decision belongs to it.
      const next = index.paragraphs[p + 1];
      const rationale = next && REASON_HEADING.test(index.text.slice(next.start, Math.min(next.end, next.start + 80))) ? next : undefined;
      if (context.options.require.includes('who') && !saysWho(view, paragraph, found.phrases) && !(rationale && saysWho(view, rationale, []))) missing.push('who');
      if (context.options.require.includes('why') && !saysWhy(view, p, found)) missing.push('why');
      if (missing.length === 0) continue;
      context.report({ start: found.start, end: found.end, message: messageFor(missing, found.topic) });
    }
  },
};

const DECISION_WORD = /decision/i;

function kindOf(match: PhraseMatch): Kind {
  return (match.entry.data?.kind as Kind | undefined) ?? 'decision';
}

function messageFor(missing: readonly ('who' | 'why')[], topic: string | undefined): string {
  const sharing = topic === 'share' || topic === 'tell';
  const lead = sharing
    ? 'A decision not to share information, or to delay telling someone, must be recorded with the reason and the name of the person who made it'
    : 'Record who made this decision and why';
  if (missing.length === 2) return `${lead}: it does not say who made or agreed it, or why. Write ${EXAMPLE_WHO}, and ${EXAMPLE_WHY}.`;
  if (missing[0] === 'who') return `${lead}: it gives a reason but does not say who made or agreed it. Write ${EXAMPLE_WHO}.`;
  return `${lead}: it says who made it but not why. Write ${EXAMPLE_WHY}.`;
}

/** What the checks of one note share: the index, the matches by sentence, and the note's own details. */
interface View {
  context: RuleContext<Options>;
  index: TextIndex;
  bySentence: Map<number, PhraseMatch[]>;
  /** The heading that governs each line, by line index. */
  headings: (Heading | undefined)[];
  noteYear?: number;
  forum: boolean;
  authorDecides: boolean;
  /** Sentences giving a reason, and sentences stating facts: computed when first asked for. */
  reasons?: number[];
  facts?: number[];
}

function viewOf(context: RuleContext<Options>): View {
  const { index, meta } = context.note;
  const bySentence = new Map<number, PhraseMatch[]>();
  for (const match of context.matches) {
    if (match.quoted && !context.options.checkQuotes) continue;
    const list = bySentence.get(match.sentence);
    if (list) list.push(match);
    else bySentence.set(match.sentence, [match]);
  }
  const when = meta.occurredAt ?? meta.recordedAt;
  const noteYear = when ? Number(when.slice(0, 4)) : latestYear(index.text);
  return {
    context,
    index,
    bySentence,
    headings: headingsOf(index),
    noteYear,
    forum: context.options.forumNoteTypes.includes(meta.type) || opensWithMeeting(index, bySentence),
    authorDecides: MANAGER_ROLE.test(meta.author?.role ?? ''),
  };
}

/** A note whose first words name a meeting or a supervision ("Core group meeting held at school") is its record. */
function opensWithMeeting(index: TextIndex, bySentence: ReadonlyMap<number, readonly PhraseMatch[]>): boolean {
  const first = index.sentences[0];
  if (!first) return false;
  return (bySentence.get(0) ?? []).some((match) => match.entry.data?.forum === true && match.firstUnit - first.firstUnit <= 3);
}

/**
 * The heading that governs each line: its own, or a heading alone on an earlier line of the same
 * paragraph ("Decisions:" above a list). A blank line ends a heading's reach.
 */
function headingsOf(index: TextIndex): (Heading | undefined)[] {
  const result: (Heading | undefined)[] = [];
  let carried: Heading | undefined;
  for (const line of index.lines) {
    if (line.text.trim() === '') {
      carried = undefined;
      result.push(undefined);
      continue;
    }
    const own = headingOfLine(line.text);
    if (own) {
      result.push(own.heading);
      carried = own.alone ? own.heading : carried;
      continue;
    }
    result.push(carried);
  }
  return result;
}

function headingOfLine(text: string): { heading: Heading; alone: boolean } | undefined {
  for (const [pattern, heading] of [
    [HISTORY_HEADING, 'history'],
    [DECISION_HEADING, 'decision'],
    [OUTCOME_HEADING, 'outcome'],
  ] as const) {
    const match = pattern.exec(text);
    if (match) return { heading, alone: text.slice(match[0].length).trim() === '' };
  }
  return undefined;
}

interface Found {
  start: number;
  end: number;
  topic?: string;
  /** The decision phrases of the paragraph, for the explanation after a dash. */
  phrases: PhraseMatch[];
}

/** The decisions of a paragraph: its decision phrases, and "Decision:" headings. */
function decisionsIn(view: View, p: number, hasHeading: boolean): Found | undefined {
  const { index } = view;
  const paragraph = index.paragraphs[p]!;
  const phrases: PhraseMatch[] = [];
  for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) {
    for (const match of view.bySentence.get(s) ?? []) {
      if (kindOf(match) === 'decision' && isDecision(view, match)) phrases.push(match);
    }
  }
  if (phrases.length > 0) {
    const first = phrases[0]!;
    return { start: first.start, end: first.end, topic: first.entry.data?.topic as string | undefined, phrases };
  }
  if (!hasHeading) return undefined;
  for (const line of linesOf(index, paragraph)) {
    const match = DECISION_HEADING.exec(line.text);
    if (!match || index.isQuoted(line.start)) continue;
    const content = line.text.slice(match[0].length);
    if (NO_DECISION_CONTENT.test(content)) continue;
    const lead = LEADING_MARKUP.exec(line.text)![0].length;
    return { start: line.start + lead, end: line.start + lead + match[1]!.length, phrases };
  }
  return undefined;
}

/** The lines of a paragraph, found by binary search. */
function linesOf(index: TextIndex, paragraph: Paragraph): readonly Line[] {
  const first = firstAtOrAfter(index.lines, 'end', paragraph.start);
  let end = first;
  while (end < index.lines.length && index.lines[end]!.start < paragraph.end) end++;
  return index.lines.slice(first, end);
}

/** Index of the line holding an offset (a line's end counts as in it). */
function lineIndexAt(index: TextIndex, offset: number): number {
  return firstAtOrAfter(index.lines, 'end', offset);
}

/** Is this decision phrase a decision recorded now? See the exclusions at the top of the file. */
function isDecision(view: View, match: PhraseMatch): boolean {
  const { index } = view;
  const { units } = index;
  const sentence = index.sentences[match.sentence]!;
  const flags = match.entry.data ?? {};
  const heading = view.headings[lineIndexAt(index, match.start)];
  if (heading === 'history') return false;
  if (sentenceText(index, match.sentence).trimEnd().endsWith('?')) return false;

  const { firstUnit: first, endUnit: end } = punctuatedClauseOf(index, match.sentence, match.firstUnit, match.endUnit);
  // "Close." as a sentence, or "Outcome: closed." under a heading; not "Status: closed".
  if (flags.alone) {
    const whole = first === sentence.firstUnit || heading === 'decision' || heading === 'outcome';
    if (!whole || match.firstUnit !== first || match.endUnit !== end || end !== sentence.endUnit) return false;
  }
  if (flags.service && !serviceLevelNear(index, match, first, end)) return false;
  if (nextToException(match, index)) return false;

  const matches = view.bySentence.get(match.sentence) ?? [];
  for (const other of matches) {
    const kind = kindOf(other);
    if (kind === 'history') return false;
    if (kind === 'notDecisionAfter' && other.firstUnit >= match.endUnit && other.firstUnit < end) return false;
  }
  for (let k = match.endUnit; k < end; k++) if (CONDITIONAL_AFTER.has(units[k]!.key)) return false;
  if (negatedBefore(index, match, first)) return false;
  if (byOtherMaker(index, match, matches, first, end)) return false;
  if (beforeNoteYear(view, match.sentence)) return false;

  const decided = heading === 'decision' || heading === 'outcome' || saysDecided(index, sentence.firstUnit, sentence.endUnit);
  // The nearest word before the phrase decides what it is: "agreed that the case will close" is a
  // decision, "whether the case should close" and "I told Ms Khan the case will close" are not.
  for (let k = match.firstUnit - 1; k >= first; k--) {
    const key = units[k]!.key;
    if (DECIDER_VERBS.has(key) || DECISION_NOUNS.has(key)) break;
    if (DECIDER_BASE_VERBS.has(key)) {
      if (k > first && PLAN_BEFORE_VERB.has(units[k - 1]!.key)) return false;
      break;
    }
    if (NOT_DECISION_BEFORE.has(key) || REPORTED_BEFORE.has(key)) return false;
    if (MODAL_BEFORE.has(key) && !decided) return false;
  }
  const before = wordBefore(units, match.firstUnit, first, SKIP_BEFORE_PAST);
  if (before !== undefined && PAST_AUXILIARIES.has(units[before]!.key)) return false;
  if (flags.past && !isToday(view, match, heading, first, before)) return false;
  if (flags.weak && !decided) return false;
  return true;
}

/** A simple past decision ("closed the case", "stepped down to early help") that is today's, not history. */
function isToday(view: View, match: PhraseMatch, heading: Heading | undefined, clauseStart: number, before: number | undefined): boolean {
  const { index } = view;
  const { units } = index;
  const sentence = index.sentences[match.sentence]!;
  if (heading === 'decision' || heading === 'outcome') return true;
  if (before !== undefined) {
    const key = units[before]!.key;
    if (PERFECT_AUXILIARIES.has(key) || PASSIVE_BE.has(key)) return true;
    if (key === 'been') return units[before - 1]?.key !== 'had';
  }
  let dated = false;
  for (let k = sentence.firstUnit; k < sentence.endUnit; k++) {
    const key = units[k]!.key;
    if (NOW_WORDS.has(key) && (key !== 'this' || /^(?:morning|afternoon|evening|week)$/.test(units[k + 1]?.key ?? ''))) return true;
    if (MONTHS.has(key) || /^\d/.test(key)) dated = true;
  }
  if (dated) return false;
  for (let k = clauseStart; k < match.firstUnit; k++) if (!PAST_FORM_OPENERS.has(units[k]!.key)) return false;
  return true;
}

/** "step down" and "step up" between levels of service, not "Dad stepped up". */
function serviceLevelNear(index: TextIndex, match: PhraseMatch, clauseStart: number, clauseEnd: number): boolean {
  const { units } = index;
  for (let k = match.endUnit; k < Math.min(clauseEnd, match.endUnit + 4); k++) {
    if (startsServiceLevel(index, k)) return true;
    if (!SERVICE_LEAD_INS.has(units[k]!.key)) break;
  }
  for (let k = match.firstUnit - 1; k >= Math.max(clauseStart, match.firstUnit - 4); k--) {
    if (STEP_SUBJECTS.has(units[k]!.key)) return true;
  }
  return false;
}

function startsServiceLevel(index: TextIndex, k: number): boolean {
  const { units } = index;
  return SERVICE_LEVELS.some((words) => words.every((word, i) => units[k + i]?.key === word && (i === 0 || units[k + i]!.joined)));
}

/** "will not close", "did not proceed to conference", "decided against closing". */
function negatedBefore(index: TextIndex, match: PhraseMatch, clauseStart: number): boolean {
  const { units } = index;
  for (let k = match.firstUnit - 1, seen = 0; k >= clauseStart && seen < 4; k--, seen++) {
    const key = units[k]!.key;
    if (NEGATIONS.has(key) || key.endsWith("n't")) return true;
    if (key === 'instead' || (key === 'than' && units[k - 1]?.key === 'rather')) return true;
    if (!SKIP_TO_NEGATION.has(key)) return false;
  }
  return false;
}

/**
 * Another agency's decision alone, or a court's: one of them in the clause before the phrase or as its
 * agent after it ("NFA by police"), and no manager, meeting or joint wording in the sentence.
 */
function byOtherMaker(index: TextIndex, match: PhraseMatch, matches: readonly PhraseMatch[], clauseStart: number, clauseEnd: number): boolean {
  const { units } = index;
  let other = false;
  for (const cue of matches) if (kindOf(cue) === 'otherMaker' && cue.entry.data?.court === true) return true;
  for (const cue of matches) {
    const kind = kindOf(cue);
    if (kind === 'decider') return false;
    if (kind !== 'otherMaker') continue;
    if (cue.firstUnit >= clauseStart && cue.endUnit <= match.firstUnit) other = true;
    const link = cue.firstUnit - 1;
    if (link >= match.endUnit && link < clauseEnd && OTHER_MAKER_LINKS.has(units[link]!.key)) other = true;
    if (link - 1 >= match.endUnit && link - 1 < clauseEnd && units[link]!.key === 'the' && OTHER_MAKER_LINKS.has(units[link - 1]!.key)) other = true;
  }
  return other;
}

/** Without dates in the note's details, the latest year the text gives (its sign-off's, as a rule) stands for the note's. */
function latestYear(text: string): number | undefined {
  let latest: number | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) latest = Math.max(latest ?? 0, Number(m[0]));
  return latest;
}

function beforeNoteYear(view: View, sentence: number): boolean {
  if (view.noteYear === undefined) return false;
  const text = sentenceText(view.index, sentence);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) if (Number(m[0]) < view.noteYear) return true;
  return false;
}

/** Does the sentence say something was decided: a deciding verb or a decision noun? */
function saysDecided(index: TextIndex, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const key = index.units[k]!.key;
    if (DECIDER_VERBS.has(key) || DECISION_NOUNS.has(key)) return true;
  }
  return false;
}

const lexicon = sourceLexicon();

/** Does the paragraph say who made its decision? See "Who made it" at the top of the file. */
function saysWho(view: View, paragraph: Paragraph, phrases: readonly PhraseMatch[]): boolean {
  if (view.forum || view.authorDecides) return true;
  for (const phrase of phrases) if (phraseSaysWho(view, phrase)) return true;
  for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) if (sentenceSaysWho(view, s)) return true;
  return false;
}

/** The decision names its maker itself: "I have closed the case", "no further action by the duty team". */
function phraseSaysWho(view: View, phrase: PhraseMatch): boolean {
  const { index } = view;
  const { units } = index;
  const { firstUnit: lo, endUnit: hi } = index.sentences[phrase.sentence]!;
  let p = phrase.firstUnit;
  while (p > lo && AUX.has(units[p - 1]!.key)) p--;
  if (p > lo && FIRST_PERSON.has(units[p - 1]!.key)) return true;
  let k = phrase.endUnit;
  if (k < hi && units[k]!.key === 'by') {
    const people = peopleIn(index, phrase.sentence, lexicon);
    if (people.some((person) => person.start === k + 1 || (person.start === k + 2 && units[k + 1]!.key === 'the'))) return true;
    for (const cue of view.bySentence.get(phrase.sentence) ?? []) if (kindOf(cue) === 'decider' && cue.firstUnit <= k + 2 && cue.firstUnit > k) return true;
  }
  return false;
}

function sentenceSaysWho(view: View, s: number): boolean {
  const { index } = view;
  const { units } = index;
  const { firstUnit: lo, endUnit: hi } = index.sentences[s]!;
  const matches = view.bySentence.get(s) ?? [];
  const heading = view.headings[lineIndexAt(index, index.sentences[s]!.start)];
  const decidedHere = heading === 'decision' || saysDecided(index, lo, hi) || matches.some((m) => kindOf(m) === 'decision');

  for (const cue of matches) {
    if (kindOf(cue) !== 'decider') continue;
    const link = linkBefore(index, cue.firstUnit, lo);
    if (link !== undefined && NOT_DECIDER_BEFORE.has(units[link]!.key)) continue;
    if (decidedHere) return true;
    if (link !== undefined && DECIDER_LINKS.has(units[link]!.key)) return true;
    if (cue.firstUnit > lo && index.text.slice(units[cue.firstUnit - 1]!.end, units[cue.firstUnit]!.start).includes('(')) return true;
  }

  let people: readonly PersonPhrase[] | undefined;
  const peopleHere = () => (people ??= peopleIn(index, s, lexicon));
  for (let k = lo; k < hi; k++) {
    const unit = units[k]!;
    if (unit.quoted) continue;
    const key = unit.key;
    const presentVerb = DECIDER_BASE_VERBS.has(key) && !(k > lo && PLAN_BEFORE_VERB.has(units[k - 1]!.key));
    const decidingVerb = DECIDER_VERBS.has(key) || presentVerb || (key === 'made' && units[k + 1] !== undefined && ['this', 'the', 'that'].includes(units[k + 1]!.key) && units[k + 2]?.key === 'decision');
    if (decidingVerb) {
      let p = k;
      while (p > lo && AUX.has(units[p - 1]!.key)) p--;
      if (p > lo && FIRST_PERSON.has(units[p - 1]!.key)) return true;
      if (peopleHere().some((phrase) => phrase.end === p)) return true;
      if (k + 2 < hi && AGENT_WORDS.has(units[k + 1]!.key) && peopleHere().some((phrase) => phrase.start === k + 2)) return true;
    }
    if (DECISION_NOUNS.has(key)) {
      if (k > lo && OWN_POSSESSIVES.has(units[k - 1]!.key)) return true;
      if (k + 2 < hi && NOUN_LINKS.has(units[k + 1]!.key) && peopleHere().some((phrase) => phrase.start === k + 2)) return true;
      if (peopleHere().some((phrase) => phrase.end === k && phrase.possessive)) return true;
    }
  }
  return false;
}

/** The word before a cue, skipping determiners and possessives ("with my manager", "update the team manager"). */
function linkBefore(index: TextIndex, first: number, lo: number): number | undefined {
  let k = first - 1;
  while (k >= lo && ['the', 'my', 'our', 'a', 'an', 'your', 'his', 'her', 'their'].includes(index.units[k]!.key)) k--;
  return k >= lo ? k : undefined;
}

/** Does the paragraph (or, in a meeting's note, what came before) give the reason for its decision? */
function saysWhy(view: View, p: number, found: Found): boolean {
  const { index } = view;
  const { phrases } = found;
  const paragraph = index.paragraphs[p]!;
  // A meeting's discussion before its decision is the reason for it. A reason for not sharing or not
  // telling yet may stand anywhere in the note ("Mr Kane is bailed not to contact Ms Kane because ...").
  const noteWide = found.topic === 'share' || found.topic === 'tell';
  if (noteWide && reasonSentences(view).length > 0) return true;
  const from = view.forum ? 0 : paragraph.firstSentence;
  if (anyIn(reasonSentences(view), from, paragraph.endSentence)) return true;
  if (anyIn(factSentences(view), from, paragraph.endSentence)) return true;
  for (const phrase of phrases) if (explainedAfterDash(view, phrase)) return true;
  for (const neighbour of [index.paragraphs[p - 1], index.paragraphs[p + 1]]) {
    if (neighbour && REASON_HEADING.test(index.text.slice(neighbour.start, Math.min(neighbour.end, neighbour.start + 80)))) return true;
  }
  for (const line of linesOf(index, paragraph)) if (REASON_HEADING.test(line.text)) return true;
  return false;
}

/** The sentences that give a reason (a listed word, or "as" before a clause), in order; found once per note. */
function reasonSentences(view: View): readonly number[] {
  if (!view.reasons) {
    view.reasons = [];
    for (let s = 0; s < view.index.sentences.length; s++) {
      if ((view.bySentence.get(s) ?? []).some((match) => kindOf(match) === 'reason') || hasReasonAs(view.index, s)) view.reasons.push(s);
    }
  }
  return view.reasons;
}

/** The sentences that state facts (see statesFacts), in order; found once per note. */
function factSentences(view: View): readonly number[] {
  if (!view.facts) {
    view.facts = [];
    for (let s = 0; s < view.index.sentences.length; s++) if (statesFacts(view, s)) view.facts.push(s);
  }
  return view.facts;
}

/** Is one of the sorted sentence numbers in [from, to)? */
function anyIn(sentences: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low < sentences.length && sentences[low]! < to;
}

/**
 * A sentence beside the decision that states what was found, without a word of reason: "Case to close.
 * Amir is settled at school and attendance is 98%." Not a decision itself, not who decided ("Agreed
 * with my manager."), not a plan or an account of telling someone ("I will write to Ms Khan."), not a
 * question, and long enough to say something (four words or more).
 */
function statesFacts(view: View, s: number): boolean {
  const { index } = view;
  const { units } = index;
  const { firstUnit: lo, endUnit: hi } = index.sentences[s]!;
  if (hi - lo < 4 || sentenceText(index, s).trimEnd().endsWith('?')) return false;
  if ((view.bySentence.get(s) ?? []).some((match) => kindOf(match) === 'decision' || kindOf(match) === 'decider')) return false;
  if (view.headings[lineIndexAt(index, index.sentences[s]!.start)] === 'decision') return false;
  for (let k = lo; k < hi; k++) {
    const key = units[k]!.key;
    if (units[k]!.quoted || DECIDER_VERBS.has(key) || DECIDER_BASE_VERBS.has(key) || DECISION_NOUNS.has(key) || NOT_REASON_WORDS.has(key)) return false;
  }
  return true;
}

/** "as the concerns about school have been addressed", not "such as", "as well as" or "as agreed". */
function hasReasonAs(index: TextIndex, s: number): boolean {
  const { units } = index;
  const { firstUnit: lo, endUnit: hi } = index.sentences[s]!;
  for (let k = lo; k < hi - 1; k++) {
    if (units[k]!.key !== 'as' || units[k]!.quoted) continue;
    if (k > lo && AS_BEFORE_NOT_REASON.has(units[k - 1]!.key)) continue;
    const next = units[k + 1]!;
    if (AS_SUBJECTS.has(next.key) || (/^\p{Lu}\p{Ll}/u.test(next.text) && next.key !== 'part')) return true;
  }
  return false;
}

/** A dash, a colon or a semicolon after a decision, before its explanation (a bracket defines a term instead). */
const EXPLANATION_MARK = /[-\u2013\u2014:;]/;

/** "NFA - no evidence of harm": words after a dash, colon or semicolon that are more than who agreed it. */
function explainedAfterDash(view: View, phrase: PhraseMatch): boolean {
  const { index } = view;
  const { units } = index;
  const hi = index.sentences[phrase.sentence]!.endUnit;
  let k = phrase.endUnit;
  while (k < hi && !EXPLANATION_MARK.test(index.text.slice(units[k - 1]!.end, units[k]!.start))) k++;
  if (k >= hi) return false;
  const covered = new Set<number>();
  for (const cue of view.bySentence.get(phrase.sentence) ?? []) {
    if (kindOf(cue) === 'decider' || kindOf(cue) === 'decision') for (let u = cue.firstUnit; u < cue.endUnit; u++) covered.add(u);
  }
  for (const person of peopleIn(index, phrase.sentence, lexicon)) for (let u = person.start; u < person.end; u++) covered.add(u);
  let words = 0;
  for (let u = k; u < hi; u++) if (!covered.has(u) && !EXPLANATION_FILLER.has(units[u]!.key) && !/^\d/.test(units[u]!.key)) words++;
  return words >= 2;
}

function wordBefore(units: TextIndex['units'], first: number, lo: number, skip: ReadonlySet<string>): number | undefined {
  let k = first - 1;
  while (k >= lo && skip.has(units[k]!.key)) k--;
  return k >= lo ? k : undefined;
}

function sentenceText(index: TextIndex, s: number): string {
  const sentence = index.sentences[s]!;
  return index.text.slice(sentence.start, sentence.end);
}

export default recordDecisions;
