import type { PhraseEntry } from '../../src/types.js';
import { EVIDENCE } from './evidence-for-descriptors.js';

/**
 * attribute-opinion: markers of opinion, judgement and hypothesis, and the words that give an opinion
 * its basis. Entry data read by the rule:
 *
 *   kind: 'first-person'  the writer's own opinion ("I feel", "in my view"): needs its basis
 *         'booster'       certainty that turns an opinion into apparent fact ("clearly", "obviously")
 *         'hedge'         an impression or hypothesis ("probably", "seems to be")
 *         'impersonal'    an opinion with no owner ("it is felt that")
 *         'basis'         says what an opinion rests on ("because", "based on"): never flagged
 *         'evidence'      observed behaviour (shared with evidence-for-descriptors): never flagged
 *         'observation'   everyday behaviour or "I saw": a basis in the same sentence only
 *   exceptAfter / exceptBefore: words just before / after the marker that make it something else
 *     ("spoke clearly", "I will probably", "I felt unsafe")
 */
const marker = (kind: string, match: string | string[], extra: Record<string, unknown> = {}): PhraseEntry => ({
  match,
  data: { kind, ...extra },
});

/** "I felt unsafe": the writer's own feeling is a fact about the visit, not an opinion about someone. */
const OWN_FEELINGS = [
  'unsafe', 'safe', 'intimidated', 'threatened', 'uncomfortable', 'worried', 'concerned', 'reassured', 'scared',
  'frightened', 'nervous', 'upset', 'relieved', 'anxious', 'unwell', 'sick', 'pleased', 'welcome', 'welcomed',
  'able', 'unable', 'it best', 'it right', 'it important', 'it necessary', 'it appropriate', 'it was important',
  'it was necessary', 'it was appropriate', 'it was right', 'it is important', 'it is necessary', 'it is appropriate',
  'it would be', 'it would help',
];

/** The writer's own plans: "I will probably visit on Tuesday". */
const OWN_PLANS = ['i will', 'we will', "i'll", "we'll", 'i would', 'we would', "i'd", "we'd", 'i shall', 'we shall', 'i am', "i'm", 'we are', "we're", 'and will'];

/** "spoke clearly", "clearly visible": manner, not certainty. */
const MANNER_BEFORE = [
  'spoke', 'speaks', 'speak', 'speaking', 'said', 'explained', 'explains', 'stated', 'answered', 'wrote', 'written',
  'read', 'communicated', 'expressed', 'expresses', 'articulated', 'heard', 'hear', 'see', 'saw', 'seen', 'labelled',
  'marked', 'displayed', 'shown', 'showed', 'set', 'sets', 'laid', 'identified', 'told', 'described', 'recorded',
  'documented', 'defined', 'signposted', 'more', 'very', 'less', 'so', 'as',
];
/** Verbs of saying or showing a few words before "clearly": "explained the plan clearly". */
const MANNER_VERBS = [
  'spoke', 'speak', 'speaks', 'speaking', 'explained', 'explain', 'explains', 'explaining', 'said', 'told', 'set', 'wrote',
  'written', 'answered', 'communicated', 'described', 'stated', 'expressed', 'outlined', 'showed', 'shown', 'labelled',
  'marked', 'recorded', 'read', 'repeated',
];
const MANNER_AFTER = ['visible', 'audible', 'legible', 'labelled', 'marked', 'displayed', 'heard', 'seen', 'written', 'shown', 'set', 'defined', 'signposted', 'explained', 'stated', 'recorded', 'documented', 'spoke', 'said', 'told'];
/** A proposal about the work rather than an opinion about a person: "I think it would help to meet". */
const PROPOSALS = ['it would', "it'd", 'we should', 'i should', 'we need to', 'i need to', 'we could', 'i could', 'it is best', 'it best', 'a meeting', 'the next step'];

/** Participles that make "must have been" a requirement. */
const REQUIREMENTS = ['completed', 'signed', 'agreed', 'done', 'checked', 'approved', 'carried', 'received', 'sent', 'seen by', 'given', 'made', 'told', 'informed', 'offered', 'registered'];

/** What makes a following "because" the content of a guess: "it is (probably) because …". */
const GUESSED_CAUSE = [
  'it is', 'it was', "it's", 'this is', 'this was', 'that is', 'that was', 'is probably', 'was probably', 'is possibly', 'was possibly',
  'probably', 'possibly', 'perhaps', 'maybe', 'likely', 'partly', 'only',
];

/** "appeared to be asleep": what the writer could see, honestly hedged. */
const ASLEEP = ['asleep', 'sleeping', 'breathing'];

export const OPINION_MARKERS: readonly PhraseEntry[] = [
  // the writer's own opinion
  marker('first-person', ['I feel', 'we feel'], { exceptBefore: OWN_FEELINGS }),
  marker('first-person', ['I felt', 'we felt'], { exceptBefore: OWN_FEELINGS }),
  marker('first-person', ['I think', 'we think'], { exceptBefore: PROPOSALS }),
  marker('first-person', ['I thought', 'we thought'], { exceptBefore: ['about', 'of', 'it best', 'it appropriate', 'it would be', 'it better'] }),
  marker('first-person', ['I believe', 'we believe']),
  marker('first-person', ['I suspect', 'I suspected', 'we suspect']),
  marker('first-person', ['I would say', "I'd say", 'I consider that', 'I would consider', 'I guess', 'I reckon']),
  marker('first-person', ['I get the impression', 'I got the impression', 'I had the impression', 'I have the impression', 'my impression is', 'my impression was']),
  marker('first-person', ['I have a feeling', 'I had a feeling', 'my feeling is', 'my feeling was', 'gut feeling', 'gut instinct', 'my gut feeling', 'my instinct is', 'I sense', 'I sensed']),
  marker('first-person', ['in my opinion', 'in my view', 'my view is', 'my opinion is', 'it is my view', 'it is my opinion', 'I am of the view', "I'm of the view", 'I am of the opinion']),
  marker('first-person', ['in my professional opinion', 'in my professional view', 'in my professional judgement', 'in my professional judgment', 'my professional opinion', 'my professional judgement', 'it is my assessment', 'my assessment is']),
  marker('first-person', ['I am sure', "I'm sure", 'I am certain', "I'm certain", 'I am convinced', "I'm convinced"]),
  // certainty that presents a judgement as fact
  marker('booster', ['clearly'], { exceptAfter: MANNER_BEFORE, exceptBefore: MANNER_AFTER, exceptAfterWithin: { words: MANNER_VERBS, units: 4 } }),
  marker('booster', ['obviously', 'evidently', 'undoubtedly', 'unquestionably', 'without doubt', 'without a doubt', 'no doubt', 'beyond doubt']),
  marker('booster', ['definitely', 'certainly'], { exceptAfter: OWN_PLANS }),
  marker('booster', ['it is clear', 'it was clear', 'it is obvious', 'it was obvious', 'it is evident', 'it was evident', 'it is apparent', 'it was apparent', 'it is plain', 'it was plain'], { exceptBefore: ['from'] }),
  // "must have been" as a deduction; "must have been completed" is a requirement.
  marker('booster', ['must have been', 'must have known', 'must have seen', 'must have heard'], { exceptBefore: REQUIREMENTS }),
  // impressions and hypotheses
  marker('hedge', ['probably', 'presumably', 'seemingly', 'most likely', 'more than likely', 'highly likely', 'very likely', 'in all likelihood'], { exceptAfter: OWN_PLANS }),
  marker('hedge', ['it is likely', 'it was likely', 'it seems likely', 'it seemed likely']),
  // A possibility offered as an interpretation: "this could indicate", "which may suggest".
  marker('hedge', ['[this|which|that|it] (could|may|might|would) (indicate|suggest|imply|point to|be a sign)']),
  { match: 'seem', inflect: true, data: { kind: 'hedge' } },
  marker('hedge', ['seems to be', 'seemed to be', 'seem to be'], { exceptBefore: ASLEEP }),
  marker('hedge', ['seems to have', 'seemed to have', 'seem to have', 'it seems', 'it seemed', 'it would seem']),
  marker('hedge', ['appears to be', 'appeared to be', 'appear to be'], { exceptBefore: ASLEEP }),
  marker('hedge', ['appears to have', 'appeared to have', 'appear to have', 'appears to', 'appeared to', 'appear to', 'appearing to']),
  marker('hedge', ['it appears', 'it appeared', 'it would appear']),
  // opinion with no owner
  marker('impersonal', ['it (is|was|has been) (felt|assessed|judged|deemed)', 'it (is|was|has been) considered that', 'it is our view', 'the view is that']),
];

/** Words that give an opinion its basis in the same sentence, or open the next one with it. */
export const BASIS: readonly PhraseEntry[] = [
  // "I think it is because he is tired": the because-clause is the guess itself, not what it rests on.
  marker('basis', ['because'], { exceptAfter: GUESSED_CAUSE }),
  marker('basis', ['this is because', 'I say this because', 'the reason is', 'my reason is', 'my reasons are', 'for these reasons']),
  marker('basis', ['based on', 'on the basis of', 'this is based on', 'this view is based on', 'my view is based on', 'my opinion is based on']),
  marker('basis', ['given that', 'given the', 'in light of', 'in the light of', 'in view of', 'taking into account', 'considering that']),
  marker('basis', ['as evidenced by', 'evidenced by', 'as shown by', 'shown by', 'as indicated by', 'supported by', 'due to', 'owing to']),
  marker('basis', ['for example', 'for instance', 'such as', 'e.g.']),
  marker('basis', ['from what I saw', 'from what I heard', 'from what I observed', 'from my observations', 'from my observation', 'having seen', 'having observed', 'having heard', 'having spoken', 'having read', 'following my observation', 'following my observations']),
  marker('basis', ['the evidence', 'the evidence for this', 'evidence for this']),
];

/**
 * Everyday behaviour and the writer's own observations: they support an opinion in the same sentence
 * ("seemed happy and played with her brother"), but in the next sentence they are as likely to be about
 * something else, so only the stronger evidence of evidence-for-descriptors counts there.
 */
const MORE_EVIDENCE: readonly PhraseEntry[] = [
  {
    match: [
      'bit his nails', 'bit her nails', 'biting his nails', 'biting her nails', 'yawned', 'yawning', 'fell asleep', 'sat quietly',
      'chatted', 'chatting', 'ate', 'eating', 'joined in', 'showed me', 'drew', 'drawing', 'danced',
      'sang', 'cuddled', 'waved', 'made eye contact', 'asked me', 'told me about', 'talked about', 'ran to', 'repeated',
      'repeated back', 'I found', 'I checked', 'I looked', 'I saw', 'I observed', 'I noticed', 'I heard', 'I could see',
      'I could hear', 'I watched', 'I witnessed',
    ],
    data: { kind: 'observation' },
  },
  { match: ['smile', 'chat', 'dance', 'cuddle'], inflect: true, data: { kind: 'observation' } },
  // "playing down what happened" and "playing up" are judgements, not play.
  { match: ['played', 'playing'], data: { kind: 'observation', exceptBefore: ['down', 'up'] } },
];

export const OPINION_EVIDENCE: readonly PhraseEntry[] = [...EVIDENCE, ...MORE_EVIDENCE];

/** "as"/"since" introduce a reason when a subject follows: "tired, as he had been up all night". */
export const REASON_SUBJECTS: readonly string[] = ['he', 'she', 'they', 'i', 'we', 'it', 'there', 'his', 'her', 'their', 'the'];


