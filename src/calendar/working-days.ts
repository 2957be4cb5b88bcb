/**
 * Working-day arithmetic on calendar dates ('YYYY-MM-DD'). Dates, not instants: the caller decides which
 * time zone a moment belongs to, and this module only counts days, so a clock change can never shift a
 * count. Pure: no clock, no I/O.
 */
import { addDays } from 'date-fns/addDays';
import { isWeekend } from 'date-fns/isWeekend';
import { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS, type Region } from './holidays.data.js';

export { REGIONS, type Region } from './holidays.data.js';

/** A calendar date written 'YYYY-MM-DD'. */
export type CalendarDay = string;

export interface DatedDay {
  date: CalendarDay;
  name?: string;
}

/** A weekday that is not a working day, so a message can name it. */
export interface NonWorkingWeekday {
  date: CalendarDay;
  name: string;
  kind: 'bank-holiday' | 'closure';
}

export interface CalendarOptions {
  /** Whose bank holidays to use; 'none' starts from an empty list (to replace it with `holidays`). */
  region?: Region | 'none';
  /** More bank holidays, added to the region's. */
  holidays?: readonly DatedDay[];
  /** Days the service is closed although they are not bank holidays (a council closure day). */
  closures?: readonly DatedDay[];
}

export interface Calendar {
  isWorkingDay(day: CalendarDay): boolean;
  /** The bank holiday or closure on this day, when it is a weekday that is not worked. */
  nonWorkingWeekday(day: CalendarDay): NonWorkingWeekday | undefined;
  /** The date of the nth working day after `day` (not counting `day` itself); n >= 1. */
  nthWorkingDayAfter(day: CalendarDay, n: number): CalendarDay;
  /** `day` itself when it is a working day, else the next working day. */
  workingDayOnOrAfter(day: CalendarDay): CalendarDay;
  /** Working days d with from < d <= to; 0 when `to` is not after `from`. */
  workingDaysBetween(from: CalendarDay, to: CalendarDay): number;
  /** Bank holidays and closures on weekdays d with from < d <= to, in date order. */
  nonWorkingWeekdaysBetween(from: CalendarDay, to: CalendarDay): NonWorkingWeekday[];
  /** False when `day` lies outside the years the built-in bank-holiday list covers. */
  knowsHolidaysFor(day: CalendarDay): boolean;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' strictly: a real date or undefined (no rolling 31 Feb over into March). */
export function parseCalendarDay(value: string): { year: number; month: number; day: number } | undefined {
  const match = DAY_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export function isCalendarDay(value: string): boolean {
  return parseCalendarDay(value) !== undefined;
}

/**
 * A calendar date as a Date at local noon: date-fns day arithmetic then works on the date alone, and no
 * clock change in the host's own zone (never more than a few hours, never at noon) can move it to
 * another day. Cheaper than a zoned date, which matters in the day-by-day loops below.
 */
export function toDate(day: CalendarDay): Date {
  const parts = parseCalendarDay(day);
  if (!parts) throw new RangeError(`Not a calendar date: ${day}`);
  return new Date(parts.year, parts.month - 1, parts.day, 12);
}

export function fromDate(date: Date): CalendarDay {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function nextDay(day: CalendarDay, days = 1): CalendarDay {
  return fromDate(addDays(toDate(day), days));
}

export function createCalendar(options: CalendarOptions = {}): Calendar {
  const region = options.region ?? 'england-and-wales';
  const offDays = new Map<CalendarDay, NonWorkingWeekday>();
  const builtIn = region === 'none' ? [] : BANK_HOLIDAYS[region];
  for (const { date, name } of builtIn) offDays.set(date, { date, name, kind: 'bank-holiday' });
  for (const { date, name } of options.holidays ?? []) {
    offDays.set(date, { date, name: name ?? 'bank holiday', kind: 'bank-holiday' });
  }
  // A closure on a day that is already a bank holiday stays a bank holiday: that is the better reason.
  for (const { date, name } of options.closures ?? []) {
    if (!offDays.has(date)) offDays.set(date, { date, name: name ?? 'closure day', kind: 'closure' });
  }

  const isWorkingDay = (day: CalendarDay): boolean => !isWeekend(toDate(day)) && !offDays.has(day);

  const nonWorkingWeekday = (day: CalendarDay): NonWorkingWeekday | undefined =>
    isWeekend(toDate(day)) ? undefined : offDays.get(day);

  function nthWorkingDayAfter(day: CalendarDay, n: number): CalendarDay {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive whole number, not ${n}`);
    let date = toDate(day);
    for (let found = 0; found < n; ) {
      date = addDays(date, 1);
      if (isWorkingDay(fromDate(date))) found++;
    }
    return fromDate(date);
  }

  function workingDayOnOrAfter(day: CalendarDay): CalendarDay {
    return isWorkingDay(day) ? day : nthWorkingDayAfter(day, 1);
  }

  /** Each day d with from < d <= to; ISO strings compare in date order. */
  function* daysAfterUpTo(from: CalendarDay, to: CalendarDay): Generator<CalendarDay> {
    for (let date = addDays(toDate(from), 1); fromDate(date) <= to; date = addDays(date, 1)) {
      yield fromDate(date);
    }
  }

  function workingDaysBetween(from: CalendarDay, to: CalendarDay): number {
    let count = 0;
    for (const day of daysAfterUpTo(from, to)) if (isWorkingDay(day)) count++;
    return count;
  }

  function nonWorkingWeekdaysBetween(from: CalendarDay, to: CalendarDay): NonWorkingWeekday[] {
    const days: NonWorkingWeekday[] = [];
    for (const day of daysAfterUpTo(from, to)) {
      const off = nonWorkingWeekday(day);
      if (off) days.push(off);
    }
    return days;
  }

  function knowsHolidaysFor(day: CalendarDay): boolean {
    if (region === 'none') return true;
    const year = Number(day.slice(0, 4));
    return year >= BANK_HOLIDAY_YEARS.first && year <= BANK_HOLIDAY_YEARS.last;
  }

  return {
    isWorkingDay,
    nonWorkingWeekday,
    nthWorkingDayAfter,
    workingDayOnOrAfter,
    workingDaysBetween,
    nonWorkingWeekdaysBetween,
    knowsHolidaysFor,
  };
}
