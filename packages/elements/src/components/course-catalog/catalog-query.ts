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

/** Query-string names of each key; short, stable, and documented for shareable links. */
const URL_KEYS: Record<keyof CatalogQuery, string> = {
  search: 'q',
  category: 'category',
  tag: 'tag',
  level: 'level',
  price: 'price',
  minRating: 'rating',
  sort: 'sort',
  page: 'page',
};

const LEVELS: readonly string[] = CourseLevel.options;
const PRICES: readonly string[] = ['free', 'paid'];
const SORTS: readonly string[] = CourseSort.options;

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
  for (const key of Object.keys(URL_KEYS) as (keyof CatalogQuery)[]) {
    const value = key === 'page' ? (options.page && query.page > 1 ? String(query.page) : '') : String(query[key]);
    if (value) next.searchParams.set(URL_KEYS[key], value);
    else next.searchParams.delete(URL_KEYS[key]);
  }
  return next;
}

/** The parts of a catalog query a URL carries; missing and invalid values are left out. */
export function readQuery(url: URL): Partial<CatalogQuery> {
  const query: Partial<CatalogQuery> = {};
  const read = (key: keyof CatalogQuery) => url.searchParams.get(URL_KEYS[key]);
  const search = read('search');
  if (search !== null) query.search = search;
  const category = read('category');
  if (category) query.category = category;
  const tag = read('tag');
  if (tag) query.tag = tag;
  const level = read('level');
  if (level && LEVELS.includes(level)) query.level = level as CourseLevel;
  const price = read('price');
  if (price && PRICES.includes(price)) query.price = price as 'free' | 'paid';
  const rating = Number(read('minRating'));
  if (rating > 0 && rating <= 5) query.minRating = String(rating);
  const sort = read('sort');
  if (sort && SORTS.includes(sort)) query.sort = sort as CourseSort;
  const page = Number(read('page'));
  if (Number.isInteger(page) && page > 0) query.page = page;
  return query;
}

/** Whether two queries are the same (no new request). */
export function sameQuery(a: CatalogQuery, b: CatalogQuery): boolean {
  return (Object.keys(URL_KEYS) as (keyof CatalogQuery)[]).every((key) => a[key] === b[key]);
}
