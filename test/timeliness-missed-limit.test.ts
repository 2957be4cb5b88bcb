/**
 * missedLimit (the HTML report's count of late records) gives the verdict of the timeliness rule's own
 * findings, note for note: every fixture of the rule, late or on time, and the README's sample notes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, parseNote } from '../src/index.js';
import { missedLimit, timeliness } from '../rules/timeliness.js';

const root = join(import.meta.dirname, '..');
const notes = ['fixtures/timeliness', 'fixtures/examples'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${dir}/${name}`),
);
const defaults = timeliness.meta.schema!.parse(undefined);

/** The limit a late-record finding of the rule names, read from its message (the test's view, not the code's). */
function limitReported(source: string): string | undefined {
  const late = lint(source).findings.find((f) => f.ruleId === 'timeliness' && f.severity !== 'info' && /^Recorded (?!within)/.test(f.message));
  return late && /the limit is (\d+ (?:working days?|hours?))/.exec(late.message)?.[1];
}

function limitMissed(source: string): string | undefined {
  const note = parseNote(source);
  const missed = missedLimit({ meta: note.meta, index: () => note.index }, defaults, 'Europe/London');
  if (!missed) return undefined;
  return missed.kind === 'working-days' ? `${missed.days} working day${missed.days === 1 ? '' : 's'}` : `${missed.hours} hour${missed.hours === 1 ? '' : 's'}`;
}

describe('missedLimit', () => {
  it('covers late and on-time notes under both limits', () => {
    const verdicts = notes.map((file) => limitReported(readFileSync(join(root, file), 'utf8')));
    expect(verdicts).toContain('3 working days');
    expect(verdicts).toContain('24 hours');
    expect(verdicts).toContain(undefined);
  });

  for (const file of notes) {
    it(`agrees with the rule's findings on ${file}`, () => {
      const source = readFileSync(join(root, file), 'utf8');
      expect(limitMissed(source)).toBe(limitReported(source));
    });
  }

  it('reads the text only for a late record that may be significant-harm work', () => {
    let reads = 0;
    const meta = { type: 'home-visit', occurredAt: '2026-04-14T10:00', recordedAt: '2026-04-15T09:00' };
    const index = () => {
      reads++;
      return parseNote('Visited Sam at home.').index;
    };
    // Recorded within 24 hours: on time whether or not the text records significant-harm work.
    expect(missedLimit({ meta, index }, defaults, 'Europe/London')).toBeUndefined();
    expect(reads).toBe(0);
    // A duty note is held to 24 hours by its type; its text cannot change that.
    expect(missedLimit({ meta: { ...meta, type: 'duty', recordedAt: '2026-04-16T09:00' }, index }, defaults, 'Europe/London')).toEqual({ kind: 'hours', hours: 24 });
    expect(reads).toBe(0);
    // Two working days after a home visit: late only if the text records significant-harm work, so it is read.
    expect(missedLimit({ meta: { ...meta, recordedAt: '2026-04-16T10:30' }, index }, defaults, 'Europe/London')).toBeUndefined();
    expect(reads).toBe(1);
  });
});
