/**
 * Request validation with the SDK's own params schemas, answered the way Laravel's validator
 * does: 422 `{message, errors: {field: [message]}}`, fields in dot notation (`items.0.course_id`),
 * messages in Laravel's English wording (`The title field is required.`).
 *
 * On top of the SDK's schemas, the rules the mock's Laravel app adds:
 *
 * - single-line labels (`name`, `title`, `headline`, `company`) refuse control characters and
 *   the bidirectional overrides and isolates U+202A–U+202E and U+2066–U+2069, which reorder the
 *   text around them where it is shown (`not_regex`);
 * - string and decimal columns keep to the seed schema's sizes (`max`): reported from the store's
 *   own checks through `columnLimitMessage()`.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type { ColumnSpec } from '../store/columns.js';
import { validationError } from './errors.js';

/** Request fields that label something on one line, next to other people's content. */
const LABEL_FIELDS = ['name', 'title', 'headline', 'company'] as const;
/** Control characters, and the bidi embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const UNSAFE_LABEL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
}

/**
 * Parses `input` with `schema` and returns the output.
 * @throws {HttpError} 422 with one message per failing field.
 */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema['~standard'].validate(input ?? {});
  if (result instanceof Promise) throw new Error('Request schemas must be synchronous.');
  const errors: Record<string, string[]> = {};
  for (const issue of (result.issues ?? []) as unknown as Issue[]) {
    const field = issue.path.map(String).join('.') || 'body';
    (errors[field] ??= []).push(laravelMessage(issue, field, valueAt(input, issue.path)));
  }
  for (const field of LABEL_FIELDS) {
    const value = valueAt(input, [field]);
    if (typeof value === 'string' && UNSAFE_LABEL.test(value) && !errors[field]) errors[field] = [`The ${attributeName(field)} field format is invalid.`];
  }
  if (Object.keys(errors).length) throw validationError(errors);
  return (result as { value: z.output<S> }).value;
}

/**
 * Laravel's `max` message for a value over its column's size: `The title field must not be
 * greater than 255 characters.`, `The price field must not be greater than 99999999.99.`
 */
export function columnLimitMessage(field: string, spec: ColumnSpec | undefined): string {
  const attribute = attributeName(field);
  if (spec?.length !== undefined) return `The ${attribute} field must not be greater than ${spec.length} characters.`;
  if (spec?.precision !== undefined) {
    const scale = spec.scale ?? 2;
    const max = `${'9'.repeat(spec.precision - scale)}${scale ? `.${'9'.repeat(scale)}` : ''}`;
    return `The ${attribute} field must not be greater than ${max}.`;
  }
  return `The selected ${attribute} is invalid.`;
}

/** The attribute name Laravel puts in messages: underscores become spaces. */
export function attributeName(field: string): string {
  return field.replace(/_/g, ' ');
}

function laravelMessage(issue: Issue, field: string, value: unknown): string {
  const attribute = attributeName(field);
  const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return `The ${attribute} field is required.`;
      return `The ${attribute} field must be ${typeWord(issue.expected)}.`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? `The ${attribute} field is required.` : `The ${attribute} field must be at least ${min} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `The ${attribute} field must have at least ${min} item${min === 1 ? '' : 's'}.`;
      return issue.inclusive === false ? `The ${attribute} field must be greater than ${min}.` : `The ${attribute} field must be at least ${min}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `The ${attribute} field must not be greater than ${max} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `The ${attribute} field must not have more than ${max} items.`;
      return `The ${attribute} field must not be greater than ${max}.`;
    }
    case 'invalid_format':
      if (issue.format === 'email') return `The ${attribute} field must be a valid email address.`;
      if (issue.format === 'url') return `The ${attribute} field must be a valid URL.`;
      if (issue.format === 'datetime' || issue.format === 'date') return `The ${attribute} field must be a valid date.`;
      return `The ${attribute} field format is invalid.`;
    case 'invalid_value':
      return `The selected ${attribute} is invalid.`;
    case 'invalid_union':
      return missing ? `The ${attribute} field is required.` : `The ${attribute} field format is invalid.`;
    case 'custom':
      return issue.message;
    default:
      return `The ${attribute} field is invalid.`;
  }
}

function typeWord(expected: string | undefined): string {
  switch (expected) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'int':
      return 'an integer';
    case 'boolean':
      return 'true or false';
    // PHP has no objects on the wire: Laravel calls JSON objects and lists both "arrays".
    case 'array':
    case 'object':
    case 'record':
      return 'an array';
    default:
      return `of type ${expected ?? 'unknown'}`;
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
