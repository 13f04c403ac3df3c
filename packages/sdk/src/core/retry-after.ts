/**
 * How long a server asks a client to wait, read from whichever header it used. One reading for
 * the retry decision and for `RateLimitError.retryAfter`, matching the header order ky waits on.
 *
 * @module
 */

/** The longest wait reported: a day. Larger values (and `Infinity`) are clamped to it. */
export const RETRY_AFTER_CAP_SECONDS = 24 * 60 * 60;

// A delay this large is a Unix timestamp (GitHub's `X-RateLimit-Reset`), as ky reads it too.
const TIMESTAMP_THRESHOLD_MS = Date.parse('2024-01-01');

// ky's order: the standard header, the IETF draft, then the vendor spellings.
const HEADERS = ['retry-after', 'ratelimit-reset', 'x-ratelimit-retry-after', 'x-ratelimit-reset', 'x-rate-limit-reset'];

/**
 * Parses `Retry-After` (delta-seconds or an HTTP date) or a rate-limit reset (delta-seconds or a
 * Unix timestamp) into whole seconds from `now`, between 0 and a day. `undefined` when the value
 * is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  let ms: number;
  if (Number.isNaN(seconds)) {
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  } else {
    ms = seconds * 1000;
    if (ms >= TIMESTAMP_THRESHOLD_MS) ms -= now;
  }
  return Math.min(RETRY_AFTER_CAP_SECONDS, Math.max(0, Math.ceil(ms / 1000)));
}

/** The wait a response asks for, from the first rate-limit header it carries (see `parseRetryAfter`). */
export function retryAfterFromHeaders(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  const value = HEADERS.map((name) => headers?.get(name) ?? null).find((header) => header !== null) ?? null;
  return parseRetryAfter(value, now);
}
