/**
 * Idempotency keys, as Stripe and the IETF draft define them: the first response to a mutation
 * with a given `Idempotency-Key` is stored, and a replay of the same request with the same key
 * gets that stored response (marked `Idempotent-Replayed: true`) without running again. Reusing
 * a key for a different request is refused with 422. Keys are scoped to the caller (token or
 * guest) and kept for 24 hours; 5xx and 429 answers are not stored, so they can be retried.
 *
 * @module
 */

/** A response as stored for replay. */
export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

interface Entry {
  fingerprint: string;
  response: StoredResponse;
  storedAt: number;
}

const TTL_MS = 24 * 60 * 60 * 1000;

/** The stored first responses of one mock API. */
export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>();

  /** The stored entry for `key` in `scope`, if any and not expired. */
  find(scope: string, key: string, now: number): { fingerprint: string; response: StoredResponse } | undefined {
    const entry = this.#entries.get(`${scope}|${key}`);
    if (!entry) return undefined;
    if (now - entry.storedAt > TTL_MS) {
      this.#entries.delete(`${scope}|${key}`);
      return undefined;
    }
    return entry;
  }

  /** Stores the first response of the request identified by `fingerprint`. */
  save(scope: string, key: string, fingerprint: string, response: StoredResponse, now: number): void {
    this.#entries.set(`${scope}|${key}`, { fingerprint, response, storedAt: now });
  }

  /** Forgets every key. */
  clear(): void {
    this.#entries.clear();
  }
}
