import type { PhraseEntry } from '../../src/types.js';

/**
 * Slang and over-familiar words and phrases, each with what to write in a formal record instead.
 * Started from the research list (docs: domain research §2(g)), kept only where the word is slang in
 * almost every use, so that a formal sentence is not flagged. Quoted speech is never flagged (a
 * child's or parent's own words stay theirs), so this list is about the writer's own language.
 *
 * Left out on purpose (usually fine in formal English, or slang only in some contexts):
 * - "high", "wasted", "smashed", "hammered", "lost it", "sorted", "gear", "coke", "crack", "weed",
 *   "loads" (verb), "things", "stuff", "a bit", "super", "amazing", "lovely", "chill", "guy": each has
 *   an ordinary meaning ("a high fence", "time was wasted", "a smashed window", "she sorted the
 *   paperwork", "crack cocaine"). Drug slang is caught in phrases instead ("smoking weed").
 * - "kick off" (base form), "dossing", "pet", "rank", "ta", "the wife": a project's kick-off, sleeping
 *   rough, a family pet, a police rank, the Territorial Army and "the wife of" are ordinary uses.
 * - "mental" and "mad": adjectives of the ordinary language ("mental health", "mad at me"); the
 *   labelling uses ("a mental case", "nutter", "psycho") are respectful-language's.
 * - "tantrum" and "meltdown": standard words in reports about young or autistic children.
 * - "Mum", "Dad", "Nan", "Gran": the child's own words, supported by TACT's "Language that cares";
 *   whether a full name is needed is a matter of context a word list cannot see.
 * - "ok"/"okay", "love", "bless": too often part of a fair summary or of reported speech.
 * - "fag"/"fags": also a homophobic slur (respectful-language's business), so a suggestion of
 *   "cigarette" could be wrong.
 * - "chav", "scrounger", "feral": labels rather than slang; respectful-language has them.
 */
const DESCRIBE = 'describe what the person did and said, in plain words';

export const SLANG: readonly PhraseEntry[] = [
  // People, over-familiar
  { match: ['kids'], replacement: 'children' },
  { match: ['kid', "kid's"], replacement: 'child' },
  { match: ['kiddo', 'kiddies', 'little un', "little 'un", 'little uns', "little 'uns"], replacement: 'child', advice: 'or the child\'s name' },
  { match: ['hubby', 'hubbie'], replacement: 'husband' },
  { match: ['missus', 'missis'], replacement: 'wife', advice: 'or "partner", by name' },
  { match: ['his old man', 'her old man', 'their old man'], replacement: 'father', advice: 'or "partner", by name' },
  { match: ['mate', 'mates', "mate's", 'bestie', 'besties'], replacement: 'friend' },
  { match: ['bloke', 'blokes', 'fella', 'fellas', 'feller'], replacement: 'man' },
  { match: ['bf'], replacement: 'boyfriend', advice: 'by name' },
  { match: ['gf'], replacement: 'girlfriend', advice: 'by name' },
  { match: ['fam'], replacement: 'family' },
  { match: ['hun', 'babe', 'sweetie', 'sweetheart'], advice: 'leave out the term of endearment and use the person\'s name' },
  // Words and spellings of speech
  { match: ['gonna'], replacement: 'going to' },
  { match: ['wanna'], replacement: 'want to' },
  { match: ['gotta'], replacement: 'have to' },
  { match: ['dunno'], replacement: 'did not know' },
  { match: ['cos', 'coz', 'cuz'], replacement: 'because' },
  { match: ['yeah', 'yep', 'yeh'], replacement: 'yes' },
  { match: ['nope', 'nah'], replacement: 'no' },
  { match: ['innit'], advice: 'leave it out' },
  { match: ['kinda'], replacement: 'rather' },
  { match: ['sorta'], replacement: 'somewhat' },
  { match: ['loads of', 'tons of'], replacement: 'many', advice: 'give the number if you know it' },
  // Text-speak
  { match: ['lol'], advice: 'leave it out: a record is a formal document' },
  { match: ['omg'], advice: 'leave it out: a record is a formal document' },
  { match: ['tbh'], advice: 'leave it out, and say whose view it is' },
  { match: ['btw'], advice: 'leave it out' },
  // Everyday things
  { match: ['telly'], replacement: 'television' },
  { match: ['jammies', 'jim jams', 'pjs'], replacement: 'pyjamas' },
  { match: ['grub'], replacement: 'food' },
  { match: ['quid'], replacement: 'pounds' },
  { match: ['ciggie', 'ciggies', 'ciggy'], replacement: 'cigarettes' },
  { match: ['bits and bobs'], replacement: 'belongings', advice: 'say which' },
  // Alcohol and drugs: name the substance and what was seen
  { match: ['booze'], replacement: 'alcohol' },
  { match: ['boozing', 'boozed', 'on the booze'], replacement: 'drinking alcohol', advice: 'say what and how much, if known' },
  { match: ['bevvy', 'bevvies'], replacement: 'alcoholic drinks' },
  { match: ['pissed', 'off his face', 'off her face', 'off their face', 'off his head', 'off her head', 'off their heads'], advice: 'say what was seen or heard that showed the person had been drinking or taking drugs' },
  { match: ['stoned'], advice: 'say what was seen that suggested cannabis use, and who saw it' },
  { match: ['spliff', 'spliffs'], replacement: 'cannabis cigarette' },
  { match: ['smoking weed', 'smoked weed', 'smokes weed', 'smoke weed'], replacement: 'smoking cannabis' },
  { match: ['skunk'], replacement: 'cannabis' },
  // Behaviour: say what happened
  { match: ['kicked off', 'kicking off', 'kicks off'], advice: DESCRIBE },
  { match: ['went mental', 'gone mental', 'going mental', 'goes mental', 'lost the plot'], advice: DESCRIBE },
  { match: ['flipped out', 'flipping out', 'flip out', 'flips out', 'freaked out', 'freaking out', 'freak out'], advice: DESCRIBE },
  { match: ['strop', 'stropping', 'stroppy'], advice: DESCRIBE },
  { match: ['mardy'], advice: DESCRIBE },
  { match: ['gobby', 'mouthy', 'lippy'], advice: DESCRIBE },
  { match: ['skint', 'brassic', 'boracic'], replacement: 'short of money' },
  { match: ['having a go at', 'had a go at'], advice: 'say what the person said or did to whom' },
  { match: ['mucking about', 'mucking around', 'mucked about'], advice: DESCRIBE },
  { match: ['leg~ it', 'done a runner', 'did a runner', 'do a runner', 'doing a runner'], replacement: 'ran away' },
  // Arrested or stolen: "nicked" alone is also a small cut ("nicked his finger").
  { match: ['{be} <nicked>', '(got|get|gets|getting) <nicked>', '<nicked> (it|them|money|stuff|things) [from|off]'], advice: 'write "arrested" or "stolen", whichever happened' },
  // School attendance
  { match: ['skiving', 'skived', 'skive', 'skives', 'bunking off', 'bunked off', 'bunk off', 'wagging school', 'wagged school', 'wagging it'], replacement: 'absent from school without permission' },
  // Feelings and judgements
  { match: ['gutted'], replacement: 'very disappointed' },
  { match: ['chuffed'], replacement: 'pleased' },
  { match: ['knackered'], replacement: 'very tired' },
  { match: ['sussed'], replacement: 'worked out' },
  { match: ['awesome', 'fab', 'brill'], advice: 'say what was good and how you know' },
  { match: ['minging', 'manky', 'grotty'], advice: 'describe what you saw and smelt: which rooms, what dirt, what food' },
  // "a tip" as a rubbish dump; not "a tip from a neighbour".
  {
    match: ['(house|home|flat|room|bedroom|kitchen|lounge|garden|place|bathroom) [was|is|looked|looks|is still|was still|again] <(a|an absolute|a complete|a total|a real) tip>', '(is|was|looked|looks|like) <(a|an absolute|a complete|a total|a real) tip>'],
    advice: 'describe what you saw and smelt: which rooms, what dirt, what food',
    data: { exceptBefore: ['off', 'from', 'about', 'that'] },
  },
  // A person who is shattered, not a window.
  { match: '{person} [said] [she|he|they] (was|is|were|are|has been|have been|had been|felt|feels|looked|looks|seemed|seems|is feeling|was feeling) [absolutely|completely|totally|so|really] <shattered>', replacement: 'very tired' },
  { match: ['dodgy', 'sketchy'], advice: 'say what you saw or were told that worried you, and by whom' },
  { match: ['preggers', 'preggo'], replacement: 'pregnant' },
  { match: ['cheers'], replacement: 'thank you' },
];
