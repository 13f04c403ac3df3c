/**
 * Timestamps as Laravel serializes them: ISO 8601 in UTC with microseconds,
 * `2026-01-15T09:00:00.000000Z` (Carbon's `toJSON()` since Laravel 7).
 *
 * @module
 */

/** Formats a date the way Laravel's JSON does. */
export function toTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Milliseconds since the epoch of a stored timestamp. */
export function toMillis(timestamp: string): number {
  return Date.parse(timestamp.replace(/(\.\d{3})\d+Z$/, '$1Z'));
}

/** Normalizes any ISO 8601 input (`…Z`, `…+02:00`, `2026-01-15 09:00:00`) to Laravel's form; `null` when unparsable. */
export function normalizeTimestamp(value: string): string | null {
  let text = value.trim().replace(' ', 'T');
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) text += 'Z';
  const millis = Date.parse(text.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(millis) ? null : toTimestamp(new Date(millis));
}
