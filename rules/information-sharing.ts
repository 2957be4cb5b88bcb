/**
 * information-sharing: a record of sharing information that does not say what was shared, with
 * whom, for what purpose and how; and sharing without consent with no reason given.
 *
 * The standard ("Information sharing and consent"): "If information is shared, staff need to record
 * ... What information has been shared? With whom? For what purpose? How was the information
 * shared?", and "wherever information has been shared without express consent ... there are
 * specific, exceptional and justifiable reasons to do so".
 *
 * A record of sharing is a clause whose verb discloses information ("shared", "passed on", "sent",
 * "forwarded", "informed", "told", "notified", "updated", "made ... aware", "copied in", "a referral
 * was made") and whose sharer is the writer or the writer's service:
 *   - its subject is "I", "we" or a worker noun ("the social worker", "children's services"), directly
 *     or through "and" ("I phoned the school and shared..."), or the clause has no subject ("Shared
 *     the plan with school.", "Updated her on the plan.");
 *   - or it is passive with no other agent: "was shared with", "has been passed on", and the note
 *     style without the auxiliary, "Police informed.", "Information shared with school.".
 * Not records of sharing: someone else sharing or telling ("Mum informed school", "the school shared
 * its concerns with me", "was passed on by the school", "it was disclosed that..."), information
 * received ("was shared with me", "I was told"), plans and negations ("will be shared", "needs to be
 * told", "I did not share"), sending things that are not information ("sent him home", "a blank form",
 * "shared a bedroom"), pasting a received email into the record ("forwarded email from police below"),
 * and telling the family or the writer's own service: what a parent or carer is told about their own
 * child's services, and what a manager or colleague is told, is not a disclosure to a third party.
 * Verbs of telling ("told", "informed", "updated") take the recipient as object and, because most
 * telling in a note is talking to the family, count only with a recipient known to be another agency
 * or professional (a role, an agency, a professional title, or a name the note gives a role).
 * Who a name is comes from rules/lib/sharing-parties.ts.
 *
 * The four parts are read from the clause's own arguments first (the object or subject that says
 * what: "the report", "this", a "that" clause, "about..."; the recipient: "with the school", "told Dr
 * Malik", "Police informed"), then from cues in the sentence before it and the sentences after it in
 * the same paragraph, up to the next record of sharing. A record whose object points back ("I shared
 * this by telephone so that...") continues the record just before it, and the two are read as one.
 * A vague object ("information", "details") or recipient ("relevant agencies") does not answer the
 * question. On a call or at a meeting, telling the person the note's first paragraph names as the
 * other party was by that call or meeting.
 *
 * The cue lists are data (rules/data/information-sharing.ts), extendable with the `add` option.
 */
import * as z from 'zod';
import { type PhraseEntry, type PhraseMatch, type Rule, type RuleContext, type Unit, spanAtOrEndingAt, STANDARD, normalisePhrase, variantsOf } from '../src/rule-api.js';
import {
  ANAPHORIC_OBJECTS,
  CONTACT_NOTE_TYPES,
  CONTENT_MARKERS,
  CONTACT_VERBS,
  INFORMATION_SHARING_CUES,
  LEAD_INS,
  MODALS,
  NOT_CONTENT_STARTS,
  NOT_NAMES,
  NOT_INFORMATION_OBJECTS,
  NOT_TELLING_AFTER,
  NOT_TOPIC_AFTER_ON,
  OBJECT_STOPS,
  OTHER_SUBJECTS,
  PASSIVE_AUXILIARIES,
  RECIPIENT_PRONOUNS,
  SHARING_KINDS,
  SKIP_AFTER_VERB,
  SKIP_BEFORE_VERB,
  VAGUE_OBJECTS,
  WORKER_RECIPIENTS,
  WORKER_SUBJECTS,
  type Frame,
} from './data/information-sharing.js';
import { NoteParties, type PartyPhrase } from './lib/sharing-parties.js';

const STARTS_UPPER = /^\p{Lu}/u;

type Kind = (typeof SHARING_KINDS)[number];

const phraseList = z.array(z.string().min(1)).default([]);

const options = z
  .object({
    add: z
      .object({
        share: phraseList,
        what: phraseList,
        whom: phraseList,
        forum: phraseList,
        family: phraseList,
        internal: phraseList,
        purpose: phraseList,
        how: phraseList,
        noConsent: phraseList,
        reason: phraseList,
      })
      .partial()
      .strict()
      .default({}).describe('Extra cue phrases by kind, e.g. { "how": ["via Egress Switch"], "whom": ["virtual school"] }.'),
    remove: z.array(z.string().min(1)).default([]).describe('Cue phrases to drop from the built-in lists (any kind).'),
    require: z.array(z.enum(['what', 'whom', 'purpose', 'how'])).default(['what', 'whom', 'purpose', 'how']).describe('Which of the four parts a record of sharing must give.'),
    checkConsent: z.boolean().default(true).describe('Also flag sharing without consent that gives no reason.'),
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

/** The white space and marks before a list item on a new line: "\n- ", "\n2. ", "\n• ". */
const LIST_ITEM_GAP = /[\n\r][ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]/;
const CLAUSE_BREAK = /[\n\r;:\u2022]|\s[-\u2013\u2014]\s/;
const DESCRIBING = new Set(['what', 'whatever', 'how', 'why', 'whether', 'if']);
/** "shared that afternoon": "that" as a day or time, not the start of what was reported. */
const TIMES_AFTER_THAT = new Set(['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'time', 'same', 'date']);
const RECIPIENT_MARKERS = new Set(['with', 'to', 'cc', "cc'd"]);
/** Words after a participle that show a note-style passive ("Police informed by phone", "Information shared with school"). */
const REDUCED_PASSIVE_NEXT = new Set([
  'with', 'to', 'by', 'at', 'on', 'via', 'over', 'in', 'of', 'about', 'regarding', 'and', 'following', 'today', 'yesterday',
  'this', 'immediately', 'verbally', 'securely', 'during', 'as', 'so', 'because', 'for', 'through', 'straight', 'promptly',
  'also', 'too', 're',
]);
/** Words after a sharing verb that say the text is being put into the record, not sent anywhere. */
const INTO_THE_RECORD = new Set(['below', 'above', 'here']);
/** Words that end the clause of a sharing verb: a recipient after them belongs to another verb. */
const CLAUSE_END_WORDS = new Set(['that', 'because', 'which', 'who', 'so', 'but', 'while', 'whilst', 'when', 'although', 'where', 'if', 'until']);
/** Words after a recipient that open what was shared. */
const WHAT_AFTER_RECIPIENT = new Set(['that', 'about', 'regarding', 'concerning', 'what', 'how', 'why', 'whether', 're']);
/** Words after "to" that are a place or a pronoun, not a verb of purpose: "sent to hospital", "told to me". */
const NOT_INFINITIVES = new Set(['me', 'us', 'him', 'her', 'them', 'it', 'hospital', 'court', 'school', 'nursery', 'college', 'work', 'bed', 'home', 'prison', 'custody', 'date', 'whom', 'which', 'what', 'be']);
/** The part after the "@" of an email address: a domain label and a dot (anchored, so linear). */
const EMAIL_DOMAIN = /^[\p{L}\p{N}-]+\.[\p{L}\p{N}]/u;
/** Subjects that are a person: "he was passed to the duty team" moved a person, not information. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you']);
/** How many sentences after a record of sharing may still give its parts. */
const FOLLOWING_SENTENCES = 3;

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
      for (const match of (options.add as Partial<Record<Kind, string[]>>)[kind] ?? []) {
        kept.push({ match, data: kind === 'share' ? { kinds: [kind], frame: 'transfer' } : { kinds: [kind] } });
      }
    }
    return kept;
  },
  check(context) {
    // Every finding is about a record of sharing (the consent finding too): without an unquoted
    // sharing verb there is nothing to read, and most notes have none.
    // "She told me", "Mum informed us" (the commonest telling in a note) are ruled out before the note is read further.
    const { units } = context.note.index;
    const inSentence = (k: number, match: PhraseMatch) => (units[k]?.sentence === match.sentence ? units[k]!.key : '');
    const mayRecord = (match: PhraseMatch) =>
      !match.quoted && hasKind(match, 'share') && !WORKER_RECIPIENTS.has(inSentence(match.endUnit, match)) && !OTHER_SUBJECTS.has(inSentence(match.firstUnit - 1, match));
    if (!context.matches.some(mayRecord)) return;
    const reader = new SharingReader(context);
    const events = reader.events();

    for (const event of events) {
      if (event.continues) continue;
      const found = { ...event.found };
      for (const later of events) {
        if (later.continues !== event) continue;
        for (const part of Object.keys(found) as Part[]) found[part] ||= later.found[part];
      }
      const missing = context.options.require.filter((part) => !found[part]);
      if (missing.length === 0) continue;
      context.report({
        start: event.start,
        end: event.end,
        message: `Record what was shared, with whom, for what purpose and how; this record of sharing does not say ${listWords(missing.map((part) => PART_WORDS[part]))}. Write it in full, ${EXAMPLE}.`,
      });
    }

    if (context.options.checkConsent) reader.reportConsent(events);
  },
};

interface SharingEvent {
  /** The span reported: the verb. */
  start: number;
  end: number;
  segment: number;
  found: Record<Part, boolean>;
  recipients: PartyPhrase[];
  frame: Frame;
  /** What the clause's own object or subject says was shared. */
  objectKind: ObjectKind;
  /** The object points back ("this", "it"): it may continue the record of the sentence before. */
  anaphoric: boolean;
  /** The earlier record this one continues ("I told Dr Malik that... I shared this by phone so that..."). */
  continues?: SharingEvent;
}

type ObjectKind = 'specific' | 'vague' | 'anaphoric' | 'notInformation' | 'none';

interface Sharer {
  voice: 'active' | 'passive';
  /** Written without a subject: "Shared the plan with school.", "Passed to the duty team." */
  subjectless?: boolean;
  /** The passive subject's units, end exclusive. */
  subject?: [number, number];
}

/**
 * The stretches a record of sharing is read in: sentences, cut again where a list item starts on a
 * new line (items without full stops are one sentence to the parser). Unit ranges, in text order.
 */
interface Segment {
  first: number;
  end: number;
  paragraph: number;
}

class SharingReader {
  private readonly units: readonly Unit[];
  private readonly segments: Segment[] = [];
  /** Segment index of every unit. */
  private readonly segmentOf: Int32Array;
  private readonly byKind = Object.fromEntries(SHARING_KINDS.map((kind) => [kind, [] as PhraseMatch[]])) as Record<Kind, PhraseMatch[]>;
  private readonly segmentsWith = Object.fromEntries(SHARING_KINDS.map((kind) => [kind, new Set<number>()])) as Record<Kind, Set<number>>;
  /** First units of how cues, so that "by" there is not read as "by <someone>". */
  private readonly howStarts = new Set<number>();
  /** First units of what cues: "Chronology shared with..." opens with information, not a person. */
  private readonly whatStarts = new Set<number>();
  private readonly parties: NoteParties;

  constructor(private readonly context: RuleContext<Options>) {
    this.units = context.note.index.units;
    this.segmentOf = new Int32Array(this.units.length);
    this.readSegments();
    for (const match of context.matches) {
      const segment = this.segmentOf[match.firstUnit]!;
      for (const kind of kindsOf(match.entry)) {
        this.byKind[kind].push(match);
        if (!match.quoted) this.segmentsWith[kind].add(segment);
        if (kind === 'how') this.howStarts.add(match.firstUnit);
        if (kind === 'what') this.whatStarts.add(match.firstUnit);
      }
    }
    this.parties = new NoteParties(context.note.index, context.matches, context.note.meta);
  }

  /** The records of sharing, one a segment at most, with the parts each gives. */
  events(): SharingEvent[] {
    const events: SharingEvent[] = [];
    const taken = new Set<number>();
    for (const match of this.byKind.share) {
      const segment = this.segmentOf[match.firstUnit]!;
      if (match.quoted || taken.has(segment) || this.isPastedEmail(match)) continue;
      const event = this.read(match, segment);
      if (!event) continue;
      taken.add(segment);
      events.push(event);
    }
    for (const event of events) this.complete(event, taken);
    for (let i = 1; i < events.length; i++) {
      const event = events[i]!;
      const before = events[i - 1]!;
      const adjacent = before.segment === event.segment - 1 && this.segments[before.segment]!.paragraph === this.segments[event.segment]!.paragraph;
      if (adjacent && sameRecipients(before, event)) event.continues = before.continues ?? before;
    }
    return events;
  }

  reportConsent(events: readonly SharingEvent[]): void {
    const sharing = new Set(events.map((event) => event.segment));
    const reported = new Set<number>();
    for (const cue of this.byKind.noConsent) {
      if (cue.quoted || reported.has(cue.start)) continue;
      // The missing consent is about a sharing recorded in the same sentence or the next one.
      const at = this.segmentOf[cue.firstUnit]!;
      const shared = this.nextInParagraph(at).filter((s) => sharing.has(s));
      if (shared.length === 0) continue;
      const scope = new Set<number>(this.nextInParagraph(at));
      if (at > 0 && this.segments[at - 1]!.paragraph === this.segments[at]!.paragraph) scope.add(at - 1);
      for (const s of shared) for (const t of this.nextInParagraph(s)) scope.add(t);
      if ([...scope].some((s) => this.segmentsWith.reason.has(s))) continue;
      reported.add(cue.start);
      this.context.report({ start: cue.start, end: cue.end, message: CONSENT_MESSAGE });
    }
  }

  // -----------------------------------------------------------------------------------------------
  // One record of sharing

  private read(match: PhraseMatch, segmentIndex: number): SharingEvent | undefined {
    const { units } = this;
    const segment = this.segments[segmentIndex]!;
    const frame = (match.entry.data?.frame as Frame | undefined) ?? 'transfer';
    let verbFirst = match.firstUnit;
    const verbEnd = match.endUnit;
    if (frame === 'aware') {
      // "I made the school aware", "Police were made aware": "made" within a few words before.
      let made = -1;
      for (let k = match.firstUnit - 1; k >= Math.max(segment.first, match.firstUnit - 6); k--) {
        if (units[k]!.key === 'made') made = k;
        if (made >= 0 || OBJECT_STOPS.has(units[k]!.key)) break;
      }
      if (made < 0) return undefined;
      verbFirst = made;
    }
    const particles = match.entry.data?.particles as readonly string[] | undefined;
    if (particles && !this.followedBy(particles, verbEnd, Math.min(segment.end, verbEnd + 6))) return undefined;
    const next = units[verbEnd];
    if (next && verbEnd < segment.end && (frame === 'tell' || frame === 'aware') && NOT_TELLING_AFTER.has(next.key)) return undefined;
    if (next && verbEnd < segment.end && INTO_THE_RECORD.has(next.key)) return undefined;

    const sharer = this.sharerOf(match, verbFirst, segment);
    if (!sharer) return undefined;

    const recipients: PartyPhrase[] = [];
    let object: ObjectKind = 'none';
    let afterArguments = verbEnd;
    const tells = frame === 'tell' || frame === 'aware';
    if (match.entry.data?.voice === 'passive' || hasKind(match, 'what')) object = 'specific';

    if (sharer.voice === 'passive' && sharer.subject) {
      const [a, b] = sharer.subject;
      if (tells) {
        const party = this.parties.partyAt(a, b);
        if (!party) return undefined;
        recipients.push(party);
      } else {
        // "he", and a capitalised word the note does not otherwise know ("Leah disclosed to her teacher"), are people.
        const personLike = b - a === 1 && (PERSONAL_PRONOUNS.has(units[a]!.key) || (STARTS_UPPER.test(units[a]!.text) && !NOT_NAMES.has(units[a]!.key) && !this.whatStarts.has(a)));
        const party = this.parties.partyAt(a, b) ?? (personLike ? { first: a, end: b, party: 'unknown' as const, key: units[a]!.key } : undefined);
        if (party) {
          // "The GP was sent a copy of the plan": the subject received what follows the verb.
          // "Amir was sent home", "he was passed to the duty team": a person moved, not information.
          if (RECIPIENT_MARKERS.has(units[verbEnd - 1]!.key)) return undefined;
          const end = this.objectEnd(verbEnd, segment.end);
          const kind = hasKind(match, 'what') ? 'specific' : this.objectKind(verbEnd, end, segment.end);
          if (kind === 'none' || kind === 'notInformation') return undefined;
          recipients.push(party);
          object = kind;
          afterArguments = end;
        } else {
          object = this.objectKind(a, b, segment.end);
        }
      }
    } else if (frame === 'aware') {
      const party = this.parties.partyAt(verbFirst + 1, match.firstUnit);
      if (party) recipients.push(party);
    } else if (sharer.voice === 'active') {
      let k = verbEnd;
      while (k < segment.end && (SKIP_AFTER_VERB.has(units[k]!.key) || ((units[k]!.key === 'in' || units[k]!.key === 'into') && isCopying(match)))) k++;
      const first = this.recipientList(k, segment.end);
      if (first.length > 0) {
        recipients.push(...first);
        k = first[first.length - 1]!.end;
        if (!tells && object === 'none') object = this.objectKind(k, this.objectEnd(k, segment.end), segment.end);
      } else if (!tells) {
        const end = this.objectEnd(k, segment.end);
        if (object === 'none') object = this.objectKind(k, end, segment.end);
        // "Forwarded email from police below": a received message put into the record. With a recipient
        // after it ("the findings from our assessment with the school nurse") the source is part of what went.
        if (end < segment.end && units[end]!.key === 'from' && !this.recipientMarkerIn(end + 1, segment.end)) return undefined;
        k = end;
      } else {
        return undefined; // "I updated the chronology", "Updated 04/03": not telling anyone
      }
      afterArguments = k;
    }
    if (tells) {
      const content = this.contentAfter(afterArguments, segment.end);
      if (content === 'instruction' || content === 'ownPlan') return undefined;
      if (content === 'specific' && object === 'none') object = 'specific';
    }

    // Recipients after "with", "to", "cc" in the clause: "I sent the plan to the school". A telling
    // verb has its recipient as object ("told her to..." is an instruction, not a recipient).
    let marked = false;
    // "passed to the police": the phrase ends with the marker.
    const markerEnds = RECIPIENT_MARKERS.has(units[verbEnd - 1]!.key);
    for (let k = markerEnds && sharer.voice === 'passive' ? verbEnd - 1 : afterArguments; k < segment.end && (!tells || isCopying(match)); k++) {
      if (CLAUSE_END_WORDS.has(units[k]!.key)) break;
      if (!RECIPIENT_MARKERS.has(units[k]!.key) || k + 1 >= segment.end) continue;
      const party = this.parties.partyAt(k + 1, segment.end);
      if (!party) continue;
      recipients.push(party);
      marked = true;
      // "I shared with the school that Leah has moved", "passed on to the police what she had said"
      if (object === 'none' && party.end < segment.end && WHAT_AFTER_RECIPIENT.has(units[party.end]!.key)) object = 'specific';
    }

    if (recipients.some((party) => party.party === 'worker')) return undefined;
    // "her", "them": another agency only when the people named just before are all other agencies.
    const outside = recipients.filter((party) => party.party !== 'family' && party.party !== 'internal' && !(RECIPIENT_PRONOUNS.has(party.key) && party.party === 'unknown'));
    // "Passed to Gareth Price." at the start of a duty note's line is a handover unless it names another agency.
    const handover = sharer.voice === 'active' && sharer.subjectless && match.phrase.startsWith('passed');
    if ((tells || handover) && !outside.some((party) => party.party === 'professional' || party.party === 'vague')) return undefined;
    if (!tells && recipients.length > 0 && outside.length === 0) return undefined;
    if (object === 'notInformation') return undefined;
    // "Sent" and "emailed" record sending information only with somewhere it went and something that
    // went: "I emailed the head teacher to ask..." and "I sent the letter" are not records of sharing,
    // "Forwarded to the police." is (what went is the missing part).
    if (frame === 'document' && ((outside.length === 0 && !this.hasRecipientIn(segmentIndex)) || (object === 'none' && !marked))) return undefined;

    const reported = frame === 'aware' ? { start: units[verbFirst]!.start, end: match.end } : { start: match.start, end: match.end };
    return {
      ...reported,
      segment: segmentIndex,
      recipients: outside,
      frame,
      objectKind: object,
      anaphoric: object === 'anaphoric',
      found: {
        what: object === 'specific' || (object === 'anaphoric' && this.hasSentenceBefore(segmentIndex)),
        whom: outside.some((party) => party.party !== 'vague'),
        purpose: false,
        how: hasKind(match, 'how'),
      },
    };
  }

  /** The parts given around the record: the sentence before, its own, and the next ones of the paragraph. */
  private complete(event: SharingEvent, taken: ReadonlySet<number>): void {
    const { objectKind, frame } = event;
    const scope = this.scopeOf(event.segment, taken);
    const found = event.found;
    found.what ||= objectKind === 'vague' ? this.segmentsWith.what.has(event.segment) : scope.some((s) => this.segmentsWith.what.has(s));
    found.whom ||= scope.some((s) => this.hasRecipientIn(s));
    // Told to a conference or core group: for the meeting's purpose, at the meeting.
    const atMeeting = frame !== 'document' && event.recipients.some((party) => party.forum);
    found.purpose = atMeeting || scope.some((s) => this.segmentsWith.purpose.has(s)) || this.hasInfinitiveOfPurpose(event);
    found.how ||= atMeeting;
    found.how ||= scope.some((s) => this.segmentsWith.how.has(s) || this.hasEmailAddress(s)) || (frame !== 'document' && this.toTheOtherParty(event));
  }

  /** Who shared: the writer or the service (see the heuristic at the top of the file), or undefined. */
  private sharerOf(match: PhraseMatch, verbFirst: number, segment: Segment): Sharer | undefined {
    const { units } = this;
    const first = segment.first;
    if (match.entry.data?.voice === 'passive') {
      return this.passiveSharerIsWorker(match.endUnit, segment.end) ? { voice: 'passive' } : undefined;
    }

    let j = verbFirst - 1;
    while (j >= first && SKIP_BEFORE_VERB.has(units[j]!.key) && !this.clauseStartsAt(j + 1, first)) {
      if (isNegation(units[j]!.key)) return undefined;
      j--;
    }
    // Notes written without "I": "Shared the plan with school.", "Updated her on the plan."
    if (this.clauseStartsAt(j + 1, first)) {
      const next = units[match.endUnit];
      if (next && match.endUnit < segment.end && next.key === 'by' && !this.howStarts.has(match.endUnit) && !this.howStarts.has(match.endUnit + 1)) return undefined;
      return { voice: 'active', subjectless: true };
    }
    const key = units[j]!.key;
    if (isNegation(key)) return undefined;

    if (PASSIVE_AUXILIARIES.has(key)) {
      // "Concerns were shared that...", "it was disclosed that...": what someone reported, which the writer
      // received. A transfer's information is its subject, so a "that" clause after it is a report.
      if (match.entry.data?.frame !== 'tell' && this.reportClauseFollows(match.endUnit, segment.end)) return undefined;
      let m = j - 1;
      while (m >= first && (SKIP_BEFORE_VERB.has(units[m]!.key) || PASSIVE_AUXILIARIES.has(units[m]!.key))) {
        if (isNegation(units[m]!.key)) return undefined;
        m--;
      }
      if (m >= first) {
        const before = units[m]!.key;
        if (MODALS.has(before) || isNegation(before)) return undefined;
        // "it was disclosed that..." (someone's disclosure), "I explained what had been shared" (a description).
        if (before === 'it' && match.phrase === 'disclosed') return undefined;
        if (DESCRIBING.has(before)) return undefined;
        // "I was told", "we were informed": told to the writer.
        if (WORKER_RECIPIENTS.has(before)) return undefined;
      }
      if (!this.passiveSharerIsWorker(match.endUnit, segment.end)) return undefined;
      const subjectStart = this.phraseStartBefore(m, first);
      // "I asked whether the school had been told": a question, not a record.
      if (subjectStart > first && DESCRIBING.has(units[subjectStart - 1]!.key)) return undefined;
      return { voice: 'passive', subject: m >= first ? [subjectStart, m + 1] : undefined };
    }
    if (WORKER_SUBJECTS.has(key)) return { voice: 'active' };
    if (key === 'and') {
      for (let m = j - 1; m >= first; m--) {
        const word = units[m]!.key;
        if (WORKER_SUBJECTS.has(word)) return { voice: 'active' };
        if (OTHER_SUBJECTS.has(word)) return undefined;
      }
      return undefined;
    }
    // "Police informed.", "Information shared with school.": a participle after a subject at the start of the clause.
    const subjectStart = this.phraseStartBefore(j, first);
    if (!this.clauseStartsAt(subjectStart, first) || j - subjectStart >= 5) return undefined;
    for (let k = subjectStart; k <= j; k++) if (OTHER_SUBJECTS.has(units[k]!.key) || WORKER_RECIPIENTS.has(units[k]!.key)) return undefined;
    const after = verbFirst + 1 < segment.end ? units[verbFirst + 1] : undefined;
    const reduced = !after || !after.joined || REDUCED_PASSIVE_NEXT.has(after.key) || /^\d/.test(after.key);
    if (!reduced || !this.passiveSharerIsWorker(match.endUnit, segment.end)) return undefined;
    return { voice: 'passive', subject: [subjectStart, j + 1] };
  }

  /** "with", "to" or "cc" among the units from `from` to `end`. */
  private recipientMarkerIn(from: number, end: number): boolean {
    for (let k = from; k < end; k++) if (RECIPIENT_MARKERS.has(this.units[k]!.key)) return true;
    return false;
  }

  /** A "that" clause straight after the verb, and not "that afternoon" (a time). */
  private reportClauseFollows(from: number, end: number): boolean {
    const { units } = this;
    if (from >= end || units[from]!.key !== 'that') return false;
    return from + 1 >= end || !TIMES_AFTER_THAT.has(units[from + 1]!.key);
  }

  /** "was shared with me" (told to the worker) and "was passed on by the school" (someone else shared). */
  private passiveSharerIsWorker(from: number, end: number): boolean {
    const { units } = this;
    for (let k = from; k < end; k++) {
      const key = units[k]!.key;
      if (RECIPIENT_MARKERS.has(key) && k + 1 < end && WORKER_RECIPIENTS.has(units[k + 1]!.key)) return false;
      if (key === 'by' && !this.howStarts.has(k) && !this.howStarts.has(k + 1)) {
        for (let m = k + 1; m < Math.min(k + 4, end); m++) {
          const word = units[m]!.key;
          if (WORKER_SUBJECTS.has(word) || WORKER_RECIPIENTS.has(word)) return true;
          if (word !== 'the' && word !== 'my' && word !== 'our' && word !== 'social' && word !== 'duty') return false;
        }
        return false;
      }
    }
    return true;
  }

  /** The first unit of the noun phrase ending at unit `last`: back over words joined to it ("the outcome of the review"), to a stop word. */
  private phraseStartBefore(last: number, first: number): number {
    const { units } = this;
    let k = last;
    for (;;) {
      while (k > first && k > last - 8 && units[k]!.joined && !OBJECT_STOPS.has(units[k - 1]!.key) && !this.clauseStartsAt(k, first)) k--;
      if (k - 2 >= first && k > last - 8 && units[k - 1]!.key === 'of' && units[k]!.joined && units[k - 1]!.joined && !OBJECT_STOPS.has(units[k - 2]!.key)) k -= 2;
      else return k;
    }
  }

  /** A recipient and those listed with it: "Ms Price, Mr Dunn and Ms Patel (Greenfield Primary School)". */
  private recipientList(k: number, end: number): PartyPhrase[] {
    const list: PartyPhrase[] = [];
    let party = this.parties.partyAt(k, end);
    while (party) {
      list.push(party);
      let next = party.end;
      const gap = next < end ? this.context.note.index.text.slice(this.units[next - 1]!.end, this.units[next]!.start) : '';
      if (next < end && this.units[next]!.key === 'and') next++;
      else if (!/^\s*,\s*$/.test(gap)) break;
      if (next < end && this.units[next]!.key === 'and') next++;
      party = this.parties.partyAt(next, end);
    }
    return list;
  }

  /** Where the object noun phrase starting at k ends: at a stop word, punctuation or after seven words. */
  private objectEnd(k: number, end: number): number {
    const { units } = this;
    let e = k;
    if (k < end && OBJECT_STOPS.has(units[k]!.key) && !ANAPHORIC_OBJECTS.has(units[k]!.key)) return k;
    while (e < end && e < k + 7 && (e === k || units[e]!.joined) && (e === k || !OBJECT_STOPS.has(units[e]!.key))) {
      if (e > k && this.howStarts.has(e)) break;
      e++;
    }
    return e;
  }

  /** What the object says: specific information, a vague word, a word pointing back, something that is not information, or nothing. */
  private objectKind(k: number, e: number, end: number): ObjectKind {
    const { units } = this;
    if (e <= k) return CONTENT_MARKERS.has(units[k]?.key ?? '') && k < end && units[k]!.key !== 'on' ? 'specific' : 'none';
    const words = units.slice(k, e).map((unit) => unit.key);
    const head = words[words.length - 1]!;
    // "shared a laugh", "Shared care arrangements", "sent him home", "a blank form": the first word or the head.
    const firstWord = words.find((word) => !LEAD_INS.has(word)) ?? head;
    if (NOT_INFORMATION_OBJECTS.has(firstWord) || NOT_INFORMATION_OBJECTS.has(head)) return 'notInformation';
    const after = e < end ? units[e]!.key : '';
    const specified = after === 'of' || after === 'about' || after === 'regarding' || after === 'concerning' || after === 're' || after === 'relating' || after === 'that' || after === 'on';
    if (words.length === 1 && ANAPHORIC_OBJECTS.has(head)) return 'anaphoric';
    if (VAGUE_OBJECTS.has(head) || (words.length === 1 && VAGUE_OBJECTS.has(words[0]!))) {
      if (specified) return 'specific';
      return words[0] === 'this' || words[0] === 'these' || words[0] === 'the' || words[0] === 'that' ? 'anaphoric' : 'vague';
    }
    // "an email", "a text message": the means, not what was in it.
    if (this.howStarts.has(k) || this.howStarts.has(k + 1)) return specified ? 'specific' : 'none';
    return 'specific';
  }

  /** After a telling verb and its recipient: what was told, an instruction ("told the school to ring me"), the writer's own plan, or nothing. */
  private contentAfter(k: number, end: number): 'specific' | 'instruction' | 'ownPlan' | 'none' {
    const { units } = this;
    while (k < end && (units[k]!.key === 'also' || units[k]!.key === 'verbally')) k++;
    if (k >= end) return 'none';
    let key = units[k]!.key;
    if (key === 'to' && k + 1 < end && !this.parties.partyAt(k + 1, end)) return 'instruction';
    if (key === 'that' && k + 1 < end) {
      k++;
      key = units[k]!.key;
    } else if (key === 'on' && (k + 1 >= end || this.howStarts.has(k) || this.howStarts.has(k + 1) || NOT_TOPIC_AFTER_ON.has(units[k + 1]!.key) || /^\d/.test(units[k + 1]!.key))) {
      return 'none'; // "informed on Monday", "told on the phone", "updated on 3 May"
    } else if (key === 'on') {
      return 'specific';
    } else if (CONTENT_MARKERS.has(key)) {
      return 'specific';
    } else if (NOT_CONTENT_STARTS.has(key) || !units[k]!.joined && k > 0 && /[.!?]/.test(this.context.note.index.text.slice(units[k - 1]!.end, units[k]!.start))) {
      return 'none';
    }
    // "I told the head teacher I would ring back": the writer's own arrangement, not information.
    const then = k + 1 < end ? units[k + 1]!.key : '';
    if ((key === 'i' || key === 'we') && (then === 'would' || then === 'will' || then === 'am' || then === 'was' || then === 'had')) return 'ownPlan';
    return 'specific';
  }

  private followedBy(words: readonly string[], from: number, end: number): boolean {
    for (let k = from; k < end; k++) if (words.includes(this.units[k]!.key)) return true;
    return false;
  }

  /** "with the school", "to her", "I rang the school and...": a recipient after a marker or a contact verb in the segment. */
  private hasRecipientIn(segmentIndex: number): boolean {
    const segment = this.segments[segmentIndex]!;
    for (let k = segment.first; k < segment.end - 1; k++) {
      if (!RECIPIENT_MARKERS.has(this.units[k]!.key) && !CONTACT_VERBS.has(this.units[k]!.key)) continue;
      const party = this.parties.partyAt(k + 1, segment.end);
      if (party && party.party !== 'worker' && party.party !== 'vague' && party.party !== 'family') return true;
    }
    return false;
  }

  /** "passed to Mr Price to mention at Thursday's session": "to" and a verb after the sharing says why. */
  private hasInfinitiveOfPurpose(event: SharingEvent): boolean {
    const { units } = this;
    const segment = this.segments[event.segment]!;
    for (let k = segment.first; k < segment.end - 1; k++) {
      if (units[k]!.start < event.end || units[k]!.key !== 'to') continue;
      // After the recipient ("to Mr Price, the support worker, to mention..."), not after a verb ("having to sleep").
      const previous = units[k - 1]!;
      const afterComma = this.context.note.index.text.slice(previous.end, units[k]!.start).includes(',');
      if (!afterComma && !STARTS_UPPER.test(previous.text)) continue;
      const next = units[k + 1]!;
      if (!next.joined || !/^\p{Ll}/u.test(next.text) || NOT_INFINITIVES.has(next.key) || LEAD_INS.has(next.key) || this.parties.partyAt(k + 1, segment.end)) continue;
      return true;
    }
    return false;
  }

  /** "to DSL.Office@school.example.org": an email address is the means. */
  private hasEmailAddress(segmentIndex: number): boolean {
    const segment = this.segments[segmentIndex]!;
    const { text } = this.context.note.index;
    const start = this.units[segment.first]?.start ?? 0;
    const end = this.units[segment.end - 1]?.end ?? start;
    for (let at = text.indexOf('@', start); at >= 0 && at < end; at = text.indexOf('@', at + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && EMAIL_DOMAIN.test(text.slice(at + 1, Math.min(end, at + 256)))) return true;
    }
    return false;
  }

  /** On a call or at a meeting, what was told to the other party named in the note's first paragraph went by that call or meeting. */
  private toTheOtherParty(event: SharingEvent): boolean {
    if (!CONTACT_NOTE_TYPES.has(this.context.note.meta.type)) return false;
    const paragraph = this.context.note.index.paragraphs[0];
    if (!paragraph) return false;
    const first = this.context.note.index.sentences[paragraph.firstSentence]?.firstUnit ?? 0;
    const end = this.context.note.index.sentences[paragraph.endSentence - 1]?.endUnit ?? 0;
    if (this.segmentOf[first] === event.segment) return false;
    const keys = new Set(event.recipients.map((party) => party.key));
    for (let k = first; k < end; k++) if (keys.has(this.units[k]!.key)) return true;
    return false;
  }

  // -----------------------------------------------------------------------------------------------
  // Segments and scopes

  private readSegments(): void {
    const { units, sentences, text, lines } = this.context.note.index;
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
          this.segments.push({ first, end: k, paragraph: sentence.paragraph });
          first = k;
        }
        this.segmentOf[k] = this.segments.length;
      }
      if (sentence.endUnit > first) this.segments.push({ first, end: sentence.endUnit, paragraph: sentence.paragraph });
    }
  }

  /** The sentence before (unless it records a sharing of its own), this one, and the next ones of the paragraph up to the next record. */
  private scopeOf(segment: number, taken: ReadonlySet<number>): number[] {
    const paragraph = this.segments[segment]!.paragraph;
    const scope = [segment];
    if (segment > 0 && this.segments[segment - 1]!.paragraph === paragraph && !taken.has(segment - 1)) scope.unshift(segment - 1);
    for (let s = segment + 1; s <= segment + FOLLOWING_SENTENCES && s < this.segments.length; s++) {
      if (this.segments[s]!.paragraph !== paragraph || taken.has(s)) break;
      scope.push(s);
    }
    return scope;
  }

  /** A segment and the next one when it is in the same paragraph. */
  private nextInParagraph(segment: number): number[] {
    const next = this.segments[segment + 1];
    return next && next.paragraph === this.segments[segment]!.paragraph ? [segment, segment + 1] : [segment];
  }

  private hasSentenceBefore(segment: number): boolean {
    return segment > 0 && this.segments[segment - 1]!.paragraph === this.segments[segment]!.paragraph;
  }

  /**
   * Does a clause start at unit `k`: the segment's first word, or the first after a line break, a
   * semicolon, a colon, a dash or a bullet? (Not after a comma: "Mum rang, shared her news".)
   */
  private clauseStartsAt(k: number, segmentStart: number): boolean {
    if (k <= segmentStart) return true;
    const { units, text } = this.context.note.index;
    return CLAUSE_BREAK.test(text.slice(units[k - 1]!.end, units[k]!.start));
  }

  /**
   * "---------- Forwarded message ---------", a "Sent: 07 April 2026" header and a "> " quoted line are
   * a pasted email (summarise-emails), not the writer's record of sharing.
   */
  private isPastedEmail(match: PhraseMatch): boolean {
    const line = spanAtOrEndingAt(this.context.note.index.lines, match.start);
    if (!line) return false;
    if (EMAIL_MARKER_LINE.test(line.text) || QUOTED_LINE.test(line.text)) return true;
    const after = this.context.note.index.text.slice(match.end, match.end + 3);
    return /^\s*:/.test(after) && line.text.slice(0, match.start - line.start).trim().replace(/^[>*_\s]+/, '') === '';
  }
}

const EMAIL_MARKER_LINE = /^\s*-{2,}\s*(?:forwarded|original)\s+message\s*-{2,}\s*$/i;
const QUOTED_LINE = /^\s*>/;

function kindsOf(entry: PhraseEntry): readonly Kind[] {
  const kinds = entry.data?.kinds;
  return Array.isArray(kinds) ? (kinds as Kind[]) : [];
}

function hasKind(match: PhraseMatch, kind: Kind): boolean {
  return kindsOf(match.entry).includes(kind);
}

function isCopying(match: PhraseMatch): boolean {
  return match.phrase === 'copied' || match.phrase.startsWith('cc');
}

function isNegation(key: string): boolean {
  return key === 'not' || key === 'never' || key.endsWith("n't");
}

/**
 * A record in the next sentence continues an earlier one when its object points back and it names no
 * other recipient ("I told Dr Malik that... I shared this by telephone so that..."), or when it tells
 * the same recipient more ("PC Jones was informed at 17:05. I told her about the threat.").
 */
function sameRecipients(before: SharingEvent, later: SharingEvent): boolean {
  const keys = new Set(before.recipients.map((party) => party.key));
  const same = later.recipients.length > 0 && later.recipients.every((party) => keys.has(party.key) || RECIPIENT_PRONOUNS.has(party.key));
  return same || (later.anaphoric && later.recipients.length === 0);
}

function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export default informationSharing;
