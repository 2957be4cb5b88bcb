import { testRule } from '../helpers/rule-tester.js';

const SIGN = '\n\nPriya Shah, Social Worker, 10/04/2026';

testRule('summarise-emails', {
  valid: [
    // Mentions of emails, and words that only look like headers.
    `I emailed the school on Monday asking for Amir's attendance figures. Subject to the court's decision, contact will continue.${SIGN}`,
    `Mrs Ahmed, head teacher, emailed me on 6 April: Amir's attendance this term is 84% and he has been late six times. I will discuss this with Ms Khan on Friday.${SIGN}`,
    // A single header-like line.
    `From: Ms Khan (mother)\nMs Khan rang the duty line to say Amir has a temperature and will not be at contact.${SIGN}`,
    // "From" and "To" alone are a phone message slip, not an email.
    `From: Ms Khan (mother)\nTo: Duty team\nMs Khan asked for her social worker to call her back about contact.${SIGN}`,
    // Note headings.
    `Date: 10/04/2026\nPresent: Ms Khan, Amir\nPurpose: review the safety plan.\nAmir showed me his room.${SIGN}`,
    // One quoted line.
    `> Amir said he wants to see his dad at the weekend.\nI explained that contact is on Saturdays.${SIGN}`,
    // Prose that starts with "On" and ends with "wrote:".
    `On the form Ms Khan wrote:\n"I want Amir home."${SIGN}`,
    {
      name: 'quoted runs longer than the minimum only',
      note: `> Amir said he wants to see his dad.\n> He said this twice.\nI explained that contact is on Saturdays.${SIGN}`,
      config: { rules: { 'summarise-emails': ['warning', { minQuotedLines: 3 }] } },
    },
  ],
  invalid: [
    {
      name: 'an Outlook header block',
      note: `Email from school:\n\nFrom: Jo Bloggs <jo.bloggs@oakpark.example>\nSent: 06 April 2026 09:14\nTo: Priya Shah\nSubject: Amir attendance\n\nHi Priya, attendance is 84%.${SIGN}`,
      excerpts: ['From: Jo Bloggs <jo.bloggs@oakpark.example>\nSent: 06 April 2026 09:14\nTo: Priya Shah\nSubject: Amir attendance'],
      message: /summarise it in the note instead/,
    },
    {
      name: 'a reply and the message below it: two emails',
      note: `From: Jo Bloggs\nSent: 06 April 2026 09:14\nTo: Priya Shah\nSubject: RE: Amir\n\nYes, 84%.\n\n-----Original Message-----\nFrom: Priya Shah\nSent: 05 April 2026 16:02\nTo: Jo Bloggs\nSubject: Amir\n\nCould you send his attendance?${SIGN}`,
      excerpts: [
        'From: Jo Bloggs\nSent: 06 April 2026 09:14\nTo: Priya Shah\nSubject: RE: Amir',
        '-----Original Message-----\nFrom: Priya Shah\nSent: 05 April 2026 16:02\nTo: Jo Bloggs\nSubject: Amir',
      ],
    },
    {
      name: 'a reply attribution and its quoted lines: one email',
      note: `On Mon, 6 Apr 2026 at 09:14, Jo Bloggs <jo.bloggs@oakpark.example> wrote:\n> Hi Priya,\n> attendance is 84%.${SIGN}`,
      excerpts: ['On Mon, 6 Apr 2026 at 09:14, Jo Bloggs <jo.bloggs@oakpark.example> wrote:'],
    },
    {
      name: 'an attribution wrapped over two lines',
      note: `On Mon, 6 Apr 2026 at 09:14, Jo Bloggs <\njo.bloggs@oakpark.example> wrote:\n> attendance is 84%.${SIGN}`,
      excerpts: ['On Mon, 6 Apr 2026 at 09:14, Jo Bloggs <\njo.bloggs@oakpark.example> wrote:'],
    },
    {
      name: 'quoted lines alone',
      note: `School replied:\n> Hi Priya\n> attendance is 84% this term${SIGN}`,
      excerpts: ['> Hi Priya\n> attendance is 84% this term'],
    },
    {
      name: 'a forwarded message marker with Gmail headers',
      note: `---------- Forwarded message ---------\nFrom: Jo Bloggs <jo.bloggs@oakpark.example>\nDate: Mon, 6 Apr 2026 at 09:14\nSubject: Amir\nTo: Priya Shah <priya.shah@council.example>\n\nAttendance is 84%.${SIGN}`,
      excerpts: ['---------- Forwarded message ---------\nFrom: Jo Bloggs <jo.bloggs@oakpark.example>\nDate: Mon, 6 Apr 2026 at 09:14\nSubject: Amir\nTo: Priya Shah <priya.shah@council.example>'],
    },
    {
      name: 'a confidentiality notice alone',
      note: `Hi Priya, Amir's attendance is 84%. Kind regards, Jo\nThis email and any attachments are confidential and intended solely for the addressee.${SIGN}`,
      excerpts: ['This email and any attachments are confidential and intended solely for the addressee.'],
      message: /confidentiality notice/,
    },
    {
      name: 'a notice after a header block is part of that email',
      note: `From: Jo Bloggs\nSent: 06 April 2026 09:14\nTo: Priya Shah\nSubject: Amir\n\nAttendance is 84%.\nIf you are not the intended recipient, please delete this email.${SIGN}`,
      excerpts: ['From: Jo Bloggs\nSent: 06 April 2026 09:14\nTo: Priya Shah\nSubject: Amir'],
    },
    {
      name: 'a mobile signature',
      note: `Ok thanks, I will bring Amir at 3.\n\nSent from my iPhone${SIGN}`,
      excerpts: ['Sent from my iPhone'],
    },
    {
      name: 'bold markdown headers',
      note: `**From:** Jo Bloggs\n**Sent:** 06 April 2026 09:14\n**Subject:** Amir\n\nAttendance is 84%.${SIGN}`,
      excerpts: ['**From:** Jo Bloggs\n**Sent:** 06 April 2026 09:14\n**Subject:** Amir'],
    },
    {
      name: 'a header field from config',
      note: `From: Jo Bloggs\nReceived: 06 April 2026 09:14\n\nAttendance is 84%.${SIGN}`,
      config: { rules: { 'summarise-emails': ['warning', { headerFields: ['Received'] }] } },
      excerpts: ['From: Jo Bloggs\nReceived: 06 April 2026 09:14'],
    },
  ],
});
