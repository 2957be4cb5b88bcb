import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLinterWithRules } from '../src/engine/linter.js';
import { lint } from '../src/index.js';
import type { NoteMeta, ParsedNote, ReportDescriptor, RuleContext } from '../src/types.js';
import { parseNoteTime, significantHarmWork, timeliness, type TimelinessOptions } from '../rules/timeliness.js';

const SIGN_OFF = '\n\nPriya Shah, Social Worker, 10/04/2026';
const PLAIN_TEXT = `Visited Sam at home and talked with him about school.${SIGN_OFF}`;

type Reported = ReportDescriptor & { field: string };

/** Runs the rule on a hand-made context; each finding records which field it pointed at. */
function check(
  meta: Partial<NoteMeta>,
  { text = PLAIN_TEXT, options = {}, timeZone = 'Europe/London' }: { text?: string; options?: unknown; timeZone?: string } = {},
): Reported[] {
  const reported: Reported[] = [];
  const context: RuleContext<TimelinessOptions> = {
    note: { meta: { type: 'case-note', ...meta }, index: { text } } as unknown as ParsedNote,
    options: timeliness.meta.schema.parse(options),
    matches: [],
    settings: { timeZone },
    report: (descriptor) => reported.push(descriptor as Reported),
    fieldRange: (field) => ({ start: 0, end: 0, inSource: false, field }) as { start: number; end: number; inSource: boolean },
  };
  timeliness.check(context);
  return reported;
}

const at = (type: string, occurredAt: string, recordedAt: string, more: Parameters<typeof check>[1] = {}) =>
  check({ type, occurredAt, recordedAt }, more);

const errors = (found: Reported[]) => found.filter((f) => (f.severity ?? 'error') === 'error');
const infos = (found: Reported[]) => found.filter((f) => f.severity === 'info');

describe('timeliness: three working days', () => {
  it.each([
    ['Monday', '2026-03-09', '2026-03-12', '2026-03-13'],
    ['Tuesday', '2026-03-10', '2026-03-13', '2026-03-16'],
    ['Wednesday', '2026-03-11', '2026-03-16', '2026-03-17'],
    ['Thursday', '2026-03-12', '2026-03-17', '2026-03-18'],
    ['Friday', '2026-03-13', '2026-03-18', '2026-03-19'],
    ['Saturday', '2026-03-14', '2026-03-18', '2026-03-19'],
    ['Sunday', '2026-03-15', '2026-03-18', '2026-03-19'],
  ])('an event on a %s (%s) is on time until the end of %s, late on %s', (_day, event, lastDay, lateDay) => {
    expect(at('home-visit', `${event}T10:00:00`, `${lastDay}T23:59:00`)).toEqual([]);
    const late = at('home-visit', `${event}T10:00:00`, `${lateDay}T08:00:00`);
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ field: 'recordedAt', message: expect.stringContaining('Recorded 4 working days after the event') });
    expect(late[0]!.severity).toBeUndefined(); // the rule's own severity: error
  });

  it('explains the arithmetic over Easter', () => {
    expect(at('home-visit', '2026-04-02T10:00:00', '2026-04-09T16:00:00')).toEqual([]);
    const [finding] = at('home-visit', '2026-04-02T10:00:00', '2026-04-10T09:00:00');
    expect(finding!.message).toBe(
      'Recorded 4 working days after the event (Thu 2 Apr → Fri 10 Apr 2026; 3 Apr and 6 Apr are bank holidays); the limit is 3 working days.',
    );
  });

  it('skips Christmas and the substitute days, across the new year', () => {
    expect(at('case-note', '2026-12-23T15:00:00', '2026-12-30T17:00:00')).toEqual([]);
    expect(at('case-note', '2026-12-23T15:00:00', '2026-12-31T09:00:00')[0]!.message).toBe(
      'Recorded 4 working days after the event (Wed 23 Dec → Thu 31 Dec 2026; 25 Dec and 28 Dec are bank holidays); the limit is 3 working days.',
    );
    expect(at('case-note', '2021-12-24T11:00:00', '2021-12-31T16:00:00')).toEqual([]);
    expect(at('case-note', '2021-12-24T11:00:00', '2022-01-04T09:00:00')[0]!.message).toBe(
      'Recorded 4 working days after the event (Fri 24 Dec 2021 → Tue 4 Jan 2022; 27 Dec 2021, 28 Dec 2021 and 3 Jan 2022 are bank holidays); the limit is 3 working days.',
    );
  });

  it('knows the one-off holidays of 19 September 2022 and 8 May 2023', () => {
    expect(at('meeting', '2022-09-16T10:00:00', '2022-09-22T17:00:00')).toEqual([]);
    expect(at('meeting', '2022-09-16T10:00:00', '2022-09-23T09:00:00')[0]!.message).toContain('19 Sep is a bank holiday');
    expect(at('meeting', '2023-05-05T10:00:00', '2023-05-11T17:00:00')).toEqual([]);
    expect(at('meeting', '2023-05-05T10:00:00', '2023-05-12T09:00:00')[0]!.message).toContain('8 May is a bank holiday');
  });

  it('counts calendar days in the configured zone, after converting explicit offsets', () => {
    // 23:30 UTC on Thu 11 June is 00:30 on Fri 12 June in London: the event is a Friday's.
    expect(at('phone-call', '2026-06-11T23:30:00Z', '2026-06-17T12:00:00+01:00')).toEqual([]);
    expect(at('phone-call', '2026-06-11T22:30:00Z', '2026-06-17T12:00:00+01:00')).toHaveLength(1);
    expect(at('phone-call', '2026-06-11T22:30:00Z', '2026-06-17T12:00:00+01:00', { timeZone: 'UTC' })).toHaveLength(1);
    expect(at('phone-call', '2026-06-11T23:30:00Z', '2026-06-17T12:00:00+01:00', { timeZone: 'UTC' })).toHaveLength(1);
  });

  it('accepts date-only times without asking for the time', () => {
    expect(at('office-visit', '2026-03-09', '2026-03-12')).toEqual([]);
    expect(at('office-visit', '2026-03-09', '2026-03-13T09:00:00')).toHaveLength(1);
  });

  it('uses configured closure days, extra holidays, another region and other limits', () => {
    const closure = { options: { closures: [{ date: '2026-04-07', name: 'office move' }] } };
    expect(at('home-visit', '2026-04-02T10:00:00', '2026-04-10T09:00:00', closure)).toEqual([]);
    expect(at('home-visit', '2026-04-02T10:00:00', '2026-04-13T09:00:00', closure)[0]!.message).toBe(
      'Recorded 4 working days after the event (Thu 2 Apr → Mon 13 Apr 2026; 3 Apr and 6 Apr are bank holidays; 7 Apr is a closure day); the limit is 3 working days.',
    );
    expect(at('home-visit', '2026-04-02T10:00:00', '2026-04-10T09:00:00', { options: { holidays: ['2026-04-08'] } })).toEqual([]);
    expect(at('home-visit', '2026-04-02T10:00:00', '2026-04-09T09:00:00', { options: { region: 'scotland' } })[0]!.message).toBe(
      'Recorded 4 working days after the event (Thu 2 Apr → Thu 9 Apr 2026; 3 Apr is a bank holiday); the limit is 3 working days.',
    );
    expect(at('home-visit', '2026-04-02T10:00:00', '2026-04-10T09:00:00', { options: { region: 'none' } })[0]!.message).toContain(
      'Recorded 6 working days',
    );
    const five = { options: { limits: { 'home-visit': { kind: 'working-days', days: 5 } } } };
    expect(at('home-visit', '2026-04-02T10:00:00', '2026-04-10T09:00:00', five)).toEqual([]);
    expect(at('case-note', '2026-04-02T10:00:00', '2026-04-10T09:00:00', five)).toHaveLength(1);
    expect(at('home-visit', '2026-04-02T10:00:00', '2026-06-10T09:00:00', { options: { limits: { 'home-visit': { kind: 'none' } } } })).toEqual([]);
  });

  it('gives unknown note types the default limit', () => {
    expect(at('review', '2026-04-02T10:00:00', '2026-04-10T09:00:00')).toHaveLength(1);
    const options = { limits: { default: { kind: 'working-days', days: 10 } } };
    expect(at('review', '2026-04-02T10:00:00', '2026-04-10T09:00:00', { options })).toEqual([]);
  });

  it('says when the dates fall outside the years the holiday list covers', () => {
    expect(at('case-note', '2036-03-03T10:00:00', '2036-03-09T10:00:00')[0]!.message).toContain(
      'Bank holidays are known only for 2015–2035',
    );
  });
});

describe('timeliness: 24 hours', () => {
  it('allows duty work exactly 24 hours and no more', () => {
    expect(errors(at('duty', '2026-03-09T10:00:00', '2026-03-10T10:00:00'))).toEqual([]);
    expect(at('duty', '2026-03-09T10:00:00', '2026-03-10T10:01:00')[0]!.message).toBe(
      'Recorded 24 hours 1 minute after the event (Mon 9 Mar 10:00 GMT → Tue 10 Mar 2026 10:01 GMT); the limit is 24 hours for duty notes.',
    );
  });

  it.each(['duty', 'safeguarding', 'section-47', 'strategy-discussion'])('reminds about the same working day for %s notes', (type) => {
    expect(at(type, '2026-03-09T10:00:00', '2026-03-09T17:30:00')).toEqual([]);
    const next = at(type, '2026-03-09T16:00:00', '2026-03-10T09:30:00');
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ severity: 'info', field: 'recordedAt' });
    expect(next[0]!.message).toBe(
      'Recorded within 24 hours but after Mon 9 Mar 2026, the working day of the event (Mon 9 Mar 16:00 GMT → Tue 10 Mar 2026 09:30 GMT); ' +
        `${type} notes should be recorded the same working day where at all possible.`,
    );
    expect(errors(at(type, '2026-03-09T16:00:00', '2026-03-10T16:30:00'))).toHaveLength(1);
    expect(infos(at(type, '2026-03-09T16:00:00', '2026-03-10T16:30:00'))).toHaveLength(0);
  });

  it('counts a weekend event as belonging to the next working day', () => {
    expect(at('safeguarding', '2026-03-14T22:00:00', '2026-03-15T09:00:00')).toEqual([]);
    const friday = at('safeguarding', '2026-03-13T16:00:00', '2026-03-14T10:00:00');
    expect(friday).toHaveLength(1);
    expect(friday[0]!.severity).toBe('info');
    expect(errors(at('safeguarding', '2026-03-14T22:00:00', '2026-03-16T09:00:00'))).toHaveLength(1);
  });

  it('counts real hours when the clocks go forward (Sun 29 March 2026)', () => {
    // 12:00 GMT to 12:30 BST is 23½ real hours, though the clock shows 24½.
    expect(at('strategy-discussion', '2026-03-28T12:00:00', '2026-03-29T12:30:00')).toEqual([]);
    expect(at('strategy-discussion', '2026-03-28T12:00:00', '2026-03-29T13:30:00')[0]!.message).toBe(
      'Recorded 24 hours 30 minutes after the event (Sat 28 Mar 12:00 GMT → Sun 29 Mar 2026 13:30 BST; the clocks went forward on Sun 29 Mar, ' +
        'so the clock shows 25 hours 30 minutes); the limit is 24 hours for strategy-discussion notes.',
    );
  });

  it('counts real hours when the clocks go back (Sun 25 October 2026)', () => {
    // 12:00 BST to 11:30 GMT looks like 23½ hours on the clock but is 24½ real hours.
    expect(at('duty', '2026-10-24T12:00:00', '2026-10-25T10:30:00')).toEqual([]);
    expect(at('duty', '2026-10-24T12:00:00', '2026-10-25T11:30:00')[0]!.message).toBe(
      'Recorded 24 hours 30 minutes after the event (Sat 24 Oct 12:00 BST → Sun 25 Oct 2026 11:30 GMT; the clocks went back on Sun 25 Oct, ' +
        'so the clock shows 23 hours 30 minutes); the limit is 24 hours for duty notes.',
    );
  });

  it('reads explicit offsets (Z, +01:00) as given and shows London time', () => {
    expect(errors(at('duty', '2026-07-01T10:00:00', '2026-07-02T09:00:00Z'))).toEqual([]); // 10:00 BST both
    expect(at('duty', '2026-07-01T09:00:00Z', '2026-07-02T10:30:00+01:00')[0]!.message).toBe(
      'Recorded 24 hours 30 minutes after the event (Wed 1 Jul 10:00 BST → Thu 2 Jul 2026 10:30 BST); the limit is 24 hours for duty notes.',
    );
    expect(errors(at('duty', '2026-01-05T09:00:00+01:00', '2026-01-06T07:30:00Z'))).toEqual([]); // 08:00Z → 07:30Z next day
  });

  it('measures a date-only event from the end of its day and asks for the time', () => {
    const onTime = at('section-47', '2026-03-10', '2026-03-10T18:00:00');
    expect(onTime).toEqual([
      expect.objectContaining({
        field: 'occurredAt',
        severity: 'info',
        message:
          'The event has a date but no time, so the 24-hour limit was counted from the end of Tue 10 Mar 2026; ' +
          'add the time of the event to occurredAt (for example 2026-03-10T14:30).',
      }),
    ]);
    expect(errors(at('section-47', '2026-03-10', '2026-03-11T23:00:00'))).toHaveLength(0);
    const late = at('section-47', '2026-03-10', '2026-03-12T01:00:00');
    expect(errors(late)[0]!.message).toBe(
      'Recorded 25 hours after the end of the day of the event (end of Tue 10 Mar 2026 → Thu 12 Mar 2026 01:00 GMT); the limit is 24 hours for section-47 notes.',
    );
    expect(infos(late).map((f) => f.field)).toEqual(['occurredAt']);
  });

  it('gives a date-only record the benefit of the doubt', () => {
    expect(errors(at('duty', '2026-03-09T10:00:00', '2026-03-10'))).toEqual([]);
    expect(errors(at('duty', '2026-03-09T10:00:00', '2026-03-11'))).toHaveLength(1);
  });
});

describe('timeliness: significant-harm work in notes of other types', () => {
  const linter = createLinterWithRules(undefined, [timeliness]);
  const lintAt = (type: string, occurredAt: string, recordedAt: string, text: string, config?: { inferSafeguarding?: boolean }) =>
    (config ? createLinterWithRules({ rules: { timeliness: ['error', config] } }, [timeliness]) : linter)
      .lint({ type, occurredAt, recordedAt, text: `${text}${SIGN_OFF}` })
      .findings.map((f) => ({ severity: f.severity, message: f.message }));
  const strategy = "Rang the police to arrange a strategy discussion about Sam's injury.";
  const late = (type: string, text: string) => lintAt(type, '2026-03-09T10:00:00', '2026-03-11T10:00:00', text);

  it('holds the note to 24 hours, as a warning that says the limit was inferred', () => {
    expect(late('phone-call', strategy)).toEqual([
      {
        severity: 'warning',
        message:
          'Recorded 48 hours after the event (Mon 9 Mar 10:00 GMT → Wed 11 Mar 2026 10:00 GMT); the limit is 24 hours for ' +
          'significant-harm work, and this phone-call note records a strategy discussion for this event (the limit is inferred ' +
          'from the text; if this is not significant-harm work, the phone-call limit applies).',
      },
    ]);
    expect(lintAt('phone-call', '2026-03-09T16:00:00', '2026-03-10T09:00:00', strategy).map((f) => f.severity)).toEqual(['info']);
  });

  it.each([
    ['held now', 'A strategy discussion was held at 14:00 with the police and the school nurse.'],
    ['requested today', 'I requested a strategy discussion today because of the bruise on Sam’s cheek.'],
    ['police protection taken', 'Police took Sam into police protection at 21:00 and he is staying with his aunt.'],
    ['an enquiry started', 'A section 47 enquiry was started after the strategy discussion at 11:00.'],
  ])('infers the limit from work recorded now: %s', (_name, text) => {
    expect(late('home-visit', text).map((f) => f.severity)).toEqual(['warning']);
  });

  it.each([
    ['history, a past year', 'Sam was taken into police protection in 2023 and has lived with his aunt since.'],
    ['history, a previous enquiry', 'A previous section 47 enquiry was held when Sam was at nursery.'],
    ['history, another day', 'The strategy discussion held on 2 March agreed that the visits continue.'],
    ['a negation', 'My manager agreed that a strategy discussion is not needed.'],
    ['a negation, contracted', "The threshold for a strategy discussion wasn't met."],
    ['a plan', 'A strategy discussion is to be considered if the school raises a new worry.'],
    ['a possibility', 'A strategy discussion may be requested if Sam says more.'],
    ['a mention without the work', 'We talked about what a strategy discussion is.'],
    ['quoted speech', 'Ms Lee said “they held a strategy discussion today”.'],
    ['another clause', 'A strategy discussion was not held; Sam went to school today.'],
  ])('keeps the note type’s limit for %s', (_name, text) => {
    expect(late('home-visit', text)).toEqual([]);
  });

  it('can be turned off, and leaves amendments alone', () => {
    expect(lintAt('phone-call', '2026-03-09T10:00:00', '2026-03-11T10:00:00', strategy, { inferSafeguarding: false })).toEqual([]);
    expect(late('amendment', strategy)).toEqual([]);
    expect(late('phone-call', 'Visited Sam at home and talked with him about school.')).toEqual([]);
  });

  it('recognises the trigger phrases whole, across hyphens and line breaks', () => {
    expect(significantHarmWork('The section-47\nenquiries began. Police protection was used.')).toEqual([
      'a section 47 enquiry',
      'police protection',
    ]);
    expect(significantHarmWork('A child protection medical was arranged; an emergency protection order was sought.')).toEqual([
      'a child protection medical',
      'an emergency protection order',
    ]);
    expect(significantHarmWork('We discussed strategy for school attendance.')).toEqual([]);
    expect(significantHarmWork('Met at the police station to discuss the protection of the garden.')).toEqual([]);
  });
});

describe('timeliness: dates that cannot be right', () => {
  it('reports a record dated before its event', () => {
    const [finding] = at('home-visit', '2026-04-07T10:00:00', '2026-04-06T09:00:00');
    expect(finding).toMatchObject({ field: 'recordedAt' });
    expect(finding!.message).toBe(
      'The record is dated before the event it describes (event Tue 7 Apr 2026 10:00 BST, recorded Mon 6 Apr 2026 09:00 BST); check occurredAt and recordedAt.',
    );
    expect(at('home-visit', '2026-04-07', '2026-04-07T09:00:00')).toEqual([]); // the event may have been earlier that day
    expect(at('home-visit', '2026-04-07T10:00:00', '2026-04-07T10:00:00')).toEqual([]);
    expect(at('home-visit', '2026-04-07T10:00:00', '2026-04-06')).toHaveLength(1);
  });

  it('reports a date that is not a real date, at its field', () => {
    const found = at('home-visit', '2026-02-30T10:00:00', '2026-04-10T25:00:00');
    expect(found.map((f) => f.field)).toEqual(['occurredAt', 'recordedAt']);
    expect(found[0]!.message).toContain('is not a real ISO 8601 date or date-time');
  });

  it('reads a year typed wrong (0226, 0100, 9999) as the date it says, without failing', () => {
    const late = at('home-visit', '0100-01-01T10:00:00', '9999-12-30T10:00:00');
    expect(late.map((f) => f.field)).toEqual(['recordedAt']);
    expect(late[0]!.message).toMatch(/^Recorded [\d,]+ working days after the event \(Fri 1 Jan 0100 → Thu 30 Dec 9999; /);
    expect(at('home-visit', '0226-04-02', '2026-04-03')[0]!.message).toMatch(/^Recorded [\d,]+ working days after the event \(Sun 2 Apr 0226 → Fri 3 Apr 2026; /);
    // Hours over centuries: the span, without naming a clock change somewhere in between.
    const [hours] = at('safeguarding', '0226-04-02T10:00:00', '2026-04-03T10:00:00');
    expect(hours!.message).toMatch(/^Recorded \d+ hours .* after the event \(Sun 2 Apr 0226 10:00 [^)]*→ Fri 3 Apr 2026 10:00 BST\); the limit is 24 hours/);
    expect(parseNoteTime('0100-01-01T10:00', 'Europe/London')).toMatchObject({ day: '0100-01-01' });
    // The last day there is: a record on it is late, not a failure of the rule.
    expect(at('home-visit', '2026-04-02', '9999-12-31').map((f) => [f.field, f.message.slice(0, 9)])).toEqual([['recordedAt', 'Recorded ']]);
    expect(at('safeguarding', '9999-12-31', '9999-12-31').map((f) => f.field)).toEqual(['occurredAt']);
    // An offset that moves the moment past 9999 is not a date to count from.
    expect(at('duty', '2026-04-02T10:00', '9999-12-31T23:30-10:00').map((f) => [f.field, /not a real ISO 8601/.test(f.message)])).toEqual([['recordedAt', true]]);
  });

  it('says nothing without both dates (required-fields reports them)', () => {
    expect(check({ type: 'duty', occurredAt: '2026-03-09T10:00:00' })).toEqual([]);
    expect(check({ type: 'duty', recordedAt: '2026-03-09T10:00:00' })).toEqual([]);
  });

  it('parses ISO 8601 forms', () => {
    const zone = 'Europe/London';
    expect(parseNoteTime('2026-07-01T09:00Z', zone)).toMatchObject({ instant: Date.UTC(2026, 6, 1, 9) });
    expect(parseNoteTime('2026-07-01 09:00:00.5+0100', zone)).toMatchObject({ instant: Date.UTC(2026, 6, 1, 8, 0, 0, 500) });
    expect(parseNoteTime('2026-07-01T09:00', zone)).toMatchObject({ instant: Date.UTC(2026, 6, 1, 8), day: '2026-07-01' });
    expect(parseNoteTime('2026-07-01', zone)).toMatchObject({ kind: 'date', start: Date.UTC(2026, 5, 30, 23) });
    expect(parseNoteTime('1 July 2026', zone)).toBeUndefined();
    expect(parseNoteTime('2026-07-01T09:00+25:00', zone)).toBeUndefined();
  });
});

describe('timeliness: options', () => {
  const parseOptions = (options: unknown) => timeliness.meta.schema.safeParse(options);

  it('has defaults', () => {
    expect(parseOptions(undefined).data).toEqual({ limits: {}, region: 'england-and-wales', holidays: [], closures: [], inferSafeguarding: true });
  });

  it.each([
    [{ limit: {} }],
    [{ limits: { duty: { kind: 'hours' } } }],
    [{ limits: { duty: { kind: 'minutes', minutes: 5 } } }],
    [{ limits: { duty: { kind: 'hours', hours: 24, extra: true } } }],
    [{ region: 'wales' }],
    [{ closures: ['2026-02-30'] }],
    [{ holidays: [{ date: '2026-04-08', label: 'x' }] }],
  ])('rejects %j', (options) => {
    expect(parseOptions(options).success).toBe(false);
  });
});

describe('timeliness: end to end', () => {
  const linter = createLinterWithRules(undefined, [timeliness]);
  const source = [
    '---',
    'type: home-visit',
    'occurredAt: 2026-04-02T10:00:00',
    'recordedAt: 2026-04-10T09:00:00',
    'author:',
    '  name: Priya Shah',
    '  role: Social Worker',
    '---',
    'Visited Sam at home and talked with him about school.',
    '',
    'Priya Shah, Social Worker, 10/04/2026',
  ].join('\n');

  it('points at the recordedAt field of the front matter', () => {
    const [finding] = linter.lint(source).findings;
    expect(finding).toMatchObject({ ruleId: 'timeliness', severity: 'error', excerpt: '2026-04-10T09:00:00', line: 4 });
  });

  it('points at the last line of a note passed as an object', () => {
    const { findings } = linter.lint({
      type: 'home-visit',
      occurredAt: '2026-04-02T10:00:00',
      recordedAt: '2026-04-10T09:00:00',
      text: 'Visited Sam at home.\n\nPriya Shah, Social Worker, 10/04/2026',
    });
    expect(findings.map((f) => f.excerpt)).toEqual(['Priya Shah, Social Worker, 10/04/2026']);
  });

  it('runs through lint()', () => {
    expect(lint(source).findings.filter((f) => f.ruleId === 'timeliness').map((f) => f.excerpt)).toEqual(['2026-04-10T09:00:00']);
  });

  const dir = join(import.meta.dirname, '..', 'fixtures', 'timeliness');
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));

  it('has at least 10 must-flag and 10 must-not-flag fixtures', () => {
    const expectations = files.map((name) => expectedOf(readFileSync(join(dir, name), 'utf8')));
    expect(expectations.filter((e) => e.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(expectations.filter((e) => e.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('fixture %s', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const found = linter.lint(text).findings.map((f) => f.excerpt);
    expect(found.sort()).toEqual(expectedOf(text).sort());
  });
});

function expectedOf(source: string): string[] {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)![1]!;
  return (parse(frontMatter) as { expect: { excerpt: string }[] }).expect.map((e) => e.excerpt);
}
