/**
 * Working days from event to record, for the HTML report's late-recording chart. Computed from the note's
 * metadata with the project's calendar (the same bank holidays the timeliness rule uses), so the chart does
 * not depend on the wording of any rule's messages.
 */
import { createCalendar, isCalendarDay, type Calendar, type CalendarOptions } from '../calendar/working-days.js';
import type { ResolvedConfig } from '../engine/config.js';
import { timeliness, type TimelinessOptions } from '../../rules/timeliness.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (in `zone`) of an ISO 8601 date or date-time; a time without an offset is a wall-clock time there. */
export function calendarDayOf(value: unknown, zone: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, offset] = match;
  if (!isCalendarDay(day!)) return undefined;
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59)) return undefined;
  if (offset === undefined) return day;
  const normalised = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(3).replace(':', '') || '00'}`;
  const instant = Date.parse(`${day}T${hours}:${minutes}:${seconds ?? '00'}${normalised}`);
  if (Number.isNaN(instant)) return undefined;
  let format = dayFormats.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return undefined;
    }
    dayFormats.set(zone, format);
  }
  return format.format(instant);
}

/** Why a note with both dates is not in the working-days chart. */
export type LeftOutOfChart = 'record-before-event' | 'record-after-today' | 'not-countable';

/**
 * Working days d with event < d <= record, for the chart; undefined when either date is missing or
 * unreadable. A note whose dates are readable but cannot be charted says why: recorded before its event,
 * recorded after `today` (a placeholder such as 9999-12-31), or dates the calendar cannot count. Never
 * throws: one odd note must not cost the report.
 */
export function workingDaysToRecord(
  calendar: Calendar,
  occurredAt: unknown,
  recordedAt: unknown,
  zone: string,
  today?: string,
): { days: number } | { leftOut: LeftOutOfChart } | undefined {
  const from = calendarDayOf(occurredAt, zone);
  const to = calendarDayOf(recordedAt, zone);
  if (!from || !to) return undefined;
  if (to < from) return { leftOut: 'record-before-event' };
  if (today !== undefined && to > today) return { leftOut: 'record-after-today' };
  try {
    const days = calendar.workingDaysBetween(from, to);
    return Number.isSafeInteger(days) && days >= 0 ? { days } : { leftOut: 'not-countable' };
  } catch {
    return { leftOut: 'not-countable' };
  }
}

/** The calendar the timeliness rule is configured with (region, holidays, closures), read defensively. */
export function calendarOptionsFrom(config: Pick<ResolvedConfig, 'rules'>): CalendarOptions {
  const timeliness = config.rules.find(({ rule }) => rule.meta.id === 'timeliness');
  const options = (timeliness?.options ?? {}) as Record<string, unknown>;
  const result: CalendarOptions = {};
  if (typeof options.region === 'string') result.region = options.region as CalendarOptions['region'];
  const dated = (list: unknown) =>
    Array.isArray(list)
      ? list.flatMap((item) => {
          if (typeof item === 'string' && isCalendarDay(item)) return [{ date: item }];
          if (item && typeof item === 'object' && typeof (item as { date?: unknown }).date === 'string' && isCalendarDay((item as { date: string }).date)) {
            const { date, name } = item as { date: string; name?: unknown };
            return [typeof name === 'string' ? { date, name } : { date }];
          }
          return [];
        })
      : [];
  const holidays = dated(options.holidays);
  const closures = dated(options.closures);
  if (holidays.length) result.holidays = holidays;
  if (closures.length) result.closures = closures;
  return result;
}

/**
 * The timeliness rule's options in force, to count late records as it does; its defaults (the standard's
 * limits) when the config turns it off, so that the report still counts them.
 */
export function timelinessOptionsFrom(config: Pick<ResolvedConfig, 'rules'>): TimelinessOptions {
  const configured = config.rules.find(({ rule }) => rule.meta.id === 'timeliness');
  return (configured?.options as TimelinessOptions | undefined) ?? timeliness.meta.schema!.parse(undefined);
}

/** The working-day limit for ordinary notes: the timeliness rule's `default` limit when it is one, else 3. */
export function workingDayLimitFrom(config: Pick<ResolvedConfig, 'rules'>): number {
  const timeliness = config.rules.find(({ rule }) => rule.meta.id === 'timeliness');
  const limits = ((timeliness?.options ?? {}) as { limits?: Record<string, { kind?: string; days?: number }> }).limits ?? {};
  const own = limits['case-note'] ?? limits.default;
  return own?.kind === 'working-days' && typeof own.days === 'number' ? own.days : 3;
}

export function calendarFor(options: CalendarOptions): Calendar {
  try {
    return createCalendar(options);
  } catch {
    return createCalendar();
  }
}
