import fc from 'fast-check';

/** Pieces that exercise the rules: phrases of the word lists, markup, quotes, dates, odd characters. */
const PIECES = [
  'No concerns', 'no concerns noted', 'All tasks completed', 'LAC', 'CP', 'Child Protection (CP)', 'CP (Child Protection)', 'S47', 'appt.', 'approx.', 'w/c',
  'ICPC', 'presenting as', 'disguised compliance', 'enuresis', 'enuresis (bed-wetting)', 'aggressive', 'he shouted', 'I feel', 'clearly', 'apparently',
  'it was reported that', 'Ms Khan, the class teacher, told me', 'kids', 'telly', 'kicked off', 'the addict', 'wheelchair-bound', 'suffers from',
  'From: Jo Bloggs', 'Sent: Monday', 'Subject: visit', '-----Original Message-----', '> quoted', 'Speaker 1:', 'SW:', '00:12:31', '[inaudible]',
  'Suggested actions:', 'Amendment', 'Correction:', 'shared the plan', 'without consent', 'THIS IS ALL CAPS', '**bold**', '__bold__',
  'Priya Shah, Social Worker, 03/04/2026', 'Social Worker', '10th April 2026', '2026-04-10', '"', '\u201C', '\u201D', "'", '\u2018', '\u2019',
  '(', ')', '[', ']', '-', '\u2014', ':', ';', '.', '...', '!', '?', ',', '/', '&', '@', 'https://example.org/a?b=1', 'amy@example.org',
  '\n', '\r\n', '\r', '\n\n', '\t', ' ', '  ', '\u00A0', '\u200B', '\u200D', '\u202E', '\u2066', '\u0000', '\uD83D', '\uDE00', '\uD83D\uDE00',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', 'e\u0301', 'Zo\u00EB', '\uFEFF', '---', '***', '#', '1.', '\u2022',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2,8}$/) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'A', ' ', '-', '.', '(', ')', '"', '\n'), minLength: 50, maxLength: 400 }) },
);

export const noteText = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(' '));

const anyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }));
const dateLike = fc.oneof(
  fc.constantFrom('2026-04-02', '2026-04-02T10:00', '2026-03-29T01:30', '2026-10-25T01:30:00+01:00', '2026-04-03T09:00Z', '2026-02-30', '2026-13-01T10:00', 'yesterday', ''),
  fc.date({ min: new Date('2014-01-01'), max: new Date('2037-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  anyValue,
);

export const metadata = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
    type: fc.oneof(fc.constantFrom('case-note', 'home-visit', 'duty', 'safeguarding', 'section-47', 'strategy-discussion', 'amendment', 'coffee'), anyValue),
    occurredAt: dateLike,
    recordedAt: dateLike,
    author: fc.oneof(fc.record({ name: fc.oneof(fc.constant('Priya Shah'), anyValue), role: fc.oneof(fc.constant('Social Worker'), anyValue) }), anyValue),
    subject: fc.oneof(fc.record({ name: fc.string({ maxLength: 10 }) }), anyValue),
  },
  { requiredKeys: [] },
);

/** A note file: sometimes front matter (well-formed or not), then text with any line ends. */
export const noteFile = fc.tuple(fc.oneof(fc.constant(''), metadata.map(toFrontMatter), fc.string({ maxLength: 40 }).map((yaml) => `---\n${yaml}\n---\n`)), noteText).map(([head, text]) => head + text);

function toFrontMatter(meta: Record<string, unknown>): string {
  const lines = Object.entries(meta).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
