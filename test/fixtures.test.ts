import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { loadFixtures } from './helpers/fixtures.js';

const linter = createLinter();
const fixtures = loadFixtures();

describe('fixtures: each rule flags exactly the expected excerpts', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const fixture of fixtures) {
    it(`${fixture.file} ${fixture.expected.length === 0 ? 'must not be flagged' : `flags ${fixture.expected.length}`}`, () => {
      const found = linter
        .lint(fixture.source)
        .findings.filter((finding) => finding.ruleId === fixture.rule)
        .map((finding) => finding.excerpt);
      expect(found.sort()).toEqual([...fixture.expected].sort());
    });
    it(`${fixture.file}: no message quotes the text it flags (--redact keeps messages)`, () => {
      for (const finding of linter.lint(fixture.source).findings) {
        if (finding.excerpt.trim() !== '') expect(finding.message).not.toContain(`"${finding.excerpt}"`);
      }
    });
  }
});
