/**
 * Laravel's `RateLimiter`: counts hits per key in a window, so the mock can answer 429 like the
 * `throttle` middleware (used for login attempts: 5 failures per minute per email).
 *
 * @module
 */

interface Bucket {
  hits: number;
  resetAt: number;
}

/** Hit counters with a decay window. */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();

  /** Whether `key` has used up `max` hits in its current window. */
  tooManyAttempts(key: string, max: number, now: number): boolean {
    const bucket = this.#live(key, now);
    return bucket !== undefined && bucket.hits >= max;
  }

  /** Counts a hit; the window starts with the first hit and lasts `decaySeconds`. */
  hit(key: string, decaySeconds: number, now: number): void {
    const bucket = this.#live(key, now) ?? { hits: 0, resetAt: now + decaySeconds * 1000 };
    bucket.hits++;
    this.#buckets.set(key, bucket);
  }

  /** Whole seconds until `key`'s window ends (0 when it has none). */
  availableIn(key: string, now: number): number {
    const bucket = this.#live(key, now);
    return bucket ? Math.max(1, Math.ceil((bucket.resetAt - now) / 1000)) : 0;
  }

  /** Forgets `key` (after a successful login), or every key. */
  clear(key?: string): void {
    if (key === undefined) this.#buckets.clear();
    else this.#buckets.delete(key);
  }

  #live(key: string, now: number): Bucket | undefined {
    const bucket = this.#buckets.get(key);
    if (bucket && bucket.resetAt <= now) {
      this.#buckets.delete(key);
      return undefined;
    }
    return bucket;
  }
}
