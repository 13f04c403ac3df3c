/**
 * Request de-duplication: every element that asks for the same thing while a request is in
 * flight, or shortly after it succeeded, shares one request. Ten cards on a page ask for the
 * signed-in user once, not ten times. Failures are not kept, so a retry asks again.
 *
 * @module
 */

interface Entry {
  readonly promise: Promise<unknown>;
  /** `Infinity` while in flight; set when the promise settles successfully. */
  expires: number;
}

/** A keyed cache of promises with a time-to-live. */
export class RequestCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttl: number;

  /** @param ttl milliseconds a successful result is reused. */
  constructor(ttl: number) {
    this.#ttl = ttl;
  }

  /** The cached result of `key`, or the result of `load()` shared with every concurrent caller. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.#entries.get(key);
    if (cached && cached.expires > Date.now()) return cached.promise as Promise<T>;
    const promise = load();
    const entry: Entry = { promise, expires: Infinity };
    this.#entries.set(key, entry);
    promise.then(
      () => {
        entry.expires = Date.now() + this.#ttl;
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return promise;
  }

  /** Forgets every key starting with `prefix` (all keys when empty). */
  invalidate(prefix = ''): void {
    for (const key of [...this.#entries.keys()]) if (key.startsWith(prefix)) this.#entries.delete(key);
  }
}
