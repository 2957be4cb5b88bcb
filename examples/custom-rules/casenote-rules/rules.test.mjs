// node --test casenote-rules/
import { describe, it } from 'node:test';
import { RuleTester } from 'casenote-lint/testing';
import { interpreterLanguage } from './interpreter-language.mjs';
import { noTeamShorthand } from './no-team-shorthand.mjs';

// node:test has no global describe/it; Jest and Mocha have, and need neither line.
RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester();

tester.run(noTeamShorthand, {
  valid: [
    "Referred to the Children's Advice and Duty Service.",
    'The panel agreed the plan.',
    { name: 'quoted speech', note: 'Mum said "I rang the front door twice".' },
    { name: 'an entry removed by the config', note: 'Referred to front door.', options: { remove: ['front door'] } },
  ],
  invalid: [
    {
      note: 'Referred to front door today.',
      errors: [
        {
          excerpt: 'front door',
          message: `This phrase is our team's shorthand, which a family reading the record will not know: write "the Children's Advice and Duty Service" instead.`,
          severity: 'warning',
          suggestions: [{ replacement: "the Children's Advice and Duty Service" }],
        },
      ],
    },
    { note: 'The case went to panel on Tuesday.', errors: [{ excerpt: 'panel', message: /name the panel/ }] },
    { note: 'The family stepped across to early help.', errors: ['stepped across'] },
    { name: 'an entry added by the config', note: 'Agreed at MAP meeting.', options: { add: [{ match: 'MAP meeting', caseSensitive: true }] }, errors: ['MAP meeting'] },
  ],
});

tester.run(interpreterLanguage, {
  valid: [
    'Visited with a Polish interpreter.',
    'Interpreter: British Sign Language.',
    'Her first language is Dari. An interpreter joined the call.',
    'Mum did not need an interpreter.',
    'No interpreter was needed.',
    { name: 'quoted speech', note: 'Dad said "I want an interpreter next time".' },
    { name: 'a language added by the config', note: 'A Krio interpreter joined the visit.', options: { languages: ['Krio'] } },
  ],
  invalid: [
    {
      note: 'Visited with an interpreter.',
      errors: [{ excerpt: 'interpreter', severity: 'warning', message: /Say which language was interpreted/, line: 1, column: 17 }],
    },
    { name: 'a language in another paragraph', note: 'Her first language is Dari.\n\nTwo interpreters attended.', errors: ['interpreters'] },
    { name: 'quoted speech checked when asked', note: 'Dad said "the translator was late".', options: { checkQuotes: true }, errors: ['translator'] },
  ],
});
