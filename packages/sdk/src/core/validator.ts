/**
 * Response validation without zod at run time. The contract's zod schemas (`../schemas/`) stay the
 * one source of truth: types, the OpenAPI document, the reference backend and anyone's own parsing
 * use them. `npm run generate:validators` compiles each response schema into a check built from
 * the ones below (`../generated/validators.ts`), and the client validates with those: a page that
 * talks to the API ships no zod (about 7 KB gzipped) and checks a 100-course page in about a third
 * of zod's time, with plain closures and no per-field allocation.
 *
 * Every check has one shape, {@link Check}: it reads a value, appends what is wrong to `issues`
 * (paths relative to the value, prefixed with `key` when given) and returns the parsed value.
 * Paths are built only when something fails, so a valid body allocates nothing but its output.
 *
 * @module
 */
import type { ValidationIssue } from './errors.js';
import { memoize } from './memoize.js';
import { DECIMAL_TEXT, normalizeDecimal, normalizeTimestamp, readBoolean } from './wire-values.js';

/** One problem found, as `ResponseValidationError.issues` lists them. */
export type Issue = ValidationIssue;

/**
 * The Standard Schema interface (https://standardschema.dev), which zod schemas implement too: the
 * client's `request()` takes either, so a custom endpoint can be validated with a zod schema.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version of the Standard Schema specification. */
    readonly version: 1;
    /** The library that made the schema. */
    readonly vendor: string;
    /** Validates an unknown value. */
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    /** Inferred types of the schema's input and output. */
    readonly types?: Types<Input, Output> | undefined;
  }
  /** The result of `validate`. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  /** A valid value. */
  export interface SuccessResult<Output> {
    /** The parsed value. */
    readonly value: Output;
    /** Absent on success. */
    readonly issues?: undefined;
  }
  /** An invalid value. */
  export interface FailureResult {
    /** What is wrong. */
    readonly issues: ReadonlyArray<Issue>;
  }
  /** One problem. */
  export interface Issue {
    /** What is wrong. */
    readonly message: string;
    /** Where, as keys or `{key}` segments. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  /** A path segment as an object. */
  export interface PathSegment {
    /** The key. */
    readonly key: PropertyKey;
  }
  /** Input and output types. */
  export interface Types<Input = unknown, Output = Input> {
    /** The input type. */
    readonly input: Input;
    /** The output type. */
    readonly output: Output;
  }
  /** The output type of a schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];
}

/** Reads `value`, appends its problems to `issues` (under `key` when given), returns the parsed value. */
export type Check<T> = (value: unknown, issues: ValidationIssue[], key?: PropertyKey) => T;

/** A response validator: a Standard Schema, with its {@link Check} for other validators to call. */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  /** The check behind `validate`, without the result object. */
  readonly check: Check<T>;
}

/** An enum's validator, with its values (`CourseLevel.options`), as zod's enums have. */
export interface EnumValidator<T extends string> extends Validator<T> {
  /** The allowed values, in the schema's order. */
  readonly options: readonly T[];
}

/** Wraps a check as a {@link Validator}. */
export function validator<T>(check: Check<T>): Validator<T> {
  return {
    check,
    '~standard': {
      version: 1,
      vendor: 'coursekit',
      validate(value) {
        const issues: ValidationIssue[] = [];
        const parsed = check(value, issues);
        return issues.length ? { issues } : { value: parsed };
      },
    },
  };
}

/** An enum's {@link Validator}. */
export function enumValidator<const T extends string>(options: readonly T[]): EnumValidator<T> {
  return { ...validator((value, issues, key) => oneOf(options, value, issues, key)), options };
}

// Checks of single values -------------------------------------------------------------------

/** Records a problem and returns `undefined`, which stands in for the value (the parse failed anyway). */
function fail(issues: ValidationIssue[], key: PropertyKey | undefined, code: string, message: string): never {
  issues.push({ path: key === undefined ? [] : [key], message, code });
  return undefined as never;
}

/** `number`, `null`, `array`, `object`…: what a developer reading the message needs to see. */
function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

const expected = (issues: ValidationIssue[], key: PropertyKey | undefined, what: string, value: unknown) =>
  fail(issues, key, 'invalid_type', `Expected ${what}, got ${kind(value)}`);

/** A string. */
export const string: Check<string> = (value, issues, key) => (typeof value === 'string' ? value : expected(issues, key, 'a string', value));

/** A finite number (zod refuses `NaN` and the infinities too). */
export const number: Check<number> = (value, issues, key) =>
  typeof value === 'number' && Number.isFinite(value) ? value : expected(issues, key, 'a number', value);

/** `true` or `false`. */
export const boolean: Check<boolean> = (value, issues, key) => (typeof value === 'boolean' ? value : expected(issues, key, 'a boolean', value));

/** Anything, as it is. */
export const unknown: Check<unknown> = (value) => value;

/** A body the caller does not read (a `204`, a logout's acknowledgement): anything passes. */
export const anyBody: Validator<unknown> = /* @__PURE__ */ validator(unknown);

/** A BOOLEAN column: `true`/`false` or MySQL's `1`/`0`, also as strings. */
export const bool: Check<boolean> = (value, issues, key) => readBoolean(value) ?? expected(issues, key, 'a boolean (true, false, 1 or 0)', value);

/** A DECIMAL column, `"19.99"` or `19.99`, as the canonical string `"19.99"`. */
export const decimal: Check<string> = (value, issues, key) => {
  if (typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string') return expected(issues, key, 'a decimal (a string or a number)', value);
  if (typeof value === 'string' && !DECIMAL_TEXT.test(value)) return fail(issues, key, 'invalid_format', 'Expected a decimal string like "19.99"');
  return normalizeDecimal(value as string | number);
};

/** A TIMESTAMP column, as the canonical `Date#toISOString()` form. */
export const timestamp: Check<string> = (value, issues, key) => {
  if (typeof value !== 'string') return expected(issues, key, 'an ISO 8601 timestamp string', value);
  const normalized = normalizeTimestamp(value);
  if (typeof normalized === 'string') return normalized;
  return normalized.problem === 'format'
    ? fail(issues, key, 'invalid_format', 'Expected an ISO 8601 timestamp')
    : fail(issues, key, 'custom', `Invalid timestamp ${value}`);
};

/** One of `options`. */
export function oneOf<T>(options: readonly T[], value: unknown, issues: ValidationIssue[], key?: PropertyKey): T {
  if (options.includes(value as T)) return value as T;
  return fail(issues, key, 'invalid_value', `Expected one of ${options.map((option) => JSON.stringify(option)).join(', ')}, got ${JSON.stringify(value) ?? kind(value)}`);
}

// Containers ---------------------------------------------------------------------------------

/** Whether `value` is a plain JSON object (not an array, not null), as zod's objects require. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problem of a value that should have been an object. */
export function notAnObject(value: unknown, issues: ValidationIssue[], key?: PropertyKey): never {
  return expected(issues, key, 'an object', value);
}

/** Puts `key` in front of the paths of the issues from index `from` on: a container's problems are its children's. */
export function under<T>(value: T, issues: ValidationIssue[], from: number, key: PropertyKey | undefined): T {
  if (key !== undefined) for (let index = from; index < issues.length; index++) issues[index]!.path.unshift(key);
  return value;
}

/** An array of `item`s. */
export function list<T>(item: Check<T>, value: unknown, issues: ValidationIssue[], key?: PropertyKey): T[] {
  if (!Array.isArray(value)) return expected(issues, key, 'an array', value);
  const from = issues.length;
  const parsed = new Array<T>(value.length);
  for (let index = 0; index < value.length; index++) parsed[index] = item(value[index], issues, index);
  return under(parsed, issues, from, key);
}

/** Any object, its keys kept as they are (a JSON column: `settings`, `meta`, `data`). */
export const jsonObject: Check<Record<string, unknown>> = (value, issues, key) => {
  if (!isRecord(value)) return notAnObject(value, issues, key);
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(value)) if (name !== '__proto__') copy[name] = value[name];
  return copy;
};

/**
 * The first of `options` that `value` passes. When none does, the problems of the option that got
 * furthest into the value (deepest path, then fewest problems), so a developer reads
 * `data[1].price`, not "matches no option" at the top level.
 */
export function firstOf<T>(options: readonly Check<T>[], value: unknown, issues: ValidationIssue[], key?: PropertyKey): T {
  let best: ValidationIssue[] | undefined;
  for (const option of options) {
    const found: ValidationIssue[] = [];
    const parsed = option(value, found);
    if (!found.length) return parsed;
    if (!best || depth(found) > depth(best) || (depth(found) === depth(best) && found.length < best.length)) best = found;
  }
  const from = issues.length;
  issues.push(...best!);
  return under(undefined as T, issues, from, key);
}

function depth(issues: readonly ValidationIssue[]): number {
  return Math.max(...issues.map((issue) => issue.path.length));
}

/**
 * The {@link Check} of any Standard Schema: a validator's own, or one that runs the schema (a zod
 * schema a caller gave for an endpoint of their own) and copies its issues.
 */
export function checkOf<T>(schema: StandardSchemaV1<unknown, T>): Check<T> {
  if ('check' in schema && typeof schema.check === 'function') return schema.check as Check<T>;
  return (value, issues, key) => {
    const result = schema['~standard'].validate(value);
    if (result instanceof Promise) return fail(issues, key, 'custom', 'The schema validates asynchronously; give the client a synchronous one');
    if (!result.issues) return result.value;
    const from = issues.length;
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment));
      issues.push({ path, message: issue.message, code: (issue as { code?: string }).code ?? 'custom' });
    }
    return under(undefined as T, issues, from, key);
  };
}

// Builders: the generated validators are made of these -----------------------------------------
// An object's or a union's check is typed `any`: the generated validator that exports it carries
// the type, inferred from the zod schema it was generated from.

/** `value` or `null`. */
export function nullable<T>(inner: Check<T>): Check<T | null> {
  return (value, issues, key) => (value === null ? null : inner(value, issues, key));
}

/** A check that also passes `undefined`; in an object, its key may be absent (and then stays absent). */
export type OptionalCheck<T> = Check<T | undefined> & { readonly optional: true };

/** `value` or `undefined`; an object leaves an absent optional key out of its output, as zod does. */
export function optional<T>(inner: Check<T>): OptionalCheck<T> {
  return Object.assign((value: unknown, issues: ValidationIssue[], key?: PropertyKey) => (value === undefined ? undefined : inner(value, issues, key)), { optional: true as const });
}

/** An array of `item`s. */
export function array<T>(item: Check<T>): Check<T[]> {
  return (value, issues, key) => list(item, value, issues, key);
}

/** An object of any string keys whose values are `item`s. */
export function recordOf<T>(item: Check<T>): Check<Record<string, T>> {
  return (value, issues, key) => {
    if (!isRecord(value)) return notAnObject(value, issues, key);
    const from = issues.length;
    const parsed: Record<string, T> = {};
    for (const name of Object.keys(value)) if (name !== '__proto__') parsed[name] = item(value[name], issues, name);
    return under(parsed, issues, from, key);
  };
}

/** One of `options`. */
export function enumOf<const T>(options: readonly T[]): Check<T> {
  return (value, issues, key) => oneOf(options, value, issues, key);
}

/** The first of `options` that passes (see {@link firstOf}). */
export function union(options: readonly Check<unknown>[]): Check<any> {
  return (value, issues, key) => firstOf(options, value, issues, key);
}

/** The check `get()` returns, looked up on first use: for a schema that contains itself (a category's `children`). */
export function lazy<T>(get: () => Check<T>): Check<T> {
  let check: Check<T> | undefined;
  return (value, issues, key) => (check ??= get())(value, issues, key);
}

/**
 * An object with the keys of `shape`, each checked by its check, in the shape's order. Other keys
 * are dropped, as zod's `z.object()` drops them (a leaked `password` never reaches a `User`), or
 * kept as they are when `loose` (`z.looseObject()`).
 */
export function object(shape: Record<string, Check<unknown>>, loose = false): Check<any> {
  const names = Object.keys(shape);
  const checks = names.map((name) => shape[name]!);
  const optional = checks.map((check) => (check as Partial<OptionalCheck<unknown>>).optional === true);
  return (value, issues, key) => {
    if (!isRecord(value)) return notAnObject(value, issues, key);
    const from = issues.length;
    const parsed: Record<string, unknown> = {};
    for (let index = 0; index < names.length; index++) {
      const name = names[index]!;
      const field = value[name];
      if (field === undefined && optional[index]) continue;
      parsed[name] = checks[index]!(field, issues, name);
    }
    if (loose) for (const name of Object.keys(value)) if (!Object.hasOwn(shape, name) && name !== '__proto__') parsed[name] = value[name];
    return under(parsed, issues, from, key);
  };
}

// The contract's wrappers ----------------------------------------------------------------------

const enveloped = memoize((inner: Validator<unknown>) =>
  validator((value, issues, key) =>
    firstOf(
      [
        // Enveloped first: a bare object never has a `data` key that is itself a valid T.
        (body, found) => (isRecord(body) ? inner.check(body['data'], found, 'data') : notAnObject(body, found)),
        inner.check,
      ],
      value,
      issues,
      key,
    ),
  ),
);

/** Accepts `{data: T}` (JsonResource, extra keys such as `meta` ignored) or a bare `T`, yields `T`. */
export function resource<T>(inner: Validator<T>): Validator<T> {
  return enveloped(inner as Validator<unknown>) as Validator<T>;
}

const arrays = memoize((inner: Validator<unknown>) => validator((value, issues, key) => list(inner.check, value, issues, key)));

/** Accepts `{data: T[]}` or a bare `T[]`, yields `T[]`. For endpoints that return a plain collection. */
export function collection<T>(inner: Validator<T>): Validator<T[]> {
  return resource(arrays(inner as Validator<unknown>) as Validator<T[]>);
}
