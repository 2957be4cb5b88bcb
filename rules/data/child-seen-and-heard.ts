import type { NoteType, PhraseEntry } from '../../src/types.js';

/**
 * Cue lists of child-seen-and-heard, as data. Every entry carries `data.kinds`, what it says about the
 * child when the rule ties it to the child (by the child's name, a pronoun for the child, "you" in a note
 * written to the child, or "the children"); the rule reads the kinds back from the shared matcher.
 *
 *   see      the worker saw or met the child: "saw", "seen", "spoke to" (the child after it, or before
 *            a passive "was seen"); `data.passive` when the child may stand before it
 *   alone    seen alone: "alone", "on her own" (with a word of seeing or talking in the sentence)
 *   private  seen alone, whatever else the sentence holds: "just the two of us", "one-to-one"
 *   heard    the child's words, actions or wishes, with the child as subject: "said", "told me",
 *            "showed me", "was playing", "wants"
 *   view     the child's wishes and views as a noun: "Amy's wishes", "wishes and feelings"
 *   away     a reason the child was not seen: at school, at nursery, at a club
 *   unwell   unwell or in pain: a reason for not seeing the child, or not alone
 *   asleep   asleep (seen, and no words to record)
 *   young    too young to talk, pre-verbal, a baby (no words to record)
 *   declined the child declined to talk or to be seen
 *   absent   the child was not at home: a reason only with a plan to see them
 *   notFocus the visit was with the adults only ("parents only", "not part of this visit"): every child excused
 *   plan     when the child will be seen: "will be seen", "will visit"
 *   phone    the contact was by phone or video (not seen in person; seen alone not asked)
 *   nonverbal the child does not use words: what was observed is the record of them
 *
 * Sources: the standard ("child centred"; "the individual's own contribution ... to their record");
 * domain research N4 (whether the child was seen and seen alone, and if not, why) and N5 (the child's
 * own words; observations for a child who is pre-verbal or non-verbal).
 */
export const CHILD_CUE_KINDS = ['see', 'alone', 'private', 'heard', 'view', 'away', 'unwell', 'asleep', 'young', 'declined', 'absent', 'notFocus', 'plan', 'phone', 'nonverbal'] as const;
export type ChildCueKind = (typeof CHILD_CUE_KINDS)[number];

const entries = (kinds: ChildCueKind[], phrases: string[], data: Record<string, unknown> = {}): PhraseEntry[] =>
  phrases.map((match) => ({ match, data: { kinds, ...data } }));

/** The child after the word ("I saw Amy"), or, for passives, before it ("Amy was seen"). */
const SEE: readonly PhraseEntry[] = [
  ...entries(['see'], ['saw', 'see', 'sees', 'seeing', 'met', 'meet', 'met with', 'observed', 'spent time with', 'sat with', 'played with', 'visited with', 'checked on']),
  ...entries(['see'], ['seen', 'present', 'also present', 'were present', 'was present', 'was observed', 'were observed'], { passive: true }),
  // "Amy spoke to me" is her contribution too; "I spoke to Amy" only says she was seen.
  ...entries(['see', 'heard'], ['spoke to', 'spoke with', 'speak to', 'speak with', 'speaking to', 'speaking with', 'talked to', 'talked with', 'talk to', 'talk with', 'talking to', 'talking with', 'chatted with', 'chatted to'], { passive: true }),
];

const ALONE: readonly PhraseEntry[] = [
  ...entries(['alone'], ['alone', 'on (his|her|their|your|my) own', 'by (himself|herself|themselves|themself|yourself)', 'individually', 'separately from (his|her|their) (mother|father|mum|dad|parents|carers|carer|parent|family)']),
  ...entries(['private'], [
    'just the two of us',
    'one to one',
    '1 to 1',
    '1:1',
    '1 1',
    'in private',
    'privately',
    'without (his|her|their|a) (mother|father|mum|dad|parents|parent|carers|carer|grandmother|grandparents|nan|family|sibling|siblings|brother|sister) [being] present',
    'without (his|her|their) (mother|father|mum|dad|parents|parent|carers|carer|family) in the room',
    'away from (his|her|their) (mother|father|mum|dad|parents|carers|carer|family)',
  ]),
];

/**
 * With the child as subject: what the child said, did or showed. `data.sort` says what a "not" before
 * it means: speech not given is a child declining to talk ("did not say"); a wish or feeling is still
 * the child's ("did not want to go home"); an action not done says nothing.
 */
const HEARD: readonly PhraseEntry[] = [
  ...entries(['heard'], [
    'said', 'say~', 'tell~', 'told', 'explain~', 'ask~', 'answer~', 'reply~', 'describe~', 'talk~', 'spoke', 'speak~', 'chat~',
    'share~', 'disclose~', 'mention~', 'wrote', 'write~', 'written', 'whisper~', 'shout~', 'scream~', 'sang', 'sing~', 'nod~',
    'shook (his|her|their) head', 'called out', 'made a sign', 'signed to me', 'used makaton', 'typed', 'texted me', 'answer~ my questions',
  ], { sort: 'speech' }),
  ...entries(['heard'], [
    'agree~', 'disagree~', 'chose', 'choose~', 'chosen', 'want~', 'would like', 'wish~', 'hope~', 'like~', 'love~', 'enjoy~', 'hate~',
    'prefer~', 'miss~', 'feel~', 'felt', 'worry', 'worries', 'worried about', 'asked for',
    // Feelings the child showed, with the child as subject: "Amy was happy", "she seemed very anxious".
    'worried', 'scared', 'frightened', 'happy', 'sad', 'upset', 'excited', 'angry', 'anxious', 'proud', 'nervous', 'shy', 'cross',
    'confused', 'pleased', 'tearful', 'calm', 'quiet', 'chatty', 'content', 'settled', 'alert', 'smiley', 'relaxed', 'unhappy',
    'lonely', 'bored',
  ], { sort: 'wish' }),
  ...entries(['heard'], [
    'show~', 'shown', 'drew', 'draw~', 'drawn', 'play~', 'smile~', 'giggle~', 'laugh~', 'hug~', 'cuddle~', 'wave~', 'point~', 'cried',
    'cry', 'cries', 'crying', 'babble~', 'crawl~', 'walk~', 'ran', 'run', 'running', 'climb~', 'sat', 'sitting', 'stood', 'standing',
    'ate', 'eating', 'feed~', 'fed', 'drank', 'drinking', 'watch~', 'read', 'reading', 'build~', 'built', 'colour~', 'dance~', 'jump~',
    'reach~', 'held', 'holding', 'gave me', 'took me', 'led me', 'brought me', 'let me in', 'answer~ the door', 'open~ the door',
    'came to the door', 'came downstairs', 'came down', 'came in', 'came into', 'came to', 'came back', 'arrived', 'took part',
    'engage~', 'join~', 'demonstrate~', 'complete~', 'looked', 'look~ at me', 'appear~', 'seem~', 'made eye contact',
    'kept eye contact', 'avoided eye contact', 'settle~', 'dressed', 'smiling', 'listen~', 'turned away',
    'hid', 'hide~', 'clung', 'cling~', 'kiss~', 'stroke~', 'coo~', 'gurgle~', 'follow~', 'tidied', 'help~', 'made', 'pack~',
    'picked', 'took', 'carried', 'push~', 'threw', 'kicked', 'hit', 'put', 'stuck', 'rode', 'ride~', 'swam', 'swim~', 'sleep~',
    'woke', 'wake~', 'got up', 'went upstairs', 'went to (his|her|their) room', 'stayed', 'wore', 'wearing',
  ], { sort: 'action' }),
];

const VIEW: readonly PhraseEntry[] = entries(['view'], [
  'wishes and feelings',
  'wishes',
  'views',
  'view',
  'voice',
  'own words',
  'words',
  'feelings',
  'account',
  'perspective',
  'voice of the child',
  "child's voice",
  "child's views",
  "child's wishes",
  "young person's views",
  "young person's voice",
  'what {any} said',
  'what {any} told me',
  'what {any} wants',
  'in (his|her|their|your) own words',
]);

/** Reasons for not seeing the child, or for no words to record. */
const REASONS: readonly PhraseEntry[] = [
  ...entries(['away'], [
    'at school', 'in school', 'at nursery', 'in nursery', 'at college', 'at playgroup', 'at pre school', 'at preschool', 'at the childminder~',
    "at the childminder's", 'at childcare', 'at work', 'at (his|her|their) (job|work|placement|apprenticeship)', 'at hospital',
    'at contact', 'at family time', 'at training', 'on a school trip', 'on holiday', 'away on holiday',
    "at (his|her|their) (dad's|father's|mum's|mother's|nan's|nana's|gran's|grandma's|grandmother's|grandad's|grandfather's|grandparents'|aunt's|auntie's|uncle's|friend's|cousin's|sister's|brother's)",
    'at [a|the] [{any}] (holiday|breakfast|after school|youth|sports|football|homework|play|drama|dance|swimming) (club|scheme|session|practice)',
    'at [a|the] (club|holiday club|breakfast club|after school club|youth club)',
  ]),
  ...entries(['unwell'], ['unwell', 'poorly', 'ill in bed', 'in bed with', 'off sick', 'sick with', 'had a temperature', 'has a temperature', 'in pain', 'in hospital']),
  ...entries(['asleep'], ['asleep', 'was sleeping', 'were sleeping', 'is sleeping', 'napping', 'having a nap', 'having (his|her|their) nap']),
  ...entries(['young'], [
    'too young to {any}',
    'too young for',
    'pre verbal',
    'preverbal',
    'not yet talking',
    'not talking yet',
    'not yet speaking',
    'does not talk yet',
    'is a baby',
    'was a baby',
    'a young baby',
    'newborn',
    'new born',
    'an infant',
  ]),
  ...entries(['declined'], [
    '(declined|refused|chose not|did not want|didn\'t want|did not wish|didn\'t wish|was not willing|wasn\'t willing|was unwilling) to (talk|speak|see|be|come|meet|answer|engage|join|say|share|open|leave|stay)',
    '(would not|wouldn\'t|did not|didn\'t|will not|won\'t) (talk|speak|come|answer|engage|say anything|see me|be seen|meet me|open the door|leave)',
    'declined',
    'refused',
    'did not want me',
    "didn't want me",
    'asked not to be seen',
    'asked to see (his|her|their) (mother|mum|father|dad|carer|parent) instead',
  ]),
  ...entries(['absent'], [
    'not at home',
    'not home',
    'was out',
    'were out',
    'had gone out',
    'went out',
    'was away',
    'were away',
    '(was|were) staying with',
    '(was|were) stopping with',
    'not present',
    'not there',
    'not available',
    'was not available',
  ]),
  ...entries(['nonverbal'], ['non verbal', 'nonverbal', 'does not use words', 'uses makaton', 'uses sign language', 'uses signs', 'communicates with (signs|pictures|makaton|gestures)', 'communicates through (signs|pictures|makaton|gestures)']),
];

/** The visit was with the adults only, so the children were not expected to be seen: a reason for every child. */
const NOT_FOCUS: readonly PhraseEntry[] = entries(['notFocus'], [
  '(parents|parent|carers|carer|adults|adult) only',
  'only the (parents|adults|carers)',
  'without the (children|child|kids|young person)',
  'not part of (this|the) (visit|meeting|session)',
  '(child|children|young person) (was|were) not (expected|due|required) to be',
  'not (expected|due|required) to be (seen|present|there)',
]);

const PLANS: readonly PhraseEntry[] = entries(['plan'], [
  'will be seen',
  'to be seen',
  'will see',
  'will visit',
  'will meet',
  'will go back',
  'will return',
  'arranged to see',
  'plan to see',
  'planned to see',
  'plan to visit',
  'next visit',
  'visit again',
  'see (him|her|them|you) (on|at|tomorrow|today|later|next|by|after|before|this)',
]);

const PHONE: readonly PhraseEntry[] = entries(['phone'], [
  'by phone',
  'by telephone',
  'on the phone',
  'on the telephone',
  'over the phone',
  'on [the|a|his|her|their|my] [{any}] {any} (phone|mobile|telephone)',
  'phone call',
  'telephone call',
  'video call',
  'by video',
  'on video',
  'facetime',
  'on teams',
  'on zoom',
  'via teams',
  'via zoom',
  'via whatsapp',
  'on whatsapp',
]);

export const CHILD_CUES: readonly PhraseEntry[] = [...SEE, ...ALONE, ...HEARD, ...VIEW, ...REASONS, ...NOT_FOCUS, ...PLANS, ...PHONE];

/** Note types the rule reads by default: visits to and enquiries about a child. */
export const CHILD_NOTE_TYPES: readonly NoteType[] = ['home-visit', 'office-visit', 'section-47', 'safeguarding'];

/**
 * Roles whose visits are with the family together (family support, early help, contact, fostering
 * supervision, residential care, leaving care): their notes are not asked whether the child was seen
 * alone, because seeing the child alone is the statutory social worker's task, not theirs. Read as
 * words inside the author's role, lower case.
 */
export const FAMILY_WORK_ROLES: readonly string[] = [
  'family support',
  'early help',
  'family practitioner',
  'family worker',
  'parenting',
  'support worker',
  'contact supervisor',
  'family time',
  'supervising social worker',
  'fostering',
  'residential',
  'registered manager',
  'personal adviser',
  'personal advisor',
  'youth worker',
  'teaching assistant',
  'health visitor',
  'school nurse',
];

/** Roles and relationships that make the person named in the details an adult: the note is a visit to them, not to a child. */
export const ADULT_ROLES: readonly string[] = [
  'foster carer', 'foster carers', 'carer', 'carers', 'kinship carer', 'kinship carers', 'special guardian', 'special guardians',
  'adopter', 'adopters', 'prospective adopter', 'prospective adopters', 'mother', 'father', 'mum', 'dad', 'parent', 'parents',
  'grandmother', 'grandfather', 'grandparent', 'grandparents', 'stepmother', 'stepfather', 'aunt', 'uncle', 'guardian',
  'connected person', 'connected persons', 'foster parent', 'foster parents', 'supported lodgings provider', 'host',
];

/** Role words of rules/data/sources.ts that may be the child: not read as someone else. */
export const CHILD_WORDS: readonly string[] = ['child', 'boy', 'girl', 'son', 'daughter', 'sibling', 'sister', 'brother'];

/** Words for people who are not the child, besides the roles of rules/data/sources.ts ("Staff said"). */
export const OTHER_PEOPLE_WORDS: readonly string[] = ['staff', 'officers', 'police', 'teachers', 'parents', 'carers', 'professionals', 'everyone', 'nobody', 'someone'];

/** Words for several children together: "the children were asleep", "both children showed me". */
export const GROUP_NOUNS: readonly string[] = ['children', 'kids', 'siblings', 'boys', 'girls', 'twins', 'brothers', 'sisters', 'youngsters'];
/** Words before a group noun that make it the family's children ("the children", "both girls"). */
export const GROUP_LEADS: readonly string[] = ['the', 'both', 'all', 'two', 'three', 'four', 'five', 'her', 'his', 'their', 'your', 'these'];

/** Words that may stand between a person and their verb: "Amy has also said", "Amy was still playing". */
export const SUBJECT_GAP_WORDS: readonly string[] = [
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'been', 'being', 'be', 'did', 'does', 'do', 'would', 'will', 'could', 'can', 'may',
  'also', 'then', 'later', 'again', 'first', 'initially', 'eventually', 'immediately', 'quickly', 'quietly', 'happily', 'proudly',
  'still', 'already', 'clearly', 'readily', 'spontaneously', 'confidently', 'both', 'all', 'each', 'very', 'really', 'just',
];

/** Words that negate a cue just before it: "was not seen", "could not see", "have not seen". */
export const NEGATIONS: readonly string[] = ['not', 'never', 'unable', 'cannot', "didn't", "wasn't", "weren't", "couldn't", "hasn't", "haven't", "hadn't", "isn't", "won't", "wouldn't", 'without'];

/** Words that give a reason in the sentence: "not seen alone as...", "because...". */
export const CAUSAL_WORDS: readonly string[] = ['because', 'as', 'since', 'due', 'owing', 'so', 'therefore', 'reason', 'while', 'whilst'];
