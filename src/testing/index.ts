/** casenote-lint/testing: the rule tester for a team's own rules (docs/custom-rules.md). */
export {
  RuleTester,
  type ExpectedFinding,
  type ExpectedSuggestion,
  type InvalidTestCase,
  type RuleTesterConfig,
  type RuleTests,
  type TestFunction,
  type ValidTestCase,
} from './rule-tester.js';
