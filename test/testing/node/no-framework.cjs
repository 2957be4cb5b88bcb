// Run by test/testing/node-test.test.ts as a plain CommonJS script: with no test framework, RuleTester
// runs each case at once and throws at the first failure (the exit code says which).
const { defineWordListRule, thisPhrase } = require('casenote-lint/rule-api');
const { RuleTester } = require('casenote-lint/testing');

const shorthand = defineWordListRule({
  meta: { id: 'team/no-shorthand', description: 'Team shorthand.', severity: 'warning', category: 'language', reference: { section: 'Team recording guide', summary: 'Name services.' } },
  list: [{ match: 'front door' }],
  message: (match) => `${thisPhrase(match)} is team shorthand: name the service.`,
});

new RuleTester().run(shorthand, { valid: ['Referred to the duty team.'], invalid: [{ note: 'Referred to front door.', errors: ['front door'] }] });
console.log('first run passed');
new RuleTester().run(shorthand, { valid: ['Referred to front door.'], invalid: [] });
console.log('not reached');
