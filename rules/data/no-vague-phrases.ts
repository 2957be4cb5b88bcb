import type { PhraseEntry } from '../../src/types.js';

/**
 * Phrases that say nothing about the work done or how the person is. The standard's own examples
 * are "all tasks completed" and "no concerns"; the rest are common in audits of case notes.
 * Each says what to write instead.
 */
const SAY_WHAT_YOU_SAW = 'say what you saw, heard or checked that shows there is nothing to worry about';

export const VAGUE_PHRASES: readonly PhraseEntry[] = [
  {
    match: 'no [safeguarding|current|further|other|new|immediate|significant|obvious|apparent|major|particular|real] (concerns|concern|issues|issue|worries|problems) [noted|raised|reported|identified|observed|seen|evident|apparent|expressed|highlighted|present|found|at this time|at present]',
    advice: SAY_WHAT_YOU_SAW,
  },
  { match: ['all (fine|good|ok|okay)', 'all (is|was|seemed|seems) (fine|good|ok|okay)', 'everything (is|was|seemed|seems|appeared|appears|looked|looks) (fine|good|ok|okay)'], advice: 'describe what you saw and what the child or parent said' },
  {
    match: '(children|kids|child|baby|family|everyone|both|they|all) [were|was|are|is|seemed|seem|appeared|appear|looked|look] (ok|okay|fine)',
    advice: 'describe how each child was: what they did, said and how they looked',
    data: { exceptBefore: ['with', 'to', 'about', 'for', 'when', 'after'] },
  },
  {
    match: '(appeared|appears|looked|looks|seemed|seems) (well|fine|ok|okay)',
    advice: 'describe how the person was: what they did, said and how they looked',
    data: { exceptBefore: ['dressed', 'fed', 'presented', 'cared', 'kept', 'rested', 'groomed', 'nourished', 'looked', 'prepared', 'informed', 'organised', 'settled', 'to', 'enough', 'when', 'in', 'on', 'at', 'after'] },
  },
  { match: ['all well', 'all is well', 'all was well'], advice: 'describe how the child was: what they did, said and how they looked' },
  { match: ['seen and well', 'seen and appeared well', 'seen and was well', 'child seen and well'], advice: 'say where the child was seen, by whom, whether alone, and what you saw and heard that shows how they are' },
  { match: ['nothing to report', 'nothing of note', 'nothing to note'], advice: 'record what was checked and what was found, even when it is reassuring' },
  { match: ['no change', 'no change since last visit', 'no changes'], advice: 'say what was checked against the last visit and what is the same' },
  { match: ['as previous', 'as before', 'as per last visit', 'as per previous visit'], advice: 'record this visit in its own words: what you saw and heard today' },
  { match: ['[visit|session|meeting|contact|things|everything] (going|goes|went|is going|was going) well', '(doing|does) well'], advice: 'say what is going well and how you know (school reports, what the child said, what you saw)' },
  { match: ['positive (visit|session|meeting|contact)', 'good (visit|session)'], advice: 'say what happened during the visit and what it showed' },
  {
    match: '(case|family|situation|children) [was|were|has been|have been] discussed',
    advice: 'record what was discussed, what was decided and by whom',
    data: { exceptBefore: ['with', 'at', 'in', 'and', 'because', 'on'] },
  },
  { match: ['receptive to (advice|support|suggestions|guidance|the advice|the plan)', '(accepted|took) [the] advice [on board]'], advice: 'say what advice was given and what the person said or did about it' },
  { match: ['all tasks completed', 'tasks completed', 'all tasks done', '(tasks|actions) [were|are|have been|had been] <all (completed|complete|done)>', 'all actions (completed|complete|done)'], advice: 'list the work done: who you saw, what you did and what was agreed' },
  { match: ['work undertaken', 'work was undertaken'], advice: 'say what work was done, with whom and what came of it' },
  { match: ['support offered', 'support was offered', 'support given'], advice: 'say what support was offered, by whom, and whether it was taken up' },
  { match: ['advice given', 'advice was given', 'advised accordingly'], advice: 'say what advice was given and how the person responded' },
  { match: ['discussed various issues', 'various issues discussed', 'various matters discussed'], advice: 'name the issues discussed and what was said about each' },
  { match: ['general discussion', 'general chat'], advice: 'say what was discussed and why it matters for the child' },
  // Not "catch-up" or "check-in": both name real things too ("catch-up reading group").
  { match: ['touching base', 'touched base'], advice: 'say what the contact was for and what came of it' },
  { match: ['concerns discussed', 'concerns were discussed'], advice: 'name the concerns and what each person said about them' },
  { match: ['safeguarding discussed', 'safeguarding was discussed'], advice: 'say which risks were discussed and what was agreed to keep the child safe' },
  { match: ['plan discussed', 'plan was discussed', 'plan reviewed', 'plan was reviewed'], advice: 'say which parts of the plan were discussed and what changed or was agreed' },
  { match: ['relevant information shared', 'information shared with relevant agencies', 'shared with relevant professionals'], advice: 'say what was shared, with whom, why and how' },
  { match: ['discussed with manager', 'discussed with my manager', 'discussed with team manager'], advice: "name the manager and record the decision or direction they gave" },
  { match: ['will continue to monitor', 'continue to monitor', 'continuing to monitor'], advice: 'say who will check what, how and by when' },
  { match: ['needs being met', 'needs are being met', 'needs were met', 'basic care needs met'], advice: 'say which needs (food, warmth, clothing, health, school) and what shows they are met' },
  { match: ['happy and settled', 'appeared happy and settled', 'seemed settled'], advice: 'describe what the child did and said that shows how they feel' },
  { match: ['presented well', 'presented as well'], advice: 'describe how the person looked and behaved' },
  {
    match: '(is|was|are|were|seemed|seems|appeared|appears|looked|looks) [entirely|wholly|generally|broadly|very|quite|all] appropriate',
    advice: 'say what was looked at and what was found: what made it appropriate',
    data: { exceptBefore: ['to', 'for', 'and', 'as', 'because', 'given', 'when', 'in', 'with', 'since', 'at', 'on'] },
  },
  { match: ['home conditions appropriate', 'home conditions acceptable', 'home conditions were appropriate', 'home conditions good', 'home conditions adequate'], advice: 'describe the rooms you saw: food, bedding, warmth, cleanliness and any hazards' },
  { match: ['good relationship', 'good rapport'], advice: 'describe what you saw between them that shows this' },
  { match: ['mum was aware', 'mother was aware', 'parents were aware'], advice: 'say what the parent was told, by whom and when' },
];
