// A long run of the property tests on the built library: SOAK_RUNS generated notes (default 100,000)
// with a printed seed, so that any failure can be replayed with SOAK_SEED=<seed>.
import fc from 'fast-check';
import { createLinter } from '../dist/index.js';

const runs = Number(process.env.SOAK_RUNS ?? 100_000);
const seed = Number(process.env.SOAK_SEED ?? Date.now() % 2 ** 31);
const linter = createLinter();

const PIECES = ['No concerns', 'LAC', 'CP (Child Protection)', 'aggressive', 'he shouted', 'I feel', 'apparently', 'kids', 'From: Jo', 'Subject: x',
  '> quoted', 'Speaker 1:', '00:12:31', '[inaudible]', 'Amendment', 'shared the plan', 'THIS IS LOUD', '**bold**', 'Priya Shah, Social Worker, 03/04/2026',
  '"', '\u201C', '\u201D', "'", '\u2019', '(', ')', '-', ':', '.', '\n', '\r\n', '\r', '\n\n', '\u200B', '\u202E', '\u0000', '\uD83D', '\uDE00', 'e\u0301', '\u{1F600}'];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 6 }));
const anyValue = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }));
const meta = fc.record({ type: anyValue, occurredAt: fc.oneof(fc.constantFrom('2026-04-02T10:00', '2026-03-29T01:30', '2026-02-30'), anyValue), recordedAt: fc.oneof(fc.constantFrom('2026-04-03T09:00Z', '2026-10-25T01:30'), anyValue), author: fc.oneof(fc.record({ name: anyValue, role: anyValue }), anyValue) }, { requiredKeys: [] });
const note = fc.tuple(fc.boolean(), meta, fc.array(piece, { maxLength: 80 })).map(([asFile, fields, pieces]) => {
  const text = pieces.join(' ');
  if (!asFile) return { source: text, input: { ...fields, text } };
  const head = `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`;
  return { source: head + text, input: head + text };
});

const start = Date.now();
fc.assert(
  fc.property(note, ({ source, input }) => {
    const { findings } = linter.lint(input);
    for (const f of findings) {
      if (f.excerpt !== source.slice(f.offset, f.endOffset)) throw new Error(`excerpt mismatch for ${f.ruleId}`);
      if (f.offset < 0 || f.endOffset < f.offset || f.endOffset > source.length) throw new Error(`bad offsets for ${f.ruleId}`);
      if (/failed on this note/.test(f.message)) throw new Error(f.message);
    }
    for (let i = 1; i < findings.length; i++) if (findings[i - 1].offset > findings[i].offset) throw new Error('findings out of order');
  }),
  { numRuns: runs, seed },
);
console.log(`soak: ${runs} generated notes, seed ${seed}, no failure, ${((Date.now() - start) / 1000).toFixed(0)} s`);
