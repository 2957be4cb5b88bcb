#!/usr/bin/env node
// Writes src/calendar/holidays.data.ts: the bank holidays of England and Wales, Scotland and Northern
// Ireland for FIRST_YEAR..LAST_YEAR, from the statutory pattern plus the one-off changes proclaimed
// since 2015. The pure core cannot fetch GOV.UK's list at run time, so the list is generated once and
// committed; when a new one-off holiday is proclaimed, add it to ONE_OFF_CHANGES and run:
//
//   node scripts/generate-holidays.mjs          # rewrite the data file
//   node scripts/generate-holidays.mjs --check  # exit 1 when the committed file is out of date

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2035;
export const REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'];

const OUTPUT = fileURLToPath(new URL('../src/calendar/holidays.data.ts', import.meta.url));

const ALL_REGIONS = REGIONS;

/**
 * Changes to the usual pattern made by proclamation. `replaces` names the usual holiday of that year
 * that the one-off takes the place of (it is dropped); `name` and `date` describe the day given instead.
 */
const ONE_OFF_CHANGES = [
  { date: '2020-05-08', name: 'Early May bank holiday (VE day)', replaces: 'early-may', regions: ALL_REGIONS },
  { date: '2022-06-02', name: 'Spring bank holiday', replaces: 'spring', regions: ALL_REGIONS },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday', regions: ALL_REGIONS },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II', regions: ALL_REGIONS },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', regions: ALL_REGIONS },
];

// ---- date helpers (UTC throughout: these are calendar dates, not instants) ----

const utc = (year, month, day) => new Date(Date.UTC(year, month - 1, day));
const iso = (date) => date.toISOString().slice(0, 10);
const addDays = (date, days) => new Date(date.getTime() + days * 86_400_000);
const isWeekend = (date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

const MONDAY = 1;

function firstMonday(year, month) {
  const first = utc(year, month, 1);
  return addDays(first, (MONDAY - first.getUTCDay() + 7) % 7);
}

function lastMonday(year, month) {
  const last = utc(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() - MONDAY + 7) % 7));
}

/** Western Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

// ---- the usual pattern ----

/**
 * The usual holidays of a year. Fixed-date ones may fall at a weekend; `substitute` marks those that
 * then move to the next free weekday (Banking and Financial Dealings Act 1971 and proclamations).
 */
function usualHolidays(region, year) {
  const easter = easterSunday(year);
  const fixed = (month, day, name) => ({ date: utc(year, month, day), name, substitute: true });
  const moving = (key, date, name) => ({ key, date, name, substitute: false });

  const list = [fixed(1, 1, "New Year's Day")];
  if (region === 'scotland') list.push(fixed(1, 2, '2nd January'));
  if (region === 'northern-ireland') list.push(fixed(3, 17, "St Patrick's Day"));
  list.push(moving('good-friday', addDays(easter, -2), 'Good Friday'));
  if (region !== 'scotland') list.push(moving('easter-monday', addDays(easter, 1), 'Easter Monday'));
  list.push(moving('early-may', firstMonday(year, 5), 'Early May bank holiday'));
  list.push(moving('spring', lastMonday(year, 5), 'Spring bank holiday'));
  if (region === 'northern-ireland') list.push(fixed(7, 12, "Battle of the Boyne (Orangemen's Day)"));
  list.push(
    region === 'scotland'
      ? moving('summer', firstMonday(year, 8), 'Summer bank holiday')
      : moving('summer', lastMonday(year, 8), 'Summer bank holiday'),
  );
  if (region === 'scotland') list.push(fixed(11, 30, "St Andrew's Day"));
  list.push(fixed(12, 25, 'Christmas Day'), fixed(12, 26, 'Boxing Day'));
  return list;
}

/**
 * A fixed-date holiday at a weekend is given on the next weekday that is not already a holiday, in
 * date order, so Christmas and Boxing Day on Sat/Sun become Mon 27 and Tue 28, and Christmas Day on a
 * Sunday becomes Tue 27 because Boxing Day keeps Mon 26.
 */
function withSubstituteDays(holidays) {
  const taken = new Set(holidays.filter((h) => !isWeekend(h.date)).map((h) => iso(h.date)));
  const result = [];
  for (const holiday of [...holidays].sort((x, y) => x.date - y.date)) {
    if (!isWeekend(holiday.date)) {
      result.push({ date: iso(holiday.date), name: holiday.name });
      continue;
    }
    if (!holiday.substitute) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(iso(day))) day = addDays(day, 1);
    taken.add(iso(day));
    result.push({ date: iso(day), name: `${holiday.name} (substitute day)` });
  }
  return result;
}

export function bankHolidays(region, year) {
  const changes = ONE_OFF_CHANGES.filter((c) => c.regions.includes(region) && c.date.startsWith(`${year}-`));
  const replaced = new Set(changes.map((c) => c.replaces).filter(Boolean));
  const usual = usualHolidays(region, year).filter((h) => !replaced.has(h.key));
  const days = withSubstituteDays(usual);
  for (const change of changes) days.push({ date: change.date, name: change.name });
  return days.sort((x, y) => x.date.localeCompare(y.date));
}

// ---- output ----

function render() {
  const lines = [
    '// GENERATED FILE: do not edit by hand.',
    '// Written by scripts/generate-holidays.mjs (run `node scripts/generate-holidays.mjs` to regenerate,',
    '// `--check` to verify). The usual statutory pattern (Easter by computus, substitute days for holidays',
    '// at a weekend) plus the one-off changes listed in that script.',
    '',
    `export const REGIONS = [${REGIONS.map((r) => `'${r}'`).join(', ')}] as const;`,
    'export type Region = (typeof REGIONS)[number];',
    '',
    'export interface BankHoliday {',
    '  /** YYYY-MM-DD */',
    '  readonly date: string;',
    '  readonly name: string;',
    '}',
    '',
    '/** The years the lists below cover, inclusive. */',
    `export const BANK_HOLIDAY_YEARS = { first: ${FIRST_YEAR}, last: ${LAST_YEAR} } as const;`,
    '',
    'export const BANK_HOLIDAYS: Record<Region, readonly BankHoliday[]> = {',
  ];
  for (const region of REGIONS) {
    lines.push(`  '${region}': [`);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const h of bankHolidays(region, year)) {
        lines.push(`    { date: '${h.date}', name: ${JSON.stringify(h.name)} },`);
      }
    }
    lines.push('  ],');
  }
  lines.push('};', '');
  return lines.join('\n');
}

function main(args) {
  const text = render();
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // a missing file is simply out of date
    }
    if (current !== text) {
      process.stderr.write(`${OUTPUT} is out of date: run node scripts/generate-holidays.mjs\n`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUTPUT, text);
  process.stdout.write(`wrote ${OUTPUT}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
