/**
 * How a piece of server data is named, loaded and kept: `Query` (a typed key plus a loader) and
 * `Mutation` (a change that names the queries it makes stale).
 *
 * @module
 */
import type { ElementsClient } from './client.js';
import type { KeyMatch, QueryKey } from './query-key.js';

/**
 * `public`: the same for every visitor. `user`: depends on who is signed in (their enrollments,
 * their own pending review), so it is dropped whenever the session changes.
 */
export type QueryScope = 'public' | 'user';

/** What a query's loader may use. */
export interface LoadContext {
  /** The SDK client. */
  readonly client: ElementsClient;
  /** Whether a session may exist that the client holds no bearer token for (cookie auth, a host-built client). */
  readonly ambientSession: boolean;
  /** Reads another query; this query's answer is then dropped whenever that one is. */
  read<U>(query: Query<U>): Promise<U>;
}

/** A piece of server data: its key, who it depends on, and how to load it. */
export interface Query<T> {
  /** What the cache knows the answer by, and what invalidations match (`['course', 42]`). */
  readonly key: QueryKey;
  /** `user` when the answer depends on who is signed in: it is then dropped on a session change. */
  readonly scope: QueryScope;
  /** Loads the data; called once for every caller asking while it is in flight or cached. */
  load(context: LoadContext): Promise<T>;
  /** Other keys the answer is known by: a course loaded by slug is also the course of its id. */
  aliases?(value: T): QueryKey[];
}

/** A change on the server, and the queries it makes stale. */
export interface Mutation<A extends readonly unknown[], R> {
  /** Sends the change. */
  run(client: ElementsClient, ...args: A): Promise<R>;
  /** The queries to drop once the server accepted the change. */
  invalidates(result: R, ...args: A): KeyMatch[];
}

/** Declares a query. */
export function query<T>(key: QueryKey, scope: QueryScope, load: Query<T>['load'], aliases?: Query<T>['aliases']): Query<T> {
  return aliases ? { key, scope, load, aliases } : { key, scope, load };
}

/** Declares a mutation. */
export function mutation<A extends readonly unknown[], R>(run: Mutation<A, R>['run'], invalidates: Mutation<A, R>['invalidates']): Mutation<A, R> {
  return { run, invalidates };
}
