import { TZDate, tzOffset } from '@date-fns/tz';

/**
 * Wall-clock times and calendar days in an IANA time zone. Asking Intl (through @date-fns/tz) costs a
 * few microseconds a call, and a note needs several; the offset of a zone changes only at a clock
 * change, so it is read once per zone and UTC day, and Intl is asked again only near a clock change.
 * Results are the same as TZDate's and Intl's: `test/rules/zone-time.test.ts` compares them.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;
const DAYS_KEPT = 20_000;
/** The years read without Intl: outside them, date strings and Intl may write years differently. */
const FIRST_FAST = Date.UTC(1900, 0, 1);
const LAST_FAST = Date.UTC(2200, 0, 1);

/** Minutes east of UTC at the start of each UTC day, by zone and day number. */
const dayStartOffsets = new Map<string, Map<number, number>>();

function offsetAtDayStart(zone: string, day: number): number {
  let offsets = dayStartOffsets.get(zone);
  if (!offsets) dayStartOffsets.set(zone, (offsets = new Map()));
  let offset = offsets.get(day);
  if (offset === undefined) {
    if (offsets.size >= DAYS_KEPT) offsets.clear();
    offset = tzOffset(zone, new Date(day * DAY));
    offsets.set(day, offset);
  }
  return offset;
}

/**
 * The zone's offset through the UTC days `first`..`last`, or undefined when it differs at any of their
 * starts or at the start of the day after. No zone changes its clocks twice within one day, so equal
 * offsets at both ends of a day mean no change during it.
 */
function steadyOffset(zone: string, first: number, last: number): number | undefined {
  const offset = offsetAtDayStart(zone, first);
  for (let day = first + 1; day <= last + 1; day++) if (offsetAtDayStart(zone, day) !== offset) return undefined;
  return offset;
}

/**
 * The zone's offset around an instant, from `reach` UTC days before its day to `reach` after, when it
 * is steady there; undefined near a clock change or outside the years read without Intl.
 */
function steadyOffsetNear(zone: string, instant: number, reach: number): number | undefined {
  if (!(instant >= FIRST_FAST && instant < LAST_FAST)) return undefined;
  const day = Math.floor(instant / DAY);
  return steadyOffset(zone, day - reach, day + reach);
}

/** The instant of a wall-clock time in `zone` (month 1–12), as TZDate reads it. */
export function instantOf(zone: string, year: number, month: number, date: number, hours = 0, minutes = 0, seconds = 0, millis = 0): number {
  const asUtc = Date.UTC(year, month - 1, date, hours, minutes, seconds, millis);
  // Offsets are within a day of UTC, so the instant lies in the UTC day of `asUtc` or a neighbour.
  const offset = steadyOffsetNear(zone, asUtc, 1);
  if (offset !== undefined) return asUtc - offset * MINUTE;
  // Near a clock change a wall-clock time may not exist or may happen twice: TZDate decides.
  return new TZDate(year, month - 1, date, hours, minutes, seconds, millis, zone).getTime();
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in `zone`. */
export function dayOf(instant: number, zone: string): string {
  const offset = steadyOffsetNear(zone, instant, 1);
  if (offset !== undefined) return new Date(instant + offset * MINUTE).toISOString().slice(0, 10);
  let formatter = dayFormats.get(zone);
  if (!formatter) {
    // 'en-CA' writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, formatter);
  }
  // Intl writes a year before 1000 with fewer digits; calendar days have four.
  const day = formatter.format(instant);
  return day.length === 10 ? day : day.padStart(10, '0');
}

/** A wall-clock reading: month 1–12, weekday 0 (Sunday) to 6. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** The wall clock in `zone` at an instant, as TZDate reads it. */
export function wallClockAt(instant: number, zone: string): WallClock {
  const offset = steadyOffsetNear(zone, instant, 1);
  if (offset !== undefined) {
    const local = new Date(instant + offset * MINUTE);
    return {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      weekday: local.getUTCDay(),
      hours: local.getUTCHours(),
      minutes: local.getUTCMinutes(),
      seconds: local.getUTCSeconds(),
    };
  }
  const local = new TZDate(instant, zone);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    weekday: local.getDay(),
    hours: local.getHours(),
    minutes: local.getMinutes(),
    seconds: local.getSeconds(),
  };
}

/** Minutes east of UTC in `zone` at an instant. */
export function offsetAt(instant: number, zone: string): number {
  return steadyOffsetNear(zone, instant, 0) ?? tzOffset(zone, new Date(instant));
}

const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();
/** Zone abbreviations ("GMT", "BST") by zone and UTC day, for days without a clock change. */
const abbreviations = new Map<string, string>();

/** The short name of the zone's time at an instant: "GMT", "BST", or an offset such as "GMT+2". */
export function zoneAbbreviation(instant: number, zone: string): string {
  const steady = steadyOffsetNear(zone, instant, 0) !== undefined;
  const key = `${zone}\u0000${Math.floor(instant / DAY)}`;
  const known = steady ? abbreviations.get(key) : undefined;
  if (known !== undefined) return known;
  let formatter = zoneNameFormats.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short', hour: 'numeric' });
    zoneNameFormats.set(zone, formatter);
  }
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? zone;
  if (steady) {
    if (abbreviations.size >= DAYS_KEPT) abbreviations.clear();
    abbreviations.set(key, name);
  }
  return name;
}
