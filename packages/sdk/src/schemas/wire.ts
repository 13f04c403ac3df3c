/**
 * Wire-tolerant building blocks. A Laravel backend sends the same value in several spellings
 * (see the contract's wire conventions); these schemas accept every spelling and hand the
 * caller one canonical value, so `"19.90"`, `19.9` and `"19.9"` are all `"19.90"` in SDK types.
 *
 * @module
 */
import * as z from 'zod/mini';
import { DECIMAL_TEXT, ISO_TIMESTAMP, normalizeDecimal, normalizeTimestamp } from '../core/wire-values.js';
import { memoize } from '../core/memoize.js';

export { normalizeDecimal, toMinorUnits, formatMinor } from '../core/wire-values.js';
export { memoize } from '../core/memoize.js';

/**
 * A string documented as matching `pattern` (the OpenAPI document shows it) but not checked by
 * zod: the transform that follows tests it. A zod regex check would ship zod's check code to every
 * page that parses a response, for a test the transforms here make anyway.
 */
function stringMatching(pattern: RegExp): z.ZodMiniString<string> {
  const schema = z.string();
  // Where a regex check leaves its pattern for z.toJSONSchema().
  schema._zod.bag.patterns = new Set([pattern]);
  return schema;
}

/** Fails the parse with the issue a regex check would raise for `input`. */
function invalidFormat(ctx: z.core.ParsePayload, input: string, message: string): never {
  ctx.issues.push({ code: 'invalid_format', format: 'regex', input, message });
  return z.NEVER;
}

/**
 * A DECIMAL column (`price`, `total_amount`, `amount`, `value`, `score`, `rating`): accepts
 * `"19.99"` or `19.99`, yields the canonical string `"19.99"`. Money never becomes a float.
 */
export const decimal = z.pipe(
  z.union([stringMatching(DECIMAL_TEXT), z.number()]),
  z.transform((value: string | number, ctx) =>
    typeof value === 'string' && !DECIMAL_TEXT.test(value) ? invalidFormat(ctx, value, 'Expected a decimal string like "19.99"') : normalizeDecimal(value),
  ),
);

/** MySQL's spellings of a boolean, as a zod enum reads them (values, named by keys). */
const MYSQL_BOOLEANS = {
  /** `0`: false. */
  zero: 0,
  /** `1`: true. */
  one: 1,
  /** `"0"`: false. */
  zeroText: '0',
  /** `"1"`: true. */
  oneText: '1',
} as const;

/** A BOOLEAN column: `true`/`false` or MySQL's `1`/`0` (also as strings), yields a boolean. */
export const bool = z.pipe(
  // Two branches, not five: every failed union branch allocates issues on the hot path. MySQL's
  // spellings as an enum, not z.literal(): the same check, and no schema kind of its own to ship.
  z.union([z.boolean(), z.enum(MYSQL_BOOLEANS)]),
  z.transform((value: boolean | 0 | 1 | '0' | '1') => value === true || value === 1 || value === '1'),
);

/**
 * A TIMESTAMP column: ISO 8601 in any precision Laravel emits (`2026-01-02T03:04:05.000000Z`,
 * `…05Z`, `…05+00:00`, MySQL's `2026-01-02 03:04:05` read as UTC). Yields the canonical
 * `Date#toISOString()` form, so the same instant always compares equal. Sub-millisecond digits
 * are truncated, not rounded, as JavaScript dates keep milliseconds.
 */
export const timestamp = z.pipe(
  stringMatching(ISO_TIMESTAMP),
  z.transform((value: string, ctx) => {
    const normalized = normalizeTimestamp(value);
    if (typeof normalized === 'string') return normalized;
    if (normalized.problem === 'format') return invalidFormat(ctx, value, 'Expected an ISO 8601 timestamp');
    ctx.issues.push({ code: 'custom', message: `Invalid timestamp ${value}`, input: value });
    return z.NEVER;
  }),
);

/** A nullable TIMESTAMP column. */
export const nullableTimestamp = z.nullable(timestamp);

/**
 * An auto-increment id (`bigint unsigned`). Response schemas check types, not server-side
 * constraints (integer, ranges): those are the server's rules, and the checks cost bundle size.
 */
export const id = z.number();

/** `created_at`/`updated_at`, nullable as Laravel's `$table->timestamps()` makes them. */
export const timestamps = {
  /** When the row was created, as an ISO 8601 UTC string; `null` for rows written without timestamps. */
  created_at: nullableTimestamp,
  /** When the row last changed, as an ISO 8601 UTC string; `null` for rows written without timestamps. */
  updated_at: nullableTimestamp,
};

/**
 * A JSON object column (`settings`, `meta`, `response`, `data`): any object, kept as it is;
 * arrays, strings and null are refused. A loose empty object rather than `z.record()`, which
 * validates the same and costs half a kilobyte more in every bundle.
 */
export const jsonObject = z.looseObject({});

const envelopeOrBare = memoize((schema: z.ZodMiniType) =>
  // Enveloped first: a bare object never has a `data` key that is itself a valid T.
  z.union([z.pipe(z.object({ data: schema }), z.transform((value: { data: unknown }) => value.data)), schema]),
);

/** A body wrapped the way Laravel's `JsonResource` wraps it. */
export interface Enveloped<T> {
  /** The resource (or, for a collection, the array of resources). */
  data: T;
}

/** Accepts `{data: T}` (JsonResource, extra keys such as `meta` ignored) or a bare `T`, yields `T`. */
export function resource<S extends z.ZodMiniType>(schema: S): z.ZodMiniType<z.output<S>, z.input<S> | Enveloped<z.input<S>>> {
  return envelopeOrBare(schema) as z.ZodMiniType<z.output<S>, z.input<S> | Enveloped<z.input<S>>>;
}

const arrayOf = memoize((schema: z.ZodMiniType) => z.array(schema));

/** Accepts `{data: T[]}` or a bare `T[]`, yields `T[]`. For endpoints that return a plain collection. */
export function collection<S extends z.ZodMiniType>(schema: S): z.ZodMiniType<z.output<S>[], z.input<S>[] | Enveloped<z.input<S>[]>> {
  return resource(arrayOf(schema)) as z.ZodMiniType<z.output<S>[], z.input<S>[] | Enveloped<z.input<S>[]>>;
}
