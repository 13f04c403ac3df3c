import type { Query, QueryValue } from './request.js';

/**
 * Splits flat SDK params into the contract's query string shape: keys named in `filters` go under
 * `filter[...]`, `include` and `sort` become comma lists, everything else is passed through.
 *
 * @example
 * listQuery({ level: 'Beginner', sort: ['-rating'], page: 2 }, ['level'])
 * // → { filter: { level: 'Beginner' }, sort: ['-rating'], page: 2 }
 */
export function listQuery(params: object | undefined, filters: readonly string[]): Query {
  const query: Query = {};
  const filter: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue;
    if (filters.includes(key)) filter[key] = value as QueryValue;
    else query[key] = value as QueryValue;
  }
  if (Object.keys(filter).length) query['filter'] = filter;
  return query;
}
