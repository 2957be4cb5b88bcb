import * as z from 'zod';
import { NOTE_TYPES, type MetadataProblem, type NoteMeta } from '../types.js';

/** ISO 8601 calendar date, optionally with a time and an offset: 2026-04-02, 2026-04-02T14:30, 2026-04-02T14:30:00+01:00. */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const isoDateTimeText = z
  .string({ error: 'expected an ISO 8601 date or date-time such as 2026-04-02 or 2026-04-02T14:30, or a Date' })
  .regex(ISO_DATE_TIME, 'expected an ISO 8601 date or date-time such as 2026-04-02 or 2026-04-02T14:30')
  .refine(isRealDateTime, 'expected a real date and time: the day, month, hour or minute is out of range');

/** A JavaScript Date (`occurredAt: new Date()`) is the instant it holds, written in UTC. */
const dateInstant = z
  .instanceof(Date)
  .refine((date) => !Number.isNaN(date.getTime()), 'expected a valid Date, got an invalid Date (its time is NaN)')
  .refine((date) => date.getUTCFullYear() >= 0 && date.getUTCFullYear() <= 9999, 'expected a Date between the years 0 and 9999')
  .transform((date) => date.toISOString());

/** Text or a Date, each with its own message when it is wrong. */
const isoDateTime = z.unknown().transform((value, context) => {
  const result = (value instanceof Date ? dateInstant : isoDateTimeText).safeParse(value);
  if (result.success) return result.data;
  context.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? 'invalid value' });
  return z.NEVER;
});

/** 2026-02-30 and 25:00 have the right shape but name no moment. */
function isRealDateTime(value: string): boolean {
  const [year, month, day] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  if (value.length <= 10) return true;
  const [hours, minutes, seconds] = [Number(value.slice(11, 13)), Number(value.slice(14, 16)), Number(value.slice(17, 19) || 0)];
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}
const nonEmpty = z.string({ error: 'expected text' }).trim().min(1, 'expected text, got an empty value');

/** One schema per field, so that one wrong field never hides the others. */
const FIELD_SCHEMAS = {
  id: z.union([z.string(), z.number().transform(String)], { error: 'expected a string' }),
  occurredAt: isoDateTime,
  recordedAt: isoDateTime,
  'author.name': nonEmpty,
  'author.role': nonEmpty,
  'subject.name': nonEmpty,
  'subject.caseNumber': z.union([z.string(), z.number().transform(String)], { error: 'expected a string' }),
} as const;

/**
 * The value a field's schema gives for the values most notes have, found without running the schema;
 * undefined sends the value to the schema, which also words what is wrong. A test checks that both agree.
 */
export const QUICK_ACCEPT: Record<keyof typeof FIELD_SCHEMAS, (value: unknown) => string | undefined> = {
  id: (value) => (typeof value === 'string' ? value : undefined),
  occurredAt: quickDateTime,
  recordedAt: quickDateTime,
  'author.name': quickText,
  'author.role': quickText,
  'subject.name': quickText,
  'subject.caseNumber': (value) => (typeof value === 'string' ? value : undefined),
};

function quickDateTime(value: unknown): string | undefined {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && isRealDateTime(value) ? value : undefined;
}

function quickText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/** Each field's dotted path, split once, its schema and its quick acceptance. */
const FIELDS = Object.entries(FIELD_SCHEMAS).map(
  ([path, schema]) => [path, path.split('.'), schema as z.ZodType<string>, QUICK_ACCEPT[path as keyof typeof FIELD_SCHEMAS]] as const,
);

export { FIELD_SCHEMAS };

export const KNOWN_TYPES: readonly string[] = NOTE_TYPES;

/**
 * Validates the metadata of a note field by field; a bad field is left out and described. `types` maps a
 * host system's own note types onto the standard's (the config's `types`), before anything reads the type.
 */
export function validateMetadata(input: Record<string, unknown>, types?: ReadonlyMap<string, string>): { meta: NoteMeta; problems: MetadataProblem[] } {
  const problems: MetadataProblem[] = [];
  const meta: NoteMeta = { type: 'case-note' };

  const written = input.type;
  if (written !== undefined && written !== null) {
    const type = typeof written === 'string' ? (types?.get(written) ?? written) : written;
    if (typeof type !== 'string') problems.push({ field: 'type', message: `expected a note type, got ${describe(type)}` });
    else if (!KNOWN_TYPES.includes(type)) {
      problems.push({ field: 'type', message: `unknown note type; expected one of ${KNOWN_TYPES.join(', ')} (a system's own type can be mapped onto one with "types" in the config)` });
      meta.type = type;
    } else meta.type = type;
  }

  for (const group of ['author', 'subject'] as const) {
    const value = input[group];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
      problems.push({ field: group, message: `expected an object with ${group === 'author' ? 'name and role' : 'name and caseNumber'}, got ${describe(value)}` });
    }
  }

  for (const [path, keys, schema, quick] of FIELDS) {
    const value = readPath(input, keys);
    if (value === undefined || value === null) continue;
    const accepted = quick(value);
    if (accepted !== undefined) {
      writePath(meta, keys, accepted);
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      problems.push({ field: path, message: result.error.issues[0]?.message ?? 'invalid value' });
      continue;
    }
    writePath(meta, keys, result.data);
  }
  return { meta, problems };
}

function readPath(input: Record<string, unknown>, keys: readonly string[]): unknown {
  let value: unknown = input;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function writePath(meta: NoteMeta, keys: readonly string[], value: string): void {
  const [head, tail] = keys as [string, string | undefined];
  const target = meta as unknown as Record<string, unknown>;
  if (tail === undefined) {
    target[head] = value;
    return;
  }
  const group = (target[head] ??= {}) as Record<string, unknown>;
  group[tail] = value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
