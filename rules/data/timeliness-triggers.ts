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
