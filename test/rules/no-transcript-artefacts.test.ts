import { testRule } from '../helpers/rule-tester.js';

const SIGN = '\n\nPriya Shah, Social Worker, 10/04/2026';

testRule('no-transcript-artefacts', {
  valid: [
    // Times of day in prose and in a log.
    `I arrived at 10:30 and left at 11:15. Ms Khan phoned (14:20) to say Amir was home.${SIGN}`,
    `10:30 - Arrived at the home; Ms Khan answered the door.\n11:15 - Left the home.${SIGN}`,
    // Note headings, and who is who.
    `Present: Ms Khan (mother), Amir (7)\nPurpose: review the safety plan\nVenue: the family home\nDate: 10/04/2026\nTime: 10:30\nOutcome: the plan stays as it is.\nActions: I will visit again on Friday.\nPlan: I will ring school on Monday.\nAnalysis: Amir seems more settled.\nNext steps: core group on 20 April.${SIGN}`,
    `Mum: Sara Khan\nDad: Imran Khan\nSocial worker: Priya Shah${SIGN}`,
    // A child's words, quoted or labelled once.
    `Amir said: "I like my new school because Miss Jones lets me feed the fish."${SIGN}`,
    `Amir: I like my new school.${SIGN}`,
    `Mum's views: I am not happy that contact has moved to Saturdays.${SIGN}`,
    // Minutes of a meeting give contributions by name, in the first person.
    `Ms Khan: I am worried about the school bus and I want Amir to have a taxi.\nMrs Ahmed: I will ask the transport team and reply by Friday.${SIGN}`,
    // Words that are generator headings only as headings.
    `Transcript of the police interview was requested by the solicitor.${SIGN}`,
    // Brackets that are not marks.
    `Ms Khan (mother) and Amir (7) were at home. Amir's brother [Bilal, 4] was at nursery.${SIGN}`,
    {
      name: 'an allowed heading from config',
      note: `Mood: I would describe Amir as cheerful; he smiled and chatted.\nWeather: you could see the rain coming in through the window frame.${SIGN}`,
      config: { rules: { 'no-transcript-artefacts': ['error', { allowedHeadings: ['Mood', 'Weather'] }] } },
    },
  ],
  invalid: [
    {
      name: 'speaker numbers',
      note: `Speaker 1: How has Amir been sleeping?\nSpeaker 2: Better, he's in bed by eight.${SIGN}`,
      excerpts: ["Speaker 1: How has Amir been sleeping?\nSpeaker 2: Better, he's in bed by eight."],
      message: /speaker labels/,
    },
    {
      name: 'a dialogue of role labels',
      note: `Visit notes.\nSW: How has Amir been sleeping?\nMum: Better, he's in bed by eight.\nI looked at his room.${SIGN}`,
      excerpts: ["SW: How has Amir been sleeping?\nMum: Better, he's in bed by eight."],
    },
    {
      name: 'time codes with labels',
      note: `12:31 - Mum: I've been struggling since Christmas.\n12:32 - SW: What would help?${SIGN}`,
      excerpts: ["12:31 - Mum: I've been struggling since Christmas.\n12:32 - SW: What would help?"],
      message: /time codes, speaker labels/,
    },
    {
      name: 'bracketed time codes and bracketed labels',
      note: `[00:00:03] [Priya]: Thanks for seeing me.\n\n[00:00:09] [Mum]: That's okay.${SIGN}`,
      excerpts: ["[00:00:03] [Priya]: Thanks for seeing me.\n\n[00:00:09] [Mum]: That's okay."],
    },
    {
      name: 'turn headings of an Otter transcript',
      note: `Priya Shah  0:03\nSo how are things at home?\n\nSara Khan  0:09\nFine, he is sleeping.${SIGN}`,
      excerpts: ['Priya Shah  0:03', 'Sara Khan  0:09'],
    },
    {
      name: 'generator headings',
      note: `AI summary\nThe visit went well and Amir was happy.\n\nSuggested actions:\n- Book a review${SIGN}`,
      excerpts: ['AI summary', 'Suggested actions:'],
      message: /generated headings/,
    },
    {
      name: 'inline marks',
      note: `Ms Khan said she was tired [inaudible] and that Amir is fine (laughs). At [00:12] she cried. At 00:12:31 she left the room.${SIGN}`,
      excerpts: ['[inaudible]', '(laughs)', '[00:12]', '00:12:31'],
    },
    {
      name: 'a log line joins a transcript next to it',
      note: `10:30 - Arrived.\nInterviewer: Can you tell me what happened?\n10:32 - Amir: Dad shouted.${SIGN}`,
      excerpts: ['10:30 - Arrived.\nInterviewer: Can you tell me what happened?\n10:32 - Amir: Dad shouted.'],
    },
    {
      name: 'chatter of a language model',
      note: `Here is a summary of the home visit:\nAmir was seen at home with his mother.\nI hope this helps!${SIGN}`,
      excerpts: ['Here is a summary of the home visit:', 'I hope this helps!'],
    },
    {
      name: 'a subtitle file',
      note: `WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHow are you?${SIGN}`,
      excerpts: ['WEBVTT\n\n00:00:01.000 --> 00:00:04.000'],
    },
    {
      name: 'a speaker label from config',
      note: `Caller: My neighbour's kids are out on their own again.${SIGN}`,
      config: { rules: { 'no-transcript-artefacts': ['error', { speakerLabels: ['Caller'] }] } },
      excerpts: ["Caller: My neighbour's kids are out on their own again."],
    },
    {
      name: 'a mark from config',
      note: `Ms Khan paused [phone rings] and then carried on.${SIGN}`,
      config: { rules: { 'no-transcript-artefacts': ['error', { marks: ['phone rings'] }] } },
      excerpts: ['[phone rings]'],
    },
  ],
});
