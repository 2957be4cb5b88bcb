import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { dayOf, instantOf } from '../../rules/lib/zone-time.js';

// The cached offsets must give what TZDate and Intl give, clock changes and odd zones included.
const ZONES = ['Europe/London', 'Europe/Dublin', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'Pacific/Apia', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'UTC', 'Africa/Casablanca'];

const intlDay = (instant: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

describe('zone-time', () => {
  it('reads wall-clock times as TZDate does, and days as Intl does, on random times', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.date({ min: new Date('1995-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 59 }),
        (zone, date, seconds) => {
          const [y, m, d, h, mi] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
          const expected = new TZDate(y, m - 1, d, h, mi, seconds, 0, zone).getTime();
          expect(instantOf(zone, y, m, d, h, mi, seconds)).toBe(expected);
          expect(dayOf(date.getTime(), zone)).toBe(intlDay(date.getTime(), zone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees every 15 minutes around the clock changes of 2026 and the day Samoa skipped', () => {
    const days = [['Europe/London', '2026-03-29'], ['Europe/London', '2026-10-25'], ['America/New_York', '2026-03-08'], ['Australia/Lord_Howe', '2026-04-05'], ['Pacific/Apia', '2011-12-30'], ['America/Sao_Paulo', '2018-11-04']] as const;
    for (const [zone, day] of days) {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      for (let minutes = -36 * 60; minutes <= 36 * 60; minutes += 15) {
        const h = Math.floor(minutes / 60);
        const mi = minutes - h * 60;
        const wall = new Date(Date.UTC(y, m - 1, d, h, mi));
        const args = [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes()] as const;
        expect(instantOf(zone, ...args)).toBe(new TZDate(args[0], args[1] - 1, args[2], args[3], args[4], zone).getTime());
        expect(dayOf(wall.getTime(), zone)).toBe(intlDay(wall.getTime(), zone));
      }
    }
  });
});

describe('zone-time far from today', () => {
  it('writes the day of an instant in years before 1000 with four digits, as calendar days are written', () => {
    for (const zone of ZONES) {
      for (const year of [100, 226, 999]) {
        const instant = Date.UTC(year, 3, 2, 12);
        const [intlYear, rest] = [intlDay(instant, zone).split('-')[0]!, intlDay(instant, zone).split('-').slice(1).join('-')];
        expect(dayOf(instant, zone)).toBe(`${intlYear.padStart(4, '0')}-${rest}`);
      }
    }
  });
});

describe('date words', () => {
  it('writes days and moments as date-fns format does', async () => {
    const { format } = await import('date-fns/format');
    const { formatDate, partsOfDay } = await import('../../rules/lib/date-words.js');
    const { wallClockAt, zoneAbbreviation } = await import('../../rules/lib/zone-time.js');
    const patterns = ['EEE d MMM yyyy', 'EEE d MMM', 'd MMM yyyy', 'd MMM', 'EEE d MMM yyyy HH:mm', 'EEE d MMM HH:mm:ss'];
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.date({ min: new Date('1995-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), fc.constantFrom(...patterns), (zone, date, pattern) => {
        const day = date.toISOString().slice(0, 10);
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        if (!pattern.includes('HH')) expect(formatDate(partsOfDay(day), pattern)).toBe(format(new Date(y, m - 1, d, 12), pattern));
        expect(formatDate(wallClockAt(date.getTime(), zone), pattern)).toBe(format(new TZDate(date.getTime(), zone), pattern));
        const intl = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short', hour: 'numeric' }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
        expect(zoneAbbreviation(date.getTime(), zone)).toBe(intl);
      }),
      { numRuns: 2000 },
    );
  });
});
