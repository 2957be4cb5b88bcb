import { ROLES } from './roles.js';

/**
 * Word lists of the named-source detector (rules/lib/named-source.ts), shared by attribute-source and
 * attribute-opinion. A source is "named" when the note says who it is: a title and a name ("Ms Khan",
 * "Dr Patel"), a name ("Amira", "Oakfield Primary School"), or a role after a determiner or possessive
 * ("the class teacher", "Jayden's grandmother", "her GP"). All lower case unless said otherwise.
 */

/** Titles written before a surname; matched as written (capitalised), a full stop after them allowed. */
export const TITLES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Doctor', 'Prof', 'Professor', 'Sir', 'Dame', 'Lady', 'Lord',
  'Rev', 'Revd', 'Reverend', 'Father', 'Imam', 'Rabbi', 'Pastor', 'Cllr', 'Councillor', 'Judge',
  'PC', 'DC', 'DS', 'DI', 'DCI', 'PCSO', 'Sgt', 'Sergeant', 'Inspector', 'Constable', 'Detective', 'Officer',
  'Nurse', 'Sister', 'Midwife',
];

/** Roles and relationships of people who give information about a child, besides the signing roles of roles.ts. */
export const PEOPLE: readonly string[] = [
  // school and early years
  'teacher', 'class teacher', 'form teacher', 'form tutor', 'tutor', 'head teacher', 'headteacher', 'head',
  'deputy head', 'deputy headteacher', 'assistant head', 'head of year', 'year leader', 'teaching assistant',
  'learning mentor', 'mentor', 'pastoral lead', 'pastoral worker', 'pastoral manager', 'safeguarding lead',
  'designated safeguarding lead', 'deputy safeguarding lead', 'special educational needs coordinator', 'senco',
  'attendance officer', 'education welfare officer', 'nursery worker', 'nursery manager', 'key person',
  'childminder', 'lunchtime supervisor', 'receptionist', 'school office',
  // health
  'gp', 'doctor', 'paediatrician', 'consultant', 'nurse', 'school nurse', 'practice nurse', 'community nurse',
  'health visitor', 'midwife', 'psychiatrist', 'psychologist', 'clinical psychologist', 'therapist',
  'counsellor', 'dentist', 'pharmacist', 'paramedic', 'ambulance crew', 'health worker', 'mental health nurse',
  'mental health worker', 'camhs worker', 'drug worker', 'substance misuse worker', 'recovery worker',
  'occupational therapist', 'speech and language therapist', 'physiotherapist', 'optician', 'ward sister',
  // police, justice, housing and others
  'police officer', 'officer', 'police constable', 'detective', 'detective constable', 'sergeant',
  'probation officer', 'solicitor', 'barrister', 'guardian', "children's guardian", 'magistrate', 'judge',
  'housing officer', 'housing worker', 'landlord', 'landlady', 'caretaker', 'neighbour', 'interpreter',
  'advocate', 'key worker', 'keyworker', 'foster carer', 'carer', 'kinship carer', 'special guardian',
  'social worker', 'colleague', 'worker', 'volunteer', 'coach', 'faith leader', 'priest', 'vicar', 'imam',
  'refuge worker', 'domestic abuse worker', 'domestic abuse advocate', 'idva', 'chair', 'minute taker',
  // family and household
  'mother', 'father', 'mum', 'dad', 'mummy', 'daddy', 'parent', 'stepmother', 'stepfather', 'stepmum',
  'stepdad', 'step mother', 'step father', 'step mum', 'step dad', 'grandmother', 'grandfather', 'grandma',
  'grandad', 'granddad', 'grandparent', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandpa',
  'great grandmother', 'great grandfather', 'aunt', 'auntie', 'aunty', 'uncle', 'cousin', 'sister', 'brother',
  'half sister', 'half brother', 'stepsister', 'stepbrother', 'sibling', 'son', 'daughter', 'child', 'boy',
  'girl', 'partner', 'ex partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'fiance', 'fiancee',
  'friend', 'best friend', 'family friend', 'lodger', 'flatmate', 'godmother', 'godfather',
];

/** Organisations and groups that are a named source after a determiner ("the school", "the police"). */
const ORGANISATIONS: readonly string[] = [
  'school', 'nursery', 'college', 'academy', 'pupil referral unit', 'police', 'hospital', 'ward',
  'emergency department', 'surgery', 'gp surgery', 'gp practice', 'health visiting team', 'midwifery team',
  'school nursing team', 'mental health team', 'camhs', 'youth justice service', 'youth offending team',
  'probation service', 'housing association', 'housing department', 'council', 'local authority',
  'ambulance service', 'fire service', 'refuge', 'children\'s centre', 'family hub', 'core group',
  'conference', 'strategy meeting', 'panel', 'network meeting', 'multi agency safeguarding hub', 'mash',
  'front door', 'duty team', 'team',
];

/** Every role and organisation the detector knows, lower case. */
export const SOURCE_ROLES: readonly string[] = [...new Set([...PEOPLE, ...ORGANISATIONS, ...ROLES])];

/** Words that make the next role a particular one ("the teacher", "his mother", "Jayden's GP"). */
export const DETERMINERS: readonly string[] = ['the', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'a', 'an', 'this', 'both'];

/** Family words used as names without a determiner ("Mum said", "nan told me"). */
export const BARE_ROLES: readonly string[] = ['mum', 'dad', 'mummy', 'daddy', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandad', 'granddad', 'grandpa', 'auntie', 'aunty'];

/**
 * Verbs whose subject is the source of what follows: "Ms Khan told me", "Dr Patel thinks", "the school
 * nurse has reported". Forms are written out: many are irregular.
 */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'reported', 'reports', 'report', 'stated', 'states', 'explained',
  'explains', 'disclosed', 'discloses', 'mentioned', 'mentions', 'confirmed', 'confirms', 'advised', 'advises',
  'informed', 'informs', 'alleged', 'alleges', 'claimed', 'claims', 'described', 'describes', 'added', 'adds',
  'noted', 'notes', 'shared', 'shares', 'raised', 'raises', 'rang', 'phoned', 'telephoned', 'called', 'emailed',
  'wrote', 'writes', 'texted', 'messaged', 'recalled', 'admitted', 'admits', 'denied', 'denies', 'agreed', 'agrees',
  'indicated', 'indicates', 'suggested', 'suggests', 'expressed', 'expresses', 'highlighted', 'highlights',
  'relayed', 'passed', 'recorded', 'records', 'referred', 'contacted', 'asked', 'answered', 'replied', 'responded',
  'thinks', 'think', 'thought', 'believes', 'believe', 'believed', 'feels', 'feel', 'felt', 'suspects', 'suspect',
  'suspected', 'considers', 'consider', 'considered', 'worries', 'worried', 'knows', 'knew', 'understands',
  'understood', 'observed', 'observes', 'noticed', 'notices', 'saw', 'sees', 'heard', 'hears', 'witnessed',
  'concluded', 'concludes', 'assessed', 'assesses', 'judged', 'judges', 'estimated', 'estimates', 'diagnosed',
  'found', 'finds', 'advises', 'warned', 'warns', 'commented', 'comments', 'remarked', 'queried', 'questioned',
  'concerned',
];

/** Words between a subject and its reporting verb: "Ms Khan has also said", "the GP is concerned". */
export const AUXILIARIES: readonly string[] = [
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'been', 'did', 'does', 'do', 'would', 'will', 'could', 'may',
  'also', 'then', 'later', 'further', 'initially', 'previously', 'subsequently', 'today', 'yesterday', 'again',
  'first', 'herself', 'himself', 'themselves', 'separately', 'both', 'all', 'clearly', 'specifically', 'directly',
];

/** Nouns that carry information, so that "a call from", "a referral from", "the report by" name its source. */
export const REPORT_NOUNS: readonly string[] = [
  'referral', 'report', 'reports', 'call', 'phone', 'telephone', 'email', 'e-mail', 'letter', 'information',
  'concern', 'concerns', 'allegation', 'allegations', 'disclosure', 'statement', 'account', 'update', 'notification',
  'contact', 'enquiry', 'request', 'voicemail', 'minutes',
];

/** Nouns after a possessive that make its owner the source: "in the GP's view", "Ms Khan's account". */
export const VIEW_NOUNS: readonly string[] = [
  'view', 'views', 'opinion', 'opinions', 'assessment', 'understanding', 'account', 'report', 'referral',
  'belief', 'impression', 'concern', 'concerns', 'words', 'statement', 'letter', 'email', 'evidence', 'records',
  'notes', 'observation', 'observations', 'judgement', 'diagnosis',
];

/** Verbs and nouns of a conversation whose other party is the source of what the next sentence reports. */
export const CONVERSATION_WORDS: readonly string[] = [
  'spoke', 'speak', 'speaking', 'talked', 'talk', 'talking', 'rang', 'phoned', 'telephoned', 'called', 'met',
  'emailed', 'contacted', 'visited', 'conversation', 'discussion', 'call', 'meeting', 'interview', 'interviewed',
  'session',
];

/** Pronouns that refer back to a person named before them. */
export const PRONOUNS: readonly string[] = ['he', 'she', 'they', 'who'];

/** Pronouns after "according to" that refer back to a person named before them. */
export const OBJECT_PRONOUNS: readonly string[] = ['him', 'her', 'them', 'he', 'she', 'they'];

/** Capitalised words that are not names: sentence openers, days, months, holidays, apps. */
export const NOT_NAMES: readonly string[] = [
  'i', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'they', 'he', 'she', 'we', 'you', 'who', 'what',
  'when', 'where', 'why', 'how', 'the', 'a', 'an', 'and', 'but', 'or', 'if', 'as', 'at', 'on', 'in', 'by', 'from',
  'to', 'of', 'after', 'before', 'during', 'following', 'today', 'yesterday', 'tomorrow', 'later', 'earlier',
  'then', 'also', 'however', 'apparently', 'allegedly', 'reportedly', 'supposedly', 'concerns', 'information',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'christmas', 'easter', 'half', 'term', 'teams', 'zoom', 'skype', 'whatsapp', 'facebook',
  'instagram', 'snapchat', 'tiktok', 'email', 'text', 'phone', 'letter', 'post', 'year', 'my', 'his', 'her',
  'their', 'our', 'your', 'someone', 'somebody', 'people', 'everyone', 'nobody', 'anonymous',
];

/** Words after a postposed attribution that still end the sentence: "…, Ms Khan told me on the phone." */
export const TRAILING_WORDS: readonly string[] = [
  'me', 'us', 'him', 'her', 'them', 'this', 'so', 'today', 'yesterday', 'earlier', 'later', 'on', 'the', 'phone',
  'too', 'also', 'again', 'to', 'by', 'in', 'at', 'meeting', 'call', 'email', 'visit', 'when', 'asked', 'writing',
];

/** Words that end the clause of a report, so that a "by" after them belongs to another verb. */
export const CLAUSE_BREAKS: readonly string[] = ['that', 'which', 'who', 'because', 'when', 'where', 'while', 'whilst', 'but', 'if'];

/** Words that start a new, contrasting clause: a source before them does not cover what follows. */
export const CONTRAST_WORDS: readonly string[] = ['but', 'however', 'although', 'though', 'whereas', 'yet', 'while', 'whilst'];

/** Irregular past participles of actions: "hit by his father" names who hit, not who reported it. */
export const ACTION_PARTICIPLES: readonly string[] = [
  'hit', 'hurt', 'cut', 'struck', 'beaten', 'bitten', 'taken', 'seen', 'held', 'caught', 'left', 'kept', 'sent',
  'brought', 'thrown', 'shaken', 'bought', 'made', 'put', 'fed', 'met', 'led', 'driven', 'given', 'shown', 'let',
];

/** Words that cannot stand between a determiner and its role ("the … teacher"). */
export const STOP_WORDS: readonly string[] = [
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'about', 'as', 'than', 'not', 'no', 'if', 'because', 'when', 'where', 'is', 'was', 'are', 'were', 'has', 'had',
  'have', 'been', 'be', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'did', 'does', 'do', 'i', 'he',
  'she', 'they', 'we', 'you', 'it', 'the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'this',
];
