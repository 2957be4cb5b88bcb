import type { PhraseEntry } from '../../src/types.js';
import { PEOPLE } from './sources.js';

/**
 * Word lists of full-names, as data. The standard ("Recording that everyone can understand"): "Use full
 * names, titles, designations and relationships." The research (domain research §2(g)) notes that
 * "Mum", "Dad", "Nan", "Gran" used as a name, without a full name, conflict with that.
 *
 * Relationships are phrase entries: `data.relation` is the relationship they stand for, so that "Mum",
 * "her mother" and "(mother)" are one person's; `data.bare` when the word is used as a name on its own
 * ("Mum said", "told Nan"). Other relationship words count only with a possessive or "the" before them
 * ("her boyfriend", "the father", "Ms Price's partner"): "a father", "fathers" are no one in particular.
 *
 * Left out on purpose: brothers, sisters and cousins (children, and a child's cousin or friend the worker
 * often cannot name: "her cousin gave it to her"), "parents" and "carers" (several people, usually named
 * elsewhere), and foster carers (a role; named when they are the subject of the note).
 */
const relation = (relation: string, words: string[], bare = false): PhraseEntry[] =>
  words.map((word) => ({ match: [word, `${word}'s`], data: { relation, bare } }));

export const RELATIONSHIPS: readonly PhraseEntry[] = [
  ...relation('mother', ['mum', 'mummy', 'mom', 'mommy', 'mam', 'mammy'], true),
  ...relation('mother', ['mother', 'birth mother', 'birth mum', 'biological mother']),
  ...relation('father', ['dad', 'daddy'], true),
  ...relation('father', ['father', 'birth father', 'birth dad', 'biological father']),
  ...relation('stepmother', ['stepmum', 'step mum', 'stepmom'], true),
  ...relation('stepmother', ['stepmother', 'step mother']),
  ...relation('stepfather', ['stepdad', 'step dad'], true),
  ...relation('stepfather', ['stepfather', 'step father']),
  ...relation('grandmother', ['nan', 'nana', 'nanna', 'nanan', 'gran', 'granny', 'grandma', 'grandmom'], true),
  ...relation('grandmother', ['grandmother', 'great grandmother', 'great gran', 'great nan']),
  ...relation('grandfather', ['grandad', 'granddad', 'grandpa', 'grampa', 'gramps'], true),
  ...relation('grandfather', ['grandfather', 'great grandfather', 'great grandad']),
  ...relation('aunt', ['auntie', 'aunty'], true),
  ...relation('aunt', ['aunt', 'great aunt']),
  ...relation('uncle', ['uncle', 'great uncle']),
  ...relation('partner', ['partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'fiance', 'fiancee', 'ex partner', 'ex boyfriend', 'ex girlfriend', 'ex husband', 'ex wife']),
];

/**
 * A phrase that says the worker does not know a person's name: a person named only by a relationship
 * or a first name in its paragraph is then not a fault ("a man called Steve; she did not know his surname").
 */
export const NAME_UNKNOWN: readonly PhraseEntry[] = [
  '(do|does|did) not know (his|her|their|the|this|that) [full|real|last] (name|surname|names|surnames)',
  "(don't|doesn't|didn't) know (his|her|their|the|this|that) [full|real|last] (name|surname|names|surnames)",
  '(do|does|did) not know {any} [full|real|last] (name|surname)',
  "(don't|doesn't|didn't) know {any} [full|real|last] (name|surname)",
  '(would|will|could|did) not (give|say|tell me|share) (his|her|their) [full] (name|surname)',
  "(wouldn't|won't|couldn't|didn't) (give|say|tell me|share) (his|her|their) [full] (name|surname)",
  '(would|will|could|did) not say who',
  "(wouldn't|won't|couldn't|didn't) say who",
  'declined to (give|say|name|share) [his|her|their]',
  '[full|real|last] (name|surname) (is|was|are|were) (not known|unknown|not given|not yet known)',
  '[full|real|last] (name|surname) (not known|unknown|not given|withheld)',
  '(unknown|unnamed|unidentified) (man|woman|male|female|adult|person|boy|girl|partner|boyfriend|girlfriend)',
  'known only as',
  'only knows (him|her|them) as',
  'only know (him|her|them) as',
  'goes by',
  '(father|dad|mother) (is|was) (not known|unknown|not named)',
  '(unknown|unnamed) (father|mother)',
  'who (his|her|their) (father|dad) is',
  'who {any} (father|dad) is',
  'paternity',
].map((match) => ({ match, data: { unknown: true } }));

/**
 * Verbs a person does, so that a capitalised word before them is a person ("Sarah said", "Dom took
 * Tyler"). Place and organisation names rarely come before these.
 */
export const PERSON_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'asked', 'asks', 'explained', 'explains', 'replied', 'answered', 'stated', 'agreed', 'agrees',
  'refused', 'refuses', 'declined', 'admitted', 'admits', 'denied', 'denies', 'disclosed', 'rang', 'phoned', 'texted', 'messaged',
  'visited', 'visits', 'arrived', 'came', 'comes', 'went', 'goes', 'took', 'takes', 'collected', 'collects', 'picked', 'dropped',
  'brought', 'hit', 'punched', 'kicked', 'pushed', 'grabbed', 'slapped', 'smacked', 'hugged', 'shouted', 'screamed', 'swore',
  'cried', 'laughed', 'smiled', 'lives', 'lived', 'stays', 'stayed', 'sleeps', 'slept', 'works', 'worked', 'drinks', 'drank',
  'smokes', 'smoked', 'wants', 'wanted', 'thinks', 'thought', 'feels', 'felt', 'knows', 'knew', 'saw', 'heard', 'met', 'cares',
  'cared', 'babysits', 'babysat', 'drove', 'drives', 'walked', 'walks', 'gave', 'gives', 'bought', 'buys', 'looks', 'looked',
  'threatened', 'threatens', 'assaulted', 'bathed', 'cooked', 'helps', 'helped', 'promised', 'offered', 'insisted', 'shouts',
  'plays', 'played', 'moved', 'left', 'leaves', 'returned', 'opened', 'showed', 'shows', 'wrote', 'messages', 'calls',
  'reminded', 'warned', 'spoke', 'talked', 'supported', 'supervised', 'checked', 'encouraged', 'praised', 'confirmed', 'mentioned',
  'described', 'reported', 'shouted', 'restrained', 'comforted', 'sat', 'stood', 'waited', 'arrived', 'attended', 'answered',
];

/** Words between a person and their verb: "Sarah has also said", "Dom did not come". */
export const PERSON_VERB_GAP: readonly string[] = [
  'has', 'had', 'have', 'was', 'is', 'also', 'then', 'later', 'again', 'did', 'does', 'not', 'never', 'would', 'will', 'could',
  'may', 'might', 'still', 'just', 'already', 'recently', 'often', 'sometimes', 'usually', 'always', 'regularly', 'reportedly',
  'apparently', 'herself', 'himself', 'immediately', 'eventually', 'only', "didn't", "doesn't", "hasn't", "hadn't", "wasn't", "won't",
];

/** Places and services after "from" that make a first name a person: "Sarah from school", "Dom from housing". */
export const FROM_PLACES: readonly string[] = [
  'school', 'nursery', 'college', 'work', 'church', 'mosque', 'temple', 'gurdwara', 'synagogue', 'housing', 'council', 'club',
  'surgery', 'hospital', 'refuge', 'centre', 'hub', 'football', 'charity', 'office', 'probation', 'police', 'upstairs',
  'downstairs', 'next', 'across',
];

/** Words before "called"/"named" that make the name after it a person's: "a man called Steve". */
export const PERSON_NOUNS: readonly string[] = ['man', 'woman', 'male', 'female', 'lady', 'gentleman', 'person', 'someone', 'adult', 'guy', 'boy', 'girl', 'lad', 'teenager'];

/** A child's brother, sister or friend named by first name with that word: introduced as the child's ("her brother Karim"). */
export const CHILD_RELATIONS: readonly string[] = [
  'brother', 'sister', 'sibling', 'brothers', 'sisters', 'siblings', 'stepbrother', 'stepsister', 'twin', 'cousin', 'cousins',
  'friend', 'friends', 'classmate', 'classmates', 'mate', 'mates', 'teammate', 'son', 'daughter', 'baby', 'half',
];

/** Words between a possessive and a relationship: "her birth mother", "his maternal grandmother", "her new partner". */
export const RELATION_MODIFIERS: readonly string[] = [
  'maternal', 'paternal', 'birth', 'biological', 'step', 'ex', 'new', 'current', 'former', 'late', 'older', 'younger', 'eldest',
  'oldest', 'youngest', 'big', 'little', 'own', 'real', 'adoptive', 'foster',
];

/** Determiners that make a relationship someone in particular: "his mother", "the father". */
export const SPECIFIC_DETERMINERS: readonly string[] = ['his', 'her', 'their', 'the', 'your', 'our', 'my', 'its'];

/** Words after a relationship that make it part of something else: "mother tongue", "father figure". */
export const NOT_PERSON_AFTER: readonly string[] = ['tongue', 'figure', 'figures', 'language', 'country', 'nature', 'earth', 'ship', 'hen', 'superior'];

/** Words after "partner" that make it an adjective: "partner agencies". */
export const PARTNER_NOT_PERSON: readonly string[] = ['agency', 'agencies', 'organisation', 'organisations', 'organization', 'organizations', 'service', 'services', 'school', 'schools', 'professionals', 'meeting'];

/**
 * Capitalised words that are not a person's first name even before a verb: sentence openers and
 * generic subjects ("Staff said", "School rang"), services, apps and brands a note mentions. Extendable
 * with the `notNames` option (a team's own services and places).
 */
export const NOT_FIRST_NAMES: readonly string[] = [
  ...PEOPLE.filter((role) => !role.includes(' ')),
  ...PEOPLE.filter((role) => !role.includes(' ')).map((role) => `${role}s`),
  'security', 'management', 'admin', 'ambulance', 'paramedics', 'crew', 'council', 'court', 'magistrates', 'solicitors',
  'visitors', 'professionals', 'agencies', 'partners', 'colleagues', 'workers', 'residents', 'pupils', 'students', 'boys',
  'girls', 'siblings', 'hospital', 'surgery', 'clinic', 'practice', 'pharmacy', 'probation', 'agency', 'triage', 'support',
  'attendees', 'participants', 'members', 'group', 'panel', 'conference', 'meeting', 'network', 'managers', 'supervisors',
  'neither', 'nobody', 'together', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekends',
  'call', 'contact', 'referral', 'email', 'letter', 'message', 'text', 'information', 'report', 'update', 'concerns', 'request',
  'everyone', 'everybody', 'nobody', 'noone', 'someone', 'somebody', 'anyone', 'anybody', 'staff', 'police', 'officers', 'teachers',
  'parents', 'carers', 'neighbours', 'family', 'friends', 'children', 'both', 'all', 'each', 'none', 'others', 'people', 'health',
  'housing', 'nursery', 'college', 'school', 'social', 'services', 'children\'s', 'early', 'help', 'duty', 'team', 'manager',
  'home', 'purpose', 'present', 'analysis', 'plan', 'actions', 'action', 'outcome', 'summary', 'update', 'visit', 'note', 'next',
  'please', 'thanks', 'dear', 'regards', 'kind', 'best', 'hi', 'hello', 'morning', 'afternoon', 'evening', 'tonight', 'tomorrow',
  'childline', 'mosaic', 'google', 'youtube', 'roblox', 'fortnite', 'minecraft', 'netflix', 'xbox', 'playstation', 'amazon',
  'tesco', 'asda', 'aldi', 'lidl', 'primark', 'greggs', "mcdonald's", "barnardo's", 'cafcass', 'ofsted', 'kooth', 'samaritans',
  'refuge', 'shelter', 'jobcentre', 'facetime', 'god', 'allah', 'jesus', 'ramadan', 'eid', 'diwali', 'hanukkah', 'halloween',
  'english', 'maths', 'science', 'reception', 'nhs', 'british', 'polish', 'romanian', 'urdu', 'arabic', 'punjabi', 'bengali',
  'somali', 'portuguese', 'spanish', 'french', 'italian', 'lithuanian', 'kurdish', 'farsi', 'pashto', 'tigrinya', 'ukrainian',
];
