/**
 * Words that show a note records work on whether a child is at risk of significant harm, which the
 * standard wants recorded the same working day and at the latest within 24 hours, whatever the note's
 * type. `label` is what the message names, with its article (our words, never the note's); `phrases` are matched as whole
 * words, case-insensitively, with spaces, hyphens and line breaks between words treated alike.
 */
export interface SignificantHarmTrigger {
  label: string;
  phrases: readonly string[];
}

export const SIGNIFICANT_HARM_TRIGGERS: readonly SignificantHarmTrigger[] = [
  {
    label: 'a section 47 enquiry',
    phrases: [
      'section 47 enquiry',
      'section 47 enquiries',
      'section 47 investigation',
      'section 47 investigations',
      's47 enquiry',
      's47 enquiries',
      's.47 enquiry',
      's.47 enquiries',
      's 47 enquiry',
      's 47 enquiries',
    ],
  },
  {
    label: 'a strategy discussion',
    phrases: ['strategy discussion', 'strategy discussions', 'strategy meeting', 'strategy meetings'],
  },
  {
    label: 'a child protection medical',
    phrases: [
      'child protection medical',
      'child protection medicals',
      'child protection medical examination',
      'CP medical',
      'CP medicals',
    ],
  },
  {
    label: 'police protection',
    phrases: ['police protection', 'police powers of protection', 'powers of police protection'],
  },
  {
    label: 'an emergency protection order',
    phrases: ['emergency protection order', 'emergency protection orders'],
  },
];

/**
 * Whether a sentence that names significant-harm work records it happening now, for this event: the
 * standard's 24-hour limit is for that work, not for a note that mentions it in passing. Read within the
 * clause of the trigger words. A clause needs a word that shows the work was done or asked for now, and
 * none that makes it history, a negation or a plan.
 */
export const HARM_NOW_WORDS: readonly string[] = [
  'hold', 'holds', 'held', 'holding', 'convene', 'convened', 'convening', 'request', 'requested', 'requesting', 'requests',
  'arrange', 'arranged', 'arranging', 'book', 'booked', 'booking', 'initiate', 'initiated', 'initiating', 'start', 'started', 'starting',
  'begin', 'began', 'begun', 'beginning', 'open', 'opened', 'agree', 'agreed', 'take', 'taken', 'took', 'taking', 'use', 'used', 'using',
  'exercise', 'exercised', 'invoke', 'invoked', 'place', 'placed', 'grant', 'granted', 'obtain', 'obtained', 'seek', 'sought',
  'apply', 'applied', 'under', 'today', 'tonight', 'now', 'immediately', 'urgent', 'urgently', 'ongoing', 'underway', 'attended',
];
export const HARM_NOW_PHRASES: readonly string[] = ['took place', 'take place', 'taking place', 'asked for', 'set up', 'set for', 'this morning', 'this afternoon', 'this evening', 'called for'];

/** Words that make the clause a negation: "a strategy discussion is not needed". */
export const HARM_NEGATIONS: readonly string[] = ['not', 'no', 'never', 'without', 'nor', 'neither', 'unnecessary', 'unneeded'];

/** Words that put the work in the past: "taken into police protection in 2023", "a previous section 47 enquiry". */
export const HARM_HISTORY_WORDS: readonly string[] = [
  'previously', 'previous', 'history', 'historic', 'historical', 'historically', 'past', 'ago', 'formerly', 'former', 'earlier',
  'prior', 'before', 'last', 'once', 'aged', 'age',
];

/** Words that make the work a plan or a possibility: "to be considered if", "may need", "whether". */
export const HARM_PLAN_WORDS: readonly string[] = [
  'if', 'unless', 'whether', 'consider', 'considered', 'considering', 'consideration', 'may', 'might', 'could', 'would', 'should',
  'possible', 'possibly', 'potential', 'potentially', 'threshold', 'future', 'likely', 'unlikely',
];
