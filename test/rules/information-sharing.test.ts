import { testRule } from '../helpers/rule-tester.js';

const SIGN = '\n\nPriya Shah, Social Worker, 10/04/2026';

testRule('information-sharing', {
  valid: [
    // A full record: what, with whom, why and how.
    `I shared the child protection plan with Mrs Ahmed, head teacher, by secure email so that school can support the safety plan.${SIGN}`,
    // The parts may be spread over the next sentence.
    `I shared the outcome of the review conference with Mrs Ahmed, head teacher. This was by secure email so that school can support the plan.${SIGN}`,
    // Other people sharing or disclosing to the worker.
    `Ms Khan shared her worries with me about Amir's sleep. She said he wakes at 3am most nights.${SIGN}`,
    `Amir disclosed that his stepdad hit him with a belt on Sunday.${SIGN}`,
    `It was disclosed at school that Dad has been drinking again.${SIGN}`,
    // A received message put into the record.
    `Forwarded email from the housing officer below, summarised: the rent arrears are now cleared.${SIGN}`,
    // A report received: what was shared is the "that" clause, not something the writer sent.
    `Worries have also been shared that Amir is often alone in the flat after dark.${SIGN}`,
    `It was shared that Dad has moved back in.${SIGN}`,
    `The school shared its concerns about attendance with me by email on Monday.${SIGN}`,
    `Information was shared with me by the health visitor during the core group.${SIGN}`,
    `Dad told me he had shared the video with his friends, and I explained why this worried me.${SIGN}`,
    // Not sharing, and plans to share.
    `I did not share the assessment with Mr Khan as he has no contact with the children.${SIGN}`,
    `The plan will be shared with the school at the core group on Friday.${SIGN}`,
    `Ms Khan gave consent to share the assessment with the school.${SIGN}`,
    // Not information.
    `We shared a laugh about the dog. Amir and his brother shared a bedroom until last year.${SIGN}`,
    // Without consent, with the reason.
    `Ms Khan did not consent. I shared the assessment with the police by phone because there was a risk of significant harm to Amir.${SIGN}`,
    // The recipient as the object of a contact verb.
    `I rang the school and shared my concerns about Amir's bruise so that staff could check on him at lunchtime.${SIGN}`,
    // A duty handover, and "shared" that is not about information.
    `Contact from a neighbour about crying at night.\n\nPassed to the assessment team for a visit.${SIGN}`,
    `Shared care arrangements continue. The Shared Lives carer visited on Tuesday. Mum rang, shared her news about the baby.${SIGN}`,
    // Secure-email systems count as the means.
    `I shared the chronology with the virtual school via Egress so that they can plan support.${SIGN}`,
    {
      name: 'a required part can be dropped by config',
      note: `I shared the chronology with the head teacher so that school can plan support.${SIGN}`,
      config: { rules: { 'information-sharing': ['warning', { require: ['what', 'whom', 'purpose'] }] } },
    },
    {
      name: 'an added how cue',
      note: `I shared the chronology with the head teacher through Anycomms so that school can plan support.${SIGN}`,
      config: { rules: { 'information-sharing': ['warning', { add: { how: ['through Anycomms'] } }] } },
    },
    {
      name: 'the consent check can be turned off',
      note: `Ms Khan did not consent. I shared the assessment with the police by phone so that they could check the address.${SIGN}`,
      config: { rules: { 'information-sharing': ['warning', { checkConsent: false }] } },
    },
    // Quoted speech is the person's own words.
    `Ms Khan said, "You shared my address with him." I explained what had been shared and why.${SIGN}`,
    // Telling verbs: a full record, and telling that is not a disclosure to another agency.
    `I informed the police of the assault by phone at 16:20 so that officers could visit the address tonight.${SIGN}`,
    `I made the school aware of the bruise by phone so that staff can watch for new marks.${SIGN}`,
    `I cc'd the school nurse into my email to the GP about the weight loss so that she can weigh Amir at school.${SIGN}`,
    `Informed the LADO by email at 10:00 so that the allegation against the coach can be considered.${SIGN}`,
    { name: 'telling the family about their own child', note: { type: 'home-visit', subject: { name: 'Amir Khan' }, text: `I told Ms Khan about the outcome of the conference and informed her that the plan will continue.${SIGN}` } },
    `I told Amir's mother about the conference date.${SIGN}`,
    `I informed my team manager of the disclosure and updated him again at 16:00.${SIGN}`,
    `I told the school to ring me if Amir is absent again.${SIGN}`,
    `I told the head teacher I would ring her after the conference.${SIGN}`,
    // Told to the writer, and by other people.
    `I was informed by the school that Amir had a bruise. The school informed me that they had rung Ms Khan.${SIGN}`,
    `Mum informed school that Amir would be off sick. PC Adams told me that Dad was arrested last night.${SIGN}`,
    `Ms Okoye has referred Amir to the paediatrician and made a referral to the dietitian.${SIGN}`,
    // Plans.
    `The school will be informed tomorrow. School to be informed of the plan. Ms Khan to be told when I visit.${SIGN}`,
    // Sending that is not sharing information.
    `Amir was sent home at lunchtime. I sent Ms Khan a text to remind her of the appointment.${SIGN}`,
    `I gave Mr Khan a blank application form for the grant and sent him the link to the leaflet.${SIGN}`,
    `I emailed the head teacher to ask about attendance.${SIGN}`,
    `Email from the police forwarded below for the record.${SIGN}`,
    // A record whose object points back continues the one before.
    `I told Dr Malik that Amir is subject to a child protection plan. I shared this by telephone so that the surgery can flag his record.${SIGN}`,
    // A second sentence telling the same recipient more continues the record.
    `PC Jones was informed by telephone at 17:05 so that police can check on the house overnight. I told her about the threat made to Ms Khan.${SIGN}`,
    // The parts may come from the sentence before and the paragraph's next sentences.
    `Tel call to Mrs Quinn, head teacher. Updated her on the child protection plan so that school can watch for marks.${SIGN}`,
    `I sent the referral to Sandra Ellis, housing officer, by secure email at 15:10. It gave Amir's name and date of birth. It did not include health information. The purpose is for the housing team to offer a support worker.${SIGN}`,
    // Told to a conference: for the meeting's purpose, at the meeting.
    { name: 'shared with the conference', note: { type: 'meeting', text: `Review conference for Amir, chaired by Ms Ade, Independent Reviewing Officer.\n\nI shared my report with the conference.${SIGN}` } },
    // On a call, telling the other party named at the top of the note is by that call.
    { name: 'the call is the means', note: { type: 'phone-call', text: `Telephone call with Mr Doyle, Head of Year 9.\n\nI told Mr Doyle that Amir has agreed a safety plan so that staff can remind him of it.${SIGN}` } },
  ],
  invalid: [
    { note: `I shared information with relevant agencies.${SIGN}`, excerpts: ['shared'], message: /what was shared, with whom, for what purpose or how/ },
    { note: `Information was passed to the GP.${SIGN}`, excerpts: ['passed to'], message: /what was shared, for what purpose or how/ },
    { note: `I forwarded the assessment to the school.${SIGN}`, excerpts: ['forwarded'], message: /does not say for what purpose\./ },
    { note: `I have shared the plan with Ms Khan.${SIGN}`, excerpts: ['shared'] },
    // Where the information came from is part of what went, when a recipient follows.
    { note: `I shared the findings from our assessment with the school nurse.${SIGN}`, excerpts: ['shared'] },
    // "that afternoon" is when, not what was reported.
    { note: `The plan was shared that afternoon with the school.${SIGN}`, excerpts: ['shared'] },
    { name: 'notes written without "I"', note: `Visited school.\n- Shared the plan with Mrs Ahmed\n- Phoned Dr Patel; forwarded the minutes.${SIGN}`, excerpts: ['Shared', 'forwarded'] },
    { note: `I sent a copy of the child protection plan to Mrs Ahmed so that school can support the plan.${SIGN}`, excerpts: ['sent'], message: /does not say how/ },
    { note: `The outcome of the strategy discussion was shared by secure email so that the school can watch for bruising.${SIGN}`, excerpts: ['shared'], message: /does not say with whom/ },
    { note: `We have also passed on details of the incident to the police by phone.${SIGN}`, excerpts: ['passed on'], message: /does not say for what purpose\./ },
    { note: `I visited the school and disclosed Amir's new address to the head teacher.${SIGN}`, excerpts: ['disclosed'] },
    {
      name: 'sharing without consent, no reason',
      note: `Ms Khan did not consent. I shared the assessment with the police by phone so that they could check the address.${SIGN}`,
      excerpts: ['did not consent'],
      message: /reason/,
    },
    {
      name: 'both: parts missing and no reason for sharing without consent',
      note: `The referral was passed on without consent.${SIGN}`,
      excerpts: ['passed on', 'without consent'],
    },
    { note: `Two sharings. I shared the plan with the school. I also forwarded the minutes to the GP by email so that she can review the medication.${SIGN}`, excerpts: ['shared'] },
    { name: 'note-style passive with another agency', note: `Bruise seen at school on Amir's arm. Police informed.${SIGN}`, excerpts: ['informed'], message: /does not say what was shared, for what purpose or how/ },
    { note: `Information shared with school.${SIGN}`, excerpts: ['shared'], message: /does not say what was shared, for what purpose or how/ },
    { note: `GP notified of the overdose.${SIGN}`, excerpts: ['notified'], message: /does not say for what purpose or how/ },
    { note: `I told the GP that Amir had lost weight.${SIGN}`, excerpts: ['told'] },
    { note: `I informed DS Clarke.${SIGN}`, excerpts: ['informed'], message: /what was shared/ },
    { note: `Tel call to Mrs Quinn, DSL at Elm Primary. Updated her on the child protection plan.${SIGN}`, excerpts: ['Updated'], message: /does not say for what purpose\./ },
    { note: `The police were made aware.${SIGN}`, excerpts: ['made aware'] },
    { note: `I copied in the head teacher.${SIGN}`, excerpts: ['copied'], message: /what was shared or for what purpose/ },
    { note: `A referral was made to CAMHS.${SIGN}`, excerpts: ['referral was made'], message: /for what purpose or how/ },
    { note: `I emailed the head teacher the safety plan.${SIGN}`, excerpts: ['emailed'], message: /does not say for what purpose\./ },
    { note: `Forwarded to the police.${SIGN}`, excerpts: ['Forwarded'], message: /what was shared or for what purpose/ },
    { note: `The GP has been sent a copy of the assessment.${SIGN}`, excerpts: ['sent'] },
    { note: `Information was shared with the relevant agencies.${SIGN}`, excerpts: ['shared'], message: /what was shared, with whom/ },
    {
      name: 'a built-in cue removed by config no longer counts',
      note: `I shared the chronology with the head teacher in a letter so that school can plan support.${SIGN}`,
      config: { rules: { 'information-sharing': ['warning', { remove: ['in a letter', 'letter'] }] } },
      excerpts: ['shared'],
      message: /does not say how/,
    },
  ],
});
