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

export const SOURCE_MARKERS: readonly PhraseEntry[] = [
  // adverbs
  marker(['apparently', 'allegedly', 'reportedly', 'supposedly', 'purportedly'], CLAUSE),
  marker(['rumour has it', 'word has it', 'by all accounts', 'so I am told', "so I'm told", 'so I was told', 'so I hear'], CLAUSE),
  marker(['according to reports', 'according to sources', 'according to information', 'according to rumours', 'according to others', 'according to some', 'according to people', 'according to hearsay'], CLAUSE),
  // impersonal passives
  marker(['it was reported', 'it is reported', 'it has been reported', 'it had been reported'], PASSIVE),
  marker(['it was alleged', 'it is alleged', 'it has been alleged', 'it had been alleged'], PASSIVE),
  marker(['it is understood', 'it was understood', 'it has been understood'], PASSIVE),
  marker(['it is believed', 'it was believed', 'it is thought', 'it was thought'], PASSIVE),
  marker(['it was said', 'it is said', 'it has been said', 'it was claimed', 'it is claimed', 'it is rumoured', 'it was rumoured'], PASSIVE),
  marker(['it was suggested', 'it has been suggested', 'it was mentioned', 'it has been mentioned', 'it was disclosed', 'it has been disclosed'], PASSIVE),
  marker(['it came to light', 'it has come to light', 'it had come to light', 'it came to my attention', 'it has come to my attention', 'it came to our attention', 'it has come to our attention'], PASSIVE),
  marker(['it was brought to my attention', 'it has been brought to my attention', 'it was brought to our attention', 'it has been brought to our attention'], PASSIVE),
  marker(['concerns have been raised', 'concerns were raised', 'concerns had been raised', 'concern has been raised', 'concern was raised', 'concerns are being raised'], { ...PASSIVE, ...NOT_RAISED }),
  marker(['concerns have been reported', 'concerns were reported', 'concerns have been expressed', 'concerns were expressed', 'concerns have been shared', 'concerns were shared'], { ...PASSIVE, ...NOT_RAISED }),
  marker(['information has been received', 'information was received', 'information received', 'information suggests', 'information indicates'], { ...PASSIVE, ...NOT_RAISED }),
  marker(['a report was received', 'reports were received', 'reports have been received', 'reports suggest', 'reports indicate', 'there are reports', 'there have been reports', 'there were reports'], { ...PASSIVE, ...NOT_RAISED }),
  // what the writer was told or heard
  marker(['I was told', 'I have been told', "I've been told", 'I had been told', "I'd been told", 'I am told', "I'm told", 'we were told', 'we have been told', "we've been told"], { ...HEARD, exceptBefore: ['to', 'off', 'not to'] }),
  marker(['I was informed', 'I have been informed', "I've been informed", 'we were informed', 'we have been informed', "we've been informed"], HEARD),
  marker(['I was made aware', 'I have been made aware', "I've been made aware", 'we were made aware', 'we have been made aware'], HEARD),
  marker(['I heard that', 'I have heard that', "I've heard that", 'I was advised that'], HEARD),
  // "I told Ms Grant I understand that this is hard": empathy, not information.
  marker(['I understand that', 'we understand that'], { ...HEARD, exceptAfter: ['said', 'told her', 'told him', 'told them', 'explained', 'that', 'and'], exceptBefore: ['this is', 'it is', 'this has', 'it has', 'you'] }),
];
