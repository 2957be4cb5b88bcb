import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { loadFixtures } from '../helpers/fixtures.js';

/**
 * A quick fix must not trade one finding for another: after the one replacement a finding offers is
 * applied (what --fix and the editors' quick fixes do), no new finding may cover the written text, except
 * from the rules that ask for more than a word can give (an explanation, a person's full name) or that
 * count length.
 */
const ASKS_FOR_MORE = new Set(['explain-technical-terms', 'full-names', 'sentence-length']);

describe('quick fixes on the fixtures bring no new finding where they write', () => {
  const fixtures = loadFixtures();
  it('has fixtures with quick fixes', () => {
    expect(fixtures.length).toBeGreaterThan(100);
  });
  for (const fixture of fixtures) {
    const before = lint(fixture.source).findings;
    const fixes = before.filter((finding) => (finding.suggestions ?? []).filter((s) => s.replacement !== undefined).length === 1);
    if (fixes.length === 0) continue;
    it(fixture.file, () => {
      for (const finding of fixes) {
        const replacement = finding.suggestions!.find((s) => s.replacement !== undefined)!.replacement!;
        const fixed = fixture.source.slice(0, finding.offset) + replacement + fixture.source.slice(finding.endOffset);
        const end = finding.offset + replacement.length;
        const brought = lint(fixed)
          .findings.filter((after) => after.offset < end && after.endOffset > finding.offset && !ASKS_FOR_MORE.has(after.ruleId))
          .map((after) => `${finding.ruleId} "${finding.excerpt}" → "${replacement}" brought ${after.ruleId} "${after.excerpt}"`);
        expect(brought).toEqual([]);
      }
    });
  }
});
