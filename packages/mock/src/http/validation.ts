/**
 * Request validation with the SDK's own params schemas, answered the way Laravel's validator
 * does: 422 `{message, errors: {field: [message]}}`, fields in dot notation (`items.0.course_id`),
 * messages in Laravel's English wording (`The title field is required.`).
 *
 * @module
 */
import type * as z from 'zod/mini';
import { validationError } from './errors.js';

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
  if (!result.issues) return result.value as z.output<S>;
  const errors: Record<string, string[]> = {};
  for (const issue of result.issues as unknown as Issue[]) {
    const field = issue.path.map(String).join('.') || 'body';
    (errors[field] ??= []).push(laravelMessage(issue, field, valueAt(input, issue.path)));
  }
  throw validationError(errors);
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
