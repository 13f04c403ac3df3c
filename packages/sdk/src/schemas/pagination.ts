/**
 * Laravel's paginator shapes as zod schemas: what a list endpoint sends (the OpenAPI document
 * shows these). The client reads them with the generated `PaginatorMeta` and `PaginatorLinks`
 * validators and `core/pagination.ts`'s `paginated()`, which follows the same three shapes.
 *
 * @module
 */
import * as z from 'zod/mini';
import { memoize } from './wire.js';
import { toPage, type PageMeta } from '../core/page-meta.js';

const count = z.nullish(z.number());
const url = z.nullish(z.string());
const cursor = z.nullish(z.string());

/** The paging keys of a Laravel paginator: under `meta` in a resource collection, at the top level of a plain `paginate()`. */
export const PaginatorMeta = z.object({
  /** 1-based page number (offset paging). */
  current_page: count,
  /** Last page number (length-aware paging). */
  last_page: count,
  /** Page size; some servers send it as a string. */
  per_page: z.nullish(z.union([z.number(), z.string()])),
  /** Total matching items (length-aware paging). */
  total: count,
  /** 1-based index of the first item on the page. */
  from: count,
  /** 1-based index of the last item on the page. */
  to: count,
  /** Cursor of the next page (cursor paging). */
  next_cursor: cursor,
  /** Cursor of the previous page (cursor paging). */
  prev_cursor: cursor,
  /** URL of the next page. */
  next_page_url: url,
  /** URL of the previous page. */
  prev_page_url: url,
});
export type PaginatorMeta = z.infer<typeof PaginatorMeta>;

/** A resource collection's `links` object. */
export const PaginatorLinks = z.object({
  /** URL of the next page. */
  next: url,
  /** URL of the previous page. */
  prev: url,
});
export type PaginatorLinks = z.infer<typeof PaginatorLinks>;

// Resource collections send `links` as an object; plain paginate() sends an array of page links.
const links = z.optional(z.nullable(z.union([PaginatorLinks, z.array(z.unknown())])));

/** A list response, any Laravel shape (or a bare array), normalized to `{data, meta}`. Cached per item schema. */
export function paginated<S extends z.ZodMiniType>(item: S): z.ZodMiniType<{ data: z.output<S>[]; meta: PageMeta }> {
  return buildPaginated(item) as z.ZodMiniType<{ data: z.output<S>[]; meta: PageMeta }>;
}

const buildPaginated = memoize(<S extends z.ZodMiniType>(item: S) => {
  const items = z.array(item);
  // `meta` is required here: a body without it must reach the plain branch, which keeps the
  // top-level paging keys (an object schema strips keys it does not declare).
  const resourceCollection = z.object({ data: items, links, meta: PaginatorMeta });
  const plainPaginator = z.object({ ...PaginatorMeta.shape, data: items, links });
  return z.pipe(
    z.union([resourceCollection, plainPaginator, items]),
    z.transform((value) => toPage(value as Parameters<typeof toPage>[0]) as { data: z.output<S>[]; meta: PageMeta }),
  );
});
