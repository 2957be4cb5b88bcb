import type { PhraseEntry } from '../../src/types.js';

/**
 * evidence-for-descriptors: descriptive words that mean different things to different people (the
 * standard's example is "aggressive": from a raised voice to physical violence), and the words that
 * show what happened (the evidence that makes a descriptor fine in the same or the next sentence).
 *
 * Entry data read by the rule:
 *   kind: 'descriptor' (flagged) or 'evidence' (never flagged: shows what was seen or heard)
 *   exceptAfter:  not flagged straight after one of these words ("coercive controlling", "had drunk")
 *   exceptBefore: not flagged straight before one of these words ("withdrawn from school")
 *   attributive:  a word for a place or thing: fine before the noun it describes ("dirty nappies"),
 *                 flagged as a verdict ("the flat was dirty.")
 *   feeling:      a feeling the person can report: fine when the sentence says they said it
 *   verdict:      a judgement of parenting, care or a home: flagged only with the option `verdicts`
 *   about:        what the descriptor describes (default behaviour), and what a piece of evidence shows
 */
/** What a descriptor describes, and what a piece of evidence shows. */
export type About = 'behaviour' | 'intoxication' | 'home' | 'appearance';
export const ABOUT: readonly About[] = ['behaviour', 'intoxication', 'home', 'appearance'];

const descriptor = (match: string | string[], data: Record<string, unknown> = {}): PhraseEntry => ({
  match,
  data: { kind: 'descriptor', ...data },
});

const HOME = { attributive: true, about: ['home', 'appearance'] };
const VERDICT = { verdict: true, about: ['behaviour', 'home', 'appearance'] };

export const DESCRIPTORS: readonly PhraseEntry[] = [
  // behaviour towards others
  descriptor(['aggressive', 'aggressively', 'aggression']),
  descriptor(['hostile', 'hostility']),
  descriptor(['uncooperative', 'un-cooperative', 'non-cooperative', 'unco-operative']),
  descriptor(['non-compliant', 'noncompliant', 'non-compliance', 'noncompliance']),
  descriptor(['manipulative', 'manipulation']),
  descriptor('volatile'),
  descriptor(['explosive']),
  descriptor(['attention-seeking', 'attention seeker', 'attention-seeker']),
  descriptor('argumentative'),
  descriptor(['abusive'], { exceptBefore: ['relationship', 'relationships', 'partner', 'partners', 'household', 'households'] }),
  descriptor('agitated'),
  descriptor('evasive'),
  descriptor('defensive'),
  descriptor('resistant'),
  descriptor('obstructive'),
  descriptor('confrontational'),
  descriptor('threatening'),
  descriptor('intimidating'),
  descriptor('violent'),
  descriptor('erratic'),
  descriptor('unpredictable'),
  descriptor(['belligerent', 'combative', 'irate']),
  descriptor('dismissive'),
  descriptor(['disrespectful', 'rude']),
  descriptor('defiant'),
  descriptor(['oppositional', 'unruly', 'out of control']),
  descriptor('disruptive'),
  descriptor(['hysterical', 'irrational', 'unreasonable']),
  descriptor('controlling', { exceptAfter: ['coercive', 'coercive and'] }),
  descriptor(['needy', 'clingy']),
  descriptor(['over-protective', 'overprotective']),
  descriptor(['dishonest', 'deceitful']),
  descriptor('unreliable'),
  descriptor('unmotivated'),
  descriptor('in denial'),
  descriptor(['lacks insight', 'lacked insight', 'lacking insight', 'lack of insight', 'no insight', 'limited insight', 'little insight']),
  descriptor(['minimising', 'minimizing']),
  descriptor(['challenging behaviour', 'challenging behaviours', 'challenging behavior']),
  // "inappropriate to share": a judgement about an action, not a description of a person.
  descriptor(['inappropriate', 'inappropriately'], { exceptBefore: ['to'] }),
  descriptor('sexualised'),
  descriptor(['immature', 'naive']),
  descriptor('uncommunicative'),
  // "withdrawn" alone is also an offer, a charge or an allegation that was withdrawn: only its forms about a person.
  descriptor(['very withdrawn', 'quite withdrawn', 'more withdrawn', 'quiet and withdrawn', 'withdrawn and quiet', 'seemed withdrawn', 'appeared withdrawn', 'looked withdrawn', 'became withdrawn', 'becoming withdrawn', 'presented as withdrawn', 'a withdrawn child']),
  descriptor('paranoid', { exceptBefore: ['schizophrenia', 'personality', 'psychosis'] }),
  descriptor('drunk', { exceptAfter: ['had', 'has', 'have', 'having', "'d"], about: ['intoxication', 'behaviour'] }),
  descriptor(['intoxicated', 'under the influence'], { about: ['intoxication', 'behaviour'] }),
  descriptor(['neglectful', 'neglected'], { exceptBefore: ['to'], about: ['behaviour', 'home', 'appearance'] }),
  descriptor(['disorganised', 'disorganized'], { about: ['behaviour', 'home'] }),
  descriptor('chaotic', { about: ['behaviour', 'home'] }),
  // feelings: fine when the person said so
  descriptor('anxious', { feeling: true, exceptBefore: ['to'] }),
  descriptor('angry', { feeling: true }),
  // Verdicts on parenting, care and homes: flagged only with the option `verdicts`. A practitioner reads
  // "parenting is not good enough" as the writer's judgement, which the standard allows when it is
  // marked as one (attribute-opinion's job), not as a loose descriptor of behaviour.
  descriptor(['unacceptable', 'unacceptably'], VERDICT),
  descriptor(['inadequate', 'inadequately'], VERDICT),
  descriptor(['substandard', 'sub-standard', 'below standard', 'below an acceptable standard'], VERDICT),
  descriptor(['not good enough', 'not adequate', 'less than adequate', 'barely adequate', 'just about adequate'], VERDICT),
  descriptor('{be} [only|just|barely] <adequate>', { ...VERDICT, exceptBefore: ['for', 'to'] }),
  descriptor(
    [
      'poor (parenting|hygiene|home conditions|conditions|care|supervision|boundaries|routines|routine|diet|presentation|standard|standards|state|basic care|parental care|attachment|relationship)',
      '{be} [very|quite|extremely|really] <poor>',
      '(home conditions|conditions|hygiene|supervision|parenting|care|attendance|presentation|diet|routines|boundaries) [were|was|are|is|remain|remained|remains|very|quite|still] <poor>',
    ],
    VERDICT,
  ),
  // people's appearance and homes
  descriptor('unkempt', { about: ['appearance'] }),
  descriptor('dishevelled', HOME),
  descriptor('dirty', HOME),
  descriptor('smelly', HOME),
  descriptor('filthy', HOME),
  descriptor('messy', HOME),
  descriptor('untidy', HOME),
  descriptor('cluttered', HOME),
  descriptor('squalid', HOME),
  descriptor('unhygienic', HOME),
];

const evidence = (about: readonly About[], match: string | string[], inflect = false): PhraseEntry => ({ match, inflect, data: { kind: 'evidence', about } });

const BEHAVIOUR: readonly About[] = ['behaviour'];
const DRINK: readonly About[] = ['intoxication'];
const SEEN: readonly About[] = ['home', 'appearance'];

/**
 * Verbs and phrases of observed behaviour and of things seen or smelt: with one of these in the same
 * or the next sentence, the note says what happened. Irregular forms are written out. Each says what it
 * shows (`about`): behaviour, drink or drugs, a home, how someone looked. It supports a descriptor of the
 * same kind only: "hostile" followed by "she smelt of alcohol" still does not say what was hostile.
 */
export const EVIDENCE: readonly PhraseEntry[] = [
  evidence(BEHAVIOUR, ['shout', 'yell', 'scream', 'swear', 'kick', 'push', 'shove', 'slam', 'grab', 'punch', 'slap', 'scratch'], true),
  evidence(BEHAVIOUR, ['swore', 'sworn', 'swore at', 'threw', 'thrown', 'spat', 'hit', 'hits', 'hitting', 'struck', 'bit him', 'bit her', 'bit me', 'bit them', 'bitten'], false),
  evidence(BEHAVIOUR, ['throw', 'refuse', 'cry', 'sob', 'bang', 'smash', 'damage', 'ignore', 'interrupt', 'glare', 'stare', 'clench', 'hug', 'kiss', 'laugh', 'giggle', 'flinch', 'fidget', 'tremble', 'headbutt', 'strangle', 'choke', 'bite', 'pull', 'spit'], true),
  evidence(DRINK, ['slur', 'stagger', 'stumble', 'vomit'], true),
  evidence(BEHAVIOUR, ['threatened', 'threatens', 'threatening to', 'threatened to', 'broke', 'broken', 'shook', 'shaking', 'rocking', 'rocked', 'paced', 'pacing', 'hid', 'hiding', 'clung', 'clinging', 'wet himself', 'wet herself', 'soiled', 'pointed at', 'pointing at', 'pointed his finger', 'pointed her finger']),
  evidence(BEHAVIOUR, ['raised his voice', 'raised her voice', 'raised their voice', 'raised voice', 'raised voices', 'called me', 'called him', 'called her', 'called them', 'told me to', 'told us to', 'told her to', 'told him to']),
  evidence(BEHAVIOUR, ['stormed out', 'stormed off', 'walked out', 'walked off', 'walked away', 'ran off', 'ran away', 'ran out', 'hung up', 'put the phone down', 'left the room', 'turned away', 'turned his back', 'turned her back', 'stood over', 'stood in the doorway', 'blocked the door', 'blocked the doorway', 'stood up', 'got up and left', 'got up to leave', 'banged on', 'fell asleep']),
  evidence(BEHAVIOUR, ['would not answer', 'did not answer', 'did not respond', 'would not respond', 'would not speak', 'did not speak', 'would not let', 'did not reply', 'would not look', 'did not look', 'no eye contact', 'made no eye contact', 'did not make eye contact']),
  // A smell is evidence of drink, of a home's state or of someone's hygiene.
  evidence(['intoxication', 'home', 'appearance'], ['smelt of', 'smelled of', 'smelling of', 'smelt strongly of', 'smelled strongly of']),
  evidence(DRINK, ['slurred', 'slurring', 'was sick']),
  evidence(['intoxication', 'home'], ['empty cans', 'empty bottles', 'cans of lager', 'cans of beer', 'bottles of wine', 'cigarette ends', 'needles']),
  evidence(SEEN, ['mould', 'mouldy', 'damp patches', 'rubbish', 'bin bags', 'faeces', 'urine', 'dirty nappy', 'dirty nappies', 'dirty dishes', 'dirty plates', 'dirty clothes', 'dirty laundry', 'dirty washing', 'unwashed', 'stained', 'stains', 'food on the floor', 'clothes on the floor', 'no food', 'no bedding', 'no sheets', 'no bulb', 'no heating', 'dog mess', 'cat litter']),
  // how a child or adult looked: the description a verdict on care or hygiene rests on
  evidence(SEEN, ['matted', 'soaked', 'sodden', 'soaked through', 'crusted', 'dried food', 'head lice', 'nits', 'sores', 'nappy rash', 'greasy hair', 'dirty hair', 'dirty face', 'dirty hands', 'bare feet', 'too small', 'no coat', 'no shoes', 'no socks', 'holes in']),
  evidence(ABOUT, ['was seen to', 'was heard to']),
];

/** Words that turn a descriptor round: "was not aggressive", "never hostile", "wasn't rude". */
export const NEGATIONS: readonly string[] = ['not', 'never', 'no', 'nor', 'neither', 'without', 'non'];

/** Words that may stand between a negation and the descriptor: "not at all hostile", "not being rude". */
export const NEGATION_GAP: readonly string[] = ['very', 'at', 'all', 'particularly', 'overly', 'remotely', 'especially', 'too', 'so', 'in', 'any', 'way', 'being', 'be', 'been', 'seem', 'seemed', 'appear', 'appeared', 'become', 'became', 'physically', 'verbally', 'point', 'time'];

/** Words that may follow a home descriptor used as a verdict ("the flat was dirty and cluttered"). */
export const VERDICT_FOLLOWERS: readonly string[] = ['and', 'or', 'but', 'throughout', 'again', 'overall', 'today', 'inside', 'too', 'also', 'as', 'at', 'in', 'on', 'around', 'everywhere', 'generally', 'though', 'than', 'during', 'when'];

/**
 * Words after the descriptor that introduce what happened: "hostile because…", "abusive, including…".
 * Not "when": "aggressive when the officers brought him home" says when, not what he did.
 */
export const EXPLAINERS: readonly string[] = ['because', 'including', 'e.g', 'eg'];

/** Two-word explainers. */
export const EXPLAINER_PAIRS: readonly (readonly [string, string])[] = [
  ['for', 'example'],
  ['for', 'instance'],
  ['such', 'as'],
  ['in', 'that'],
  ['as', 'shown'],
  ['as', 'evidenced'],
  ['shown', 'by'],
  ['evidenced', 'by'],
];

/** "hostile as he…": "as" introduces a reason when a subject follows it. */
export const AS_SUBJECTS: readonly string[] = ['he', 'she', 'they', 'i', 'we', 'it', 'the', 'his', 'her', 'their', 'my', 'mr', 'mrs', 'ms', 'miss', 'dr', 'there', 'this', 'a', 'an'];

/** Verbs that report a feeling as the person's own words: "Amira said she felt anxious". */
export const FEELING_REPORTS: readonly string[] = ['said', 'says', 'told', 'tells', 'explained', 'explains', 'described', 'describes', 'reported', 'reports', 'stated', 'states', 'shared', 'disclosed', 'feel', 'feels', 'felt', 'feeling', 'admitted', 'agreed'];

/** Verbs of keeping on: before an -ing word they describe a repeated action ("kept looking at the door"). */
export const REPEATERS: readonly string[] = ['kept', 'keeps', 'keep', 'keeping'];

/**
 * Nouns whose "that" clause is the content of an allegation or a concern ("concerns have been shared that
 * he has been violent"): the descriptor is what was alleged, which attribute-source asks to have sourced,
 * not the writer's description.
 */
export const ALLEGATION_NOUNS: readonly string[] = ['allegation', 'allegations', 'concern', 'concerns', 'worry', 'worries', 'suspicion', 'suspicions', 'claim', 'claims', 'rumour', 'rumours'];

/** Number words that, before "times" or "occasions", count what happened ("three times", "on 4 occasions"). */
export const COUNT_WORDS: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'numerous'];

/** Nouns that a number before them makes a count. */
export const COUNT_NOUNS: readonly string[] = ['times', 'occasions'];
