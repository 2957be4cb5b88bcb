import { describe, expect, it } from 'vitest';
import { createLinter, type CaseNote, type Config } from '../../src/index.js';

/** ESLint RuleTester's shape: each valid case has no finding of the rule; each invalid one has exactly the listed excerpts. */
export interface RuleCases {
  valid: (string | { note: CaseNote | string; config?: Config; name?: string })[];
  invalid: { note: CaseNote | string; excerpts: string[]; config?: Config; name?: string; message?: RegExp; /** A suggestion writes this; null: no suggestion writes anything (advice only). */ replacement?: string | null }[];
}

export function testRule(ruleId: string, cases: RuleCases): void {
  const linters = new Map<string, ReturnType<typeof createLinter>>();
  const linterFor = (config?: Config) => {
    const key = JSON.stringify(config ?? {});
    let linter = linters.get(key);
    if (!linter) linters.set(key, (linter = createLinter(config)));
    return linter;
  };
  const seen = new Set<string>();
  const label = (note: CaseNote | string, name?: string) => {
    const text = typeof note === 'string' ? note : note.text;
    const key = name ?? text.slice(0, 60);
    if (seen.has(key)) throw new Error(`${ruleId}: duplicate test case "${key}"`);
    seen.add(key);
    return key;
  };
  describe(ruleId, () => {
    for (const valid of cases.valid) {
      const { note, config, name } = typeof valid === 'string' ? { note: valid, config: undefined, name: undefined } : valid;
      it(`valid: ${label(note, name)}`, () => {
        const found = linterFor(config).lint(note).findings.filter((f) => f.ruleId === ruleId);
        expect(found.map((f) => f.excerpt)).toEqual([]);
      });
    }
    for (const invalid of cases.invalid) {
      it(`invalid: ${label(invalid.note, invalid.name)}`, () => {
        const found = linterFor(invalid.config).lint(invalid.note).findings.filter((f) => f.ruleId === ruleId);
        expect(found.map((f) => f.excerpt).sort()).toEqual([...invalid.excerpts].sort());
        if (invalid.message) for (const f of found) expect(f.message).toMatch(invalid.message);
        const replacements = found.flatMap((f) => f.suggestions ?? []).map((s) => s.replacement);
        if (invalid.replacement === null) expect(replacements.filter((r) => r !== undefined)).toEqual([]);
        else if (invalid.replacement !== undefined) expect(replacements).toContain(invalid.replacement);
      });
    }
  });
}
