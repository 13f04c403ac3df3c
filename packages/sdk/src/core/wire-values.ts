/**
 * The contract's value spellings, read without zod: the schemas in `../schemas/wire.ts` and the
 * client's generated validators (`../generated/validators.ts`) both normalize with these, so a
 * decimal or a timestamp reads the same whichever of them parses it.
 *
 * @module
 */

/** A decimal as the contract spells it in a string: `"19.99"`, `"-5"`, `"0.125"`. */
export const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
const CANONICAL_2 = /^-?(0|[1-9]\d*)\.\d\d$/;

/**
 * Normalizes a decimal to a string with exactly `scale` fraction digits, without passing
 * through float arithmetic (a JSON number is formatted by the shortest round-trip rule,
 * which for a 2-digit money value is its literal spelling).
 */
export function normalizeDecimal(value: string | number, scale = 2): string {
  // Fast path: Laravel's own spelling of a DECIMAL(n,2) is already canonical.
  if (scale === 2 && typeof value === 'string' && CANONICAL_2.test(value)) return value === '-0.00' ? '0.00' : value;
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  if (!DECIMAL_TEXT.test(text)) throw new Error(`Not a decimal: ${JSON.stringify(value)}`);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const minor = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
  // Round half away from zero on the first dropped digit, as MySQL does for DECIMAL.
  const roundUp = fraction.length > scale && Number(fraction[scale]) >= 5;
  return formatMinor((negative ? -1n : 1n) * (minor + (roundUp ? 1n : 0n)), scale);
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Exponent form: huge values are integers (BigInt prints them exactly); tiny ones round to 0.
  return Math.abs(value) >= 1 ? BigInt(value).toString() : value.toFixed(20);
}

/** Integer minor units (cents) of a canonical decimal string: `toMinorUnits("19.99") === 1999n`. */
export function toMinorUnits(decimal: string, scale = 2): bigint {
  const normalized = normalizeDecimal(decimal, scale);
  return BigInt(normalized.replace('.', ''));
}

/** Formats integer minor units back into a canonical decimal string: `formatMinor(1999n) === "19.99"`. */
export function formatMinor(minor: bigint, scale = 2): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative && minor !== 0n ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** ISO 8601 in any precision Laravel emits, with or without an offset, `T` or a space. */
export const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
// Laravel's own spelling (UTC, `Z`, 0 to 9 fraction digits), with calendar-range checks. Matching it
// skips Date parsing: timestamps are most of the validation work on a page of courses.
const LARAVEL_TIMESTAMP = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/;
const UTC_TIMESTAMP = /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)(?:\.(\d{1,9}))?Z$/;

/** Why a string is not a timestamp: not ISO 8601 at all, or ISO-shaped but no real instant. */
export type TimestampProblem = 'format' | 'instant';

/**
 * The canonical `Date#toISOString()` form of a timestamp in any spelling Laravel emits
 * (`2026-01-02T03:04:05.000000Z`, `…05Z`, `…05+00:00`, MySQL's `2026-01-02 03:04:05` read as
 * UTC), or why it is none. Sub-millisecond digits are truncated, as JavaScript dates keep
 * milliseconds.
 */
export function normalizeTimestamp(value: string): string | { problem: TimestampProblem } {
  // Laravel's default serialization, `2026-01-02T03:04:05.000000Z`: a test and a slice.
  if (value.length === 27 && LARAVEL_TIMESTAMP.test(value)) return `${value.slice(0, 23)}Z`;
  const utc = UTC_TIMESTAMP.exec(value);
  if (utc) return `${utc[1]}.${(utc[2] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
  // Both spellings above are ISO 8601 too, so only the others need the general test.
  if (!ISO_TIMESTAMP.test(value)) return { problem: 'format' };
  let text = value.replace(' ', 'T');
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) text += 'Z';
  text = text.replace(/(\.\d{3})\d+/, '$1');
  const time = Date.parse(text);
  return Number.isNaN(time) ? { problem: 'instant' } : new Date(time).toISOString();
}

/** Reads a BOOLEAN column's value (`true`/`false`, `1`/`0`, `"1"`/`"0"`); `undefined` for anything else. */
export function readBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 1 || value === '1') return true;
  if (value === false || value === 0 || value === '0') return false;
  return undefined;
}
