/**
 * Dates in words for messages, in the patterns date-fns would write them with its default (en-US)
 * locale: "Thu 2 Apr 2026", "Thu 2 Apr 14:30". Written out because a message is built for every late
 * record, and date-fns' general formatter cost more than the rest of the rule.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0 (Sunday) to 6. */
  weekday: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

const TOKEN = /EEE|yyyy|MMM|HH|mm|ss|d|[ :]/g;

/** Writes `parts` in `pattern`, made of EEE, d, MMM, yyyy, HH, mm, ss, spaces and colons. */
export function formatDate(parts: DateParts, pattern: string): string {
  let out = '';
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(pattern); match; match = TOKEN.exec(pattern)) {
    if (match.index !== at) break;
    at = TOKEN.lastIndex;
    out += write(parts, match[0]);
  }
  if (at !== pattern.length) throw new Error(`formatDate: unsupported pattern ${pattern}`);
  return out;
}

function write(parts: DateParts, token: string): string {
  switch (token) {
    case 'EEE':
      return WEEKDAYS[parts.weekday]!;
    case 'd':
      return String(parts.day);
    case 'MMM':
      return MONTHS[parts.month - 1]!;
    case 'yyyy':
      return String(parts.year).padStart(4, '0');
    case 'HH':
      return String(parts.hours ?? 0).padStart(2, '0');
    case 'mm':
      return String(parts.minutes ?? 0).padStart(2, '0');
    case 'ss':
      return String(parts.seconds ?? 0).padStart(2, '0');
    default:
      return token;
  }
}

/** The parts of a calendar day 'YYYY-MM-DD' (a real date). */
export function partsOfDay(day: string): DateParts {
  const [year, month, date] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  return { year, month, day: date, weekday: new Date(Date.UTC(year, month - 1, date)).getUTCDay() };
}
