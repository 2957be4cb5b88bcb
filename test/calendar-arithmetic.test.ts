import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from 'date-fns/addDays';
import { isWeekend } from 'date-fns/isWeekend';
import { BANK_HOLIDAYS, REGIONS } from '../src/calendar/holidays.data.js';
import { createCalendar, fromDate, toDate, type CalendarOptions, type NonWorkingWeekday } from '../src/calendar/working-days.js';

/**
 * The day-by-day calendar that working-days.ts used before it counted with arithmetic, kept as the
 * reference: the arithmetic must give exactly what walking the days gives, for any dates and any
 * configured holidays and closures.
 */
function referenceCalendar(options: CalendarOptions = {}) {
  const region = options.region ?? 'england-and-wales';
  const offDays = new Map<string, NonWorkingWeekday>();
  const builtIn = region === 'none' ? [] : BANK_HOLIDAYS[region];
  for (const { date, name } of builtIn) offDays.set(date, { date, name, kind: 'bank-holiday' });
  for (const { date, name } of options.holidays ?? []) offDays.set(date, { date, name: name ?? 'bank holiday', kind: 'bank-holiday' });
  for (const { date, name } of options.closures ?? []) {
    if (!offDays.has(date)) offDays.set(date, { date, name: name ?? 'closure day', kind: 'closure' });
  }
  const isWorkingDay = (day: string) => !isWeekend(toDate(day)) && !offDays.has(day);
  const nonWorkingWeekday = (day: string) => (isWeekend(toDate(day)) ? undefined : offDays.get(day));
  function nthWorkingDayAfter(day: string, n: number): string {
    let date = toDate(day);
    for (let found = 0; found < n; ) {
      date = addDays(date, 1);
      if (isWorkingDay(fromDate(date))) found++;
    }
    return fromDate(date);
  }
  function* daysAfterUpTo(from: string, to: string): Generator<string> {
    for (let date = addDays(toDate(from), 1); fromDate(date) <= to; date = addDays(date, 1)) yield fromDate(date);
  }
  return {
    isWorkingDay,
    nonWorkingWeekday,
    nthWorkingDayAfter,
    workingDayOnOrAfter: (day: string) => (isWorkingDay(day) ? day : nthWorkingDayAfter(day, 1)),
    workingDaysBetween(from: string, to: string) {
      let count = 0;
      for (const day of daysAfterUpTo(from, to)) if (isWorkingDay(day)) count++;
      return count;
    },
    nonWorkingWeekdaysBetween(from: string, to: string) {
      const days: NonWorkingWeekday[] = [];
      for (const day of daysAfterUpTo(from, to)) {
        const off = nonWorkingWeekday(day);
        if (off) days.push(off);
      }
      return days;
    },
  };
}

const DAY_MS = 86_400_000;
const dayOf = (epochDay: number) => new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
const epochDayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

/** Mostly the years the bank-holiday lists cover, sometimes anywhere from 0100 to 9999. */
const anyDay = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: epochDayOf(2014, 6, 1), max: epochDayOf(2036, 6, 30) }) },
  { weight: 1, arbitrary: fc.integer({ min: epochDayOf(100, 1, 1), max: epochDayOf(9999, 12, 30) }) },
).map(dayOf);

/** A pair of days at most `span` days apart, in either order (the reference walks every day between). */
const dayPair = (span: number) => fc.tuple(anyDay, fc.integer({ min: -span, max: span })).map(([from, offset]) => {
  // Not up to 9999-12-31: the reference walks one day past its end, into a year it cannot write.
  const to = dayOf(Math.min(epochDayOf(9999, 12, 30), Math.max(epochDayOf(100, 1, 1), Date.parse(`${from}T00:00:00Z`) / DAY_MS + offset)));
  return [from, to] as const;
});

/** Holidays and closures near the pairs: on weekdays and weekends, repeated, and on bank holidays. */
const datedDays = fc.array(
  fc.record({ date: fc.oneof(anyDay, fc.constantFrom('2026-04-03', '2026-12-25', '2026-12-26', '2026-12-27')), name: fc.option(fc.constantFrom('closure', 'local holiday'), { nil: undefined }) }),
  { maxLength: 40 },
);
const calendarOptions: fc.Arbitrary<CalendarOptions> = fc.record(
  { region: fc.constantFrom(...REGIONS, 'none' as const), holidays: datedDays, closures: datedDays },
  { requiredKeys: [] },
);

describe('working days by arithmetic agree with counting day by day', () => {
  it('workingDaysBetween and nonWorkingWeekdaysBetween, for any pair of dates and any holidays and closures', () => {
    fc.assert(
      fc.property(calendarOptions, dayPair(1000), (options, [from, to]) => {
        const fast = createCalendar(options);
        const reference = referenceCalendar(options);
        expect(fast.workingDaysBetween(from, to)).toBe(reference.workingDaysBetween(from, to));
        expect(fast.nonWorkingWeekdaysBetween(from, to)).toEqual(reference.nonWorkingWeekdaysBetween(from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('nthWorkingDayAfter and workingDayOnOrAfter, across runs of closures', () => {
    // Closures in blocks of days, so that the next working day may be weeks away.
    const blocks = fc.array(fc.tuple(anyDay, fc.integer({ min: 1, max: 40 })), { maxLength: 6 }).map((starts) =>
      starts.flatMap(([start, length]) => Array.from({ length }, (_, i) => ({ date: dayOf(Date.parse(`${start}T00:00:00Z`) / DAY_MS + i) }))).filter(({ date }) => date <= '9999-06-30'),
    );
    fc.assert(
      fc.property(calendarOptions, blocks, anyDay.filter((day) => day <= '9999-06-30'), fc.integer({ min: 1, max: 30 }), (options, closures, day, n) => {
        const withBlocks = { ...options, closures: [...(options.closures ?? []), ...closures] };
        const fast = createCalendar(withBlocks);
        const reference = referenceCalendar(withBlocks);
        expect(fast.nthWorkingDayAfter(day, n)).toBe(reference.nthWorkingDayAfter(day, n));
        expect(fast.workingDayOnOrAfter(day)).toBe(reference.workingDayOnOrAfter(day));
        expect(fast.isWorkingDay(day)).toBe(reference.isWorkingDay(day));
        expect(fast.nonWorkingWeekday(day)).toEqual(reference.nonWorkingWeekday(day));
      }),
      { numRuns: 400 },
    );
  });

  it('counts the widest range of dates exactly: every weekday from 0100 to 9999 less the bank holidays on weekdays', () => {
    const calendar = createCalendar();
    const from = '0100-01-01';
    const to = '9999-12-31';
    let weekdays = 0;
    for (let day = epochDayOf(100, 1, 2); day <= epochDayOf(9999, 12, 31); day++) {
      const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      if (weekday !== 0 && weekday !== 6) weekdays++;
    }
    expect(calendar.workingDaysBetween(from, to)).toBe(weekdays - BANK_HOLIDAYS['england-and-wales'].length);
    expect(calendar.nonWorkingWeekdaysBetween(from, to)).toHaveLength(BANK_HOLIDAYS['england-and-wales'].length);
    expect(calendar.workingDaysBetween(to, from)).toBe(0);
  });
});
