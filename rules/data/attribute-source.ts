import type { PhraseEntry } from '../../src/types.js';

/**
 * attribute-source: markers of information from someone else (third-party information, hearsay) that
 * need a named source. Entry data read by the rule:
 *
 *   scope: 'clause'   an adverb over its clause ("apparently", "allegedly"): a source counts before it,
 *                     with "according to", or at the end of the sentence ("…, the nurse said")
 *          'passive'  a passive report ("it was reported", "I was told"): an agent after it counts too
 *                     ("I was told by Mr Ali that…", "concerns were raised by the school")
 *   context: true     a source or conversation in the previous sentence counts ("I spoke to Ms Khan.
 *                     Apparently…"); the impersonal passives need the source in their own sentence
 *   exceptAfter / exceptBefore: words just before / after that make it something else
 *                     ("no concerns were raised", "I was told to wait")
 */
const marker = (match: string | string[], data: Record<string, unknown>): PhraseEntry => ({ match, data });

const CLAUSE = { scope: 'clause', context: true };
const PASSIVE = { scope: 'passive' };
const HEARD = { scope: 'passive', context: true };
const NOT_RAISED = { exceptAfter: ['no', 'any', 'not'] };
/** An unnamed reporter ("neighbours say"): only a source named elsewhere in its own sentence counts. */
const UNNAMED = { scope: 'clause' };

export const SOURCE_MARKERS: readonly PhraseEntry[] = [
  // adverbs
  marker(['apparently', 'allegedly', 'reportedly', 'supposedly', 'purportedly'], CLAUSE),
  marker(['rumour has it', 'word has it', 'word is that', 'the word is that', 'word on the street is', 'by all accounts', 'so I am told', "so I'm told", 'so I was told', 'so I hear'], CLAUSE),
  marker(['according to reports', 'according to sources', 'according to information', 'according to rumours', 'according to others', 'according to some', 'according to people', 'according to hearsay'], CLAUSE),
  // impersonal passives: "it was reported", "it has been noted that", "it was identified that"
  marker(
    'it (is|was|has been|had been|will be) (reported|alleged|understood|believed|thought|said|claimed|rumoured|suggested|mentioned|disclosed|noted|identified|observed|established|indicated|highlighted|recognised|acknowledged|raised|learned|learnt)',
    PASSIVE,
  ),
  marker(['it came to light', 'it has come to light', 'it had come to light', 'it came to my attention', 'it has come to my attention', 'it came to our attention', 'it has come to our attention'], PASSIVE),
  marker(['it (was|has been|had been) brought to (my|our|the) attention'], PASSIVE),
  // reports with no reporter: "concerns have been raised", "allegations were made", "information was received"
  marker(
    '(concerns|concern|worries|worry|allegations|allegation|complaints|complaint) (have|has|had|were|was|are|is) [also] [been|being] (raised|reported|expressed|made|noted|identified|highlighted|received)',
    { ...PASSIVE, ...NOT_RAISED },
  ),
  marker(['information (has been|was|had been) received', 'information received', 'information (suggests|indicates)'], { ...PASSIVE, ...NOT_RAISED }),
  // "shared" and "passed on" go both ways: "with the school" or "to the police" is the writer telling
  // someone (information-sharing's business); "with me" or "to us" is information received.
  marker(
    ['(concerns|concern|worries|worry|allegations|allegation|information) (have|has|had|were|was) [also] [been] (shared|passed on)'],
    { ...PASSIVE, ...NOT_RAISED, exceptBefore: ['with', 'to'] },
  ),
  marker(['(concerns|concern|worries|worry|allegations|allegation|information) (have|has|had|were|was) [also] [been] (shared|passed on) (with|to) (me|us)'], { ...PASSIVE, ...NOT_RAISED }),
  marker(['(a report|reports|a referral) (was|were|has been|have been) received', 'reports (suggest|indicate)', 'there (are|have been|were|had been) reports'], { ...PASSIVE, ...NOT_RAISED }),
  // a claim about a person with no one behind it: "Dad is said to be drinking again", "he is known to carry a knife"
  marker('{be} (said|believed|thought|alleged|reported|rumoured|suspected|known) to (be|have|drink|use|take|carry|sell|deal|hit|own|live|stay|work|visit)', { ...PASSIVE, exceptBefore: ['by'] }),
  // people who are not named: "neighbours say", "an anonymous caller states", "family members have said"
  marker(
    '(neighbours|a neighbour|family members|relatives|friends|people|someone|somebody|others|an anonymous caller|anonymous caller|a caller|a member of the public|members of the public|locals|other parents) [have|has|had] (say~|state~|report~|claim~|allege~|tell~|mention~|suggest~|believe|believes|think|thinks)',
    UNNAMED,
  ),
  // what the writer was told or heard
  marker(['I was told', 'I have been told', "I've been told", 'I had been told', "I'd been told", 'I am told', "I'm told", 'we were told', 'we have been told', "we've been told"], { ...HEARD, exceptBefore: ['to', 'off', 'not to'] }),
  marker(['I was informed', 'I have been informed', "I've been informed", 'we were informed', 'we have been informed', "we've been informed"], HEARD),
  marker(['I was made aware', 'I have been made aware', "I've been made aware", 'we were made aware', 'we have been made aware'], HEARD),
  marker(['I heard that', 'I have heard that', "I've heard that", 'I was advised that'], HEARD),
  // "I told Ms Grant I understand that this is hard": empathy, not information.
  marker(['I understand that', 'we understand that'], { ...HEARD, exceptAfter: ['said', 'told her', 'told him', 'told them', 'explained', 'that', 'and'], exceptBefore: ['this is', 'it is', 'this has', 'it has', 'you'] }),
];
