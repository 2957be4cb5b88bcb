// Run by test/testing/node-test.test.ts as `node --test`: a team's rule tested with node:test, against
// the built package (casenote-lint/testing and casenote-lint/rule-api from dist/), as a team would.
import { describe, it } from 'node:test';
import * as z from 'zod';
import { defineWordListRule, thisPhrase, wordListOptionsShape, writeInstead } from 'casenote-lint/rule-api';
import { RuleTester } from 'casenote-lint/testing';

RuleTester.describe = describe;
RuleTester.it = it;

// The options schema is the team's own zod, extending the shared word-list options.
const schema = z.object({ ...wordListOptionsShape, strict: z.boolean().default(false) }).strict();

const shorthand = defineWordListRule({
  meta: {
    id: 'team/no-shorthand',
    description: 'Team shorthand for services.',
    severity: 'warning',
    category: 'language',
    schema,
    reference: { section: 'Team recording guide', summary: "Write our services' names out." },
  },
  list: [{ match: 'front door', replacement: 'the duty and advice team' }, { match: 'the hub' }],
  message: (match) => `${thisPhrase(match)} is team shorthand: ${writeInstead(match.entry, 'name the service')}.`,
  accept: (match, context) => match.entry.match === 'the hub' && !context.options.strict,
});

new RuleTester().run(shorthand, {
  valid: ['Referred to the duty and advice team.', 'Met at the hub.', { note: 'Mum said "ring the front door".', name: 'quoted speech' }],
  invalid: [
    {
      note: 'Referred to front door.',
      errors: [{ excerpt: 'front door', severity: 'warning', message: 'This phrase is team shorthand: write "the duty and advice team" instead.', suggestions: [{ replacement: 'the duty and advice team' }] }],
    },
    { note: 'Met at the hub.', name: 'strict', options: { strict: true }, errors: ['the hub'] },
  ],
});

if (process.env.CASENOTE_LINT_WRONG_EXPECTATION) {
  new RuleTester().run(shorthand, {
    valid: [{ note: 'Referred to front door.', name: 'wrongly valid' }],
    invalid: [{ note: 'Referred to front door.', name: 'wrong excerpt', errors: ['front'] }],
  });
}
