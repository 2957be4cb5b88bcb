import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS, REGIONS } from '../src/calendar/holidays.data.js';
import { createCalendar, isCalendarDay, nextDay } from '../src/calendar/working-days.js';

const datesOf = (region: keyof typeof BANK_HOLIDAYS, year: number) =>
  BANK_HOLIDAYS[region].filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date);

describe('generated bank holidays', () => {
  it('is in step with scripts/generate-holidays.mjs', () => {
    const script = fileURLToPath(new URL('../scripts/generate-holidays.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('covers 2015 to 2035 for every region, in date order, without duplicates', () => {
    expect(BANK_HOLIDAY_YEARS).toEqual({ first: 2015, last: 2035 });
    for (const region of REGIONS) {
      const dates = BANK_HOLIDAYS[region].map((h) => h.date);
      expect(dates[0]!.startsWith('2015-')).toBe(true);
      expect(dates[dates.length - 1]!.startsWith('2035-')).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of dates) expect(new Date(`${date}T12:00:00Z`).getUTCDay() % 6).not.toBe(0); // never a weekend
    }
  });

  it('gives England and Wales 8 days a year, Scotland 9 and Northern Ireland 10, except in the one-off years', () => {
    for (let year = 2015; year <= 2035; year++) {
      const extra = year === 2022 ? 2 : year === 2023 ? 1 : 0; // jubilee + funeral; coronation
      expect(datesOf('england-and-wales', year)).toHaveLength(8 + extra);
      expect(datesOf('scotland', year)).toHaveLength(9 + extra);
      expect(datesOf('northern-ireland', year)).toHaveLength(10 + extra);
    }
  });

  it('matches the published 2026 list for England and Wales', () => {
    expect(BANK_HOLIDAYS['england-and-wales'].filter((h) => h.date.startsWith('2026-'))).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-04-03', name: 'Good Friday' },
      { date: '2026-04-06', name: 'Easter Monday' },
      { date: '2026-05-04', name: 'Early May bank holiday' },
      { date: '2026-05-25', name: 'Spring bank holiday' },
      { date: '2026-08-31', name: 'Summer bank holiday' },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it.each([
    [2016, '2016-03-25', '2016-03-28'],
    [2019, '2019-04-19', '2019-04-22'],
    [2024, '2024-03-29', '2024-04-01'],
    [2025, '2025-04-18', '2025-04-21'],
    [2027, '2027-03-26', '2027-03-29'],
    [2030, '2030-04-19', '2030-04-22'],
    [2035, '2035-03-23', '2035-03-26'],
  ])('puts Easter %i on Good Friday %s and Easter Monday %s', (year, goodFriday, easterMonday) => {
    expect(datesOf('england-and-wales', year)).toEqual(expect.arrayContaining([goodFriday, easterMonday]));
    expect(datesOf('scotland', year)).toContain(goodFriday);
    expect(datesOf('scotland', year)).not.toContain(easterMonday);
  });

  it.each([
    ['2016', ['2016-12-26', '2016-12-27']], // Christmas on a Sunday: Boxing Day keeps Mon 26
    ['2020', ['2020-12-25', '2020-12-28']], // Boxing Day on a Saturday
    ['2021', ['2021-12-27', '2021-12-28']], // both at the weekend
    ['2022', ['2022-12-26', '2022-12-27']],
    ['2027', ['2027-12-27', '2027-12-28']],
  ])('gives Christmas %s substitute days', (year, dates) => {
    expect(datesOf('england-and-wales', Number(year)).filter((d) => d.startsWith(`${year}-12`))).toEqual(dates);
  });

  it('moves New Year at a weekend, with Scotland keeping two days', () => {
    expect(datesOf('england-and-wales', 2022)[0]).toBe('2022-01-03');
    expect(datesOf('england-and-wales', 2023)[0]).toBe('2023-01-02');
    expect(datesOf('scotland', 2022).slice(0, 2)).toEqual(['2022-01-03', '2022-01-04']);
    expect(datesOf('scotland', 2023).slice(0, 2)).toEqual(['2023-01-02', '2023-01-03']);
    expect(datesOf('scotland', 2021).slice(0, 2)).toEqual(['2021-01-01', '2021-01-04']);
  });

  it('has the one-off holidays and the moved ones', () => {
    for (const region of REGIONS) {
      const dates = BANK_HOLIDAYS[region].map((h) => h.date);
      expect(dates).toEqual(expect.arrayContaining(['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']));
      expect(dates).not.toContain('2020-05-04'); // replaced by VE day
      expect(dates).not.toContain('2022-05-30'); // spring bank holiday moved to 2 June
      expect(dates).toContain('2023-05-01'); // the coronation was an extra day, not a replacement
    }
  });

  it('has the Scottish and Northern Irish days', () => {
    expect(datesOf('scotland', 2026)).toEqual(expect.arrayContaining(['2026-08-03', '2026-11-30']));
    expect(datesOf('scotland', 2026)).not.toContain('2026-08-31');
    expect(datesOf('scotland', 2024)).toContain('2024-12-02'); // St Andrew's Day on a Saturday
    expect(datesOf('northern-ireland', 2024)).toContain('2024-03-18'); // St Patrick's Day on a Sunday
    expect(datesOf('northern-ireland', 2020)).toContain('2020-07-13'); // the Boyne on a Sunday
    expect(datesOf('northern-ireland', 2026)).toEqual(expect.arrayContaining(['2026-03-17', '2026-04-06', '2026-07-13', '2026-08-31']));
    expect(datesOf('england-and-wales', 2026)).not.toContain('2026-03-17');
  });
});

describe('createCalendar', () => {
  const calendar = createCalendar();

  it('treats weekends and bank holidays as non-working', () => {
    expect(calendar.isWorkingDay('2026-04-02')).toBe(true); // Thursday
    expect(calendar.isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(calendar.isWorkingDay('2026-04-04')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(calendar.nonWorkingWeekday('2026-04-06')).toEqual({ date: '2026-04-06', name: 'Easter Monday', kind: 'bank-holiday' });
    expect(calendar.nonWorkingWeekday('2026-04-04')).toBeUndefined(); // a weekend is not named
  });

  it.each([
    ['Monday', '2026-03-09', '2026-03-12'],
    ['Tuesday', '2026-03-10', '2026-03-13'],
    ['Wednesday', '2026-03-11', '2026-03-16'],
    ['Thursday', '2026-03-12', '2026-03-17'],
    ['Friday', '2026-03-13', '2026-03-18'],
    ['Saturday', '2026-03-14', '2026-03-18'],
    ['Sunday', '2026-03-15', '2026-03-18'],
    ['Thursday before Easter', '2026-04-02', '2026-04-09'],
    ['Christmas Eve 2026', '2026-12-24', '2026-12-31'],
    ['Friday before the funeral', '2022-09-16', '2022-09-22'],
    ['Friday before the coronation', '2023-05-05', '2023-05-11'],
  ])('puts the third working day after a %s (%s) on %s', (_label, day, expected) => {
    expect(calendar.nthWorkingDayAfter(day, 3)).toBe(expected);
  });

  it('counts the working days after one date up to and including another', () => {
    expect(calendar.workingDaysBetween('2026-04-02', '2026-04-10')).toBe(4);
    expect(calendar.workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-13', '2026-03-15')).toBe(0); // Friday → Sunday
    expect(calendar.workingDaysBetween('2026-03-13', '2026-03-16')).toBe(1);
    expect(calendar.workingDaysBetween('2026-03-16', '2026-03-13')).toBe(0); // backwards
  });

  it('lists the weekday holidays skipped, for the message', () => {
    expect(calendar.nonWorkingWeekdaysBetween('2026-04-02', '2026-04-10').map((d) => d.date)).toEqual([
      '2026-04-03',
      '2026-04-06',
    ]);
    expect(calendar.nonWorkingWeekdaysBetween('2026-04-03', '2026-04-05')).toEqual([]); // the event day is not skipped
  });

  it('knows which years its holiday list covers', () => {
    expect(calendar.knowsHolidaysFor('2035-12-31')).toBe(true);
    expect(calendar.knowsHolidaysFor('2036-01-01')).toBe(false);
    expect(createCalendar({ region: 'none' }).knowsHolidaysFor('2040-01-01')).toBe(true);
  });

  it('adds closure days, and a bank holiday stays a bank holiday', () => {
    const closed = createCalendar({ closures: [{ date: '2026-12-24', name: 'office closure' }, { date: '2026-12-25' }] });
    expect(closed.nonWorkingWeekday('2026-12-24')).toEqual({ date: '2026-12-24', name: 'office closure', kind: 'closure' });
    expect(closed.nonWorkingWeekday('2026-12-25')?.kind).toBe('bank-holiday');
    expect(closed.nthWorkingDayAfter('2026-12-23', 3)).toBe('2026-12-31');
    expect(calendar.nthWorkingDayAfter('2026-12-23', 3)).toBe('2026-12-30');
  });

  it('uses another region, or only the holidays given', () => {
    const scotland = createCalendar({ region: 'scotland' });
    expect(scotland.isWorkingDay('2026-04-06')).toBe(true); // no Easter Monday in Scotland
    expect(scotland.isWorkingDay('2026-01-02')).toBe(false);
    const own = createCalendar({ region: 'none', holidays: [{ date: '2026-04-07', name: 'local holiday' }] });
    expect(own.isWorkingDay('2026-04-03')).toBe(true);
    expect(own.isWorkingDay('2026-04-07')).toBe(false);
    const more = createCalendar({ holidays: [{ date: '2026-04-07' }] });
    expect(more.nonWorkingWeekdaysBetween('2026-04-02', '2026-04-08').map((d) => d.date)).toEqual([
      '2026-04-03',
      '2026-04-06',
      '2026-04-07',
    ]);
  });

  it('rejects impossible dates and steps across month and year ends', () => {
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-4-1')).toBe(false);
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2026-03-28', 2)).toBe('2026-03-30'); // across the clock change: still whole days
  });
});
