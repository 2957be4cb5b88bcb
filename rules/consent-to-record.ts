/**
 * consent-to-record: a note that says the session was recorded, or was drafted from a recording, without
 * recording that everyone recorded consented, that a manager agreed, and why.
 *
 * The standard: "The use of video, audio and digital recording only takes place with the explicit
 * consent of all parties", and "The explicit consent of a manager is required and the type of equipment
 * consents given and the reasons for use should be noted in the record." Councils now use dictation
 * and AI note tools that record visits, so a note drafted from one is a recording too.
 *
 * A mention of a recording (rules/data/consent-to-record.ts) is
 *   - an audio or video recording, a dictaphone, a Teams recording: "the visit was audio-recorded";
 *   - "recorded" with a recording device in its clause and the session or a person as its object
 *     ("I recorded the visit on my work phone"), or "agreed to the visit being recorded". Without a
 *     device, "recorded" means written down ("I recorded the visit in the case notes", "recorded on the
 *     chronology", "was recorded as missing", "police recorded a crime") and is not a mention;
 *   - a dictation, a transcription, an AI note tool, or a named tool (Magic Notes, Copilot);
 *   and, for these and the recordings above, the worker's own: the sentence speaks in the first person,
 *   of this note or this visit, or opens with it ("Amir uses speech to text at school" and "Ms Khan
 *   has an audio recording of the argument" are not the note's);
 *   - what a transcript leaves in the note (speaker labels, time codes, "[inaudible]", a generated
 *     heading such as "Transcript:" or "AI summary"), found by rules/lib/transcript-artefacts.ts, which
 *     no-transcript-artefacts reports one by one; here they all make one finding.
 * Not mentions: negated ones ("the visit was not recorded", "Ms Khan declined to be recorded"), questions,
 * offers and plans ("I asked whether I could audio record the visit"), quoted speech, and someone else's recording that the note discusses as evidence (body-worn video,
 * CCTV, an ABE interview, a voicemail, "Mum showed me a video on her phone").
 *
 * What the note must say, in a paragraph that speaks of the recording (artefact lines excluded):
 *   everyone  a consent that is not only a manager's ("Ms Khan and Amir agreed to the visit being
 *             recorded", "everyone present consented"); for a dictation, "no one else was recorded"
 *   manager   a manager and a consent in one sentence ("my manager, Sam Patel, agreed"), or a manager
 *             as the note's author
 *   purpose   why ("so that", "to support Ms Khan's hearing", "because")
 * One finding per note, at the first mention, naming what is missing.
 */
import * as z from 'zod';
import { type PhraseMatch, type Rule, type RuleContext, type TextIndex, STANDARD, applyWordListOptions, wordListOptionsShape, spanAt } from '../src/rule-api.js';
import { findTranscriptArtefacts, transcriptListOptions, transcriptListsFor, type TranscriptArtefact } from './lib/transcript-artefacts.js';
import { punctuatedClauseOf } from './lib/clauses.js';
import { MANAGER_ROLE } from './data/roles.js';
import {
  CONSENT_TO_RECORD_LISTS,
  FIRST_PERSON,
  NEGATIONS,
  NOT_DONE_BEFORE,
  OWN_SUBJECTS,
  PASSIVE_BE,
  RECORDING_HEADINGS,
  RECORDING_MARKS,
  SELF_NOUNS,
  SESSION_WORDS,
  SKIP_BEFORE_VERB,
  SKIP_TO_NEGATION,
} from './data/consent-to-record.js';

const PARTS = ['everyone', 'manager', 'purpose'] as const;
type Part = (typeof PARTS)[number];

const options = z
  .object({
    /** `add`: extra phrases that say the session was recorded; `remove`: phrases to drop from any of the rule's lists. */
    ...wordListOptionsShape,
    tools: z.array(z.string().min(1)).default([]).describe('Dictation or AI note tools the service uses, matched as written, e.g. "Beam", "Scribe Assist".'),
    require: z.array(z.enum(PARTS)).min(1).default([...PARTS]).describe('Which parts the note must record.'),
    artefacts: z.union([z.literal(false), transcriptListOptions]).prefault({}).describe("Read transcript leftovers as a mention of a recording, with no-transcript-artefacts' list options; false to ignore them."),
  })
  .strict();

type Options = z.infer<typeof options>;
type Kind = 'recording' | 'tool' | 'record' | 'device' | 'written' | 'evidence' | 'consent' | 'everyone' | 'manager' | 'purpose';

interface Mention {
  start: number;
  end: number;
  via: string;
  /** Paragraph of a mention in the worker's own words; undefined for transcript leftovers. */
  paragraph?: number;
}

const PART_WORDS: Record<Part, string> = {
  everyone: 'that everyone recorded gave explicit consent',
  manager: 'that a manager agreed (name and role)',
  purpose: 'why it was recorded',
};

/** Words between "recorded" and its device that keep it a recording of the session: "recorded the whole visit on my phone". */
const OBJECT_WORDS = new Set([...SESSION_WORDS, 'the', 'our', 'my', 'a', 'whole', 'entire', 'rest', 'of', 'on', 'using', 'with', 'via', 'in', 'work', 'mobile', 'an', 'audio', 'video', 'part']);
/** Words between a preposition and its device: "on my work phone", "with a dictaphone". */
const DEVICE_LEAD_INS = new Set(['the', 'a', 'an', 'my', 'our', 'work', 'mobile', 'own', 'council', "council's", 'secure']);
const DEVICE_PREPOSITIONS = new Set(['on', 'using', 'with', 'via', 'through', 'into', 'onto', 'by']);
const AGREEING = new Set(['agreed', 'consented', 'agree', 'consent', 'agreeing', 'happy', 'objection']);

export const consentToRecord: Rule<Options> = {
  meta: {
    id: 'consent-to-record',
    name: 'Consent to recording',
    description:
      'A note that says the session was audio- or video-recorded or drafted from a recording (dictation, an AI note tool, transcript leftovers) without recording that everyone present consented, that a manager consented, and why.',
    severity: 'error',
    category: 'evidence',
    schema: options,
    reference: STANDARD.recordingConsent,
  },
  phrases(options) {
    const list = applyWordListOptions(CONSENT_TO_RECORD_LISTS, options);
    for (const match of options.tools) list.push({ match, caseSensitive: true, data: { kind: 'tool' } });
    return list;
  },
  check(context) {
    const { index } = context.note;
    const mentions: Mention[] = [];
    const bySentence = sentencesOf(context);
    for (const match of context.matches) {
      if (match.quoted && !context.options.checkQuotes) continue;
      const kind = kindOf(match);
      if (kind !== 'recording' && kind !== 'tool' && kind !== 'record') continue;
      const clause = clauseAround(context, match, bySentence);
      if (kind === 'record' ? isOwnRecording(context, match, clause) : isOwnMention(context, match, clause)) {
        mentions.push({ start: match.start, end: match.end, via: viaOf(match), paragraph: index.sentences[match.sentence]!.paragraph });
      }
    }
    const artefacts = context.options.artefacts === false ? [] : findTranscriptArtefacts(index.lines, transcriptListsFor(context.options.artefacts));
    for (const artefact of artefacts) {
      if (fromRecording(artefact)) mentions.push({ start: artefact.start, end: artefact.type === 'block' ? artefact.firstLineEnd : artefact.end, via: 'transcript' });
    }
    if (mentions.length === 0) return;
    mentions.sort((a, b) => a.start - b.start);

    const found = partsFound(context, mentions, artefacts);
    const missing = context.options.require.filter((part) => !found.has(part));
    if (missing.length === 0) return;
    const first = mentions[0]!;
    context.report({ start: first.start, end: first.end, message: messageFor(first.via, missing) });
  },
};

function kindOf(match: PhraseMatch): Kind {
  return (match.entry.data?.kind as Kind | undefined) ?? 'recording';
}

function viaOf(match: PhraseMatch): string {
  const kind = kindOf(match);
  if (kind === 'tool') return 'ai';
  return (match.entry.data?.via as string | undefined) ?? 'recording';
}

function messageFor(via: string, missing: readonly Part[]): string {
  const what =
    via === 'dictation'
      ? 'This note was dictated'
      : via === 'ai' || via === 'transcription'
        ? 'This note was drafted with a recording or AI note tool'
        : via === 'transcript'
          ? 'This note holds what is left of a recording or its transcript'
          : 'This note says the session was recorded';
  const words = missing.map((part) => (part === 'everyone' && via === 'dictation' ? `${PART_WORDS.everyone} (or that no one else was recorded)` : PART_WORDS[part]));
  return `${what}, but it does not record ${listWords(words)}. Recording needs the explicit consent of everyone recorded and of a manager: write who consented (for example "Ms Khan and Amir agreed to the visit being recorded"), which manager agreed, the equipment used and the reason for recording.`;
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Transcript leftovers that only a recording gives: speaker labels, time codes, "[inaudible]", a transcript or AI-note heading. */
function fromRecording(artefact: TranscriptArtefact): boolean {
  if (artefact.type === 'time') return true;
  if (artefact.type === 'mark') return RECORDING_MARKS.has(artefact.mark);
  return artefact.kinds.includes('speaker labels') || artefact.kinds.includes('time codes') || artefact.headings.some((heading) => RECORDING_HEADINGS.has(heading));
}

interface Clause {
  first: number;
  end: number;
  sentence: { firstUnit: number; endUnit: number };
  /** The rule's matches in the sentence. */
  matches: readonly PhraseMatch[];
}

/** The rule's matches by sentence, quoted ones included: a quoted "her phone" still makes a recording someone else's. */
function sentencesOf(context: RuleContext<Options>): Map<number, PhraseMatch[]> {
  const bySentence = new Map<number, PhraseMatch[]>();
  for (const match of context.matches) {
    const list = bySentence.get(match.sentence);
    if (list) list.push(match);
    else bySentence.set(match.sentence, [match]);
  }
  return bySentence;
}

function clauseAround(context: RuleContext<Options>, match: PhraseMatch, bySentence: ReadonlyMap<number, readonly PhraseMatch[]>): Clause {
  const { index } = context.note;
  const clause = punctuatedClauseOf(index, match.sentence, match.firstUnit, match.endUnit);
  return { first: clause.firstUnit, end: clause.endUnit, sentence: index.sentences[match.sentence]!, matches: bySentence.get(match.sentence) ?? [] };
}

/** A recording that took place: not negated, not a question, offer or plan, and nobody else's. */
function isCandidate(context: RuleContext<Options>, match: PhraseMatch, clause: Clause): boolean {
  const { index } = context.note;
  const { units } = index;
  const sentence = index.sentences[match.sentence]!;
  if (index.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) return false;
  if (negatedBefore(index, match.firstUnit, clause.first)) return false;
  // "Audio recording is not allowed at the centre", "the visit recording was never made"
  for (let k = match.endUnit; k < Math.min(clause.end, match.endUnit + 4); k++) {
    const key = units[k]!.key;
    if (NEGATIONS.has(key) || key.endsWith("n't")) return false;
    if (!PASSIVE_BE.has(key) && key !== 'has' && key !== 'have' && key !== 'had') break;
  }
  for (let k = clause.first; k < match.firstUnit; k++) if (NOT_DONE_BEFORE.has(units[k]!.key)) return false;
  return !clause.matches.some((other) => kindOf(other) === 'evidence');
}

function isOwnMention(context: RuleContext<Options>, match: PhraseMatch, clause: Clause): boolean {
  if (!isCandidate(context, match, clause)) return false;
  // The worker's own: said in the first person, of this note or session, or opening its clause.
  if (match.firstUnit === clause.first) return true;
  const { units } = context.note.index;
  let k = match.firstUnit - 1;
  while (k > clause.first && PASSIVE_BE.has(units[k]!.key)) k--;
  // The note's shorthand: "Visit audio recorded.", "Session was transcribed by the app."
  if (SELF_NOUNS.has(units[k]!.key)) return true;
  for (let k = clause.sentence.firstUnit; k < clause.sentence.endUnit; k++) {
    const key = units[k]!.key;
    if (FIRST_PERSON.has(key)) return true;
    if ((key === 'this' || key === 'the') && SELF_NOUNS.has(units[k + 1]?.key ?? '')) return true;
  }
  return false;
}

/**
 * "recorded" is a recording of the session when a device follows in its clause with only the session or
 * a person between ("I recorded the visit on my work phone"), or when someone agreed to the session
 * "being recorded"; and the worker, or no one named, recorded it.
 */
function isOwnRecording(context: RuleContext<Options>, match: PhraseMatch, clause: Clause): boolean {
  const { units } = context.note.index;
  // Where it was written down follows the verb closely: "recorded the visit in the case notes".
  const near = Math.min(clause.end, match.endUnit + 6);
  if (clause.matches.some((other) => kindOf(other) === 'written' && other.firstUnit >= match.endUnit && other.firstUnit < near)) return false;
  if (!isCandidate(context, match, clause)) return false;

  let recording = false;
  const device = clause.matches.find((other) => kindOf(other) === 'device' && other.firstUnit >= match.endUnit && other.endUnit <= clause.end);
  if (device) {
    recording = true;
    for (let k = match.endUnit; k < device.firstUnit; k++) if (!OBJECT_WORDS.has(units[k]!.key)) recording = false;
    // The device is what it was recorded on or with ("on my work phone", "recorded a video"), not
    // what a written record was about ("recording of the Teams meeting completed late").
    let k = device.firstUnit - 1;
    while (k >= match.endUnit && DEVICE_LEAD_INS.has(units[k]!.key)) k--;
    if (k >= match.endUnit && !DEVICE_PREPOSITIONS.has(units[k]!.key)) recording = false;
  }
  const previous = units[match.firstUnit - 1];
  if (!recording && (previous?.key === 'being' || previous?.key === 'be')) {
    // "agreed to the visit being recorded", "consented to being recorded"
    for (let k = match.firstUnit - 2; k >= Math.max(clause.first, match.firstUnit - 6); k--) {
      const key = units[k]!.key;
      if (AGREEING.has(key)) recording = true;
      if (!SESSION_WORDS.has(key) && !['the', 'to', 'this', 'our', 'my', 'being', 'be', 'for'].includes(key) && !AGREEING.has(key)) break;
    }
  }
  if (!recording) return false;

  let k = match.firstUnit - 1;
  while (k >= clause.first && SKIP_BEFORE_VERB.has(units[k]!.key)) k--;
  if (k < clause.first) return true;
  const key = units[k]!.key;
  // "I recorded", "was recorded", "agreed to record", and the note's shorthand "Visit recorded on my phone".
  return OWN_SUBJECTS.has(key) || PASSIVE_BE.has(key) || SESSION_WORDS.has(key) || key === 'to' || key === 'and';
}

function negatedBefore(index: TextIndex, first: number, lo: number): boolean {
  const { units } = index;
  for (let k = first - 1, seen = 0; k >= lo && seen < 6; k--, seen++) {
    const key = units[k]!.key;
    if (NEGATIONS.has(key) || key.endsWith("n't")) return true;
    if (!SKIP_TO_NEGATION.has(key)) return false;
  }
  return false;
}

/**
 * The parts the note records, read in the paragraphs that speak of the recording: those with a
 * mention in the worker's words, or with a word of recording at all ("Recording consent: ..."),
 * leaving out the transcript's own lines.
 */
function partsFound(context: RuleContext<Options>, mentions: readonly Mention[], artefacts: readonly TranscriptArtefact[]): Set<Part> {
  const { index, meta } = context.note;
  const found = new Set<Part>();
  if (MANAGER_ROLE.test(meta.author?.role ?? '')) found.add('manager');

  const paragraphs = new Set<number>();
  for (const mention of mentions) if (mention.paragraph !== undefined) paragraphs.add(mention.paragraph);
  for (const match of context.matches) {
    const kind = kindOf(match);
    if ((kind === 'record' || kind === 'recording' || kind === 'tool') && !match.quoted) paragraphs.add(index.sentences[match.sentence]!.paragraph);
  }
  const blocks = artefacts.filter((artefact) => artefact.type === 'block');
  const inTranscript = (offset: number) => spanAt(blocks, offset) !== undefined;

  const bySentence = new Map<number, PhraseMatch[]>();
  for (const match of context.matches) {
    if (match.quoted && !context.options.checkQuotes) continue;
    if (!paragraphs.has(index.sentences[match.sentence]!.paragraph) || inTranscript(match.start)) continue;
    const list = bySentence.get(match.sentence);
    if (list) list.push(match);
    else bySentence.set(match.sentence, [match]);
  }
  for (const [s, matches] of bySentence) {
    if (matches.some((match) => kindOf(match) === 'purpose')) found.add('purpose');
    if (matches.some((match) => kindOf(match) === 'everyone' && ONLY_ME.has(match.phrase))) found.add('everyone');
    for (const part of consentsIn(index, s, matches)) found.add(part);
  }
  return found;
}

/** Words after a consent noun that name who gave it: "the consent of", "permission from". */
const GIVER_LINKS = new Set(['of', 'from']);
const ONLY_ME = new Set(['only my voice', 'only my own voice', 'no one else', 'nobody else', 'only me']);

/**
 * Whose consent each consent word of a sentence records. Its subject comes before it, back to the
 * previous consent word: a manager there makes it a manager's ("my manager, Sam Patel, agreed"); anyone
 * else, or no one named, makes it the consent of the people recorded ("Ms Khan and Amir agreed",
 * "Consent was given"). "The consent of" or "permission from" names its giver after it. A negated
 * consent counts for no one.
 */
function consentsIn(index: TextIndex, s: number, matches: readonly PhraseMatch[]): Part[] {
  const { units } = index;
  const { firstUnit: lo, endUnit: hi } = index.sentences[s]!;
  const consents = matches.filter((match) => kindOf(match) === 'consent');
  const parts: Part[] = [];
  for (let i = 0; i < consents.length; i++) {
    const cue = consents[i]!;
    const from = i > 0 ? consents[i - 1]!.endUnit : lo;
    const to = i + 1 < consents.length ? consents[i + 1]!.firstUnit : hi;
    if (negatedBefore(index, cue.firstUnit, from)) continue;
    const between = (kind: Kind, first: number, end: number) => matches.some((match) => kindOf(match) === kind && match.firstUnit >= first && match.endUnit <= end);
    const giverAfter = GIVER_LINKS.has(units[cue.endUnit]?.key ?? '');
    const [first, end] = giverAfter ? [cue.endUnit, to] : [from, cue.firstUnit];
    if (between('manager', first, end)) {
      parts.push('manager');
      if (between('everyone', first, end)) parts.push('everyone');
    } else parts.push('everyone');
  }
  return parts;
}

export default consentToRecord;
