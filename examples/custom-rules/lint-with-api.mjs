// @ts-check
// node lint-with-api.mjs: the team's rules through the API, as a case-management system would run them.
import { createLinter } from 'casenote-lint';
import team from './casenote-rules/index.mjs';

const linter = createLinter({
  customRules: Object.values(team.rules),
  rules: { 'team/interpreter-language': ['warning', { languages: ['Krio'] }] },
});

const { findings } = linter.lint({
  type: 'home-visit',
  occurredAt: '2026-04-09T14:00',
  recordedAt: '2026-04-09T17:00',
  author: { name: 'Priya Shah', role: 'Social Worker' },
  text: 'Home visit with an interpreter. Referred to front door for a housing check.\n\nPriya Shah, Social Worker, 09/04/2026',
});
for (const finding of findings) console.log(`${finding.line}:${finding.column} ${finding.ruleId}: ${finding.excerpt}`);
