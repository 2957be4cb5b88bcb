import type { PhraseEntry } from '../../src/types.js';

/**
 * Cue lists of information-sharing, as data. Every entry carries `data.kinds`, what it stands for; the
 * rule reads them back from the shared matcher's matches.
 *
 *   share      a verb that records a disclosure ("shared", "informed", "sent", "passed on")
 *   what       what was shared ("the assessment", "a copy of", "information about")
 *   whom       a recipient outside the writer's service ("the school", "the GP", "the police")
 *   forum      a meeting as recipient ("the conference", "the core group"): told for the meeting's
 *              purpose and at the meeting
 *   family     a recipient who is the child's family or carer: telling them about their own child's
 *              services is not a disclosure to a third party
 *   internal   a recipient inside the writer's service ("my manager", "the duty team")
 *   vagueWhom  a recipient that does not say who ("relevant agencies", "professionals")
 *   purpose    why ("so that", "to help", "in order to", "because")
 *   how        the means ("by secure email", "by phone", "at the meeting", "by letter")
 *   noConsent  sharing without consent ("without consent", "did not consent")
 *   reason     a reason or lawful ground for sharing without consent ("because", "risk of significant harm")
 *
 * A share entry also has a `frame`, the way its verb takes its arguments:
 *
 *   transfer   the information is the object, the recipient follows "with" or "to": "I shared the plan
 *              with the school", "the plan was passed to the GP". Any recipient but the family or the
 *              writer's own service makes it a record of sharing.
 *   document   the same, for verbs that also mean sending things and people ("sent", "emailed"): a
 *              record of sharing only when what went is information ("sent the report", not "sent him
 *              home", "sent Mum a text").
 *   tell       the recipient is the object and the information follows "of", "about", "on", "that":
 *              "I informed the police of...", "Police informed.", "updated her on the plan". Most
 *              telling in a case note is talking to the family, so only a recipient outside the family
 *              and the service makes it a record of sharing.
 *   aware      "made ... aware": the recipient stands between "made" and "aware".
 *
 * `voice: 'passive'` marks a phrase that holds its own passive ("referral was made"); `particles`
 * lists words one of which must follow in the clause ("passed ... on to"). Verbs are past forms only:
 * "I will share" and "agreed to inform" are plans, not records of sharing.
 */
type Kind = 'share' | 'what' | 'whom' | 'forum' | 'family' | 'internal' | 'vagueWhom' | 'purpose' | 'how' | 'noConsent' | 'reason';
export type Frame = 'transfer' | 'document' | 'tell' | 'aware';

export const SHARING_KINDS = ['share', 'what', 'whom', 'forum', 'family', 'internal', 'vagueWhom', 'purpose', 'how', 'noConsent', 'reason'] as const satisfies readonly Kind[];

const entries = (kinds: Kind[], phrases: string[], extra: Record<string, unknown> = {}): PhraseEntry[] =>
  phrases.map((match) => ({ match, data: { kinds, ...extra } }));

export const SHARE_VERBS: readonly PhraseEntry[] = [
  ...entries(['share'], ['shared', 'disclosed', 'passed on', 'passed to', 'relayed'], { frame: 'transfer' }),
  ...entries(['share'], ['passed'], { frame: 'transfer', particles: ['on', 'to'] }),
  ...entries(['share'], ['provided a copy', 'provided copies', 'provided information', 'provided details', 'provided the information', 'provided the details'], { frame: 'transfer' }),
  ...entries(['share', 'what'], ['gave a copy', 'given a copy', 'made a referral', 'made referrals'], { frame: 'transfer' }),
  ...entries(['share', 'what'], ['referral was made', 'referral has been made', 'referral had been made', 'referral made', 'referrals were made', 'referrals made'], {
    frame: 'transfer',
    voice: 'passive',
  }),
  ...entries(['share'], ['sent', 'circulated', 'distributed'], { frame: 'document' }),
  ...entries(['share', 'how'], ['forwarded', 'emailed', 'posted', 'faxed', 'handed a copy', 'e-mailed'], { frame: 'document' }),
  ...entries(['share'], ['told', 'informed', 'notified', 'updated', 'alerted'], { frame: 'tell' }),
  ...entries(['share', 'how'], ['copied', "cc'd", 'ccd', "cc'ed"], { frame: 'tell' }),
  ...entries(['share'], ['aware'], { frame: 'aware' }),
];

export const WHAT_CUES: readonly PhraseEntry[] = entries(
  ['what'],
  [
    'information about',
    'information regarding',
    'information on',
    'information relating to',
    'information concerning',
    'details of',
    'details about',
    'a copy of',
    'copy of',
    'copies of',
    'a summary of',
    'summary of',
    'outcome of',
    'the outcome',
    'the decision',
    'the assessment',
    'my assessment',
    'child and family assessment',
    'single assessment',
    'risk assessment',
    'the plan',
    'child protection plan',
    'child in need plan',
    'safety plan',
    'care plan',
    'pathway plan',
    'the report',
    'conference report',
    'court report',
    'the referral',
    'referral form',
    'the minutes',
    'minutes of',
    'the chronology',
    'chronology',
    'the written agreement',
    'written agreement',
    'the letter',
    'my concerns',
    'our concerns',
    'concerns about',
    'worries about',
    'the findings',
    'my observations',
    'observations from',
    'address',
    'new address',
    'contact details',
    'phone number',
    'telephone number',
    'date of birth',
    'medical information',
    'health information',
    'attendance',
    'school attendance',
    'case summary',
    'court order',
    'the order',
    'police information',
    'the allegation',
    'the disclosure',
  ],
);

/** Recipients outside the writer's service; read after "with" or "to", as the object of "told", or before a passive "informed". */
export const WHOM_CUES: readonly PhraseEntry[] = entries(
  ['whom'],
  [
    'school',
    'nursery',
    'college',
    'academy',
    'virtual school',
    'head teacher',
    'headteacher',
    'head of year',
    'deputy head',
    'year leader',
    'class teacher',
    'form tutor',
    'teacher',
    'teaching assistant',
    'pastoral lead',
    'learning mentor',
    'designated safeguarding lead',
    'safeguarding lead',
    'designated teacher',
    'senco',
    'school nurse',
    'health visitor',
    'midwife',
    'gp',
    'surgery',
    'doctor',
    'paediatrician',
    'consultant',
    'nurse',
    'hospital',
    'health',
    'camhs',
    'mental health team',
    'crisis team',
    'police',
    'police officer',
    'officer',
    'detective',
    'constable',
    'probation',
    'probation officer',
    'youth justice',
    'youth justice service',
    'youth offending team',
    'housing',
    'housing officer',
    'housing association',
    'landlord',
    'solicitor',
    'guardian',
    "children's guardian",
    'court',
    'cafcass',
    'home office',
    'mash',
    'multi-agency safeguarding hub',
    'lado',
    'marac',
    'independent reviewing officer',
    'conference chair',
    'child protection chair',
    'early help',
    'family support service',
    'local authority',
    'council',
    'therapist',
    'counsellor',
    'psychologist',
    'psychiatrist',
    'dentist',
    'optician',
    'advocate',
    'interpreter',
    'refuge',
    'domestic abuse service',
    'idva',
  ],
);

/** Meetings as recipients: what is told to a conference or core group is for the meeting's purpose and by the meeting. */
export const FORUM_CUES: readonly PhraseEntry[] = entries(
  ['forum'],
  ['core group', 'core group members', 'conference', 'child protection conference', 'review conference', 'meeting', 'strategy discussion', 'strategy meeting', 'attendees', 'panel', 'the group', 'network meeting'],
);

/** The child's family and carers as recipients: what they are told about their own child's services is not third-party sharing. */
export const FAMILY_CUES: readonly PhraseEntry[] = entries(
  ['family'],
  [
    'mother',
    'father',
    'mum',
    'dad',
    'mummy',
    'daddy',
    'parents',
    'parent',
    'stepmother',
    'stepfather',
    'stepmum',
    'stepdad',
    'grandmother',
    'grandfather',
    'grandparents',
    'grandma',
    'grandad',
    'nan',
    'nana',
    'gran',
    'aunt',
    'auntie',
    'uncle',
    'sister',
    'brother',
    'siblings',
    'family',
    'carer',
    'carers',
    'foster carer',
    'foster carers',
    'kinship carer',
    'special guardian',
    'child',
    'children',
    'young person',
  ],
);

/** People in the writer's own service: telling them is recording, supervision or a handover, not a disclosure. */
export const INTERNAL_CUES: readonly PhraseEntry[] = entries(
  ['internal'],
  ['manager', 'team manager', 'my manager', 'line manager', 'practice supervisor', 'supervisor', 'colleague', 'colleagues', 'duty team', 'assessment team', 'the team', 'my team', 'social worker', 'allocated social worker', 'duty social worker', 'business support'],
);

/** Recipients that do not say who: the record must name the agency or person. */
export const VAGUE_WHOM_CUES: readonly PhraseEntry[] = entries(
  ['vagueWhom'],
  ['relevant agencies', 'agencies', 'relevant professionals', 'professionals', 'partner agencies', 'partners', 'all involved', 'those involved', 'everyone involved', 'relevant parties', 'all parties', 'the network', 'the professional network', 'others'],
);

export const PURPOSE_CUES: readonly PhraseEntry[] = [
  ...entries(
    ['purpose'],
    [
      'so that',
      'so they',
      'so she',
      'so he',
      'so school',
      'so staff',
      'so the',
      'to help',
      'to support',
      'to inform',
      'to enable',
      'to allow',
      'to ensure',
      'to make sure',
      'to keep',
      'to assist',
      'to plan',
      'to arrange',
      'to update',
      'to let',
      'to prepare',
      'to contribute',
      'to check',
      'to agree',
      'to discuss',
      'to request',
      'to review',
      'to consider',
      'to confirm',
      'to complete',
      'to alert',
      'to assess',
      'to offer',
      'to monitor',
      'to trace',
      'to follow up',
      'in order to',
      'for the purpose of',
      'for the purposes of',
      'the purpose',
      'purpose of',
      'purpose is',
      'purpose was',
      'for the',
      'for their',
      'for her',
      'for his',
      'for them',
      'for use',
      'for an',
      'ahead of',
      'in preparation for',
      'as part of',
      'as requested',
      'asked for',
      'requested',
      'at the request of',
      'at her request',
      'at his request',
      'at their request',
      'as agreed',
      'in line with',
      'in case',
    ],
  ),
  ...entries(['purpose', 'reason'], ['because', 'to safeguard', 'to protect', 'to prevent']),
];

export const HOW_CUES: readonly PhraseEntry[] = entries(
  ['how'],
  [
    'by email',
    'by e-mail',
    'via email',
    'via e-mail',
    'over email',
    'in an email',
    'email',
    'e-mail',
    'secure email',
    'secure e-mail',
    'encrypted email',
    'egress',
    'password protected',
    'password-protected',
    'by phone',
    'by telephone',
    'telephone',
    'over the phone',
    'on the phone',
    'phone call',
    'telephone call',
    'tel call',
    'during this call',
    'during the call',
    'on the call',
    'in person',
    'face to face',
    'at the meeting',
    'during the meeting',
    'in the meeting',
    'at the conference',
    'during the conference',
    'at the core group',
    'at the strategy discussion',
    'during the strategy discussion',
    'at the strategy meeting',
    'during the visit',
    'at the visit',
    'at the review',
    'by post',
    'by letter',
    'in a letter',
    'letter',
    'in writing',
    'by hand',
    'hand delivered',
    'handed',
    'portal',
    'online',
    'electronic',
    'electronically',
    'handover',
    'by text',
    'text message',
    'by fax',
    'verbally',
    'on teams',
    'via teams',
    'video call',
    'virtual meeting',
    'phoned',
    'telephoned',
    'rang',
    'uploaded',
  ],
);

export const NO_CONSENT_CUES: readonly PhraseEntry[] = entries(
  ['noConsent'],
  [
    'without consent',
    'without her consent',
    'without his consent',
    'without their consent',
    'without parental consent',
    'without express consent',
    'without explicit consent',
    'without prior consent',
    'without the consent',
    "without mum's consent",
    "without dad's consent",
    "without the family's consent",
    'without their agreement',
    'without her agreement',
    'without his agreement',
    'did not consent',
    "didn't consent",
    'does not consent',
    'do not consent',
    'had not consented',
    'has not consented',
    'have not consented',
    'refused consent',
    'refused to consent',
    'declined consent',
    'declined to consent',
    'withheld consent',
    'withdrew consent',
    'withdrawn consent',
    'did not give consent',
    "didn't give consent",
    'no consent',
    'consent was not given',
    'consent was refused',
    'consent was declined',
    'consent was withheld',
    'consent was not sought',
    'consent not given',
    'consent not sought',
  ],
);

export const REASON_CUES: readonly PhraseEntry[] = entries(
  ['reason'],
  [
    'due to',
    'owing to',
    'given that',
    'on the grounds',
    'on the basis',
    'as there',
    'as there was',
    'as she',
    'as he',
    'as they',
    'as it',
    'risk of significant harm',
    'significant harm',
    'serious harm',
    'risk of harm',
    'at risk',
    'immediate risk',
    'safeguarding concern',
    'safeguarding concerns',
    'child protection',
    'section 47',
    'lawful',
    'lawful basis',
    'legal basis',
    'legal duty',
    'court order',
    'ordered by the court',
    'directed by the court',
    'prevention of crime',
    'detection of crime',
    'police investigation',
    'lacks capacity',
    'lack capacity',
    'does not have capacity',
    'best interests',
    'best interest',
    'vital interests',
    'emergency',
  ],
);

export const INFORMATION_SHARING_CUES: readonly PhraseEntry[] = [
  ...SHARE_VERBS,
  ...WHAT_CUES,
  ...WHOM_CUES,
  ...FORUM_CUES,
  ...FAMILY_CUES,
  ...INTERNAL_CUES,
  ...VAGUE_WHOM_CUES,
  ...PURPOSE_CUES,
  ...HOW_CUES,
  ...NO_CONSENT_CUES,
  ...REASON_CUES,
];

// Single words the rule reads around a sharing verb, as lower-case unit keys.

/** Words between a subject and its verb that do not change who acted: "I have also shared". */
export const SKIP_BEFORE_VERB: ReadonlySet<string> = new Set([
  'have',
  'has',
  'had',
  "i've",
  "we've",
  'also',
  'then',
  'subsequently',
  'later',
  'today',
  'yesterday',
  'immediately',
  'already',
  'previously',
  'again',
  'verbally',
  'promptly',
  'duly',
  'jointly',
  'therefore',
  'since',
  'securely',
  'appropriately',
  'briefly',
  'both',
  'all',
  'not',
  'never',
  'now',
  'just',
  'further',
  'directly',
  'formally',
  'fully',
  'separately',
]);

/** Words after a verb that do not change its object: "I shared verbally with", "copied in the GP". */
export const SKIP_AFTER_VERB: ReadonlySet<string> = new Set([
  'also',
  'then',
  'immediately',
  'verbally',
  'securely',
  'promptly',
  'today',
  'yesterday',
  'directly',
  'formally',
  'fully',
  'separately',
  'in',
  'into',
  'over',
  'through',
  'across',
  'off',
  'back',
]);

/** Forms of "be" that make the verb passive: "was shared", "has been passed on". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);

/** Words before a passive auxiliary that make it a plan or a possibility: "will be shared", "needs to be told". */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'to', "won't", "wouldn't", "shouldn't", "can't", "couldn't", "'ll"]);

/** Subjects that are the worker or the worker's agency. */
export const WORKER_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'we',
  "i've",
  "we've",
  'worker',
  'writer',
  'sw',
  'services',
  'authority',
  'council',
  'team',
  'manager',
  'practitioner',
  'department',
  'myself',
]);

/** Other subjects: when one of these is nearer the verb than "I", someone else did the sharing. */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['she', 'he', 'they', 'you', 'it', 'who', 'which', 'that', 'whether', 'if', 'when', 'while']);

/** Recipients that are the worker: "was shared with me" records information received, not shared. */
export const WORKER_RECIPIENTS: ReadonlySet<string> = new Set(['me', 'us', 'myself', 'writer', 'worker', 'i', 'we']);

/** Words that may stand before a recipient or an object: "with the allocated social worker". */
export const LEAD_INS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'her',
  'his',
  'their',
  'my',
  'our',
  'its',
  'both',
  'all',
  'new',
  'named',
  'relevant',
  'this',
  'these',
  'that',
  'those',
  'each',
  'every',
  'further',
  'full',
  'written',
  'updated',
]);

/** Pronouns that name a recipient already named in the note: "I shared it with her". */
export const RECIPIENT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'them']);

/** Titles of people outside the service, whatever their name: "Dr Malik", "PC Shaw". */
export const PROFESSIONAL_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'pc', 'dc', 'ds', 'di', 'dci', 'pcso', 'sgt', 'sergeant', 'inspector', 'constable', 'detective', 'officer', 'nurse', 'midwife', 'cllr', 'councillor', 'judge']);

/** Titles before a name that do not say who the person is. */
export const PLAIN_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Acronyms that name someone in the writer's own service. */
export const INTERNAL_ACRONYMS: ReadonlySet<string> = new Set(['TM', 'ATM', 'SW', 'SSW', 'DTM', 'SM', 'PSW', 'FSW', 'PA']);

/** Capitalised words that are not a name of a person or an agency. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'i', 'it', 'this', 'that', 'these', 'those', 'there', 'they', 'he', 'she', 'we', 'you', 'the', 'a', 'an', 'and', 'but',
  'if', 'as', 'at', 'on', 'in', 'by', 'from', 'to', 'of', 'after', 'before', 'during', 'following', 'today', 'yesterday',
  'information', 'details', 'concerns', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'email', 'phone', 'letter', 'form', 'plan', 'report', 'referral', 'copy', 'outcome', 'minutes',
]);

/** A capitalised name ending with one of these is an organisation: "Greenfield Primary School", "the Home Office". */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'school', 'academy', 'college', 'nursery', 'surgery', 'practice', 'hospital', 'trust', 'office', 'service', 'services',
  'police', 'constabulary', 'council', 'centre', 'center', 'hub', 'clinic', 'unit', 'association', 'housing', 'partnership',
]);

/** Words of a heading or subject after a recipient that do not open what was shared: "informed by phone", "told the GP at 10:00". */
export const NOT_CONTENT_STARTS: ReadonlySet<string> = new Set([
  'by', 'via', 'at', 'during', 'in', 'over', 'through', 'today', 'yesterday', 'this', 'immediately', 'verbally', 'and',
  'so', 'because', 'as', 'for', 'following', 'after', 'before', 'when', 'on', 'straight', 'too', 'also', 'again', 'first',
  'promptly', 'later', 'earlier', 'morning', 'afternoon', 'evening', 'but', 'who', 'which', 'with', 'to', 'from',
]);

/** Words that open what was told: "informed the school of", "told the GP that", "updated her on". */
export const CONTENT_MARKERS: ReadonlySet<string> = new Set(['that', 'what', 'how', 'why', 'whether', 'about', 'of', 'on', 'regarding', 're', 'concerning', 'where', 'when', 'who']);

/** After "on": a day, a time or a channel, not what was told ("updated her on Monday", "on the phone"). */
export const NOT_TOPIC_AFTER_ON: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'teams', 'zoom', 'arrival', 'return',
  'behalf', 'site', 'call', 'leaving', 'entering', 'time',
]);

/** Objects that say nothing about what was shared: "I shared information with", "details were passed on". */
export const VAGUE_OBJECTS: ReadonlySet<string> = new Set(['information', 'info', 'details', 'everything', 'relevant', 'all', 'things', 'matters', 'intelligence']);

/** Objects that point back to what the previous sentence said: "I shared this with", "it was sent to". */
export const ANAPHORIC_OBJECTS: ReadonlySet<string> = new Set(['this', 'it', 'these', 'that', 'them', 'same', 'above', 'which']);

/** Words that open a modifier after an object and stop it: "the outcome of", "the plan with". */
export const OBJECT_STOPS: ReadonlySet<string> = new Set([
  'with', 'to', 'by', 'that', 'so', 'because', 'about', 'of', 'on', 'regarding', 'in', 'at', 'for', 'from', 'via', 'and',
  'or', 'as', 'during', 'after', 'before', 'when', 'which', 'who', 'over', 'through', 'under', 'was', 'were', 'is',
  'are', 'has', 'had', 'have', 'been', 'be', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'not', 'but',
  'if', 'where', 'while', 'until', 'since', 'into', 'onto', 'than', 'then', 'also', 'today', 'yesterday', 'what', 'how',
  'why', 'whether', 'i', 'we', 'he', 'she', 'they', 'you', 're', 'concerning', 'following', 'including', 'without',
]);

/** What a family member shares, or what is sent, that is not information: "we shared a laugh", "sent him home", "a blank form". */
export const NOT_INFORMATION_OBJECTS: ReadonlySet<string> = new Set([
  'joke',
  'laugh',
  'meal',
  'lunch',
  'dinner',
  'breakfast',
  'snack',
  'room',
  'bedroom',
  'bed',
  'house',
  'home',
  'car',
  'toys',
  'game',
  'hug',
  'moment',
  'care',
  'responsibility',
  'leaflet',
  'leaflets',
  'lives',
  'understanding',
  'drive',
  'folder',
  'space',
  'kitchen',
  'bathroom',
  'garden',
  'accommodation',
  'flat',
  'custody',
  'blank',
  'form',
  'forms',
  'invitation',
  'invitations',
  'invite',
  'card',
  'cards',
  'voucher',
  'vouchers',
  'gift',
  'present',
  'taxi',
  'ticket',
  'tickets',
  'parcel',
  'link',
  'links',
  'website',
  'text',
  'message',
  'reminder',
  'apology',
  'thanks',
]);

/** Particles that make a telling verb mean something else: "told off", "informed consent". */
export const NOT_TELLING_AFTER: ReadonlySet<string> = new Set(['off', 'consent', 'decision', 'decisions', 'choice', 'choices']);

/** "I shared my worries with Mum": the worker's own views told to the family is a conversation, not a disclosure. */
export const OWN_VIEWS: ReadonlySet<string> = new Set(['concerns', 'concern', 'worries', 'worry', 'views', 'view', 'thoughts', 'feelings', 'contact', 'observations']);

/** Note types whose contact carries what was told in it: a sharing told to the person the note is about was by that channel. */
export const CONTACT_NOTE_TYPES: ReadonlySet<string> = new Set(['phone-call', 'meeting', 'strategy-discussion', 'home-visit', 'office-visit']);

/** Verbs of contact whose object is the person the information went to: "I rang the school and shared...". */
export const CONTACT_VERBS: ReadonlySet<string> = new Set(['emailed', 'phoned', 'telephoned', 'rang', 'faxed', 'texted', 'called', 'contacted', 'visited', 'met']);
