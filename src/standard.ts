import type { StandardReference } from './types.js';

/**
 * The requirements of the case-recording standard that rules enforce, in our words, with the part of
 * the standard they come from. The standard's headings are not numbered, so sections are named.
 */
export const STANDARD = {
  plainLanguage: {
    section: 'Principles of recording',
    summary: 'Write in plain language without acronyms; avoid abbreviations.',
  },
  jargon: {
    section: 'Recording that everyone can understand',
    summary: 'Write in plain English and avoid jargon.',
  },
  technicalTerms: {
    section: 'Recording that everyone can understand',
    summary: 'Follow a technical or medical term with an explanation the person will understand.',
  },
  sufficientInformation: {
    section: 'Purposeful recording',
    summary: "Record sufficient and purposeful information: 'no concerns' or 'all tasks completed' say nothing about the work done or how the person is.",
  },
  descriptors: {
    section: 'Facts, opinions and judgements',
    summary: "Support descriptive words such as 'aggressive' with what was seen or heard, because they mean different things to different people.",
  },
  signOff: {
    section: 'Principles of recording',
    summary: 'End each entry with your name, role and date.',
  },
  opinion: {
    section: 'Facts, opinions and judgements',
    summary: 'Keep fact apart from opinion, judgement and hypothesis, and state the evidence a judgement rests on.',
  },
  source: {
    section: 'Facts, opinions and judgements',
    summary: 'Record who provided each piece of information, opinion or judgement.',
  },
  timeliness: {
    section: 'Timely recording',
    summary: 'Complete records within three working days; record work on significant harm the same working day where possible and within 24 hours, and duty work within 24 hours.',
  },
  upperCase: {
    section: 'Recording that everyone can understand',
    summary: 'Avoid blocks of upper-case letters and bold text: they are harder to read.',
  },
  slang: {
    section: 'Recording that everyone can understand',
    summary: 'Records are formal: do not use slang or over-familiar language.',
  },
  respectful: {
    section: 'Equality and anti-discriminatory practice',
    summary: 'Use respectful, anti-discriminatory language; avoid language that stereotypes or labels people.',
  },
  emails: {
    section: 'What a record contains',
    summary: "Summarise emails in the case notes instead of attaching them to the child's record.",
  },
  informationSharing: {
    section: 'Information sharing and consent',
    summary: 'When information is shared, record what was shared, with whom, for what purpose and how; record why it was shared without consent.',
  },
  amendments: {
    section: 'Principles of recording',
    summary: 'Amendments and additions end with the name and role of the person who made them and the date.',
  },
  completeness: {
    section: 'Principles of recording',
    summary: 'Keep the record complete, accurate and up to date, with the date of the event and of the recording.',
  },
  concise: {
    section: 'Recording that everyone can understand',
    summary: 'Be clear and concise, in plain English.',
  },
  ownership: {
    section: 'Principles of recording',
    summary: 'Keep the record accurate and true: the worker owns it, so nothing of a machine draft is left in it.',
  },
  spelling: {
    section: 'Recording that everyone can understand',
    summary: 'Write in plain English using correct grammar and spelling.',
  },
  decisions: {
    section: 'Principles of recording',
    summary:
      'Show how decisions are made and who made them: record decisions and directions given by managers, show decisions made jointly across agencies or endorsed by a manager, and record a decision not to share information or to delay telling someone with the reason and the name of the person who made it.',
  },
  recordingConsent: {
    section: 'Video, audio and digital recording',
    summary:
      'Record a session on video, audio or a digital device only with the explicit consent of everyone taking part and of a manager, and note in the record those consents, the equipment used and the reason for recording.',
  },
  childCentred: {
    section: 'Principles of recording',
    summary: "Keep the record child centred, with the child's own contribution: whether the child was seen, and seen alone, and what they said, did or showed, or why not.",
  },
  fullNames: {
    section: 'Recording that everyone can understand',
    summary: 'Use full names, titles, designations and relationships.',
  },
  engine: {
    section: 'casenote-lint',
    summary: 'A limit of the linter itself, not a requirement of the standard.',
  },
} as const satisfies Record<string, StandardReference>;
