/**
 * The cache behind every query: one request for every caller asking for the same key while it
 * is in flight or fresh, answers kept for a time-to-live, failures never kept. Invalidation
 * drops entries by key tuple (exact or prefix), cascades to the entries whose loaders read them,
 * and tells listeners which keys went, so elements reload exactly what they showed.
 *
 * @module
 */
import { hashKey, keyMatches, type KeyMatch, type QueryKey } from './query-key.js';
import type { LoadContext, Query, QueryScope } from './query.js';

interface Entry {
  readonly key: QueryKey;
  readonly hash: string;
  readonly scope: QueryScope;
  readonly promise: Promise<unknown>;
  /** `Infinity` while in flight; set when the promise settles successfully. */
  expires: number;
  /** Other keys of the same answer, known once it arrived. */
  aliases: QueryKey[];
  /** Hashes of the entries whose loaders read this one. */
  readonly dependents: Set<string>;
}

/** Called with the hashes of every key (aliases included) an invalidation dropped. */
export type InvalidationListener = (dropped: ReadonlySet<string>) => void;

/** A cache of query answers. */
export class QueryCache {
  readonly #entries = new Map<string, Entry>();
  /** Alias hash → hash of the entry answering it. */
  readonly #aliases = new Map<string, string>();
  readonly #listeners = new Set<InvalidationListener>();
  readonly #ttl: number;
  readonly #context: Omit<LoadContext, 'read'>;

  /**
   * @param context what loaders get, besides `read`.
   * @param ttl milliseconds an answer is reused.
   */
  constructor(context: Omit<LoadContext, 'read'>, ttl = 60_000) {
    this.#context = context;
    this.#ttl = ttl;
  }

  /** The answer of `query`, shared with every concurrent caller and reused while fresh. */
  read<T>(query: Query<T>, dependent?: string): Promise<T> {
    const hash = hashKey(query.key);
    const entry = this.#fresh(hash) ?? this.#load(query, hash);
    if (dependent !== undefined) entry.dependents.add(dependent);
    return entry.promise as Promise<T>;
  }

  /** Drops every entry `matches` names, and the entries that read them; listeners hear of it once. */
  invalidate(...matches: KeyMatch[]): void {
    this.#drop((entry) => matches.some((match) => keyMatches(entry.key, match) || entry.aliases.some((alias) => keyMatches(alias, match))));
  }

  /** Drops every entry of `scope` (the user's data, when the session changed). */
  invalidateScope(scope: QueryScope): void {
    this.#drop((entry) => entry.scope === scope);
  }

  /** Calls `listener` after each invalidation; returns the function that stops it. */
  onInvalidate(listener: InvalidationListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #fresh(hash: string): Entry | undefined {
    const entry = this.#entries.get(hash) ?? this.#entries.get(this.#aliases.get(hash) ?? '');
    return entry && entry.expires > Date.now() ? entry : undefined;
  }

  #load<T>(query: Query<T>, hash: string): Entry {
    const read = <U>(other: Query<U>) => this.read(other, hash);
    const promise = query.load({ ...this.#context, read });
    const entry: Entry = { key: query.key, hash, scope: query.scope, promise, expires: Infinity, aliases: [], dependents: new Set() };
    this.#entries.set(hash, entry);
    promise.then(
      (value) => {
        if (this.#entries.get(hash) !== entry) return;
        entry.expires = Date.now() + this.#ttl;
        entry.aliases = query.aliases?.(value).filter((alias) => hashKey(alias) !== hash) ?? [];
        for (const alias of entry.aliases) this.#aliases.set(hashKey(alias), hash);
      },
      () => {
        if (this.#entries.get(hash) === entry) this.#entries.delete(hash);
      },
    );
    return entry;
  }

  #drop(predicate: (entry: Entry) => boolean): void {
    const dropped = new Set<string>();
    const queue = [...this.#entries.values()].filter(predicate);
    for (let entry = queue.pop(); entry; entry = queue.pop()) {
      if (this.#entries.get(entry.hash) !== entry) continue;
      this.#entries.delete(entry.hash);
      dropped.add(entry.hash);
      for (const alias of entry.aliases) {
        const aliasHash = hashKey(alias);
        dropped.add(aliasHash);
        if (this.#aliases.get(aliasHash) === entry.hash) this.#aliases.delete(aliasHash);
      }
      for (const dependent of entry.dependents) {
        const next = this.#entries.get(dependent);
        if (next) queue.push(next);
      }
    }
    if (dropped.size) for (const listener of this.#listeners) listener(dropped);
  }
}
