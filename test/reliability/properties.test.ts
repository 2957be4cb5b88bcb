import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter, lint, type Finding } from '../../src/index.js';
import { metadata, noteFile, noteText } from '../helpers/generators.js';

const linter = createLinter();

/** Every finding points at exactly what it quotes, with lines and columns that agree with its offsets. */
function checkFindings(source: string, findings: Finding[]): void {
  for (const finding of findings) {
    expect(finding.offset).toBeGreaterThanOrEqual(0);
    expect(finding.endOffset).toBeGreaterThanOrEqual(finding.offset);
    expect(finding.endOffset).toBeLessThanOrEqual(source.length);
    expect(finding.excerpt).toBe(source.slice(finding.offset, finding.endOffset));
    expect([finding.line, finding.column]).toEqual(position(source, finding.offset));
    expect([finding.endLine, finding.endColumn]).toEqual(position(source, finding.endOffset));
    expect(finding.message).not.toMatch(/failed on this note/);
  }
  for (let i = 1; i < findings.length; i++) {
    const [a, b] = [findings[i - 1]!, findings[i]!];
    expect(a.offset < b.offset || (a.offset === b.offset && (a.endOffset < b.endOffset || (a.endOffset === b.endOffset && a.ruleId <= b.ruleId)))).toBe(true);
  }
}

/** Independent of the engine's LineMap: CRLF, LF and CR each end a line. */
function position(source: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = source[i];
    if (char === '\r' && source[i + 1] === '\n') continue;
    if (char === '\n' || char === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, offset - lineStart + 1];
}

describe('properties of lint over generated notes', () => {
  it('never throws on a note file, and every finding is exact, sorted and deterministic', () => {
    fc.assert(
      fc.property(noteFile, (source) => {
        const first = linter.lint(source);
        checkFindings(source, first.findings);
        expect(linter.lint(source)).toEqual(first);
        expect(lint(source)).toEqual(first);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on a note object whose text is a string, whatever its metadata', () => {
    fc.assert(
      fc.property(metadata, noteText, (meta, text) => {
        const note = { ...meta, text } as never;
        const result = linter.lint(note);
        checkFindings(text, result.findings);
        expect(createLinter().lint(note)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same findings with the paragraph cache as without it, across random edits', () => {
    fc.assert(
      fc.property(noteText, fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', ' ', '\n\n', '.', 'LAC ', 'No concerns. ', '"')), { maxLength: 8 }), (start, edits) => {
        const editor = createLinter();
        let text = start;
        editor.lint(text);
        for (const [at, insert] of edits) {
          const where = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, where) + insert + text.slice(where);
          expect(editor.lint(text)).toEqual(createLinter().lint(text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
