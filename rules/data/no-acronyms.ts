import type { PhraseEntry } from '../../src/types.js';

/**
 * Acronyms and abbreviations of UK children's social care, each with what it stands for.
 *
 * Started from the project's domain research (§2(a): local authority glossaries such as Sutton,
 * Patch, Lancashire and the London safeguarding acronym lists) and checked against common usage;
 * every expansion is a fact to check, not wording from a source.
 *
 * - Acronyms are `caseSensitive`: "CP" is flagged, "cp" is not, and "SoS" (Signs of Safety) is not
 *   "SOS". Plurals and possessives ("IROs", "LAC's") and acronyms inside a hyphenated word
 *   ("CAMHS-led", "pre-ICPC") are found by the rule itself.
 * - `replacement` is the expansion written as it would sit in a sentence: names of services,
 *   teams, meetings and documents keep their capitals; ordinary nouns are lower case. The rule
 *   capitalises it at the start of a sentence.
 * - `data.alternatives`: other common meanings of an ambiguous acronym (HV is a health visitor or
 *   a home visit); each becomes a suggestion of its own.
 * - `data.notBefore`: words that make the letters mean something else ("DNA test").
 * - `data.shorthand`: note-taking shorthand in capitals ("F2F", "DNA'd"), reported as an
 *   abbreviation to write in full, never as an acronym to define on first use.
 * - Where children and families dislike the expanded term too (LAC, CLA), the replacement is the
 *   term they prefer ("child in care", as Ofsted writes it).
 *
 * Left out on purpose (the rule still flags them as unknown capitals, with a generic message):
 * CO (care order, or carbon monoxide on a home-safety check), DO (designated officer, or "DO" in
 * capitals), CE, MACE (also the spray), ATM, DT, SN, SLT, ICS: too ambiguous to offer one expansion.
 */
type Acronym = [match: string | readonly string[], expansion: string, data?: { alternatives?: string[]; notBefore?: string[]; advice?: string; shorthand?: boolean }];

const ACRONYM_TABLE: readonly Acronym[] = [
  // Child protection and children in need
  ['CP', 'child protection'],
  ['CPP', 'child protection plan'],
  ['CP-IS', 'Child Protection Information Sharing system'],
  ['ICPC', 'initial child protection conference'],
  ['RCPC', 'review child protection conference'],
  ['CG', 'core group'],
  ['CIN', 'child in need'],
  [['S17', 's17', 'S.17', 's.17'], 'section 17'],
  [['S20', 's20', 'S.20', 's.20'], 'section 20'],
  [['S31', 's31', 'S.31', 's.31'], 'section 31'],
  [['S46', 's46', 'S.46', 's.46'], 'police protection'],
  [['S47', 's47', 'S.47', 's.47'], 'section 47'],
  ['NAI', 'non-accidental injury'],
  ['FII', 'fabricated or induced illness'],
  ['NFA', 'no further action'],
  ['SoS', 'Signs of Safety'],
  ['MASH', 'Multi-Agency Safeguarding Hub'],
  ['EDT', 'Emergency Duty Team (the out-of-hours social work team)'],
  ['LADO', 'Local Authority Designated Officer'],
  ['DSL', 'designated safeguarding lead'],
  ['CSPR', 'Child Safeguarding Practice Review'],
  ['LSCB', 'Local Safeguarding Children Board'],
  ['LSCP', 'Local Safeguarding Children Partnership'],
  ['CDOP', 'Child Death Overview Panel'],
  ['CAIT', 'Child Abuse Investigation Team'],
  ['ABE', 'Achieving Best Evidence interview (a video-recorded police interview)'],
  ['SARC', 'Sexual Assault Referral Centre'],
  ['RHI', 'return home interview'],
  ['TAF', 'Team Around the Family'],
  ['CAF', 'Common Assessment Framework'],
  ['EH', 'early help'],
  ['EHA', 'early help assessment'],
  ['FGC', 'family group conference'],
  // Children in care
  ['LAC', 'child in care', { alternatives: ['children in care'] }],
  ['CLA', 'child in care', { alternatives: ['children in care'] }],
  [['CIC', 'CiC'], 'child in care'],
  ['UASC', 'unaccompanied asylum-seeking child'],
  ['IRO', 'Independent Reviewing Officer'],
  ['PEP', 'Personal Education Plan'],
  ['IHA', 'initial health assessment'],
  ['RHA', 'review health assessment'],
  ['IFA', 'independent fostering agency'],
  ['FC', 'foster carer', { advice: 'or, better, the foster carer\'s name' }],
  ['SGO', 'special guardianship order'],
  ['ADM', 'agency decision maker'],
  ['FDM', 'fostering decision maker'],
  ['RAA', 'regional adoption agency'],
  ['PA', 'personal adviser', { alternatives: ['personal assistant'] }],
  ['NEET', 'not in education, employment or training'],
  // Courts and the law
  ['PLO', 'Public Law Outline'],
  ['LPM', 'legal planning meeting'],
  ['ICO', 'interim care order'],
  ['ISO', 'interim supervision order'],
  ['EPO', 'emergency protection order'],
  ['CAO', 'child arrangements order'],
  ['PR', 'parental responsibility'],
  ['IRH', 'issues resolution hearing'],
  ['FH', 'final hearing'],
  ['FHDRA', 'First Hearing Dispute Resolution Appointment'],
  [['Cafcass', 'CAFCASS'], 'Children and Family Court Advisory and Support Service'],
  ['FDAC', 'Family Drug and Alcohol Court'],
  ['CPS', 'Crown Prosecution Service'],
  ['MCA', 'Mental Capacity Act'],
  ['MHA', 'Mental Health Act'],
  [['DoLS', 'DOLS'], 'Deprivation of Liberty Safeguards'],
  ['NRPF', 'no recourse to public funds'],
  // Abuse, exploitation and risk
  ['DA', 'domestic abuse'],
  ['DV', 'domestic violence'],
  ['CSE', 'child sexual exploitation'],
  ['CCE', 'child criminal exploitation'],
  ['CSA', 'child sexual abuse'],
  ['FGM', 'female genital mutilation'],
  [['HBA', 'HBV'], 'honour-based abuse'],
  ['ASB', 'anti-social behaviour'],
  ['DASH', 'domestic abuse risk checklist (DASH)'],
  ['MARAC', 'Multi-Agency Risk Assessment Conference'],
  ['MAPPA', 'Multi-Agency Public Protection Arrangements'],
  ['IDVA', 'Independent Domestic Violence Adviser'],
  ['ISVA', 'Independent Sexual Violence Adviser'],
  ['CEOP', 'Child Exploitation and Online Protection command'],
  [['ACE', 'ACEs'], 'adverse childhood experiences'],
  ['CME', 'child missing education'],
  ['NRM', 'National Referral Mechanism (the process for identifying victims of modern slavery)'],
  ['YOI', 'Young Offender Institution'],
  // Health and disability
  ['CAMHS', 'Child and Adolescent Mental Health Services'],
  ['CMHT', 'community mental health team'],
  ['CPN', 'community psychiatric nurse'],
  ['AMHP', 'approved mental health professional'],
  ['MH', 'mental health'],
  ['HV', 'health visitor', { alternatives: ['home visit'] }],
  ['OT', 'occupational therapist'],
  ['SALT', 'speech and language therapist'],
  ['ADHD', 'attention deficit hyperactivity disorder'],
  ['ASD', 'autism', { alternatives: ['autism spectrum disorder'] }],
  ['ASC', 'autism spectrum condition', { alternatives: ['adult social care'] }],
  ['PTSD', 'post-traumatic stress disorder'],
  ['ODD', 'oppositional defiant disorder'],
  ['FASD', 'foetal alcohol spectrum disorder'],
  ['STI', 'sexually transmitted infection'],
  ['A&E', 'Accident and Emergency', { alternatives: ['the hospital emergency department'] }],
  ['SDQ', 'Strengths and Difficulties Questionnaire'],
  ['BSL', 'British Sign Language'],
  ['DNA', 'did not attend', { notBefore: ['test', 'tests', 'testing', 'tested', 'sample', 'samples', 'result', 'results', 'evidence', 'profile', 'swab', 'swabs'] }],
  [["DNA'd", 'DNA\u2019d', 'DNAd', 'DNAed'], 'did not attend', { shorthand: true }],
  // Education
  ['SEN', 'special educational needs'],
  ['SEND', 'special educational needs and disabilities'],
  [['SENCO', 'SENCo'], 'special educational needs co-ordinator'],
  ['EHCP', 'Education, Health and Care Plan'],
  ['ELSA', 'emotional literacy support assistant'],
  ['PRU', 'pupil referral unit'],
  ['EWO', 'education welfare officer'],
  ['EHE', 'elective home education'],
  ['TA', 'teaching assistant'],
  ['HT', 'head teacher'],
  ['DHT', 'deputy head teacher'],
  ['PE', 'physical education'],
  ['SEMH', 'social, emotional and mental health needs'],
  ['FTE', 'fixed-term exclusion (suspension)'],
  // Workers and services
  ['SW', 'social worker'],
  ['SSW', 'senior social worker'],
  ['ISW', 'independent social worker'],
  ['NQSW', 'newly qualified social worker'],
  ['ASYE', 'Assessed and Supported Year in Employment'],
  ['FSW', 'family support worker'],
  ['TM', 'team manager'],
  [['HoS', 'HOS'], 'Head of Service'],
  ['DCS', 'Director of Children\'s Services'],
  ['CSC', 'children\'s social care'],
  ['CWD', 'Children with Disabilities team'],
  [['YOT', 'YOS'], 'Youth Offending Team'],
  ['YJS', 'Youth Justice Service'],
  ['MST', 'Multi-Systemic Therapy'],
  ['FFT', 'Functional Family Therapy'],
  ['SPOC', 'single point of contact'],
  ['SPA', 'single point of access'],
  ['DBS', 'Disclosure and Barring Service check'],
  [['DfE', 'DFE'], 'Department for Education'],
  ['DWP', 'Department for Work and Pensions'],
  ['PIP', 'Personal Independence Payment'],
  ['DLA', 'Disability Living Allowance'],
  ['UC', 'Universal Credit'],
  ['ESA', 'Employment and Support Allowance'],
  ['LA', 'local authority'],
  ['PCSO', 'police community support officer'],
  ['PC', 'Police Constable'],
  ['DC', 'Detective Constable'],
  ['DS', 'Detective Sergeant'],
  ['CID', 'Criminal Investigation Department'],
  // People
  ['YP', 'young person', { advice: 'or, better, the young person\'s name' }],
  ['CYP', 'children and young people'],
  ['MGM', 'maternal grandmother', { advice: 'or, better, her name and relationship to the child' }],
  ['MGF', 'maternal grandfather', { advice: 'or, better, his name and relationship to the child' }],
  ['PGM', 'paternal grandmother', { advice: 'or, better, her name and relationship to the child' }],
  ['PGF', 'paternal grandfather', { advice: 'or, better, his name and relationship to the child' }],
  ['MOC', 'the child\'s mother', { advice: 'or, better, her name' }],
  ['FOC', 'the child\'s father', { advice: 'or, better, his name' }],
  ['NOK', 'next of kin'],
  ['RSW', 'residential support worker'],
  ['RCW', 'residential care worker'],
  ['PSW', 'principal social worker'],
  ['DDSL', 'deputy designated safeguarding lead'],
  ['EP', 'educational psychologist'],
  // Case-note shorthand in capitals
  ['F2F', 'face to face', { shorthand: true }],
  ['UHV', 'unannounced home visit', { shorthand: true }],
  ['AHV', 'announced home visit', { shorthand: true }],
  ['SV', 'statutory visit', { shorthand: true }],
  ['NTR', 'nothing to report', { advice: 'and say what was checked', shorthand: true }],
  [['NB', 'N.B'], 'note', { shorthand: true }],
  ['RTA', 'road traffic collision'],
  ['B&B', 'bed and breakfast'],
];

/**
 * Abbreviations written in lower case (or any case): matched case-insensitively. Text-speak ("lol",
 * "tbh", "bf") belongs to no-slang and is left out here. "etc.", "e.g." and "i.e." are left out:
 * understood by most readers, and "i.e." is one of the ways explain-technical-terms accepts to
 * introduce an explanation ("enuresis, i.e. bed-wetting"), so flagging it would contradict that rule. "info" is left
 * out: plain enough.
 * - `label: true`: fine as the label of a contact detail ("Tel: 0121 496 0000", "tel. 07700 900123"),
 *   flagged in a sentence ("Tel call to school").
 */
type Abbreviation = [match: string | readonly string[], expansion: string, data?: { alternatives?: string[]; label?: boolean }];

const ABBREVIATION_TABLE: readonly Abbreviation[] = [
  ['appt', 'appointment'],
  ['appts', 'appointments'],
  [['approx', 'approx.'], 'about'],
  [['asap', 'a.s.a.p'], 'as soon as possible'],
  ['b/c', 'because'],
  ['w/c', 'the week beginning'],
  ['w/e', 'the weekend', { alternatives: ['the week ending'] }],
  ['w/', 'with'],
  ['w/o', 'without'],
  ['c/o', 'care of', { alternatives: ['complained of'] }],
  ['t/c', 'telephone call'],
  ['s/w', 'social worker'],
  ['f/c', 'foster carer'],
  ['h/v', 'home visit', { alternatives: ['health visitor'] }],
  ['n/a', 'not applicable'],
  ['tbc', 'to be confirmed'],
  ['tba', 'to be arranged'],
  ['mtg', 'meeting'],
  ['mtgs', 'meetings'],
  [['dob', 'd.o.b'], 'date of birth'],
  [['hrs'], 'hours'],
  [['mins'], 'minutes'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['mth', 'month'],
  ['mths', 'months'],
  ['yr', 'year'],
  ['yrs', 'years'],
  [['yo', 'y/o', 'y.o'], 'years old'],
  [['dept'], 'department'],
  [['hx'], 'history'],
  [['dx'], 'diagnosis'],
  [['tx'], 'treatment'],
  ['misper', 'missing person'],
  ['mispers', 'missing people'],
  [['x2'], 'twice'],
  [['x3'], 'three times'],
  [['tel', 'tel.'], 'telephone', { label: true }],
  [['incl', 'incl.'], 'including'],
  [['esp', 'esp.'], 'especially'],
];

const CASE_SENSITIVE = ACRONYM_TABLE.map(([match, expansion, data]): PhraseEntry => {
  const entry: { -readonly [K in keyof PhraseEntry]: PhraseEntry[K] } = { match, replacement: expansion, caseSensitive: true };
  if (data?.advice) entry.advice = data.advice;
  if (data?.alternatives || data?.notBefore || data?.shorthand) {
    entry.data = { alternatives: data.alternatives, notBefore: data.notBefore, shorthand: data.shorthand };
  }
  return entry;
});

const CASE_INSENSITIVE = ABBREVIATION_TABLE.map(([match, expansion, data]): PhraseEntry => (data ? { match, replacement: expansion, data } : { match, replacement: expansion }));

/** Every built-in entry of no-acronyms: acronyms (case-sensitive) then abbreviations. */
export const ACRONYMS: readonly PhraseEntry[] = [...CASE_SENSITIVE, ...CASE_INSENSITIVE];

/**
 * Acronyms that are not flagged even though they are capitals: better known than their expansions,
 * in the words children and parents use themselves ("we went to A&E", "I saw the GP"), so writing
 * them out would make a note harder, not easier, to read. The standard's aim is plain language.
 * Kept small on purpose; a team adds its own with the `allow` option. Also: times (AM, PM, GMT,
 * BST), scans whose names are the everyday words (MRI, CT), and "RE" (the "Re:" of an email's
 * subject more often than religious education; a pasted email is summarise-emails' business).
 * "A&E" and "PE" are not here: practitioners count them as acronyms to write out ("Accident and
 * Emergency", "physical education").
 */
export const UNIVERSAL_ACRONYMS: readonly string[] = [
  'UK', 'GB', 'NHS', 'GP', 'OK', 'TV', 'ID', 'DVD', 'CD', 'RE', 'BBC', 'EU', 'USA', 'UN', 'MP', 'CCTV', 'PIN', 'SIM',
  'COVID', 'HIV', 'MRI', 'CT', 'AM', 'PM', 'GMT', 'BST', 'NSPCC', 'RSPCA', 'SMS', 'PDF', 'IT', 'ICU',
];

/**
 * Ordinary English words written in capitals for emphasis ("she must NOT contact him", "NOT SEEN",
 * "PLEASE CALL"): capitals, but not acronyms. Shouting is no-uppercase-blocks' business. Only words
 * of two to six letters matter (longer capitals are never taken for acronyms): the common short
 * words of English and of case notes. A plural in "S" counts as its word ("RISKS", "VIEWS").
 */
export const CAPITALISED_WORDS: readonly string[] = [
  'A', 'AN', 'AND', 'ANY', 'ALL', 'ARE', 'AS', 'AT', 'BE', 'BUT', 'BY', 'CAN', 'DID', 'DO', 'DONT', 'FOR', 'GO', 'HAD', 'HAS',
  'HE', 'HER', 'HIM', 'HIS', 'HOW', 'IF', 'IN', 'IS', 'ME', 'MUST', 'MY', 'NEVER', 'NO', 'NOT', 'NOW', 'OF', 'ON', 'ONLY', 'OR',
  'OUR', 'OUT', 'SHE', 'SO', 'STOP', 'THE', 'THEY', 'THIS', 'TO', 'UP', 'US', 'VERY', 'WAS', 'WE', 'WHAT', 'WHEN', 'WHO', 'WHY',
  'WILL', 'WITH', 'YES', 'YOU', 'YOUR', 'HELP', 'NEW', 'NOTE', 'URGENT', 'RE',
  // Function words and common verbs.
  'ABOUT', 'ABOVE', 'AFTER', 'AGAIN', 'ALSO', 'AM', 'ASK', 'ASKED', 'AWAY', 'BACK', 'BEEN', 'BEFORE', 'BEING', 'BELOW', 'BOTH',
  'CALL', 'CALLED', 'CAME', 'CANNOT', 'CANT', 'COME', 'COULD', 'DOES', 'DONE', 'DOWN', 'EACH', 'EVEN', 'EVER', 'EVERY', 'FEW',
  'FROM', 'GET', 'GIVE', 'GIVEN', 'GOING', 'GONE', 'GOT', 'HAVE', 'HERE', 'HOLD', 'INTO', 'IT', 'ITS', 'JUST', 'KEEP', 'KNOW',
  'LEFT', 'LET', 'LIKE', 'MADE', 'MAKE', 'MANY', 'MAY', 'MIGHT', 'MORE', 'MOST', 'MUCH', 'NEED', 'NEEDS', 'NEXT', 'NONE', 'OFF',
  'ONCE', 'ONE', 'ONTO', 'OTHER', 'OVER', 'PLEASE', 'PUT', 'READ', 'RING', 'SAID', 'SAME', 'SAW', 'SAY', 'SEE', 'SEEN', 'SENT',
  'SHALL', 'SHOULD', 'SOME', 'SUCH', 'TAKE', 'TAKEN', 'TELL', 'THAN', 'THAT', 'THEIR', 'THEM', 'THEN', 'THERE', 'THESE', 'THOSE',
  'TOLD', 'TOO', 'TWO', 'THREE', 'UNDER', 'UNTIL', 'UPON', 'WANT', 'WELL', 'WENT', 'WERE', 'WHERE', 'WHICH', 'WHILE', 'WHOSE',
  'WOULD', 'YET',
  // Words of case notes and of warnings written in capitals.
  'ALERT', 'ADULT', 'ANGRY', 'BABY', 'BAD', 'BOY', 'CALM', 'CHILD', 'DAD', 'DANGER', 'DATE', 'DAY', 'DEAD', 'DIE', 'DONE',
  'EARLY', 'FALSE', 'FINAL', 'FINE', 'FIRE', 'FIRST', 'GIRL', 'GOOD', 'HATE', 'HIGH', 'HIT', 'HOME', 'HOUR', 'HURT', 'KILL',
  'LAST', 'LATE', 'LOUD', 'LOVE', 'LOW', 'MAN', 'MUM', 'NAME', 'NIGHT', 'OKAY', 'PLAN', 'POLICE', 'REAL', 'RISK', 'SAFE',
  'SCARED', 'SHOUT', 'SORRY', 'TIME', 'TODAY', 'TRUE', 'VISIT', 'WARNING', 'WEEK', 'WOMAN', 'WRONG', 'UPDATE', 'CLOSED', 'OPEN',
  'AGREED', 'NOTED', 'REVIEW', 'ACTION', 'ACTIONS', 'SIGNED', 'DRAFT', 'ADDED', 'ALWAYS', 'ABLE', 'AGE', 'ALONE', 'BED', 'BEST',
  'BIG', 'BLOOD', 'CAR', 'DOOR', 'DRUGS', 'FOOD', 'FOUND', 'HOUSE', 'KNEW', 'KNIFE', 'LEAVE', 'LITTLE', 'LONG', 'LOOK', 'MONEY',
  'NEAR', 'OLD', 'OWN', 'PART', 'PHONE', 'RIGHT', 'ROOM', 'SHOWN', 'SMALL', 'STILL', 'THINK', 'USED', 'WAIT', 'WAY', 'WHOLE',
  'WORK', 'YEAR',
  // One-word headings.
  'AIM', 'AIMS', 'AGENDA', 'ABSENT', 'DETAIL', 'FAMILY', 'GOAL', 'HEALTH', 'ISSUE', 'ITEM', 'MEMO', 'NOTES', 'REASON', 'RESULT',
  'SAFETY', 'SCHOOL', 'STEP', 'TASK', 'VIEW', 'VOICE', 'WISH', 'WISHES', 'WORRY',
];

/**
 * Shops and companies known by their capitals ("ASDA", "IKEA", "BT"): names, not acronyms to write
 * out. A team adds its local ones with the `allow` option. Capitals right before a word for a shop
 * ("the KFC restaurant", "a BP garage") are taken for a name too (see SHOP_WORDS).
 */
export const BRAND_NAMES: readonly string[] = [
  'ASDA', 'IKEA', 'BT', 'EE', 'KFC', 'HSBC', 'TSB', 'RBS', 'BP', 'B&Q', 'M&S', 'H&M', 'P&O', 'HMV', 'ITV',
  'BMW', 'UPS', 'DHL', 'DPD', 'ASOS', 'TUI', 'LIDL', 'ALDI', 'TESCO', 'BHS', 'NCP', 'AXA', 'QVC', 'AA', 'RAC', 'PS4', 'PS5', 'XBOX',
];

/** Words after capitals that make them the name of a shop or company: "the ASDA store". */
export const SHOP_WORDS: readonly string[] = [
  'store', 'stores', 'shop', 'shops', 'supermarket', 'superstore', 'express', 'extra', 'metro', 'outlet', 'cafe', 'café',
  'restaurant', 'garage', 'branch', 'voucher', 'vouchers',
];

/**
 * Numbered shorthand written with one letter, which the capitals test does not see: "S37" (section
 * 37 of the Children Act, where the list has no entry of its own) and "Y6" (Year 6 at school).
 * `$1` in the expansion is the number as written.
 */
export const NUMBERED_SHORTHAND: readonly { shape: RegExp; expansion: string }[] = [
  { shape: /^[Ss]\.?(\d{1,3}[A-Z]?)$/, expansion: 'section $1' },
  { shape: /^(?:Y|Yr|yr)(1[0-3]|[1-9])$/, expansion: 'Year $1' },
];

/** Every acronym of the built-in list as written (for rules that need to tell acronyms from shouting). */
export const ACRONYM_WORDS: readonly string[] = [
  ...CASE_SENSITIVE.flatMap((entry) => (typeof entry.match === 'string' ? [entry.match] : [...entry.match])),
  ...UNIVERSAL_ACRONYMS,
];
