import type { PhraseEntry } from '../../src/types.js';

/**
 * Data of the spelling rule. The dictionary itself (every form of SCOWL's en_GB-ise Hunspell dictionary)
 * is generated into spelling-dictionary.ts; these lists cover what it lacks and what it cannot say.
 *
 * A word ending in "~" stands for its regular forms too ("haematoma~": haematomas), as in phrase
 * patterns (src/engine/inflections.ts). Lists hold lower-case words: a word is accepted in any case.
 */

/**
 * Words of children's social care that the general dictionary lacks: health, medication, law, family
 * and everyday words of case notes. Only words missing from the dictionary are listed (a test checks).
 * Names of conditions and medicines a note may record are spelt here as the NHS and the BNF spell them.
 */
export const CASEWORK_WORDS: readonly string[] = [
  // Development, disability and mental health
  'neurodevelopmental', 'neurodivergent', 'neurodivergence', 'neurodiversity', 'neurotypical', 'neurodiverse',
  'dyspraxia', 'dyspraxic', 'dyscalculia', 'dysregulation', 'dysregulated', 'ideation', 'cyberbullying',
  // Health and injuries (British spellings: haem-, paed-, oe-)
  'enuretic', 'encopresis', 'encopretic', 'bedwetting', 'centile~', 'haematoma~', 'subconjunctival', 'subdural',
  'petechiae', 'petechial', 'torticollis', 'frenulum', 'metaphyseal', 'foetal', 'foetus', 'foetuses', 'coeliac',
  'reflux', 'bronchiolitis', 'anaphylaxis', 'anaphylactic', 'headlice', 'dosette~', 'meds', 'antipsychotic~',
  'benzodiazepine~',
  // Medicines and substances a note may name
  'buprenorphine', 'naloxone', 'sertraline', 'citalopram', 'escitalopram', 'mirtazapine', 'venlafaxine',
  'lorazepam', 'zopiclone', 'pregabalin', 'gabapentin', 'tramadol', 'melatonin', 'risperidone',
  'aripiprazole', 'olanzapine', 'quetiapine', 'methylphenidate', 'atomoxetine', 'lisdexamfetamine', 'guanfacine',
  'salbutamol', 'beclometasone', 'cetirizine', 'loratadine', 'levetiracetam', 'valproate', 'lamotrigine',
  'carbamazepine', 'midazolam', 'ketamine', 'mephedrone', 'nitrous', 'calpol', 'subutex',
  // Law and procedure
  'gillick', 'fraser', 'wardship', 'coparenting', 'cafcass', 'reoffending', 'genogram~', 'ecomap~',
  // Family and home
  'stepmum~', 'grandad~', 'nan~', 'nana~', 'nanna~', 'keyworker~', 'foodbank~', 'adoptee~', 'playdate~', 'stairgate~',
  'stairlift~', 'babygrow~', 'onesie~', 'bathtime', 'breaktime', 'jobcentre', 'cosleeping',
  // Everyday words of a recent note, and the apps and games children talk about
  'wellbeing', 'lockdown~', 'covid', 'wifi', 'facetime', 'facetimed', 'vlog~', 'vlogger~', 'youtuber~', 'whatsapp',
  'snapchat', 'tiktok', 'instagram', 'youtube', 'facebook', 'xbox', 'playstation', 'iphone', 'ipad', 'netflix',
  'roblox', 'fortnite', 'minecraft', 'ebay', 'paypal',
  // What children in British families of many heritages call their relatives
  'aunty', 'nani', 'dadi', 'dada', 'ammi', 'abbu', 'abba', 'baba', 'bhai', 'didi', 'apa', 'baji',
  'chacha', 'chachi', 'mamu', 'mami', 'khala', 'phupho', 'babcia', 'dziadek', 'tata', 'mamo', 'bunica', 'bunicul',
  'oma', 'opa', 'nonna', 'nonno', 'abuela', 'abuelo', 'yaya', 'mamaw',
  // Food and faith words of those households
  'roti~', 'paratha~', 'chai', 'paan', 'khat', 'jollof', 'fufu', 'injera', 'pierogi', 'tagine~', 'niqab~',
  'abaya~', 'gurdwara~', 'iftar', 'shalwar', 'kameez', 'dupatta~',
];

/**
 * British spellings the dictionary leaves out because it keeps one variant of each word, though British
 * writers and institutions use them: "judgment" in law (the courts' spelling), "focussed", "dietician",
 * "yoghurt". Never flagged.
 */
export const BRITISH_VARIANTS: readonly string[] = [
  'judgment~', 'focussed', 'focussing', 'focusses', 'dietician~', 'yoghurt~', 'sexualised', 'sexualise~', 'advisor~',
];

/**
 * American spellings that no regular change turns into the British one (the rule itself turns color into
 * colour, center into centre, pediatrician into paediatrician, organize into organise, traveled into
 * travelled, defense into defence, catalog into catalogue: see rules/lib/spelling/british.ts).
 * `data.capitalised`: flagged even with a capital letter inside a sentence, where other words are taken
 * for names ("I spoke to Mom").
 */
export const AMERICAN_SPELLINGS: readonly PhraseEntry[] = [
  { match: ['mom'], replacement: 'mum', data: { capitalised: true } },
  { match: ['moms'], replacement: 'mums', data: { capitalised: true } },
  { match: ["mom's"], replacement: "mum's", data: { capitalised: true } },
  { match: ['mommy'], replacement: 'mummy', data: { capitalised: true } },
  { match: ["mommy's"], replacement: "mummy's", data: { capitalised: true } },
  { match: ['momma'], replacement: 'mum', data: { capitalised: true } },
  { match: ['gray'], replacement: 'grey' },
  { match: ['grayish'], replacement: 'greyish' },
  { match: ['aging'], replacement: 'ageing' },
  { match: ['airplane'], replacement: 'aeroplane', inflect: true },
  { match: ['aluminum'], replacement: 'aluminium' },
  { match: ['artifact'], replacement: 'artefact', inflect: true },
  { match: ['cozy'], replacement: 'cosy' },
  { match: ['donut'], replacement: 'doughnut', inflect: true },
  { match: ['jewelry'], replacement: 'jewellery' },
  { match: ['mustache'], replacement: 'moustache', inflect: true },
  { match: ['pajamas'], replacement: 'pyjamas' },
  { match: ['plow'], replacement: 'plough', inflect: true },
  { match: ['mold'], replacement: 'mould' },
  { match: ['moldy'], replacement: 'mouldy' },
  { match: ['skeptical'], replacement: 'sceptical' },
  { match: ['maneuver'], replacement: 'manoeuvre' },
  { match: ['maneuvers'], replacement: 'manoeuvres' },
  { match: ['practicing'], replacement: 'practising' },
  { match: ['practiced'], replacement: 'practised' },
  { match: ['percent'], replacement: 'per cent' },
  { match: ['math'], replacement: 'maths' },
  { match: ['diaper'], replacement: 'nappy' },
  { match: ['diapers'], replacement: 'nappies' },
  { match: ['tonite'], replacement: 'tonight' },
  { match: ['thru'], replacement: 'through' },
  { match: ['burglarized'], replacement: 'burgled' },
  // Verbs that British writes with one l (the rule itself turns fulfills and enrollment into fulfils and enrolment).
  { match: ['fulfill'], replacement: 'fulfil' },
  { match: ['enroll'], replacement: 'enrol' },
  { match: ['instill'], replacement: 'instil' },
  { match: ['distill'], replacement: 'distil' },
  { match: ['appall'], replacement: 'appal' },
];

/**
 * Common misspellings with their correction (an entry with `inflect` covers the forms of its last word,
 * and the rule gives the correction in the same form: "recieved" → "received"): those the general suggestions would get wrong or miss
 * (two letters out, or two real words run together), and the classics of hurried notes.
 */
export const MISSPELLINGS: readonly PhraseEntry[] = [
  // Words run together that split into two real words
  { match: ['alot'], replacement: 'a lot' },
  { match: ['allready'], replacement: 'already' },
  { match: ['alltogether'], replacement: 'altogether' },
  { match: ['aswell'], replacement: 'as well' },
  { match: ['eachother'], replacement: 'each other' },
  { match: ['eventhough'], replacement: 'even though' },
  { match: ['everytime'], replacement: 'every time' },
  { match: ['infact'], replacement: 'in fact' },
  { match: ['infront'], replacement: 'in front' },
  { match: ['incase'], replacement: 'in case' },
  { match: ['inspite'], replacement: 'in spite' },
  { match: ['ofcourse'], replacement: 'of course' },
  { match: ['thankyou'], replacement: 'thank you' },
  { match: ['publically'], replacement: 'publicly' },
  { match: ['untill'], replacement: 'until' },
  { match: ['wellcome'], replacement: 'welcome' },
  { match: ['withold', 'witheld'], replacement: 'withhold' },
  { match: ['threshhold'], replacement: 'threshold' },
  { match: ['mispell', 'misspel'], replacement: 'misspell' },
  { match: ['reguarding'], replacement: 'regarding' },
  // Two letters out
  { match: ['tommorow', 'tommorrow', 'tomorow'], replacement: 'tomorrow' },
  { match: ['reccomend', 'recomend'], replacement: 'recommend' },
  { match: ['reccomended', 'recomended'], replacement: 'recommended' },
  { match: ['reccomendation', 'recomendation'], replacement: 'recommendation' },
  { match: ['accomodation', 'accomadation', 'acommodation'], replacement: 'accommodation' },
  { match: ['neccessary', 'neccesary', 'necesary'], replacement: 'necessary' },
  { match: ['unneccessary', 'unnecesary', 'uneccessary'], replacement: 'unnecessary' },
  { match: ['embarassed', 'embarrased'], replacement: 'embarrassed' },
  { match: ['harrassment', 'harassement'], replacement: 'harassment' },
  { match: ['occurence', 'occurrance'], replacement: 'occurrence' },
  { match: ['occured'], replacement: 'occurred' },
  { match: ['definately', 'definatly', 'definitly'], replacement: 'definitely' },
  { match: ['seperate'], replacement: 'separate', inflect: true },
  { match: ['seperately'], replacement: 'separately' },
  { match: ['recieve'], replacement: 'receive', inflect: true },
  { match: ['beleive', 'belive'], replacement: 'believe', inflect: true },
  { match: ['acheive'], replacement: 'achieve', inflect: true },
  { match: ['wierd'], replacement: 'weird' },
  { match: ['thier'], replacement: 'their' },
  { match: ['freind', 'frend'], replacement: 'friend', inflect: true },
  { match: ['goverment'], replacement: 'government' },
  { match: ['enviroment'], replacement: 'environment' },
  { match: ['begining'], replacement: 'beginning' },
  { match: ['arguement'], replacement: 'argument', inflect: true },
  { match: ['apparantly', 'apparrently'], replacement: 'apparently' },
  { match: ['basicly'], replacement: 'basically' },
  { match: ['calender'], replacement: 'calendar' },
  { match: ['concious'], replacement: 'conscious' },
  { match: ['dissapointed', 'disapointed'], replacement: 'disappointed' },
  { match: ['existance'], replacement: 'existence' },
  { match: ['familar'], replacement: 'familiar' },
  { match: ['finaly'], replacement: 'finally' },
  { match: ['foward'], replacement: 'forward' },
  { match: ['garantee', 'gaurantee'], replacement: 'guarantee' },
  { match: ['greatful'], replacement: 'grateful' },
  { match: ['independant'], replacement: 'independent' },
  { match: ['knowlege'], replacement: 'knowledge' },
  { match: ['liase'], replacement: 'liaise', inflect: true },
  { match: ['liason', 'liasion'], replacement: 'liaison' },
  { match: ['noticable'], replacement: 'noticeable' },
  { match: ['persue'], replacement: 'pursue' },
  { match: ['posession'], replacement: 'possession' },
  { match: ['prefered'], replacement: 'preferred' },
  { match: ['recomendations'], replacement: 'recommendations' },
  { match: ['refered', 'reffered'], replacement: 'referred' },
  { match: ['refferal', 'referal'], replacement: 'referral' },
  { match: ['relevent'], replacement: 'relevant' },
  { match: ['responsability'], replacement: 'responsibility' },
  { match: ['sentance'], replacement: 'sentence' },
  { match: ['speach'], replacement: 'speech' },
  { match: ['sucessful', 'successfull', 'succesful'], replacement: 'successful' },
  { match: ['suprised', 'surprized'], replacement: 'surprised' },
  { match: ['truely'], replacement: 'truly' },
  { match: ['wether'], replacement: 'whether' },
];

/**
 * First parts of a hyphenated word that are not words on their own ("co-ordinate", "pre-birth",
 * "non-verbal", "multi-agency"). The rest of the word is still checked.
 */
export const COMPOUND_PREFIXES: readonly string[] = [
  'co', 'pre', 'non', 'multi', 'inter', 'intra', 'anti', 'semi', 'mid', 'post', 'counter', 'de', 'mis', 'neo',
  'pseudo', 'quasi', 'bi', 'tri', 'ultra', 'extra', 'mini', 'micro', 'macro', 'mega', 'trans', 'socio', 'psycho',
  'neuro', 'cyber', 'eco', 'ex', 're', 'sub', 'un', 'self', 'step', 'great', 'half',
];

/**
 * Prefixes that make new words without a hyphen ("rebooked", "unannounced", "overtired", "cyberbullying"):
 * the rest must be a dictionary word of four letters or more, and a likelier slip must not be one letter
 * away. "co" and "de" are left out: "colapse" and "deside" are slips far more often than new words.
 */
export const WORD_PREFIXES: readonly string[] = [
  're', 'un', 'pre', 'non', 'over', 'under', 'mis', 'sub', 'inter', 'multi', 'anti', 'cyber', 'counter', 'semi', 'post',
  'out', 'super',
];

/**
 * Informal clippings and text-speak: the register is another rule's concern (no-slang, no-acronyms),
 * and a spelling suggestion for them ("probes" for "probs") would only mislead.
 */
export const INFORMAL_WORDS: readonly string[] = [
  'probs', 'obvs', 'defo', 'convo', 'convos', 'info', 'admin', 'uni', 'ok', 'okey', 'yeah', 'yep', 'nope', 'nah',
  'gonna', 'wanna', 'gotta', 'dunno', 'kinda', 'sorta', 'cuz', 'cos', 'coz', 'innit', 'lol', 'omg', 'tbh', 'btw',
  'hun', 'bf', 'gf', 'fab', 'brill', 'grub', 'minging', 'manky', 'grotty', 'mardy', 'gobby', 'scally', 'jammies',
  // Clippings of note-taking and of health records: "obs" (observations), "sats" (oxygen saturation)
  'regs', 'docs', 'stats', 'pics', 'vids', 'yrs', 'hrs', 'obs', 'sats',
];
