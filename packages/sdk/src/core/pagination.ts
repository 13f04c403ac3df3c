/**
 * Pages of a list endpoint. Laravel sends three paginator shapes (resource collection,
 * plain `paginate()`/`simplePaginate()`, `cursorPaginate()`); `paginated()` folds them into one
 * `{data, meta}` and `Page` walks them with the same API.
 *
 * @module
 */
import * as z from 'zod/mini';
import { memoize } from '../schemas/wire.js';
import type { PageParams } from '../schemas/params.js';
import { PaginationError } from './errors.js';

/** Paging facts of one page, normalized from whichever paginator shape the server sent. */
export interface PageMeta {
  /** 1-based page number (offset paging); `null` under cursor paging. */
  current_page: number | null;
  /** Last page number; `null` when the server did not count (simple or cursor paging). */
  last_page: number | null;
  /** Page size the server applied. */
  per_page: number | null;
  /** Total matching items; `null` when the server did not count. */
  total: number | null;
  /** 1-based index of the first item on this page. */
  from: number | null;
  /** 1-based index of the last item on this page. */
  to: number | null;
  /** Cursor of the next page (cursor paging), read from `next_cursor` or the `next_page_url`. */
  next_cursor: string | null;
  /** Cursor of the previous page (cursor paging). */
  prev_cursor: string | null;
  /** Whether the server says there is a next page. */
  has_more: boolean;
}

const count = z.nullish(z.number());
const url = z.nullish(z.string());
const cursor = z.nullish(z.string());

const laravelMeta = z.object({
  current_page: count,
  last_page: count,
  per_page: z.nullish(z.union([z.number(), z.string()])),
  total: count,
  from: count,
  to: count,
  next_cursor: cursor,
  prev_cursor: cursor,
  next_page_url: url,
  prev_page_url: url,
});

type LaravelMeta = z.infer<typeof laravelMeta>;

const linkObject = z.object({ next: url, prev: url });
// Resource collections send `links` as an object; plain paginate() sends an array of page links.
const links = z.optional(z.nullable(z.union([linkObject, z.array(z.unknown())])));

/** A list response, any Laravel shape (or a bare array), normalized to `{data, meta}`. Cached per item schema. */
export function paginated<S extends z.ZodMiniType>(item: S): z.ZodMiniType<{ data: z.output<S>[]; meta: PageMeta }> {
  return buildPaginated(item) as z.ZodMiniType<{ data: z.output<S>[]; meta: PageMeta }>;
}

const buildPaginated = memoize(<S extends z.ZodMiniType>(item: S) => {
  const items = z.array(item);
  // `meta` is required here: a body without it must reach the plain branch, which keeps the
  // top-level paging keys (an object schema strips keys it does not declare).
  const resourceCollection = z.object({ data: items, links, meta: laravelMeta });
  const plainPaginator = z.object({ ...laravelMeta.shape, data: items, links });
  return z.pipe(
    z.union([resourceCollection, plainPaginator, items]),
    z.transform((value): { data: z.output<S>[]; meta: PageMeta } => {
      if (Array.isArray(value)) return { data: value, meta: singlePageMeta(value.length) };
      const meta: LaravelMeta = 'meta' in value ? value.meta : value;
      const pageLinks = value.links && !Array.isArray(value.links) ? (value.links as z.infer<typeof linkObject>) : undefined;
      return {
        data: value.data,
        meta: toPageMeta({ ...meta, next_page_url: meta.next_page_url ?? pageLinks?.next, prev_page_url: meta.prev_page_url ?? pageLinks?.prev }, value.data.length),
      };
    }),
  );
});

function singlePageMeta(length: number): PageMeta {
  return { current_page: 1, last_page: 1, per_page: length, total: length, from: length ? 1 : null, to: length || null, next_cursor: null, prev_cursor: null, has_more: false };
}

function toPageMeta(meta: LaravelMeta, length: number): PageMeta {
  const nextCursor = meta.next_cursor ?? cursorFromUrl(meta.next_page_url);
  const currentPage = meta.current_page ?? null;
  const lastPage = meta.last_page ?? null;
  const hasMore =
    currentPage !== null && lastPage !== null ? currentPage < lastPage : Boolean(meta.next_page_url || nextCursor);
  const perPage = meta.per_page === undefined || meta.per_page === null ? null : Number(meta.per_page);
  return {
    current_page: currentPage,
    last_page: lastPage,
    per_page: perPage,
    total: meta.total ?? null,
    from: meta.from ?? null,
    to: meta.to ?? null,
    next_cursor: nextCursor,
    prev_cursor: meta.prev_cursor ?? cursorFromUrl(meta.prev_page_url),
    // An empty page never has a successor, whatever the links say: stops runaway iteration.
    has_more: hasMore && length > 0,
  };
}

/** Laravel 8/9 cursor paginators carry the cursor only inside `next_page_url`. */
function cursorFromUrl(pageUrl: string | null | undefined): string | null {
  if (!pageUrl) return null;
  try {
    return new URL(pageUrl, 'http://localhost').searchParams.get('cursor');
  } catch {
    return null;
  }
}

/** Fetches the page that `params` selects. */
export type PageFetcher<T> = (params: PageParams) => Promise<Page<T>>;

/** The response a page came from, cited by a `PaginationError`. */
export interface PageSource {
  /** The server's `X-Request-Id`, or the id the SDK sent. */
  requestId?: string | undefined;
  /** The page response's HTTP status. */
  status?: number | undefined;
  /** The HTTP method of the page request (`GET`). */
  method?: string | undefined;
  /** The full URL of the page request, query string included. */
  url?: string | undefined;
}

/**
 * One page of a list. Iterate it with `for await` to walk every item of every page, or step
 * with `hasNextPage()`/`nextPage()`.
 *
 * @example
 * ```ts
 * const page = await ck.courses.list({ level: 'Beginner' });
 * console.log(page.meta.total, page.data.length);
 * if (page.hasNextPage()) await page.nextPage();
 * ```
 */
export class Page<T> implements AsyncIterable<T> {
  /** The items of this page. */
  readonly data: T[];
  /** Paging facts, normalized across Laravel's paginator shapes. */
  readonly meta: PageMeta;
  readonly #params: PageParams;
  readonly #fetchPage: PageFetcher<T>;
  readonly #source: PageSource;

  constructor(data: T[], meta: PageMeta, params: PageParams, fetchPage: PageFetcher<T>, source: PageSource = {}) {
    this.data = data;
    this.meta = meta;
    this.#params = params;
    this.#fetchPage = fetchPage;
    this.#source = source;
  }

  /** Whether another page follows this one. */
  hasNextPage(): boolean {
    return this.meta.has_more;
  }

  /** The parameters that select the next page, or `null` on the last page. */
  nextPageParams(): PageParams | null {
    if (!this.hasNextPage()) return null;
    if (this.meta.next_cursor !== null) {
      const { page: _page, ...rest } = this.#params;
      return { ...rest, cursor: this.meta.next_cursor };
    }
    const current = this.meta.current_page ?? this.#params.page ?? 1;
    return { ...this.#params, page: current + 1 };
  }

  /**
   * Fetches the next page.
   * @throws {RangeError} when called on the last page.
   * @throws {PaginationError} when the server answers with the page it was asked to move past
   * (a page that names its own cursor as the next one, or a `current_page` that did not grow).
   * @throws {CourseKitError} when the request fails.
   */
  async nextPage(): Promise<Page<T>> {
    const params = this.nextPageParams();
    if (!params) throw new RangeError('No next page: check hasNextPage() first.');
    const next = await this.#fetchPage(params);
    if (params.cursor !== undefined ? next.hasNextPage() && next.meta.next_cursor === params.cursor : next.meta.current_page !== null && next.meta.current_page < params.page!) {
      throw next.#stuck(params);
    }
    return next;
  }

  /**
   * Yields this page and each following page in turn.
   * @throws {PaginationError} when the server leads back to a page already visited.
   */
  async *iterPages(): AsyncGenerator<Page<T>> {
    let page: Page<T> = this;
    // Every page asked for on this walk: a cursor seen twice would start a loop.
    const visited = new Set([pageKey(this.#params)]);
    yield page;
    while (page.hasNextPage()) {
      const key = pageKey(page.nextPageParams()!);
      if (visited.has(key)) throw page.#stuck(page.nextPageParams()!);
      visited.add(key);
      page = await page.nextPage();
      yield page;
    }
  }

  /** The error for a server whose next page, `params`, does not move past this page. */
  #stuck(params: PageParams): PaginationError {
    const { requestId, status, method = 'GET', url } = this.#source;
    const what =
      params.cursor !== undefined
        ? `leads back to cursor "${params.cursor}", a page already fetched`
        : `answered page ${params.page} with page ${this.meta.current_page}`;
    return new PaginationError(
      `The server's paginator does not advance: it ${what}${url ? ` (${method} ${url})` : ''}. The walk stopped here instead of looping; check the backend's next_cursor and current_page.`,
      { requestId, status, method, url },
    );
  }

  /** Yields every item of this page and of every following page. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/** A page's identity on a walk: its cursor, or its page number. */
function pageKey(params: PageParams): string {
  return params.cursor !== undefined ? `cursor:${params.cursor}` : `page:${params.page ?? 1}`;
}

/**
 * What a `list()` method returns: await it for the first `Page`, or iterate it directly with
 * `for await` to walk every item across pages.
 *
 * @example
 * ```ts
 * for await (const course of ck.courses.list({ category: 'web-development' })) {
 *   console.log(course.title);
 * }
 * ```
 */
export class PagePromise<T> extends Promise<Page<T>> implements AsyncIterable<T> {
  // Subclassed promises must construct plain promises for then()/catch() chains.
  /** `Promise`: `then()` and `catch()` on a `PagePromise` return plain promises, not page promises. */
  static override get [Symbol.species]() {
    return Promise;
  }

  /**
   * Wraps a function that loads the first page. Resources build their list results with it; call
   * it yourself to page through an endpoint the SDK does not wrap.
   */
  static from<T>(load: () => Promise<Page<T>>): PagePromise<T> {
    return new PagePromise<T>((resolve, reject) => {
      load().then(resolve, reject);
    });
  }

  /**
   * Yields every item of every page, fetching the next page only when the current one is used up.
   * Rejects with the error of the page that failed (an `APIError`, a `ConnectionError`, or a
   * `PaginationError` when the server repeats a page).
   */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const page = await this;
    yield* page;
  }
}
