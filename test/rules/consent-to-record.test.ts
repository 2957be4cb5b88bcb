import { testRule } from '../helpers/rule-tester.js';

const SIGN = '\n\nPriya Shah, Social Worker, 10/04/2026';
const ALL_THREE =
  'Ms Khan and Amir agreed to the visit being recorded, and my manager, Sam Patel, Team Manager, agreed beforehand. I recorded it so that Ms Khan, who is partially deaf, can listen to the plan again.';

testRule('consent-to-record', {
  valid: [
    // "Recorded" meaning written down.
    `I recorded the visit in the case notes.${SIGN}`,
    `The incident was recorded on the chronology and the new address recorded on Mosaic.${SIGN}`,
    `Amir was recorded as missing by the police at 21:00.${SIGN}`,
    `Police recorded a crime of assault.${SIGN}`,
    `I recorded the details on my phone and typed them up later.${SIGN}`,
    `I completed the recording on my laptop at home because of the late visit.${SIGN}`,
    `The GP recorded Amir's weight as 21 kilograms.${SIGN}`,
    `Recording of the Teams meeting completed late because of sickness.${SIGN}`,
    // Someone else's recording, discussed as evidence.
    `I watched the police body-worn video of the incident.${SIGN}`,
    `The school's CCTV recording shows Amir leaving at 12:40.${SIGN}`,
    `The Achieving Best Evidence interview was video recorded at the police suite.${SIGN}`,
    `Ms Khan played me a voicemail from Mr Khan. She also showed me a video recording on her phone of him shouting.${SIGN}`,
    `Transcript of the police interview was requested by the solicitor.${SIGN}`,
    `Ms Khan told me she has an audio recording of Mr Khan threatening her.${SIGN}`,
    `Amir's voice recorded in the plan: he wants to see his dad every weekend.${SIGN}`,
    // Negated, refused, asked about.
    `The visit was not recorded.${SIGN}`,
    `Ms Khan declined to be recorded, so I took handwritten notes.${SIGN}`,
    `Did you record the meeting on your phone?${SIGN}`,
    `Audio recording is not allowed in the contact centre.${SIGN}`,
    `I asked whether I could audio record the visit; Ms Khan said no.${SIGN}`,
    `I will use Magic Notes at the next visit if Ms Khan agrees.${SIGN}`,
    // Not the note's: a child's own tools, a person called Ai.
    `Amir uses speech to text at school because of his dyslexia.${SIGN}`,
    `I spoke with Ai and her mother about school.${SIGN}`,
    // Everything the standard asks for.
    `I recorded the visit on my work phone. ${ALL_THREE}${SIGN}`,
    `This note was dictated using the council's dictation software after the visit; no one else was recorded. My manager, Sam Patel, agreed to my use of dictation because of my dyslexia.${SIGN}`,
    `Recording consent: everyone present consented; Sam Patel, Team Manager, approved the use of Magic Notes to support Ms Khan's communication needs.\n\nSpeaker 1: How has Amir been sleeping?\nSpeaker 2: Better, he's in bed by eight.${SIGN}`,
    // Quoted speech.
    `Ms Khan said, "You're not audio recording this, are you?" I said I was not.${SIGN}`,
    // A writer's stage direction is not a recording mark.
    `Amir said he wants a dog (laughs) and a bigger bedroom.${SIGN}`,
    {
      name: 'a manager writing the note gives the manager part',
      note: {
        type: 'meeting',
        occurredAt: '2026-04-09T10:00',
        recordedAt: '2026-04-10T09:00',
        author: { name: 'Sam Patel', role: 'Team Manager' },
        text: 'The meeting was recorded on Teams with everyone\'s consent so that Ms Khan can watch it again.\n\nSam Patel, Team Manager, 10/04/2026',
      },
    },
    {
      name: 'transcript leftovers ignored by config',
      note: `Speaker 1: How has Amir been sleeping?\nSpeaker 2: Better, he's in bed by eight.${SIGN}`,
      config: { rules: { 'consent-to-record': ['error', { artefacts: false }] } },
    },
    {
      name: 'only consent required',
      note: `The visit was audio recorded with everyone's consent.${SIGN}`,
      config: { rules: { 'consent-to-record': ['error', { require: ['everyone'] }] } },
    },
  ],
  invalid: [
    { note: `I recorded the visit on my work phone.${SIGN}`, excerpts: ['recorded'], message: /everyone recorded gave explicit consent, that a manager agreed \(name and role\) or why it was recorded/ },
    { note: `Visit recorded on my phone.${SIGN}`, excerpts: ['recorded'] },
    { note: `I recorded a video of Amir showing me his room.${SIGN}`, excerpts: ['recorded'] },
    { note: `The visit was audio recorded with everyone's consent.${SIGN}`, excerpts: ['audio recorded'], message: /does not record that a manager agreed \(name and role\) or why it was recorded\./ },
    { note: `This note was dictated using Dragon NaturallySpeaking.${SIGN}`, excerpts: ['dictated'], message: /dictated.*no one else was recorded/ },
    { note: `I used Magic Notes to record the visit.${SIGN}`, excerpts: ['Magic Notes'] },
    { note: `I used Copilot to draft this note.${SIGN}`, excerpts: ['Copilot'] },
    { note: `AI-generated summary\nThe visit went well.${SIGN}`, excerpts: ['AI-generated'] },
    { note: `Speaker 1: How has Amir been sleeping?\nSpeaker 2: Better, he's in bed by eight.${SIGN}`, excerpts: ['Speaker 1: How has Amir been sleeping?'], message: /what is left of a recording/ },
    { note: `Ms Khan said the new tablets [inaudible] and she feels calmer.${SIGN}`, excerpts: ['[inaudible]'] },
    { note: `Ms Khan described the night (00:12:31) in detail.${SIGN}`, excerpts: ['(00:12:31)'] },
    { note: `The meeting was recorded on Teams so that the minutes could be checked. Everyone present agreed.${SIGN}`, excerpts: ['recorded on Teams'], message: /does not record that a manager agreed \(name and role\)\./ },
    { note: `Ms Khan and Amir agreed to the visit being recorded.${SIGN}`, excerpts: ['recorded'], name: 'agreeing to being recorded is a mention of a recording' },
    {
      name: 'one finding per note, at the first mention',
      note: `Visit audio recorded.\n\n[00:02:10] Ms Khan said Amir had been [inaudible] all week.\n\nI used Magic Notes to draft this.${SIGN}`,
      excerpts: ['audio recorded'],
    },
    {
      name: "a manager who did not consent is no manager's consent",
      note: `I recorded the visit on my phone so that Ms Khan can hear the plan again. Ms Khan agreed. My manager did not agree.${SIGN}`,
      excerpts: ['recorded'],
      message: /does not record that a manager agreed/,
    },
    {
      name: 'a tool added by config',
      note: `I drafted this note with Scribe Assist.${SIGN}`,
      excerpts: ['Scribe Assist'],
      config: { rules: { 'consent-to-record': ['error', { tools: ['Scribe Assist'] }] } },
    },
    {
      name: 'a speaker label added through the artefact options',
      note: `Caller: is anyone there?\nCaller: hello?${SIGN}`,
      excerpts: ['Caller: is anyone there?'],
      config: { rules: { 'consent-to-record': ['error', { artefacts: { speakerLabels: ['Caller'] } }] } },
    },
    {
      name: 'a recording phrase added by config',
      note: `Visit captured with the body-mic kit.${SIGN}`,
      excerpts: ['captured with the body-mic kit'],
      config: { rules: { 'consent-to-record': ['error', { add: ['captured with the body-mic kit'] }] } },
    },
  ],
});
