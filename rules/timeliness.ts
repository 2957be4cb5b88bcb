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
import { createCalendar, isCalendarDay, parseCalendarDay, REGIONS, type Calendar, type CalendarDay, type NonWorkingWeekday, BANK_HOLIDAY_YEARS, type Rule, type RuleContext, type NoteMeta, type TextIndex, spanAt } from '../src/rule-api.js';
import {
  HARM_HISTORY_WORDS,
  HARM_NEGATIONS,
  HARM_NOW_PHRASES,
  HARM_NOW_WORDS,
  HARM_PLAN_WORDS,
  SIGNIFICANT_HARM_TRIGGERS,
} from './data/timeliness-triggers.js';
import { dayOf, instantOf, offsetAt, wallClockAt, zoneAbbreviation } from './lib/zone-time.js';
import { formatDate, partsOfDay } from './lib/date-words.js';

// ---------------------------------------------------------------------------------------------------
// Options

const calendarDay = z.string().refine(isCalendarDay, { message: 'must be a real date written YYYY-MM-DD' }).describe('A date written YYYY-MM-DD.');
const datedDay = z.union([calendarDay, z.object({ date: calendarDay, name: z.string().min(1).optional().describe('What the day is, for messages.') }).strict()]);

const limitSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('working-days'), days: z.number().int().min(1).max(366).describe('Working days after the day of the event by which the note must be recorded.') })
    .strict()
    .describe('Record within this many working days (weekends, bank holidays and closures not counted).'),
  z
    .object({
      kind: z.literal('hours'),
      hours: z.number().positive().max(24 * 366).describe('Hours after the event by which the note must be recorded.'),
      sameWorkingDay: z.boolean().optional().describe('Also an info finding when recorded after the working day of the event.'),
    })
    .strict()
    .describe('Record within this many hours of the event.'),
  z.object({ kind: z.literal('none') }).strict().describe('No limit for this type.'),
]);

export type TimelinessLimit = z.output<typeof limitSchema>;

const optionsSchema = z
  .object({
    limits: z
      .record(z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'must be a note type such as "home-visit"' }), limitSchema)
      .default({})
      .describe(
        'Recording limits by note type (or `default`, for types not listed), each { kind: "working-days", days }, { kind: "hours", hours, sameWorkingDay } or { kind: "none" }; merged over the built-in limits: 3 working days, and 24 hours (with an info finding after the working day of the event) for duty, safeguarding, section-47 and strategy-discussion notes.',
      ),
    region: z.enum([...REGIONS, 'none']).default('england-and-wales').describe("Whose bank holidays count (the UK government's lists for each nation), or 'none' to count only `holidays`."),
    holidays: z.array(datedDay).default([]).describe("Bank holidays added to the region's list: \"2026-12-29\", or { date, name }."),
    closures: z.array(datedDay).default([]).describe('Days the service is closed although they are not bank holidays (a Christmas closure): "2026-12-29", or { date, name }.'),
    inferSafeguarding: z.boolean().default(true).describe('Hold notes of other types to the 24-hour limit when their text describes significant-harm work.'),
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
  duty: { kind: 'hours', hours: 24, sameWorkingDay: true },
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
  const source = `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
  return { label, pattern: new RegExp(source, 'iu'), every: new RegExp(source, 'giu') };
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

/** The labels of the significant-harm work the text names, in data order. */
export function significantHarmWork(text: string): string[] {
  if (!TRIGGER_WORDS.test(text)) return [];
  return TRIGGER_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ label }) => label);
}

const NOW_WORDS = new Set(HARM_NOW_WORDS);
const NEGATION_WORDS = new Set(HARM_NEGATIONS);
const HISTORY_WORDS = new Set(HARM_HISTORY_WORDS);
const PLAN_WORDS = new Set(HARM_PLAN_WORDS);
const CLAUSE_WORDS = /[\p{L}\p{N}'’]+/gu;
/** Where a clause ends inside a sentence: a semicolon, colon or dash, or a contrasting conjunction. */
const CLAUSE_BREAK = /[;:–—]|\s-\s|,?\s(?:but|although|though|however|whereas|while)\s/giu;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "2 September", "2nd of Sept", "02/09", "2.9.25": a day of the year named in the clause. */
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(\d{1,2})[/.](\d{1,2})(?:[/.]\d{2,4})?\b/gi;
const YEAR = /\b(19|20)\d{2}\b/g;

/**
 * The significant-harm work a note records happening now, for its event: a trigger phrase in a clause
 * that says the work was done or asked for (held, requested, taken, today), and does not make it
 * history (a past year, another day, "previous"), a negation ("not needed") or a plan ("to be
 * considered if"). Mentions that do not pass are not evidence that the note is significant-harm work.
 */
export function significantHarmNow(index: TextIndex, eventDay: CalendarDay): string[] {
  const { text } = index;
  if (!TRIGGER_WORDS.test(text)) return [];
  const found = new Set<string>();
  for (const { label, every } of TRIGGER_PATTERNS) {
    every.lastIndex = 0;
    for (let match = every.exec(text); match; match = every.exec(text)) {
      if (index.isQuoted(match.index)) continue;
      const sentence = spanAt(index.sentences, match.index);
      if (!sentence) continue;
      const clause = clauseAround(text, sentence.start, sentence.end, match.index, match.index + match[0].length);
      if (recordsWorkNow(clause, text.slice(match.index, match.index + match[0].length), eventDay)) {
        found.add(label);
        break;
      }
    }
  }
  return SIGNIFICANT_HARM_TRIGGERS.map(({ label }) => label).filter((label) => found.has(label));
}

function clauseAround(text: string, start: number, end: number, from: number, to: number): string {
  const sentence = text.slice(start, end);
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let br = CLAUSE_BREAK.exec(sentence); br; br = CLAUSE_BREAK.exec(sentence)) {
    const at = start + br.index;
    if (at + br[0].length <= from) clauseStart = br.index + br[0].length;
    else if (at >= to) {
      clauseEnd = br.index;
      break;
    }
  }
  return sentence.slice(clauseStart, clauseEnd);
}

function recordsWorkNow(clause: string, trigger: string, eventDay: CalendarDay): boolean {
  const lower = clause.toLowerCase();
  // The trigger's own words ("police protection", "strategy discussion") are not markers.
  const rest = lower.replace(trigger.toLowerCase(), ' ');
  const words = rest.match(CLAUSE_WORDS) ?? [];
  let now = HARM_NOW_PHRASES.some((phrase) => rest.includes(phrase));
  for (const word of words) {
    const plain = word.replace(/’/g, "'");
    if (NEGATION_WORDS.has(plain) || plain.endsWith("n't") || HISTORY_WORDS.has(plain) || PLAN_WORDS.has(plain)) return false;
    if (NOW_WORDS.has(plain)) now = true;
  }
  if (!now) return false;
  const eventYear = Number(eventDay.slice(0, 4));
  for (const year of rest.match(YEAR) ?? []) if (Number(year) !== eventYear) return false;
  const eventMonth = Number(eventDay.slice(5, 7));
  const eventDate = Number(eventDay.slice(8, 10));
  DAY_MONTH.lastIndex = 0;
  for (let date = DAY_MONTH.exec(rest); date; date = DAY_MONTH.exec(rest)) {
    const day = Number(date[1] ?? date[3]);
    const month = date[2] ? MONTH_NAMES.indexOf(date[2].toLowerCase().slice(0, 3)) + 1 : Number(date[4]);
    if (day !== eventDate || month !== eventMonth) return false;
  }
  return true;
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
  /** For a limit inferred from the text: "this phone-call note records a strategy discussion …". */
  because?: string;
  /** Read from the text rather than the note's type, which is the worker's own statement: reported as a warning. */
  inferred?: boolean;
}

/** Calendar days d with from < d <= to (0 when `to` is not after `from`); undefined for a day that is not a plain date. */
function calendarDaysBetween(from: CalendarDay, to: CalendarDay): number | undefined {
  const start = parseCalendarDay(from);
  const end = parseCalendarDay(to);
  if (!start || !end) return undefined;
  const days = (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000;
  return Math.max(0, days);
}

/** Working days from event to record when that is more than `days`; undefined when on time. */
function workingDaysOver(calendar: Calendar, days: number, occurred: NoteTime, recorded: NoteTime): number | undefined {
  // A record made within `days` calendar days cannot be late, and most are: no count, no calendar.
  const elapsedDays = calendarDaysBetween(occurred.day, recorded.day);
  if (elapsedDays !== undefined && elapsedDays <= days) return undefined;
  const worked = calendar.workingDaysBetween(occurred.day, recorded.day);
  return worked > days ? worked : undefined;
}

/**
 * The stretch the hours limit is counted over. A date-only event could have happened at any time that
 * day: count from the end of the day, the reading most favourable to the worker. A date-only record
 * counts from its start.
 */
function hoursWindow(occurred: NoteTime, recorded: NoteTime): { from: number; to: number } {
  return { from: latest(occurred), to: earliest(recorded) };
}

function checkWorkingDays(context: Context, calendar: Calendar, days: number, occurred: NoteTime, recorded: NoteTime): void {
  const worked = workingDaysOver(calendar, days, occurred, recorded);
  if (worked === undefined) return;
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
  { limit, appliesTo, because, inferred }: AppliedLimit<HoursLimit>,
  occurred: NoteTime,
  recorded: NoteTime,
): void {
  // A date-only event: the limit is counted from the end of its day (hoursWindow); ask for the time.
  const { from, to } = hoursWindow(occurred, recorded);
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
      ...(inferred ? { severity: 'warning' as const } : {}),
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

const ownLimit = (type: string, limits: Prepared['limits']): TimelinessLimit => limits[type] ?? limits.default ?? THREE_WORKING_DAYS;
/** Whether the note's text may replace its type's limit with the significant-harm one. */
const mayInfer = (type: string, own: TimelinessLimit, options: TimelinessOptions) => own.kind === 'working-days' && options.inferSafeguarding && !NOT_INFERRED.has(type);
const inferredLimit = (limits: Prepared['limits']): HoursLimit => (limits.safeguarding?.kind === 'hours' ? limits.safeguarding : SIGNIFICANT_HARM);

/** The note's type's limit, or the 24-hour limit when its text records significant-harm work now. */
function appliedLimit(note: TimedNote, options: TimelinessOptions, limits: Prepared['limits'], occurred: NoteTime): AppliedLimit {
  const type = note.meta.type || 'case-note';
  const own: AppliedLimit = { limit: ownLimit(type, limits), appliesTo: `${type} notes` };
  if (!mayInfer(type, own.limit, options)) return own;
  const work = significantHarmNow(note.index(), occurred.day);
  if (work.length === 0) return own;
  return {
    limit: inferredLimit(limits),
    appliesTo: 'significant-harm work',
    because: `this ${type} note records ${listInWords(work)} for this event (the limit is inferred from the text; if this is not significant-harm work, the ${type} limit applies)`,
    inferred: true,
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
  const applied = appliedLimit({ meta, index: () => context.note.index }, context.options, limits, occurred);
  const { limit } = applied;
  if (limit.kind === 'working-days') checkWorkingDays(context, calendar, limit.days, occurred, recorded);
  else if (limit.kind === 'hours') checkHours(context, calendar, zone, { ...applied, limit }, occurred, recorded);
}

/** What the limit and the verdict need of a note; the text index only when the limit may be inferred from it. */
interface TimedNote {
  meta: Pick<NoteMeta, 'type' | 'occurredAt' | 'recordedAt'>;
  index: () => TextIndex;
}

/** The limit a late record missed: working days, or hours (24 for significant-harm and duty work by default). */
export type MissedLimit = { kind: 'working-days'; days: number } | { kind: 'hours'; hours: number };

/**
 * The limit a note's record missed, by the same reckoning as the rule's findings (the note's type, the
 * significant-harm work its text records, the calendar and time zone); undefined when the record is on
 * time or its dates cannot be read or are in the wrong order. For reports that count late records.
 */
export function missedLimit(note: TimedNote, options: TimelinessOptions, zone: string): MissedLimit | undefined {
  const { occurredAt, recordedAt } = note.meta;
  if (occurredAt === undefined || recordedAt === undefined || !isTimeZone(zone)) return undefined;
  const occurred = parseNoteTime(occurredAt, zone);
  const recorded = parseNoteTime(recordedAt, zone);
  if (!occurred || !recorded || isRecordedBeforeEvent(recorded, occurred)) return undefined;
  const { limits, calendar } = prepare(options);
  const missed = (limit: TimelinessLimit): MissedLimit | undefined => {
    if (limit.kind === 'working-days') {
      return workingDaysOver(calendar, limit.days, occurred, recorded) === undefined ? undefined : { kind: 'working-days', days: limit.days };
    }
    if (limit.kind === 'hours') {
      const { from, to } = hoursWindow(occurred, recorded);
      return to - from > limit.hours * 3_600_000 ? { kind: 'hours', hours: limit.hours } : undefined;
    }
    return undefined;
  };
  const type = note.meta.type || 'case-note';
  const own = ownLimit(type, limits);
  // On time under either limit the text could choose: no need to read the text.
  if (!mayInfer(type, own, options) || (!missed(own) && !missed(inferredLimit(limits)))) return missed(own);
  return missed(appliedLimit(note, options, limits, occurred).limit);
}

export const timeliness: Rule<TimelinessOptions> = {
  meta: {
    id: 'timeliness',
    name: 'Recorded in time',
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
