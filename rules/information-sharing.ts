/**
 * information-sharing: a record of sharing information that does not say what was shared, with
 * whom, for what purpose and how; and sharing without consent with no reason given.
 *
 * The standard ("Information sharing and consent"): "If information is shared, staff need to record
 * ... What information has been shared? With whom? For what purpose? How was the information
 * shared?", and "wherever information has been shared without express consent ... there are
 * specific, exceptional and justifiable reasons to do so".
 *
 * Who shares (the precision heuristic). Case notes are full of other people sharing and disclosing:
 * "she shared her worries with me", "Amir disclosed that...", "the school shared its concerns". Those
 * record what the worker was told, not a disclosure by the worker, and the four questions do not
 * apply. So a sharing verb counts only when the worker or the worker's agency is the sharer:
 *   - its subject, just before it (past "have", "also", "then"... skipped), is "I", "we", or a worker
 *     noun ("the social worker", "this writer", "the local authority", "children's services");
 *   - or it follows "and" in a clause whose subject is "I"/"we" ("I phoned the school and shared...");
 *   - or it is passive ("was shared", "has been passed on"), unless the information went to the
 *     worker ("was shared with me"), someone else did it ("was passed on by the school"), it is the
 *     impersonal "it was disclosed that..." (a child's or parent's disclosure), or it is planned
 *     ("will be shared").
 * Negated sharing ("I did not share", "was not shared") and plans are not records of sharing.
 *
 * Where the four parts are looked for: in the sharing sentence and the next sentence of the same
 * paragraph (a list item on its own line counts as a sentence), unless the next one records a
 * sharing of its own; one finding per sharing sentence. The cues come from the data-driven lists
 * of rules/data/information-sharing.ts (extendable with the `add` option). "With whom" is "with"/"to" followed by a recipient from the list, a capitalised
 * name, or "her/him/them"; "what" is also a "that..." clause after the verb.
 */
import * as z from 'zod';
import type { PhraseEntry, PhraseMatch, Rule, RuleContext, Unit } from '../src/types.js';
import { spanAtOrEndingAt } from '../src/parse/spans.js';
import { STANDARD } from '../src/standard.js';
import { normalisePhrase, variantsOf } from '../src/word-list.js';
import {
  FAMILY_RECIPIENTS,
  INFORMATION_SHARING_CUES,
  NOT_INFORMATION_OBJECTS,
  NOT_RECIPIENT_AFTER,
  OTHER_SUBJECTS,
  OWN_VIEWS,
  PASSIVE_AUXILIARIES,
  RECIPIENT_LEAD_INS,
  RECIPIENT_PRONOUNS,
  SHARING_KINDS,
  SKIP_BEFORE_VERB,
  WORKER_RECIPIENTS,
  WORKER_SUBJECTS,
} from './data/information-sharing.js';

type Kind = (typeof SHARING_KINDS)[number];

const phraseList = z.array(z.string().min(1)).default([]);

const options = z
  .object({
    /** Extra cue phrases by kind, e.g. { "how": ["via Egress Switch"], "whom": ["virtual school"] }. */
    add: z
      .object({
        share: phraseList,
        what: phraseList,
        whom: phraseList,
        purpose: phraseList,
        how: phraseList,
        noConsent: phraseList,
        reason: phraseList,
      })
      .partial()
      .strict()
      .default({}),
    /** Cue phrases to drop from the built-in lists (any kind). */
    remove: z.array(z.string().min(1)).default([]),
    /** Which of the four parts a record of sharing must give. */
    require: z.array(z.enum(['what', 'whom', 'purpose', 'how'])).default(['what', 'whom', 'purpose', 'how']),
    /** Also flag sharing without consent that gives no reason. */
    checkConsent: z.boolean().default(true),
  })
  .strict();

type Options = z.infer<typeof options>;
type Part = 'what' | 'whom' | 'purpose' | 'how';

const PART_WORDS: Record<Part, string> = {
  what: 'what was shared',
  whom: 'with whom',
  purpose: 'for what purpose',
  how: 'how (by secure email, phone, letter or at a meeting)',
};

const EXAMPLE = 'for example "I shared the child protection plan with Mrs Ahmed, head teacher, by secure email so that school can support the safety plan"';
const CONSENT_MESSAGE =
  'Information was shared without consent but no reason is recorded: write the specific, exceptional reason for sharing without consent (for example a risk of significant harm to the child), the lawful ground and who authorised it.';

const CAPITAL = /^\p{Lu}/u;
const MODALS = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'to', "won't", "wouldn't", "shouldn't", "can't", "couldn't"]);
const RECIPIENT_MARKERS = new Set(['with', 'to', 'cc', "cc'd"]);
/** The white space and marks before a list item on a new line: "\n- ", "\n2. ", "\n• ". */
const LIST_ITEM_GAP = /[\n\r][ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]/;
const CLAUSE_BREAK = /[\n\r;:\u2022]|\s[-\u2013\u2014]\s/;
const DESCRIBING = new Set(['what', 'whatever', 'how', 'why', 'whether', 'if']);
/** How-cues that are verbs taking the recipient as object: "I rang the school". */
const CONTACT_VERBS = new Set(['emailed', 'phoned', 'telephoned', 'rang', 'faxed']);

export const informationSharing: Rule<Options> = {
  meta: {
    id: 'information-sharing',
    name: 'Sharing of information recorded in full',
    description: 'A record of sharing information that does not say what was shared, with whom, for what purpose and how, or sharing without consent with no reason.',
    severity: 'warning',
    category: 'evidence',
    schema: options,
    reference: STANDARD.informationSharing,
  },
  phrases(options) {
    const removed = new Set(options.remove.map(normalisePhrase));
    const kept = removed.size === 0 ? [...INFORMATION_SHARING_CUES] : INFORMATION_SHARING_CUES.filter((entry) => !variantsOf(entry).some((v) => removed.has(normalisePhrase(v))));
    for (const kind of SHARING_KINDS) {
      for (const match of options.add[kind] ?? []) kept.push({ match, data: { kinds: [kind] } });
    }
    return kept;
  },
  check(context) {
    // Every finding is about a record of sharing (the consent finding too): without an unquoted
    // sharing verb there is nothing to read, and most notes have none.
    if (!context.matches.some((match) => !match.quoted && hasKind(match, 'share'))) return;
    const { units } = context.note.index;
    const segments = segmentsOf(context);
    const cues = indexCues(context.matches, segments);
    const sharing = new Map<number, PhraseMatch>();

    for (const match of cues.byKind.share) {
      const segment = segments.ofUnit[match.firstUnit]!;
      if (match.quoted || sharing.has(segment)) continue;
      // "---------- Forwarded message ---------" is a pasted email (summarise-emails), not a record of sharing.
      if (isEmailMarkerLine(context, match)) continue;
      if (!workerShares(context, segments.list[segment]!, match, cues)) continue;
      sharing.set(segment, match);
    }

    for (const [segment, match] of sharing) {
      // The next sentence (or list item) lends its parts, unless it records a sharing of its own.
      const scope = scopeOf(segments, segment).filter((s) => s === segment || !sharing.has(s));
      const found: Record<Part, boolean> = {
        what: hasKind(match, 'what') || cues.inScope('what', scope) || hasThatClause(units, segments.list[segment]!.end, match.endUnit),
        whom: hasRecipient(context, segments, cues, scope, match),
        purpose: cues.inScope('purpose', scope),
        how: hasKind(match, 'how') || cues.inScope('how', scope),
      };
      const missing = context.options.require.filter((part) => !found[part]);
      if (missing.length === 0) continue;
      context.report({
        start: match.start,
        end: match.end,
        message: `Record what was shared, with whom, for what purpose and how; this record of sharing does not say ${listWords(missing.map((part) => PART_WORDS[part]))}. Write it in full, ${EXAMPLE}.`,
      });
    }

    if (!context.options.checkConsent) return;
    const reportedConsent = new Set<number>();
    for (const cue of cues.byKind.noConsent) {
      if (cue.quoted || reportedConsent.has(cue.start)) continue;
      // The missing consent is about a sharing recorded in the same sentence or the next one.
      const at = segments.ofUnit[cue.firstUnit]!;
      const shared = scopeOf(segments, at).filter((s) => sharing.has(s));
      if (shared.length === 0) continue;
      const scope = new Set<number>(scopeOf(segments, at));
      if (at > 0 && segments.list[at - 1]!.paragraph === segments.list[at]!.paragraph) scope.add(at - 1);
      for (const s of shared) for (const t of scopeOf(segments, s)) scope.add(t);
      if (cues.inScope('reason', [...scope])) continue;
      reportedConsent.add(cue.start);
      context.report({ start: cue.start, end: cue.end, message: CONSENT_MESSAGE });
    }
  },
};

/**
 * The stretches a record of sharing is read in: sentences, cut again where a list item starts on a
 * new line (items without full stops are one sentence to the parser). Unit ranges, in text order.
 */
interface Segment {
  first: number;
  end: number;
  paragraph: number;
}

interface Segments {
  list: Segment[];
  /** Segment index of every unit. */
  ofUnit: Int32Array;
}

function segmentsOf(context: RuleContext<Options>): Segments {
  const { units, sentences, text, lines } = context.note.index;
  const list: Segment[] = [];
  const ofUnit = new Int32Array(units.length);
  // LIST_ITEM_GAP starts with a line break, so only a gap holding one is worth slicing and testing.
  // The line breaks are the stretches between lines; gaps come in text order, so `line` only moves
  // forward, to the first line whose break does not end before the gap.
  let line = 0;
  const hasLineBreak = (start: number, end: number) => {
    while (line < lines.length - 1 && lines[line + 1]!.start <= start) line++;
    return line < lines.length - 1 && lines[line]!.end < end;
  };
  for (const sentence of sentences) {
    let first = sentence.firstUnit;
    for (let k = sentence.firstUnit; k < sentence.endUnit; k++) {
      if (k > first && hasLineBreak(units[k - 1]!.end, units[k]!.start) && LIST_ITEM_GAP.test(text.slice(units[k - 1]!.end, units[k]!.start))) {
        list.push({ first, end: k, paragraph: sentence.paragraph });
        first = k;
      }
      ofUnit[k] = list.length;
    }
    if (sentence.endUnit > first) list.push({ first, end: sentence.endUnit, paragraph: sentence.paragraph });
  }
  return { list, ofUnit };
}

/** A segment and the next one when it is in the same paragraph. */
function scopeOf(segments: Segments, segment: number): number[] {
  const next = segments.list[segment + 1];
  return next && next.paragraph === segments.list[segment]!.paragraph ? [segment, segment + 1] : [segment];
}

interface CueIndex {
  byKind: Record<Kind, PhraseMatch[]>;
  /** First unit of every recipient cue. */
  whomStarts: Set<number>;
  /** Last unit (exclusive end) of every recipient cue. */
  whomEnds: Set<number>;
  /** First unit of every how cue ("by email"), so that "by" there is not read as "by <someone>". */
  howStarts: Set<number>;
  /** How-cues that take the recipient as object ("I rang the school"), by segment. */
  contactVerbs: Map<number, PhraseMatch[]>;
  inScope(kind: Kind, segments: readonly number[]): boolean;
}

function indexCues(matches: readonly PhraseMatch[], segments: Segments): CueIndex {
  const byKind = Object.fromEntries(SHARING_KINDS.map((kind) => [kind, [] as PhraseMatch[]])) as Record<Kind, PhraseMatch[]>;
  const segmentsByKind = Object.fromEntries(SHARING_KINDS.map((kind) => [kind, new Set<number>()])) as Record<Kind, Set<number>>;
  const whomStarts = new Set<number>();
  const whomEnds = new Set<number>();
  const howStarts = new Set<number>();
  const contactVerbs = new Map<number, PhraseMatch[]>();
  for (const match of matches) {
    const segment = segments.ofUnit[match.firstUnit]!;
    for (const kind of kindsOf(match.entry)) {
      byKind[kind].push(match);
      segmentsByKind[kind].add(segment);
      if (kind === 'whom') {
        whomStarts.add(match.firstUnit);
        whomEnds.add(match.endUnit);
      }
      if (kind === 'how') {
        howStarts.add(match.firstUnit);
        if (CONTACT_VERBS.has(match.phrase)) {
          const list = contactVerbs.get(segment);
          if (list) list.push(match);
          else contactVerbs.set(segment, [match]);
        }
      }
    }
  }
  return {
    byKind,
    whomStarts,
    whomEnds,
    howStarts,
    contactVerbs,
    inScope: (kind, list) => list.some((s) => segmentsByKind[kind].has(s)),
  };
}

function kindsOf(entry: PhraseEntry): readonly Kind[] {
  const kinds = entry.data?.kinds;
  return Array.isArray(kinds) ? (kinds as Kind[]) : [];
}

function hasKind(match: PhraseMatch, kind: Kind): boolean {
  return kindsOf(match.entry).includes(kind);
}

/** Is the worker (or the worker's agency) the one sharing? See the heuristic at the top of the file. */
function workerShares(context: RuleContext<Options>, segment: Segment, match: PhraseMatch, cues: CueIndex): boolean {
  const { units } = context.note.index;
  const first = segment.first;

  // "we shared a laugh", "they shared a bedroom"
  for (let k = match.endUnit; k < Math.min(match.endUnit + 3, segment.end); k++) {
    if (NOT_INFORMATION_OBJECTS.has(units[k]!.key)) return false;
  }
  if (ownViewsToFamily(units, match.endUnit, segment.end)) return false;

  let j = match.firstUnit - 1;
  while (j >= first && SKIP_BEFORE_VERB.has(units[j]!.key) && !clauseStartsAt(context, j + 1, first)) {
    if (isNegation(units[j]!.key)) return false;
    j--;
  }
  // Notes written without "I": "Shared the plan with school.", "Phoned Mrs Carter; forwarded the minutes."
  // "Passed to the assessment team" at the start of a clause is a duty handover, not a disclosure.
  if (clauseStartsAt(context, j + 1, first)) return match.phrase !== 'passed to' && match.phrase !== 'passed on';
  const key = units[j]!.key;
  if (isNegation(key)) return false;

  if (PASSIVE_AUXILIARIES.has(key)) {
    let m = j - 1;
    while (m >= first && (SKIP_BEFORE_VERB.has(units[m]!.key) || PASSIVE_AUXILIARIES.has(units[m]!.key))) {
      if (isNegation(units[m]!.key)) return false;
      m--;
    }
    if (m >= first) {
      const before = units[m]!.key;
      if (MODALS.has(before) || isNegation(before)) return false;
      // "it was disclosed that..." (someone's disclosure), "I explained what had been shared" (a description).
      if (before === 'it' || DESCRIBING.has(before)) return false;
    }
    return passiveSharerIsWorker(context, segment, match, cues);
  }
  if (WORKER_SUBJECTS.has(key)) return true;
  if (key === 'and') {
    for (let m = j - 1; m >= first; m--) {
      const word = units[m]!.key;
      if (WORKER_SUBJECTS.has(word)) return true;
      if (OTHER_SUBJECTS.has(word)) return false;
    }
  }
  return false;
}

/**
 * Does a clause start at unit `k`: the segment's first word, or the first after a line break, a
 * semicolon, a colon, a dash or a bullet? (Not after a comma: "Mum rang, shared her news".)
 */
function clauseStartsAt(context: RuleContext<Options>, k: number, segmentStart: number): boolean {
  if (k <= segmentStart) return true;
  const { units, text } = context.note.index;
  return CLAUSE_BREAK.test(text.slice(units[k - 1]!.end, units[k]!.start));
}

/** "I shared my worries with Mum", "we shared our concerns with the parents": a conversation with the family. */
function ownViewsToFamily(units: readonly Unit[], from: number, end: number): boolean {
  const owner = units[from]?.key;
  if (from + 1 >= end || (owner !== 'my' && owner !== 'our') || !OWN_VIEWS.has(units[from + 1]!.key)) return false;
  for (let k = from + 2; k < Math.min(from + 8, end); k++) {
    if (units[k]!.key !== 'with' && units[k]!.key !== 'to') continue;
    let m = k + 1;
    while (m < end && (RECIPIENT_LEAD_INS.has(units[m]!.key) || units[m]!.key.endsWith("'s")) && !FAMILY_RECIPIENTS.has(units[m]!.key)) m++;
    return m < end && FAMILY_RECIPIENTS.has(units[m]!.key);
  }
  return false;
}

/** "was shared with me" (told to the worker) and "was passed on by the school" (someone else shared). */
function passiveSharerIsWorker(context: RuleContext<Options>, segment: Segment, match: PhraseMatch, cues: CueIndex): boolean {
  const { units } = context.note.index;
  const end = segment.end;
  const howStarts = cues.howStarts;
  for (let k = match.endUnit; k < end; k++) {
    const key = units[k]!.key;
    if (RECIPIENT_MARKERS.has(key) && k + 1 < end && WORKER_RECIPIENTS.has(units[k + 1]!.key)) return false;
    if (key === 'by' && !howStarts.has(k) && !howStarts.has(k + 1)) {
      for (let m = k + 1; m < Math.min(k + 4, end); m++) {
        const word = units[m]!.key;
        if (WORKER_SUBJECTS.has(word) || WORKER_RECIPIENTS.has(word)) return true;
        if (!RECIPIENT_LEAD_INS.has(word) && word !== 'social' && word !== 'duty') return false;
      }
      return false;
    }
  }
  return true;
}

function isNegation(key: string): boolean {
  return key === 'not' || key === 'never' || key.endsWith("n't");
}

/** "I shared with the school that Amir has moved": a content clause says what was shared. */
function hasThatClause(units: readonly Unit[], segmentEnd: number, from: number): boolean {
  for (let k = from; k < Math.min(from + 8, segmentEnd); k++) if (units[k]!.key === 'that') return true;
  return false;
}

function hasRecipient(context: RuleContext<Options>, segments: Segments, cues: CueIndex, scope: readonly number[], match: PhraseMatch): boolean {
  const { units } = context.note.index;
  for (const s of scope) {
    const segment = segments.list[s]!;
    for (let k = segment.first; k < segment.end; k++) {
      if (RECIPIENT_MARKERS.has(units[k]!.key) && recipientAfter(units, cues, k + 1, segment.first, segment.end, true)) return true;
    }
  }
  // "I rang the school and shared...", "I emailed Mrs Ahmed the minutes"
  for (const s of scope) {
    const segment = segments.list[s]!;
    for (const cue of cues.contactVerbs.get(s) ?? []) {
      if (recipientAfter(units, cues, cue.endUnit, segment.first, segment.end, true)) return true;
    }
  }
  const segment = segments.list[segments.ofUnit[match.firstUnit]!]!;
  // "I forwarded the head teacher the minutes"
  if (recipientAfter(units, cues, match.endUnit, segment.first, segment.end, false)) return true;
  // "Ms Khan was given a copy", "The school was sent the minutes"
  let j = match.firstUnit - 1;
  while (j >= segment.first && (SKIP_BEFORE_VERB.has(units[j]!.key) || PASSIVE_AUXILIARIES.has(units[j]!.key))) j--;
  if (j < match.firstUnit - 1 && j >= segment.first) {
    if (cues.whomEnds.has(j + 1) || (j > segment.first && CAPITAL.test(units[j]!.text) && units[j]!.key !== 'i')) return true;
  }
  return false;
}

function recipientAfter(units: readonly Unit[], cues: CueIndex, from: number, segmentStart: number, segmentEnd: number, afterMarker: boolean): boolean {
  for (let k = from; k < Math.min(from + 4, segmentEnd); k++) {
    const unit = units[k]!;
    if (k > from && !unit.joined) return false;
    if (WORKER_RECIPIENTS.has(unit.key)) return false;
    if (cues.whomStarts.has(k)) return true;
    if (k > segmentStart && unit.key !== 'i' && CAPITAL.test(unit.text)) {
      const next = units[k + 1];
      return !(next && k + 1 < segmentEnd && NOT_RECIPIENT_AFTER.has(next.key));
    }
    if (afterMarker && k === from && RECIPIENT_PRONOUNS.has(unit.key)) return true;
    if (!RECIPIENT_LEAD_INS.has(unit.key)) return false;
  }
  return false;
}

function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export default informationSharing;

const EMAIL_MARKER_LINE = /^\s*-{2,}\s*(?:forwarded|original)\s+message\s*-{2,}\s*$/i;

function isEmailMarkerLine(context: RuleContext<Options>, match: PhraseMatch): boolean {
  const line = spanAtOrEndingAt(context.note.index.lines, match.start);
  return line !== undefined && EMAIL_MARKER_LINE.test(line.text);
}
