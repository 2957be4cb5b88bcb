/**
 * A zod issue of a config or of a rule's options, in words that name the key and, for a near miss
 * (an unknown key, a value not in a list), the word probably meant: where zod says only "Invalid input".
 */
import * as z from 'zod';
import { didYouMean } from './did-you-mean.js';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** `prefix.path: message`, the path written as the config is (`rules.no-jargon[1].add[0]`, `types["CP Visit"]`). */
export function formatIssue(prefix: string, issue: Issue, schema?: z.ZodType): string {
  const chosen = mostSpecific(issue);
  return `${joinPath(prefix, chosen.path)}: ${describeIssue(chosen.issue, schema, chosen.path)}`;
}

export function joinPath(prefix: string, path: readonly Key[]): string {
  let text = prefix;
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[\w$/-]+$/.test(String(key))) text += text === '' ? String(key) : `.${String(key)}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text || 'config';
}

/**
 * In a union, the branch that got furthest into the value: the one whose issue lies deepest, and
 * among equals one where the value had the right kind (`"recomended"` is a string that is not a preset,
 * not a list that is missing).
 */
function mostSpecific(issue: Issue, base: readonly Key[] = []): { issue: Issue; path: Key[] } {
  const path = [...base, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return { issue, path };
  let best: { issue: Issue; path: Key[] } | undefined;
  let bestScore = -1;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first) continue;
    const candidate = mostSpecific(first, path);
    const score = candidate.path.length * 2 + (candidate.issue.code === 'invalid_type' ? 0 : 1);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best ?? { issue, path };
}

function describeIssue(issue: Issue, schema: z.ZodType | undefined, path: readonly Key[]): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = schema ? keysAt(schema, path) : undefined;
      return issue.keys
        .map((key) => {
          const hint = known ? didYouMean(key, known) : '';
          return `unknown key "${key}"${hint || (known ? `; expected ${known.join(', ')}` : '')}`;
        })
        .join('; ');
    }
    case 'invalid_value': {
      const values = issue.values.filter((value): value is string => typeof value === 'string');
      const input = (issue as { input?: unknown }).input;
      const expected = `expected ${issue.values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('|')}`;
      if (typeof input !== 'string') return issue.values.length > 0 ? expected : issue.message;
      return `${expected}, got "${input}"${didYouMean(input, values)}`;
    }
    case 'invalid_key':
      // The key's own issue says what is wrong with it; "Invalid key in record" does not.
      return `bad key: ${issue.issues[0]?.message ?? issue.message}`;
    default:
      return issue.message;
  }
}

/** The keys an object schema at `path` knows, for "did you mean"; undefined where that is not simple to say. */
export function keysAt(schema: z.ZodType, path: readonly Key[]): string[] | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    const def = defOf(current) as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType } | undefined;
    if (!def) return undefined;
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return undefined;
    current = current && unwrap(current);
  }
  const def = defOf(current) as { type: string; shape?: Record<string, z.ZodType> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** A zod 4 schema's definition; undefined for anything else (a rule's schema may come from another zod). */
function defOf(schema: z.ZodType | undefined): { type: string } | undefined {
  const def = (schema as { def?: unknown } | undefined)?.def;
  return typeof def === 'object' && def !== null && typeof (def as { type?: unknown }).type === 'string' ? (def as { type: string }) : undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = defOf(current) as { type: string; innerType?: z.ZodType; in?: z.ZodType } | undefined;
    if (!def) break;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}
