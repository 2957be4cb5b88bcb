import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIELD_SCHEMAS, QUICK_ACCEPT } from '../../src/parse/metadata.js';

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
