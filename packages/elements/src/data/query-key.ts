/**
 * Query keys: tuples such as `['course', 42]` or `['reviews', 42, 'list', { page: 2 }]` that
 * name a piece of server data. They are compared part by part, never as strings, so
 * `['reviews', 4]` is not a prefix of `['reviews', 42]`.
 *
 * @module
 */

/** One part of a query key: a scalar, or a plain object or array of them (list parameters). */
export type KeyPart = string | number | boolean | null | undefined | readonly KeyPart[] | { readonly [name: string]: KeyPart };

/** A query key: the resource first, then what narrows it down. */
export type QueryKey = readonly KeyPart[];

/** Which queries an invalidation drops: the one with exactly this key, or every key that starts with it. */
export interface KeyMatch {
  /** The key, or the leading parts of the keys, to match. */
  readonly key: QueryKey;
  /** Whether every key starting with `key` matches, rather than `key` alone. */
  readonly prefix: boolean;
}

/** Matches the query with exactly `key`. */
export const exactly = (...key: QueryKey): KeyMatch => ({ key, prefix: false });

/** Matches every query whose key starts with the parts of `key` (`['reviews', 42]` matches `['reviews', 42, 'summary']`). */
export const startingWith = (...key: QueryKey): KeyMatch => ({ key, prefix: true });

/** A stable text form of a key part: object properties sorted, `undefined` properties left out. */
export function hashPart(part: KeyPart): string {
  return JSON.stringify(part, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  ) ?? 'undefined';
}

/** A stable text form of a whole key, for maps: two keys with equal parts have equal hashes. */
export function hashKey(key: QueryKey): string {
  return `[${key.map(hashPart).join(',')}]`;
}

/** Whether `key` is matched by `match`. */
export function keyMatches(key: QueryKey, match: KeyMatch): boolean {
  if (match.prefix ? match.key.length > key.length : match.key.length !== key.length) return false;
  return match.key.every((part, index) => hashPart(part) === hashPart(key[index]));
}
