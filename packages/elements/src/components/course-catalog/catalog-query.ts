/**
 * The catalog's query: its filters, sort and page, how they become SDK list parameters, and how
 * they are kept in the page's query string (`?q=rust&level=Beginner&page=2`).
 *
 * @module
 */
import { CourseLevel, CourseSort, type CourseListParams } from '@coursekit/sdk';
import type { CatalogQuery } from '../../events/filter-change.js';

/** The filter keys of `CatalogQuery`, in the order the toolbar shows them. */
export const FILTER_KEYS = ['search', 'category', 'tag', 'level', 'price', 'minRating'] as const;

/** How a key's value is read back from the query string: `undefined` leaves an invalid value out. */
type Parse<K extends keyof CatalogQuery> = (value: string) => CatalogQuery[K] | undefined;

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: string): T | undefined =>
    options.includes(value as T) ? (value as T) : undefined;
const nonEmpty = (value: string): string | undefined => value || undefined;

/** Each key's query-string name (short, stable, and documented for shareable links) and how its value is read back. */
const URL_PARAMS: { [K in keyof CatalogQuery]: readonly [name: string, parse: Parse<K>] } = {
  search: ['q', (value) => value],
  category: ['category', nonEmpty],
  tag: ['tag', nonEmpty],
  level: ['level', oneOf(CourseLevel.options)],
  price: ['price', oneOf(['free', 'paid'] as const)],
  minRating: ['rating', (value) => (Number(value) > 0 && Number(value) <= 5 ? String(Number(value)) : undefined)],
  sort: ['sort', oneOf(CourseSort.options)],
  page: ['page', (value) => (Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : undefined)],
};

const QUERY_KEYS = Object.keys(URL_PARAMS) as (keyof CatalogQuery)[];

/** The SDK parameters of `GET /courses` for `query`. */
export function toListParams(query: CatalogQuery, perPage: number): CourseListParams {
  const params: CourseListParams = { page: query.page, per_page: perPage, include: ['instructors', 'media'] };
  if (query.search.trim()) params.search = query.search.trim();
  if (query.category) params.category = query.category;
  if (query.tag) params.tag = query.tag;
  if (query.level) params.level = query.level;
  if (query.price) params.price = query.price;
  if (query.minRating) params.min_rating = Number(query.minRating);
  if (query.sort) params.sort = query.sort;
  return params;
}

/** Whether any filter (not the sort or page) is set. */
export function hasFilters(query: CatalogQuery): boolean {
  return FILTER_KEYS.some((key) => query[key] !== '');
}

/**
 * The page URL with `query` written into its query string; parameters of the host page that
 * are not the catalog's are kept. Defaults (no filter, page 1) are left out.
 */
export function writeQuery(url: URL, query: CatalogQuery, options: { page: boolean }): URL {
  const next = new URL(url);
  for (const key of QUERY_KEYS) {
    const value = key === 'page' ? (options.page && query.page > 1 ? String(query.page) : '') : String(query[key]);
    if (value) next.searchParams.set(URL_PARAMS[key][0], value);
    else next.searchParams.delete(URL_PARAMS[key][0]);
  }
  return next;
}

/** The parts of a catalog query a URL carries; missing and invalid values are left out. */
export function readQuery(url: URL): Partial<CatalogQuery> {
  const query: Partial<Record<keyof CatalogQuery, unknown>> = {};
  for (const key of QUERY_KEYS) {
    const [name, parse] = URL_PARAMS[key];
    const value = url.searchParams.get(name);
    const parsed = value === null ? undefined : parse(value);
    if (parsed !== undefined) query[key] = parsed;
  }
  return query as Partial<CatalogQuery>;
}

/** Whether two queries are the same (no new request). */
export function sameQuery(a: CatalogQuery, b: CatalogQuery): boolean {
  return QUERY_KEYS.every((key) => a[key] === b[key]);
}
