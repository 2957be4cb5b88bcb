import { describe, expect, it } from 'vitest';
import { builtInRules, createLinter } from '../../src/index.js';

// Inputs that make a careless regular expression backtrack for ever. A rule that is linear finishes
// each in milliseconds; one that is not makes this test time out, which is the failure we look for.
const N = 50_000;
const ADVERSARIAL: Record<string, string> = {
  spaces: ' '.repeat(N),
  tabs: '\t'.repeat(N),
  newlines: '\n'.repeat(N),
  'blank lines with spaces': ' \n'.repeat(N / 2),
  dashes: '-'.repeat(N),
  dots: '.'.repeat(N),
  brackets: '('.repeat(N / 2) + ')'.repeat(N / 2),
  'square brackets': '['.repeat(N / 2) + ']'.repeat(N / 2),
  capitals: 'A'.repeat(N),
  'capital words': 'ABC '.repeat(N / 4),
  'one long word': 'a'.repeat(N),
  'quotes': '"'.repeat(N),
  'curly quotes': '\u201C\u2018'.repeat(N / 2),
  'asterisks': '*'.repeat(N),
  'underscores': '_'.repeat(N),
  'colons': ':'.repeat(N),
  'digits and colons': '00:'.repeat(N / 3),
  'header-like lines': 'From: a\n'.repeat(N / 8),
  'quoted lines': '> '.repeat(N / 2),
  'slashes': 'a/'.repeat(N / 2),
  'comma words': 'a, '.repeat(N / 3),
  'dates': '1/1/1 '.repeat(N / 6),
  'alternating case': 'aA'.repeat(N / 2),
  'no concerns': 'no concerns '.repeat(N / 12),
  'speaker labels': 'Speaker 1: '.repeat(N / 11),
  'emoji': '\u{1F600}'.repeat(N / 2),
  'combining marks': `a${'\u0301'.repeat(N)}`,
};

describe('adversarial input', () => {
  for (const rule of builtInRules) {
    it(`${rule.meta.id} finishes on every adversarial string`, () => {
      const only = Object.fromEntries(builtInRules.map((r) => [r.meta.id, r === rule ? r.meta.severity : 'off'] as const));
      const linter = createLinter({ rules: only });
      for (const [name, text] of Object.entries(ADVERSARIAL)) {
        const result = linter.lint({ text });
        for (const finding of result.findings) {
          expect(finding.message, `${rule.meta.id} on ${name}`).not.toMatch(/failed on this note/);
        }
      }
    }, 60_000);
  }
});
