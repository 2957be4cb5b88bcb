/**
 * Working-day arithmetic on calendar dates ('YYYY-MM-DD'). Dates, not instants: the caller decides which
 * time zone a moment belongs to, and this module only counts days, so a clock change can never shift a
 * count. Pure: no clock, no I/O.
 */
import { addDays } from 'date-fns/addDays';
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
 * another day.
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

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date; a RangeError for anything else, as toDate. */
function epochDayOf(day: CalendarDay): number {
  const parts = parseCalendarDay(day);
  if (!parts) throw new RangeError(`Not a calendar date: ${day}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS;
}

function dayOfEpoch(epochDay: number): CalendarDay {
  const date = new Date(epochDay * DAY_MS);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** 1970-01-01 was a Thursday: 0 is Sunday, 6 Saturday. */
function isWeekendDay(epochDay: number): boolean {
  const weekday = (((epochDay + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** Monday to Friday d with a < d <= b: whole weeks hold five, then at most six days are looked at. */
function weekdaysAfterUpTo(a: number, b: number): number {
  if (b <= a) return 0;
  const weeks = Math.floor((b - a) / 7);
  let count = weeks * 5;
  for (let day = a + weeks * 7 + 1; day <= b; day++) if (!isWeekendDay(day)) count++;
  return count;
}

/** The kth weekday after `start` (k >= 1), bank holidays aside. */
function addWeekdays(start: number, k: number): number {
  const weeks = Math.floor((k - 1) / 5);
  let day = start + weeks * 7;
  for (let left = k - weeks * 5; left > 0; ) {
    day++;
    if (!isWeekendDay(day)) left--;
  }
  return day;
}

/**
 * Counts are arithmetic, not a walk over the days: weekdays by whole weeks, less the bank holidays and
 * closures on weekdays in the range, found by binary search in their sorted list. A year typed as 0226
 * or 9999 costs what 2026 does.
 */
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
  /** The weekdays that are not worked, in date order ('YYYY-MM-DD' strings sort as dates). A string that names no date names no day. */
  const offWeekdays = [...offDays.keys()].filter((date) => parseCalendarDay(date) !== undefined && !isWeekendDay(epochDayOf(date))).sort();

  /** How many weekdays that are not worked fall on or before `day`. */
  const offWeekdaysUpTo = (day: CalendarDay): number => {
    let low = 0;
    let high = offWeekdays.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (offWeekdays[mid]! <= day) low = mid + 1;
      else high = mid;
    }
    return low;
  };

  const isWorkingDay = (day: CalendarDay): boolean => !isWeekendDay(epochDayOf(day)) && !offDays.has(day);

  const nonWorkingWeekday = (day: CalendarDay): NonWorkingWeekday | undefined => (isWeekendDay(epochDayOf(day)) ? undefined : offDays.get(day));

  function nthWorkingDayAfter(day: CalendarDay, n: number): CalendarDay {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive whole number, not ${n}`);
    // Step over n weekdays; each day off among them is one more weekday to step over, after them.
    let from = epochDayOf(day);
    let fromDay = day;
    for (let left = n; ; ) {
      const to = addWeekdays(from, left);
      const toDay = dayOfEpoch(to);
      left = offWeekdaysUpTo(toDay) - offWeekdaysUpTo(fromDay);
      if (left <= 0) return toDay;
      from = to;
      fromDay = toDay;
    }
  }

  function workingDayOnOrAfter(day: CalendarDay): CalendarDay {
    return isWorkingDay(day) ? day : nthWorkingDayAfter(day, 1);
  }

  function workingDaysBetween(from: CalendarDay, to: CalendarDay): number {
    const a = epochDayOf(from);
    const b = epochDayOf(to);
    if (b <= a) return 0;
    return weekdaysAfterUpTo(a, b) - (offWeekdaysUpTo(to) - offWeekdaysUpTo(from));
  }

  function nonWorkingWeekdaysBetween(from: CalendarDay, to: CalendarDay): NonWorkingWeekday[] {
    if (epochDayOf(to) <= epochDayOf(from)) return [];
    return offWeekdays.slice(offWeekdaysUpTo(from), offWeekdaysUpTo(to)).map((date) => offDays.get(date)!);
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
