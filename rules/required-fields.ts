import * as z from 'zod';
import { type Rule, STANDARD } from '../src/rule-api.js';
import { findPlaceholders, isPlaceholderValue } from './lib/placeholders.js';

const FIELDS = ['occurredAt', 'recordedAt', 'author.name', 'author.role', 'id', 'subject.name', 'subject.caseNumber'] as const;

const options = z
  .object({
    fields: z.array(z.enum(FIELDS)).default(['occurredAt', 'recordedAt', 'author.name', 'author.role']).describe('Fields every note must carry. The default is what the other rules need.'),
    placeholders: z.boolean().default(true).describe('Also report template placeholders left unfilled in the text or in a field ("[CHILD NAME]", "<insert date>").'),
  })
  .strict();

type Options = z.infer<typeof options>;

const HOW_TO_FILL: Record<(typeof FIELDS)[number], string> = {
  occurredAt: 'occurredAt (when the visit, call or event happened, e.g. 2026-04-02T14:30)',
  recordedAt: 'recordedAt (when the entry was written, e.g. 2026-04-03T09:15)',
  'author.name': "author.name (the writer's full name)",
  'author.role': "author.role (the writer's role, e.g. Social Worker)",
  id: "id (the host system's id of the note)",
  'subject.name': "subject.name (the child's full name)",
  'subject.caseNumber': 'subject.caseNumber (the case record number)',
};

/** Fields whose text a template may have left as a placeholder. */
const TEXT_FIELDS = ['author.name', 'author.role', 'subject.name', 'subject.caseNumber', 'id'] as const;
const UNFILLED = 'This is a template placeholder that was never filled in.';

export const requiredFields: Rule<Options> = {
  meta: {
    id: 'required-fields',
    name: 'Required details present',
    description:
      'A note missing the fields its other rules need (event date, recorded date, author name and role), with a field of the wrong form, or with a template placeholder left unfilled ("[CHILD NAME]", "<insert date>").',
    severity: 'error',
    category: 'metadata',
    schema: options,
    reference: STANDARD.completeness,
  },
  check(context) {
    const { note } = context;
    const invalid = new Set<string>();
    for (const problem of note.metadataProblems) {
      invalid.add(problem.field);
      const field = problem.field === '' ? 'Front matter' : problem.field;
      context.report({ ...context.fieldRange(problem.field), message: `${field}: ${problem.message}.` });
    }
    if (note.frontMatterError) return;
    if (context.options.placeholders) {
      for (const field of TEXT_FIELDS) {
        const value = readField(note.meta, field);
        if (typeof value !== 'string' || !isPlaceholderValue(value)) continue;
        invalid.add(field);
        context.report({ ...context.fieldRange(field), message: `${field}: ${UNFILLED} Write ${HOW_TO_FILL[field]}.` });
      }
      for (const { start, end, kind } of findPlaceholders(note.text)) {
        // "he [Dad] said", "I hate it [school]": a clarification inside a quotation, not a form field.
        if (kind === 'words' && note.index.isQuoted(start)) continue;
        context.report({ start, end, message: `${UNFILLED} Write the information it asks for, or delete it if it does not apply.` });
      }
    }
    const missing = context.options.fields.filter((field) => !invalid.has(field) && !invalid.has(FIELD_KEYS[field][0]!) && readField(note.meta, field) === undefined);
    if (missing.length === 0) return;
    context.report({
      ...context.fieldRange(''),
      message: `The note is missing ${missing.length === 1 ? 'a field' : `${missing.length} fields`}: ${missing.map((field) => HOW_TO_FILL[field]).join('; ')}.`,
    });
  },
};

/** Each field's path split once: this runs on every note. */
const FIELD_KEYS = Object.fromEntries(FIELDS.map((field) => [field, field.split('.')])) as Record<(typeof FIELDS)[number], string[]>;

function readField(meta: object, path: (typeof FIELDS)[number]): unknown {
  let value: unknown = meta;
  for (const key of FIELD_KEYS[path]) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

export default requiredFields;
