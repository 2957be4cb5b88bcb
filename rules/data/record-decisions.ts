import type { PhraseEntry } from '../../src/types.js';

/**
 * Word lists of record-decisions, as data. Every entry carries `data.kind`; the rule reads it back from
 * the shared matcher's matches (an entry a team adds with `add` is a decision).
 *
 *   decision    a decision, direction or authorisation ("case to close", "no further action", "step down
 *               to early help", "proceed to an initial child protection conference", "not to share")
 *   decider     who can make or endorse a decision: a manager ("Team Manager", "TM", "my manager"), a
 *               meeting of agencies ("strategy discussion", "core group") or agencies together ("jointly")
 *   reason      why ("because", "due to", "rationale", "no evidence", "concerns have been addressed")
 *   otherMaker  a decision that is not the service's to record with a reason: a court's (its order names
 *               it; `court: true`, anywhere in the sentence) or another agency's alone ("the police will
 *               take no further action")
 *   history     a time before the note ("previously", "in the past", "last year")
 *   notDecisionAfter  what makes a decision phrase a proposal: "to be discussed", "for consideration"
 *
 * A decision entry may say in `data`:
 *   topic    close | nfa | step | proceed | share | tell | remove | return | plan: what it decides
 *   weak     a decision only when the sentence says it was decided (agreed, decided, authorised...) or
 *            stands under a "Decision:" or "Outcome:" heading ("has not told Mum" is otherwise a fact)
 *   past     written in the simple past ("closed the case", "proceeded to"): a decision when it opens its
 *            clause, follows "have", or the sentence says now or today; otherwise a report of history
 *   alone    a decision only as a whole sentence or heading ("Close.", "Outcome: closed")
 *   service  needs a service level after it ("step down to early help", not "Dad stepped up")
 */
type Kind = 'decision' | 'decider' | 'reason' | 'otherMaker' | 'history' | 'notDecisionAfter';
type Topic = 'close' | 'nfa' | 'step' | 'proceed' | 'share' | 'tell' | 'remove' | 'return' | 'plan';

interface DecisionFlags {
  weak?: boolean;
  past?: boolean;
  alone?: boolean;
  service?: boolean;
}

const entries = (kind: Kind, phrases: readonly string[], extra: Partial<PhraseEntry> = {}): PhraseEntry[] =>
  phrases.map((match) => ({ match, ...extra, data: { kind } }));

/** Nouns after a decision phrase that make it the name of a thing: "step-down meeting", "closure summary". */
const NAMES_A_THING: readonly string[] = ['meeting', 'meetings', 'form', 'forms', 'process', 'panel', 'summary', 'letter', 'report', 'visit', 'review', 'paperwork', 'template', 'checklist', 'date', 'record'];

const decisions = (topic: Topic, phrases: readonly string[], flags: DecisionFlags = {}, extra: Partial<PhraseEntry> = {}): PhraseEntry[] =>
  phrases.map((match) => ({ match, ...extra, data: { kind: 'decision', topic, exceptBefore: NAMES_A_THING, ...flags } }));

const CASE = '(case|referral|contact|file|involvement)';
const SERVICES = "(children's social care|social care|csc|children's services|early help|the service|the team|the duty team|the department)";
const TARGET =
  '[a|an|the] (icpc|rcpc|initial child protection conference|child protection conference|initial conference|review conference|conference|section 47 enquiry|section 47 enquiries|section 47|s47|strategy discussion|strategy meeting|child and family assessment|single assessment|social work assessment|assessment|legal planning meeting|legal gateway meeting|legal gateway panel|legal gateway|public law outline|plo|pre-proceedings|care proceedings)';
const CONFERENCE = '(icpc|rcpc|initial child protection conference|child protection conference|initial conference|review conference|strategy discussion|strategy meeting|legal planning meeting)';
const ASSESSMENT = '(social work|child and family|single|social care|statutory) assessment';
const S47 = '(section 47|s47)';
const PLAN = '(child protection|cp|child in need|cin) plan';
const CARE = "(care|home|family home|mother's care|father's care|parents' care|mum's care|dad's care|mother|father|parents|family)";

export const DECISION_PHRASES: readonly PhraseEntry[] = [
  // Closing the case, and no further action.
  ...decisions('close', [
    `${CASE} [is] [now] to [now] (close|be closed)`,
    `${CASE} (will|can|shall) [now] (close|be closed)`,
    `${CASE} [is] [now] closing`,
    `${CASE} closure`,
    `closure of (the|this) ${CASE}`,
    'for closure',
    `closure to ${SERVICES}`,
    `(close|closing) (the|this) ${CASE}`,
    'close case',
    'close file',
    `close to ${SERVICES}`,
  ]),
  ...decisions('close', [`${CASE} [is] [now] closed`, `closed (the|this) ${CASE}`, `closed to ${SERVICES}`], { past: true }),
  ...decisions('close', ['close', 'closed', 'closure'], { alone: true }),
  ...decisions('nfa', ['no further action', "no further (social care|children's social care|csc|local authority) (involvement|action)", 'no further involvement']),
  ...decisions('nfa', ['NFA'], {}, { caseSensitive: true }),

  // Stepping a case down or up between levels of service.
  ...decisions('step', ['step (down|up)', 'stepping (down|up)', 'stepdown', 'stepup'], { service: true }),
  ...decisions('step', ['stepped (down|up)'], { service: true, past: true }),
  ...decisions('step', ['(transfer|move) to (early help|universal services|the early help team|a child in need plan|child in need)']),
  ...decisions('step', ['(transferred|moved) to (early help|universal services|the early help team|a child in need plan|child in need)'], { past: true }),

  // Moving on to a conference, an enquiry or an assessment.
  ...decisions('proceed', [
    `(proceed|proceeds|proceeding|progress|progressing|escalate|escalating) to ${TARGET}`,
    `convene [a|an] ${CONFERENCE}`,
    `${CONFERENCE} to be (convened|arranged|held|requested)`,
    `(request|requesting) [a|an] ${CONFERENCE}`,
    `${S47} [enquiry|enquiries|investigation] (to|will) [be] (start|begin|commence|started|initiated|undertaken|carried out|held|progressed)`,
    `(start|starting|initiate|initiating|commence|commencing|open|opening) [a|an|the] ${S47} [enquiry|enquiries|investigation]`,
    `[a|an] ${ASSESSMENT} (to|will) [be] (start|begin|commence|started|opened|undertaken|initiated)`,
    `(open|opening|start|starting|begin|commence|initiate) [a|an] ${ASSESSMENT}`,
  ]),
  ...decisions('proceed', [`(proceeded|progressed|escalated) to ${TARGET}`, `(requested|convened) [a|an] ${CONFERENCE}`, `(started|initiated|commenced|opened) [a|an|the] ${S47} [enquiry|enquiries|investigation]`], {
    past: true,
  }),

  // Not sharing information, and delays in telling people.
  ...decisions('share', [
    'decision (to|not to) (share|disclose|withhold)',
    'not to (share|disclose)',
    '(will|should|must|is|are|to|can) not [be] (shared|disclosed)',
    'not to be (shared|disclosed)',
    'do not (share|disclose)',
    '(withhold|withholding) (the|this|her|his|their) (information|address|details|location|report|assessment)',
    'share [this|it|the information|information] without [her|his|their|parental|the family\'s] consent',
  ]),
  ...decisions('tell', [
    'decision (to|not to) (tell|inform|notify)',
    'not to (tell|inform|notify)',
    'do not (tell|inform)',
    '(delay|delaying|defer|deferring|postpone|postponing) (telling|informing|notifying)',
    'not [to] [be] (told|informed) (yet|until)',
    'not yet [been] (told|informed)',
  ]),
  ...decisions('tell', ['(has|have|had) not [yet] (told|informed)'], { weak: true }),

  // Removing a child, accommodating, returning home.
  ...decisions('remove', [
    `(to be|will be|be) removed from [the|{possessive}] ${CARE}`,
    'removal of [the] (child|children|baby|{person})',
    `(remove|removing) {object} from [the|{possessive}] ${CARE}`,
    '(to be|will be|be) (accommodated|taken into care)',
    '(to be|will be|be) placed (in foster care|with foster carers|in local authority care|in residential care)',
    '(accommodate|accommodating) (him|her|them|the child|the children) under section 20',
  ]),
  ...decisions('remove', ['section 20 accommodation', 'accommodated under section 20'], { weak: true }),
  ...decisions('return', [
    '(return|returning) to the care of',
    "(return|returning) to {possessive} (mother's|father's|parents'|mum's|dad's|grandmother's|grandfather's|grandparents'|family's|carers') care",
    'rehabilitation home',
    'reunification',
  ]),
  ...decisions('return', ['(to|will) return (home|to live with)'], { weak: true }),

  // Changing the plan (a plan that continues, or a child who stays on one, is not a change).
  ...decisions('plan', [
    `${PLAN} (to|will|can) [now] [be] (end|ended|cease|ceased|close|closed|discontinued|removed|stepped down)`,
    `(end|ending|cease|ceasing|discontinue|discontinuing|remove) (the|{possessive}) ${PLAN}`,
    `(to become|will become|be made|to be made|will be made) subject to [a|the] ${PLAN}`,
  ]),
  ...decisions('plan', [`no longer (needs|requires|need|require) [a|the] ${PLAN}`, '(change|changes|amend|amendments) to the (plan|child protection plan|child in need plan|care plan)'], { weak: true }),
];

/** A meeting of agencies or a supervision; a note that opens with one is that meeting's record. */
const forums = (phrases: readonly string[]): PhraseEntry[] => phrases.map((match) => ({ match, data: { kind: 'decider', forum: true } }));

/** Managers, meetings of agencies, and agencies deciding together. */
export const DECIDER_CUES: readonly PhraseEntry[] = [
  ...entries('decider', [
    'manager',
    'managers',
    'team manager',
    'my manager',
    'line manager',
    'service manager',
    'assistant team manager',
    'deputy team manager',
    'duty manager',
    'group manager',
    'senior manager',
    'mash manager',
    'head of service',
    'assistant director',
    'director',
    'practice supervisor',
    'senior practitioner',
    'advanced practitioner',
    'consultant social worker',
    'principal social worker',
    'independent reviewing officer',
    'conference chair',
    'child protection chair',
    'chair',
    'management',
    'management oversight',
    'caldicott guardian',
    'information governance',
  ]),
  ...forums([
    'strategy discussion',
    'strategy meeting',
    'child protection conference',
    'initial child protection conference',
    'review child protection conference',
    'review conference',
    'conference',
    'core group',
    'core group meeting',
    'child in need review',
    'review meeting',
    'looked after review',
    'panel',
    'legal planning meeting',
    'legal gateway',
    'legal gateway meeting',
    'professionals meeting',
    "professionals' meeting",
    'network meeting',
    'multi agency safeguarding hub',
    'meeting',
    'supervision',
    'family group conference',
  ]),
  ...entries('decider', [
    'jointly',
    'joint decision',
    'joint agreement',
    'multi-agency',
    'all agencies',
    'both agencies',
    'partner agencies',
    'partners',
    'professionals',
    "police and (children's social care|social care|csc|children's services|the local authority)",
    "(children's social care|social care|csc|children's services|the local authority) and [the] police",
  ]),
  ...entries('decider', ['TM', 'ATM', 'DTM', 'SM', 'HoS', 'HOS', 'IRO', 'MASH'], { caseSensitive: true }),
  ...['ICPC', 'RCPC', 'CIN review', 'LAC review'].map((match) => ({ match, caseSensitive: true, data: { kind: 'decider', forum: true } })),
];

export const REASON_CUES: readonly PhraseEntry[] = entries('reason', [
  'because',
  'due to',
  'owing to',
  'as a result',
  'given that',
  'given the',
  'given her',
  'given his',
  'given their',
  'in view of',
  'in light of',
  'on the basis',
  'on the grounds',
  'so that',
  'so as to',
  'in order to',
  'reason',
  'reasons',
  'reasoning',
  'rationale',
  'basis',
  'therefore',
  'consequently',
  'hence',
  'which means',
  'meaning that',
  'no evidence',
  'not enough evidence',
  'insufficient evidence',
  'no further concerns',
  'have been addressed',
  'has been addressed',
  'are addressed',
  'concerns addressed',
  'has been resolved',
  'have been resolved',
  'resolved',
  'threshold',
  'no longer',
  'needs are met',
  'needs met',
  'needs can be met',
  'being met',
  'significant harm',
  'at risk',
  'risk of harm',
  'risk has reduced',
  'risks have reduced',
  'risk reduced',
  'reduced risk',
  'outcomes achieved',
  'outcomes met',
  'achieved',
  'progress',
  'improved',
  'improvement',
  'improvements',
  'sustained',
  'to protect',
  'to safeguard',
  'to keep',
  'to prevent',
  'to ensure',
  'to make sure',
  'to avoid',
  'best interests',
  'best interest',
  'at the request of',
  'at her request',
  'at his request',
  'at their request',
  'has moved',
  'have moved',
  'moved out of the area',
  'left the area',
  'declined',
  'refused',
  'withdrew consent',
  'did not consent',
  'does not consent',
]);

/** Courts and their orders: a decision in a sentence that names one is the court's, or follows from its order. */
export const COURT_CUES: readonly PhraseEntry[] = [
  'court',
  'the court',
  'family court',
  'judge',
  'district judge',
  'magistrates',
  'magistrate',
  'justices',
  'tribunal',
  'the hearing',
  'care order',
  'interim care order',
  'supervision order',
  'placement order',
  'emergency protection order',
  'child arrangements order',
  'non-molestation order',
  'prohibited steps order',
  'court order',
  'order of the court',
].map((match) => ({ match, data: { kind: 'otherMaker', court: true } }));

export const OTHER_MAKER_CUES: readonly PhraseEntry[] = entries('otherMaker', [
  'health',
  'health visitor',
  'health visiting',
  'school nurse',
  'nursery',
  'camhs',
  'youth justice',
  'youth offending team',
  'gp',
  'ambulance',
  'police',
  'the police',
  'cps',
  'crown prosecution service',
  'police protection',
  'home office',
  'school',
  'the school',
  'hospital',
  'the gp',
  'probation',
  'housing',
]);

export const HISTORY_CUES: readonly PhraseEntry[] = entries('history', [
  'previous',
  'previously',
  'historic',
  'historical',
  'historically',
  'formerly',
  'ago',
  'in the past',
  'last year',
  'at that time',
  'back in',
  'our records',
  'the records',
  'records show',
  'known to',
]);

export const NOT_DECISION_AFTER_CUES: readonly PhraseEntry[] = entries('notDecisionAfter', [
  'to be discussed',
  'to be considered',
  'to be agreed',
  'to be decided',
  'for consideration',
  'for discussion',
  'for decision',
  'being considered',
  'is being considered',
  'was considered',
  'was discussed',
  'will be discussed',
  'will be considered',
  'an option',
  'was raised',
  'subject to',
  'depending on',
  'as long as',
]);

export const RECORD_DECISIONS_LISTS: readonly PhraseEntry[] = [
  ...DECISION_PHRASES,
  ...DECIDER_CUES,
  ...REASON_CUES,
  ...COURT_CUES,
  ...OTHER_MAKER_CUES,
  ...HISTORY_CUES,
  ...NOT_DECISION_AFTER_CUES,
];

// Single words the rule reads around a decision phrase, as lower-case unit keys.

/** Verbs that say someone made or endorsed a decision: their subject or agent is who decided. */
export const DECIDER_VERBS: ReadonlySet<string> = new Set([
  'agreed',
  'agrees',
  'decided',
  'decides',
  'authorised',
  'authorized',
  'authorises',
  'approved',
  'approves',
  'endorsed',
  'endorses',
  'directed',
  'directs',
  'instructed',
  'ratified',
  'sanctioned',
  'confirmed',
  'confirms',
  'discussed',
]);

/**
 * Present forms of the deciding verbs: "I agree with the plan to step down" decides, but after "to",
 * "will" or a modal ("I will agree closure with my manager") they are a plan.
 */
export const DECIDER_BASE_VERBS: ReadonlySet<string> = new Set(['agree', 'decide', 'approve', 'authorise', 'authorize', 'endorse', 'direct', 'confirm']);

/** Words before a present deciding verb that make it a plan: "to agree", "will decide". */
export const PLAN_BEFORE_VERB: ReadonlySet<string> = new Set(['to', 'will', "'ll", 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall']);

/** Nouns that name a decision: "Decision with Sam Patel", "the decision of the conference", "my decision". */
export const DECISION_NOUNS: ReadonlySet<string> = new Set([
  'decision',
  'decisions',
  'direction',
  'authorisation',
  'authorization',
  'approval',
  'agreement',
  'endorsement',
  'outcome',
]);

/** Words before a decision phrase that make it a question, a proposal or a plan, not a decision. */
export const NOT_DECISION_BEFORE: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'unless',
  'recommend',
  'recommends',
  'recommended',
  'recommending',
  'recommendation',
  'recommendations',
  'propose',
  'proposed',
  'proposes',
  'proposing',
  'proposal',
  'suggest',
  'suggested',
  'suggests',
  'suggesting',
  'suggestion',
  'consider',
  'considered',
  'considering',
  'consideration',
  'discuss',
  'discussing',
  'ask',
  'asks',
  'asked',
  'asking',
  'request',
  'requests',
  'requested',
  'requesting',
  'seek',
  'seeking',
  'sought',
  'explore',
  'exploring',
  'want',
  'wants',
  'wanted',
  'wish',
  'wishes',
  'prefer',
  'prefers',
  'hope',
  'hopes',
  'hoping',
  'aim',
  'aims',
  'intend',
  'intends',
  'pending',
  'awaiting',
  'await',
  'once',
  'until',
  'since',
  'after',
  'before',
  'when',
  'while',
  'whilst',
  'deciding',
  'need',
  'needs',
  'option',
  'options',
  'possibility',
  'plan',
  'plans',
  'planned',
  'planning',
  'intention',
  'promised',
  'promise',
  'worried',
  'worries',
  'worry',
  'fears',
  'feared',
  'afraid',
  'scared',
  'frightened',
  'concerned',
  'anxious',
  'thinks',
  'thought',
  'believes',
  'believed',
  'feels',
  'felt',
  'expects',
  'expected',
  'assumed',
  'assumes',
  'threatened',
]);

/** Modal words that make a decision phrase a proposal unless the sentence says it was decided ("agreed that the case could close"). */
export const MODAL_BEFORE: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would', 'should', 'ought', 'possibly', 'possible', 'potentially', 'potential', 'likely', 'unlikely', 'perhaps', 'maybe']);

/** Words after a decision phrase, in its clause, that make it conditional. */
export const CONDITIONAL_AFTER: ReadonlySet<string> = new Set(['if', 'unless', 'once', 'pending', 'provided', 'providing', 'whether', 'until']);

/** Negations just before a decision phrase: "will not close", "did not proceed to conference". */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'nor',
  'against',
  'without',
  "don't",
  "didn't",
  "won't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "can't",
  'cannot',
  "shouldn't",
  "wouldn't",
  "couldn't",
  "haven't",
  "hasn't",
  "hadn't",
  "doesn't",
]);

/** Words that can stand between a negation and the phrase: "will not now be", "not yet". */
export const SKIP_TO_NEGATION: ReadonlySet<string> = new Set(['be', 'been', 'to', 'yet', 'now', 'then', 'also', 'the', 'this', 'a', 'an', 'will', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'do', 'does', 'did']);

/** Verbs that report a decision made elsewhere: "I told Ms Khan that the case will close". */
export const REPORTED_BEFORE: ReadonlySet<string> = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'explained',
  'explain',
  'explaining',
  'informed',
  'inform',
  'informing',
  'advised',
  'advise',
  'reminded',
  'remind',
  'updated',
  'said',
  'says',
  'wrote',
  'letter',
  'aware',
  'knows',
  'understands',
  'understood',
]);

/** Forms of "be" and "have" before a phrase that make it a past event: "was stepped down", "had been closed". */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had']);

/** Words that make a simple past decision ("closed the case") today's. */
export const NOW_WORDS: ReadonlySet<string> = new Set(['now', 'today', 'tonight', 'this']);

/** Words before a past form that keep it today's decision: "I have closed the case". */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', "i've", "we've", 'having']);

/** Words that may open a clause before a past form and still leave it a heading-like record: "Case closed", "The referral closed". */
export const PAST_FORM_OPENERS: ReadonlySet<string> = new Set(['the', 'this', 'case', 'referral', 'contact', 'file', 'involvement', 'i', 'we', 'now', 'then', 'so', 'and']);

/** Months, so that a past form dated in the sentence reads as history: "closed in May". */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** First words of a service level after "step down"/"step up" (see SERVICE_LEVELS). */
export const SERVICE_LEVELS: readonly (readonly string[])[] = [
  ['early', 'help'],
  ['eh'],
  ['universal'],
  ['targeted'],
  ['child', 'in', 'need'],
  ['cin'],
  ['child', 'protection'],
  ['cp'],
  ['social', 'care'],
  ["children's", 'social', 'care'],
  ["children's", 'services'],
  ['csc'],
  ['statutory'],
  ['section', '17'],
  ['family', 'support'],
  ['team', 'around', 'the', 'family'],
  ['taf'],
  ['level'],
  ['tier'],
  ['locality'],
  ['early', 'intervention'],
  ['family', 'hub'],
  ['pre-proceedings'],
  ['plo'],
  ['edge', 'of', 'care'],
  ['single', 'agency'],
  ['lead', 'professional'],
];

/** Words that may stand between "step down to" and the service level: "to a child in need plan". */
export const SERVICE_LEAD_INS: ReadonlySet<string> = new Set(['to', 'from', 'into', 'for', 'a', 'an', 'the', 'their', 'her', 'his', 'support', 'at']);

/** Words before "stepped down" that make the case its subject: "the case will be stepped down". */
export const STEP_SUBJECTS: ReadonlySet<string> = new Set(['case', 'referral', 'family', 'children', 'child', 'plan', 'file', 'involvement', 'it', 'siblings']);


/** Words of a sentence that makes a plan or tells someone, so that it is not read as the reason for a decision. */
export const NOT_REASON_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'going', 'plan', 'next', 'tomorrow', 'should', 'must', 'need', 'needs',
  'informed', 'told', 'explained', 'updated', 'sent', 'emailed', 'letter', 'wrote', 'rang', 'phoned', 'advised', 'let',
  'whether', 'if', 'unless', 'recommend', 'recommended', 'propose', 'proposed', 'suggest', 'suggested', 'ask', 'asked',
  'request', 'requested', 'consider', 'discuss', 'discussed', 'discussion',
]);

/** Communication verbs before a manager: "I will update my manager" does not say the manager decided. */
export const NOT_DECIDER_BEFORE: ReadonlySet<string> = new Set([
  'inform',
  'informed',
  'update',
  'updated',
  'tell',
  'told',
  'notify',
  'notified',
  'ask',
  'asked',
  'email',
  'emailed',
  'cc',
  'copy',
  'copied',
  'send',
  'sent',
  'forward',
  'forwarded',
  'contact',
  'contacted',
  'to',
]);

/** Words that place the service's own workers in a decision of other agencies: it is then a joint one. */
export const OWN_SERVICE_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'jointly', 'joint', 'both', "children's", 'csc', 'council', 'authority', 'services', 'worker', 'manager', 'tm']);

/** Note types whose decisions are the meeting's own: the note records who took part. */
export const FORUM_NOTE_TYPES: readonly string[] = ['supervision', 'strategy-discussion', 'meeting'];


/** Line headings that introduce a decision (the heading itself is reported when no phrase follows it). */
export const DECISION_HEADING =
  /^[ \t*#>_\u2022-]*((?:(?:management|manager'?s|managers'|team manager'?s|tm|joint|multi-agency|final|mash|duty|agreed)[ \t]+)?decisions?)\b[^\n:.]{0,80}?(?::|[ \t][-\u2013\u2014][ \t])/i;

/** Line headings that make a decision phrase under them a decision: "Outcome:", "Agreed:". */
export const OUTCOME_HEADING = /^[ \t*#>_\u2022-]*(?:outcomes?|agreed|management oversight|manager'?s comments?|plan)\b[^\n:.]{0,60}?(?::|[ \t][-\u2013\u2014][ \t])/i;

/** Line headings of history: what follows reports earlier decisions. */
export const HISTORY_HEADING = /^[ \t*#>_\u2022-]*(?:checks|history|background|previous involvement|previous referrals|family history|social care history|chronology|records)\b[^\n:.]{0,40}?:/i;

/** Line headings that give the reason for a decision in the paragraph before or after. */
export const REASON_HEADING = /^[ \t*#>_\u2022-]*(?:rationale|reasons?|reasoning|basis|analysis|why)\b[^\n:.]{0,40}?:/i;

/** Heading content that says no decision was made: "Decision: pending", "Decision: none yet". */
export const NO_DECISION_CONTENT = /^[ \t]*(?:none|pending|awaiting|deferred|not yet|to be (?:made|confirmed|agreed|decided)|n\/a|tbc)\b/i;
