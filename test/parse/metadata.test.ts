import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIELD_SCHEMAS, QUICK_ACCEPT, validateMetadata } from '../../src/parse/metadata.js';
import { lint } from '../../src/index.js';

// The quick acceptance of common values must give what the field's schema gives, and never accept
// a value the schema rejects.
const values = fc.oneof(
  fc.constantFrom('2026-04-02', '2026-04-02T10:00', '2026-04-02 10:00:59.123+01:00', '2026-02-30', '2026-04-02T24:00', '2026-13-01', ' 2026-04-02', 'Priya Shah', '  Social Worker ', '', '   ', 'CN-20431'),
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?(?:Z|[+-]\d{2}:?\d{2})?$/),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
);

describe('metadata quick acceptance', () => {
  for (const field of Object.keys(FIELD_SCHEMAS) as (keyof typeof FIELD_SCHEMAS)[]) {
    it(`agrees with the schema of ${field}`, () => {
      fc.assert(
        fc.property(values, (value) => {
          const quick = QUICK_ACCEPT[field](value);
          if (quick === undefined) return;
          const parsed = FIELD_SCHEMAS[field].safeParse(value);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toBe(quick);
        }),
        { numRuns: 2000 },
      );
    });
  }
});

describe('dates given as JavaScript Date objects', () => {
  const base = { type: 'phone-call', author: { name: 'Priya Shah', role: 'Social Worker' }, text: 'Spoke to the school about Amy.\n\nPriya Shah, Social Worker, 02/04/2026' };
  const ruleFindings = (note: Parameters<typeof lint>[0], ...ids: string[]) => lint(note).findings.filter((finding) => ids.includes(finding.ruleId));

  it('reads a valid Date as the instant it holds', () => {
    // 09:00 UTC is 10:00 in London (BST): an hour later, in time.
    expect(ruleFindings({ ...base, occurredAt: new Date('2026-04-02T09:00:00Z'), recordedAt: new Date('2026-04-02T10:00:00Z') }, 'timeliness', 'required-fields')).toEqual([]);
    expect(validateMetadata({ occurredAt: new Date('2026-04-02T09:00:00Z') }).meta.occurredAt).toBe('2026-04-02T09:00:00.000Z');
    // Eight calendar days later (Good Friday and Easter Monday between): late.
    const late = ruleFindings({ ...base, occurredAt: new Date('2026-04-02T09:00:00Z'), recordedAt: new Date('2026-04-10T09:00:00Z'), text: base.text.replace('02/04', '10/04') }, 'timeliness');
    expect(late.map((finding) => finding.message)).toEqual([expect.stringMatching(/^Recorded 4 working days after the event \(Thu 2 Apr → Fri 10 Apr 2026/)]);
  });

  it('mixes a Date and ISO text', () => {
    expect(ruleFindings({ ...base, occurredAt: '2026-04-02T10:00', recordedAt: new Date('2026-04-02T10:30:00Z') }, 'timeliness', 'required-fields')).toEqual([]);
  });

  it('reports an invalid Date as a required-fields finding naming the field, and lints the rest', () => {
    const findings = lint({ ...base, occurredAt: new Date('not a date'), recordedAt: new Date('2026-04-02T10:00:00Z') }).findings;
    expect(findings.filter((finding) => finding.ruleId === 'required-fields').map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^occurredAt: expected a valid Date, got an invalid Date \(its time is NaN\)/),
    ]);
    expect(validateMetadata({ recordedAt: new Date(Date.UTC(10_000, 0, 1)) }).problems).toEqual([{ field: 'recordedAt', message: 'expected a Date between the years 0 and 9999' }]);
    expect(validateMetadata({ recordedAt: 20260402 }).problems).toEqual([{ field: 'recordedAt', message: 'expected an ISO 8601 date or date-time such as 2026-04-02 or 2026-04-02T14:30, or a Date' }]);
  });

  it('does not take a Date for an author or subject', () => {
    expect(validateMetadata({ author: new Date() }).problems.map((problem) => problem.field)).toContain('author');
  });
});
