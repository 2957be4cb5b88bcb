/**
 * timeliness: a record made later than the standard allows.
 *
 * Two clocks (standard, "Timely recording"): most records within three working days of the event;
 * work on significant harm the same working day where possible and within 24 hours at the latest;
 * duty work within 24 hours. Inspectors count late records, so every message shows its arithmetic
 * (dates, weekdays, the bank holidays skipped, clock changes) for a manager to check by hand.
 */
import { tzScan } from '@date-fns/tz';
import * as z from 'zod';
import {
  createCalendar,
  isCalendarDay,
  parseCalendarDay,
  REGIONS,
  type Calendar,
  type CalendarDay,
  type NonWorkingWeekday,
} from '../src/calendar/working-days.js';
import { BANK_HOLIDAY_YEARS } from '../src/calendar/holidays.data.js';
import type { Rule, RuleContext } from '../src/types.js';
import { SIGNIFICANT_HARM_TRIGGERS } from './data/timeliness-triggers.js';
import { dayOf, instantOf, offsetAt, wallClockAt, zoneAbbreviation } from './lib/zone-time.js';
import { formatDate, partsOfDay } from './lib/date-words.js';

// ---------------------------------------------------------------------------------------------------
// Options

const calendarDay = z.string().refine(isCalendarDay, { message: 'must be a real date written YYYY-MM-DD' });
const datedDay = z.union([calendarDay, z.object({ date: calendarDay, name: z.string().min(1).optional() }).strict()]);

const limitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('working-days'), days: z.number().int().min(1).max(366) }).strict(),
  z
    .object({
      kind: z.literal('hours'),
      hours: z.number().positive().max(24 * 366),
      /** Also an info finding when recorded after the working day of the event. */
      sameWorkingDay: z.boolean().optional(),
    })
    .strict(),
  /** No limit for this type. */
  z.object({ kind: z.literal('none') }).strict(),
]);

export type TimelinessLimit = z.output<typeof limitSchema>;

const optionsSchema = z
  .object({
    /** Note type (or `default`, for types not listed) → limit; merged over DEFAULT_LIMITS. */
    limits: z
      .record(z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'must be a note type such as "home-visit"' }), limitSchema)
      .default({}),
    /** Whose bank holidays count; 'none' to use only `holidays`. */
    region: z.enum([...REGIONS, 'none']).default('england-and-wales'),
    /** Bank holidays added to the region's list. */
    holidays: z.array(datedDay).default([]),
    /** Days the service is closed although they are not bank holidays. */
    closures: z.array(datedDay).default([]),
    /** Hold notes of other types to the 24-hour limit when their text describes significant-harm work. */
    inferSafeguarding: z.boolean().default(true),
  })
  .strict()
  // prefault, not default: zod 4 returns a default as-is, and the inner defaults must still apply.
  .prefault({});

export type TimelinessOptions = z.output<typeof optionsSchema>;

const THREE_WORKING_DAYS: TimelinessLimit = { kind: 'working-days', days: 3 };
const SIGNIFICANT_HARM: TimelinessLimit = { kind: 'hours', hours: 24, sameWorkingDay: true };

export const DEFAULT_LIMITS: Readonly<Record<string, TimelinessLimit>> = {
  default: THREE_WORKING_DAYS,
  'case-note': THREE_WORKING_DAYS,
  'home-visit': THREE_WORKING_DAYS,
  'office-visit': THREE_WORKING_DAYS,
  'phone-call': THREE_WORKING_DAYS,
  meeting: THREE_WORKING_DAYS,
  supervision: THREE_WORKING_DAYS,
  amendment: THREE_WORKING_DAYS,
  duty: { kind: 'hours', hours: 24 },
  safeguarding: SIGNIFICANT_HARM,
  'section-47': SIGNIFICANT_HARM,
  'strategy-discussion': SIGNIFICANT_HARM,
};

/** Types whose text is not a fresh account of the work, so trigger words there say nothing about timing. */
const NOT_INFERRED = new Set(['amendment']);

interface Prepared {
  limits: Readonly<Record<string, TimelinessLimit>>;
  calendar: Calendar;
}

/** The calendar is built once per options object (once per linter), not once per note. */
const preparedByOptions = new WeakMap<TimelinessOptions, Prepared>();

function prepare(options: TimelinessOptions): Prepared {
  let prepared = preparedByOptions.get(options);
  if (!prepared) {
    const dated = (day: string | { date: string; name?: string | undefined }) =>
      typeof day === 'string' ? { date: day } : { date: day.date, ...(day.name ? { name: day.name } : {}) };
    prepared = {
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      calendar: createCalendar({
        region: options.region,
        holidays: options.holidays.map(dated),
        closures: options.closures.map(dated),
      }),
    };
    preparedByOptions.set(options, prepared);
  }
  return prepared;
}

// ---------------------------------------------------------------------------------------------------
// Reading the note's times

/** A moment from the note: an exact instant, or a whole day when only the date was written. */
type NoteTime =
  | { kind: 'date-time'; instant: number; day: CalendarDay }
  | { kind: 'date'; day: CalendarDay; start: number; end: number };

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const knownZones = new Set<string>();

function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
  } catch {
    return false;
  }
  knownZones.add(zone);
  return true;
}

/** Minutes east of UTC for "Z", "+01", "+0100" or "+01:00"; undefined when out of range. */
function offsetMinutes(written: string): number | undefined {
  if (written.toUpperCase() === 'Z') return 0;
  const sign = written.startsWith('-') ? -1 : 1;
  const digits = written.slice(1).replace(':', '');
  const [hours, minutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
  if (hours > 18 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

const parsedTimes = new Map<string, NoteTime | undefined>();
const PARSED_TIMES_KEPT = 1000;

/** ISO 8601 date or date-time; without an offset it is a wall-clock time in `zone`. */
export function parseNoteTime(value: string, zone: string): NoteTime | undefined {
  // An editor re-lints the same note on every key press: its dates need converting once.
  const key = `${zone}\u0000${value}`;
  if (parsedTimes.has(key)) return parsedTimes.get(key);
  const time = convertNoteTime(value, zone);
  if (parsedTimes.size >= PARSED_TIMES_KEPT) parsedTimes.delete(parsedTimes.keys().next().value!);
  parsedTimes.set(key, time);
  return time;
}

function convertNoteTime(value: string, zone: string): NoteTime | undefined {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, day, hh, mm, ss, fraction, offset] = match;
  const date = parseCalendarDay(day!);
  if (!date) return undefined;
  if (hh === undefined) {
    // The end is the start of the next day, counted in days so that 9999-12-31 has one too.
    return { kind: 'date', day: day!, start: instantOf(zone, date.year, date.month, date.day), end: instantOf(zone, date.year, date.month, date.day + 1) };
  }
  const [hours, minutes, seconds] = [Number(hh), Number(mm), Number(ss ?? 0)];
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  let instant: number;
  if (offset !== undefined) {
    const shift = offsetMinutes(offset);
    if (shift === undefined) return undefined;
    instant = Date.UTC(date.year, date.month - 1, date.day, hours, minutes, seconds, millis) - shift * 60_000;
  } else {
    instant = instantOf(zone, date.year, date.month, date.day, hours, minutes, seconds, millis);
  }
  if (Number.isNaN(instant)) return undefined;
  // An offset can move 9999-12-31 into a year no calendar day is written in: not a date to count from.
  const localDay = dayOf(instant, zone);
  return parseCalendarDay(localDay) ? { kind: 'date-time', instant, day: localDay } : undefined;
}

const earliest = (time: NoteTime) => (time.kind === 'date' ? time.start : time.instant);
const latest = (time: NoteTime) => (time.kind === 'date' ? time.end : time.instant);

/** Certainly before: a date-only value is any time that day, so days are compared when one is date-only. */
function isRecordedBeforeEvent(recorded: NoteTime, occurred: NoteTime): boolean {
  if (recorded.kind === 'date-time' && occurred.kind === 'date-time') return recorded.instant < occurred.instant;
  return recorded.day < occurred.day;
}

// ---------------------------------------------------------------------------------------------------
// Significant-harm words

const TRIGGER_PATTERNS = SIGNIFICANT_HARM_TRIGGERS.map(({ label, phrases }) => {
  const alternatives = phrases
    .map((phrase) =>
      phrase
        .split(/[\s-]+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s\\u00a0-]+'),
    )
    .sort((a, b) => b.length - a.length);
  return { label, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu') };
});

/**
 * A cheap test that must pass before any trigger can match: the longest word of every trigger phrase,
 * with the same flags. Most notes contain none of them, so the five full patterns (look-behinds over
 * the whole text) seldom run.
 */
const TRIGGER_WORDS = new RegExp(
  [
    ...new Set(
      SIGNIFICANT_HARM_TRIGGERS.flatMap(({ phrases }) =>
        phrases.map((phrase) => phrase.split(/[\s-]+/).reduce((longest, word) => (word.length > longest.length ? word : longest))),
      ),
    ),
  ]
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'iu',
);

/** The labels of the significant-harm work the text describes, in data order. */
export function significantHarmWork(text: string): string[] {
  if (!TRIGGER_WORDS.test(text)) return [];
  return TRIGGER_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ label }) => label);
}

// ---------------------------------------------------------------------------------------------------
// Wording the arithmetic

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function dayInWords(day: CalendarDay, pattern: string): string {
  return formatDate(partsOfDay(day), pattern);
}

/** "Thu 2 Apr → Fri 10 Apr 2026", the year written once when both days share it. */
function daySpanInWords(from: CalendarDay, to: CalendarDay): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${dayInWords(from, sameYear ? 'EEE d MMM' : 'EEE d MMM yyyy')} → ${dayInWords(to, 'EEE d MMM yyyy')}`;
}

function momentInWords(instant: number, zone: string, withYear: boolean): string {
  const local = wallClockAt(instant, zone);
  const seconds = local.seconds === 0 ? '' : ':ss';
  return `${formatDate(local, withYear ? `EEE d MMM yyyy HH:mm${seconds}` : `EEE d MMM HH:mm${seconds}`)} ${zoneAbbreviation(instant, zone)}`;
}

function durationInWords(milliseconds: number): string {
  const totalSeconds = Math.round(milliseconds / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [plural(hours, 'hour')];
  if (minutes) parts.push(plural(minutes, 'minute'));
  if (seconds) parts.push(plural(seconds, 'second'));
  return parts.join(' ');
}

const MOST_DAYS_NAMED = 6;

/** "3 Apr and 6 Apr are bank holidays; 24 Dec is a closure day". */
function skippedDaysInWords(days: readonly NonWorkingWeekday[], withYear: boolean): string {
  const pattern = withYear ? 'd MMM yyyy' : 'd MMM';
  const groups: string[] = [];
  for (const [kind, singular, pluralName] of [
    ['bank-holiday', 'a bank holiday', 'bank holidays'],
    ['closure', 'a closure day', 'closure days'],
  ] as const) {
    const dates = days.filter((day) => day.kind === kind).map((day) => dayInWords(day.date, pattern));
    if (dates.length === 0) continue;
    const named =
      dates.length > MOST_DAYS_NAMED
        ? [...dates.slice(0, MOST_DAYS_NAMED - 1), `${dates.length - MOST_DAYS_NAMED + 1} more`]
        : dates;
    groups.push(`${listInWords(named)} ${dates.length === 1 ? `is ${singular}` : `are ${pluralName}`}`);
  }
  return groups.join('; ');
}

/** Spans over which a clock change is named: where an hour matters. Scanning a zone's history over centuries (a year typed 0226) takes seconds. */
const CLOCK_CHANGE_SPAN = 31 * 86_400_000;

/** When the clocks changed between two instants, how the wall clock disagrees with real hours. */
function clockChangeInWords(from: number, to: number, zone: string): string {
  if (to - from > CLOCK_CHANGE_SPAN) return '';
  const shift = offsetAt(to, zone) - offsetAt(from, zone);
  if (shift === 0) return '';
  const change = tzScan(zone, { start: new Date(from), end: new Date(to) })[0];
  const when = change ? ` on ${formatDate(wallClockAt(change.date.getTime(), zone), 'EEE d MMM')}` : '';
  const direction = shift > 0 ? 'forward' : 'back';
  return `; the clocks went ${direction}${when}, so the clock shows ${durationInWords(to - from + shift * 60_000)}`;
}

function holidayCoverageInWords(calendar: Calendar, ...days: CalendarDay[]): string {
  if (days.every((day) => calendar.knowsHolidaysFor(day))) return '';
  return ` Bank holidays are known only for ${BANK_HOLIDAY_YEARS.first}–${BANK_HOLIDAY_YEARS.last}, so other years count Monday to Friday.`;
}

// ---------------------------------------------------------------------------------------------------
// The checks

type Context = RuleContext<TimelinessOptions>;
type HoursLimit = Extract<TimelinessLimit, { kind: 'hours' }>;

/** Which limit applies and why, in words for the message. */
interface AppliedLimit<L extends TimelinessLimit = TimelinessLimit> {
  limit: L;
  /** "section-47 notes", "significant-harm work". */
  appliesTo: string;
  /** For a limit inferred from the text: "this phone-call note mentions a strategy discussion". */
  because?: string;
}

/** Calendar days d with from < d <= to (0 when `to` is not after `from`); undefined for a day that is not a plain date. */
function calendarDaysBetween(from: CalendarDay, to: CalendarDay): number | undefined {
  const start = parseCalendarDay(from);
  const end = parseCalendarDay(to);
  if (!start || !end) return undefined;
  const days = (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000;
  return Math.max(0, days);
}

function checkWorkingDays(context: Context, calendar: Calendar, days: number, occurred: NoteTime, recorded: NoteTime): void {
  // A record made within `days` calendar days cannot be late, and most are: no count, no calendar.
  const elapsedDays = calendarDaysBetween(occurred.day, recorded.day);
  if (elapsedDays !== undefined && elapsedDays <= days) return;
  const worked = calendar.workingDaysBetween(occurred.day, recorded.day);
  if (worked <= days) return;
  const skipped = calendar.nonWorkingWeekdaysBetween(occurred.day, recorded.day);
  const crossesYears = occurred.day.slice(0, 4) !== recorded.day.slice(0, 4);
  const skippedText = skipped.length ? `; ${skippedDaysInWords(skipped, crossesYears)}` : '';
  context.report({
    ...context.fieldRange('recordedAt'),
    message:
      `Recorded ${plural(worked, 'working day')} after the event (${daySpanInWords(occurred.day, recorded.day)}${skippedText}); ` +
      `the limit is ${plural(days, 'working day')}.` +
      holidayCoverageInWords(calendar, occurred.day, recorded.day),
  });
}

function checkHours(
  context: Context,
  calendar: Calendar,
  zone: string,
  { limit, appliesTo, because }: AppliedLimit<HoursLimit>,
  occurred: NoteTime,
  recorded: NoteTime,
): void {
  // A date-only event could have happened at any time that day: count from the end of the day, the
  // reading most favourable to the worker, and ask for the time. A date-only record counts from its start.
  const from = latest(occurred);
  const to = earliest(recorded);
  const becauseText = because ? `, and ${because}` : '';

  if (occurred.kind === 'date') {
    context.report({
      ...context.fieldRange('occurredAt'),
      severity: 'info',
      message:
        `The event has a date but no time, so the ${limit.hours}-hour limit was counted from the end of ` +
        `${dayInWords(occurred.day, 'EEE d MMM yyyy')}; add the time of the event to occurredAt ` +
        `(for example ${occurred.day}T14:30).`,
    });
  }

  // Formatting dates in a time zone is the costly part of this rule: only for a finding.
  const spanInWords = () => {
    const fromText =
      occurred.kind === 'date'
        ? `end of ${dayInWords(occurred.day, 'EEE d MMM yyyy')}`
        : momentInWords(from, zone, occurred.day.slice(0, 4) !== recorded.day.slice(0, 4));
    const toText = recorded.kind === 'date' ? dayInWords(recorded.day, 'EEE d MMM yyyy') : momentInWords(to, zone, true);
    return `${fromText} → ${toText}`;
  };

  const elapsed = to - from;
  if (elapsed > limit.hours * 3_600_000) {
    const measuredFrom = occurred.kind === 'date' ? 'the end of the day of the event' : 'the event';
    context.report({
      ...context.fieldRange('recordedAt'),
      message:
        `Recorded ${durationInWords(elapsed)} after ${measuredFrom} (${spanInWords()}${clockChangeInWords(from, to, zone)}); ` +
        `the limit is ${plural(limit.hours, 'hour')} for ${appliesTo}${becauseText}.`,
    });
    return;
  }

  if (!limit.sameWorkingDay) return;
  // An event at a weekend or on a holiday belongs to the next working day: recording it then is on time.
  const workingDayOfEvent = calendar.workingDayOnOrAfter(occurred.day);
  if (recorded.day <= workingDayOfEvent) return;
  const whichDay =
    workingDayOfEvent === occurred.day ? 'the working day of the event' : 'the first working day after the event';
  context.report({
    ...context.fieldRange('recordedAt'),
    severity: 'info',
    message:
      `Recorded within ${plural(limit.hours, 'hour')} but after ${dayInWords(workingDayOfEvent, 'EEE d MMM yyyy')}, ` +
      `${whichDay} (${spanInWords()}); ${appliesTo} should be recorded the same working day where at all possible${becauseText}.` +
      holidayCoverageInWords(calendar, occurred.day, recorded.day),
  });
}

function appliedLimit(context: Context, limits: Prepared['limits']): AppliedLimit {
  const type = context.note.meta.type || 'case-note';
  const own: AppliedLimit = { limit: limits[type] ?? limits.default ?? THREE_WORKING_DAYS, appliesTo: `${type} notes` };
  if (own.limit.kind !== 'working-days' || !context.options.inferSafeguarding || NOT_INFERRED.has(type)) return own;
  const work = significantHarmWork(context.note.index.text);
  if (work.length === 0) return own;
  const safeguarding = limits.safeguarding;
  return {
    limit: safeguarding?.kind === 'hours' ? safeguarding : SIGNIFICANT_HARM,
    appliesTo: 'significant-harm work',
    because: `this ${type} note mentions ${listInWords(work)}`,
  };
}

function momentOrDayInWords(time: NoteTime, zone: string): string {
  return time.kind === 'date' ? dayInWords(time.day, 'EEE d MMM yyyy') : momentInWords(time.instant, zone, true);
}

function check(context: Context): void {
  const { meta } = context.note;
  if (meta.occurredAt === undefined || meta.recordedAt === undefined) return; // required-fields reports the gap
  const zone = context.settings?.timeZone ?? 'Europe/London';
  if (!isTimeZone(zone)) return; // the engine validates settings; never guess another zone here

  const occurred = parseNoteTime(meta.occurredAt, zone);
  const recorded = parseNoteTime(meta.recordedAt, zone);
  for (const [field, time, what] of [
    ['occurredAt', occurred, 'event'],
    ['recordedAt', recorded, 'record'],
  ] as const) {
    if (time) continue;
    context.report({
      ...context.fieldRange(field),
      message:
        `The ${what} date (${field}) is not a real ISO 8601 date or date-time, so the timeliness of this record ` +
        `cannot be checked; write it like 2026-04-10 or 2026-04-10T14:30.`,
    });
  }
  if (!occurred || !recorded) return;

  if (isRecordedBeforeEvent(recorded, occurred)) {
    context.report({
      ...context.fieldRange('recordedAt'),
      message:
        `The record is dated before the event it describes (event ${momentOrDayInWords(occurred, zone)}, ` +
        `recorded ${momentOrDayInWords(recorded, zone)}); check occurredAt and recordedAt.`,
    });
    return;
  }

  const { limits, calendar } = prepare(context.options);
  const applied = appliedLimit(context, limits);
  const { limit } = applied;
  if (limit.kind === 'working-days') checkWorkingDays(context, calendar, limit.days, occurred, recorded);
  else if (limit.kind === 'hours') checkHours(context, calendar, zone, { ...applied, limit }, occurred, recorded);
}

export const timeliness: Rule<TimelinessOptions> = {
  meta: {
    id: 'timeliness',
    description:
      'Flags a record made later than three working days after the event, or later than 24 hours for ' +
      'safeguarding, section 47, strategy-discussion and duty work.',
    severity: 'error',
    category: 'timeliness',
    schema: optionsSchema,
    reference: {
      section: 'Timely recording',
      summary:
        'Complete records within three working days. Record work on whether a child may be at risk of significant ' +
        'harm the same working day where at all possible, and within 24 hours at the latest. Record duty work within 24 hours.',
    },
  },
  check,
};

export default timeliness;
