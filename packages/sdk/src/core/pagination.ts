/**
 * Pages of a list endpoint. Laravel sends three paginator shapes (resource collection,
 * plain `paginate()`/`simplePaginate()`, `cursorPaginate()`); `paginated()` folds them into one
 * `{data, meta}` and `Page` walks them with the same API.
 *
 * @module
 */
import { PaginatorLinks, PaginatorMeta } from '../generated/validators.js';
import { memoize } from './memoize.js';
import { toPage, type PageMeta, type PaginatorShape } from './page-meta.js';
import { array, checkOf, firstOf, isRecord, list, notAnObject, nullable, optional, under, union, unknown, validator, type Check, type StandardSchemaV1, type Validator } from './validator.js';
import type { PageParams } from '../schemas/params.js';
import { PaginationError } from './errors.js';

type Item<S extends StandardSchemaV1> = StandardSchemaV1.InferOutput<S>;
type Shape = PaginatorShape<unknown>;

/** A list response, any Laravel shape (or a bare array), normalized to `{data, meta}`. Cached per item schema. */
export function paginated<S extends StandardSchemaV1>(item: S): Validator<{ data: Item<S>[]; meta: PageMeta }> {
  return pagers(item) as Validator<{ data: Item<S>[]; meta: PageMeta }>;
}

const pagers = memoize((item: StandardSchemaV1) => buildPaginated(checkOf(item)));

// Resource collections send `links` as an object; plain paginate() sends an array of page links.
const links: Check<unknown> = optional(nullable(union([PaginatorLinks.check, array(unknown)])));

/** The three shapes of `schemas/pagination.ts`'s zod `paginated()`, which the OpenAPI document shows: that is the contract. */
function buildPaginated(item: Check<unknown>): Validator<{ data: unknown[]; meta: PageMeta }> {
  const items: Check<unknown[]> = (value, issues, key) => list(item, value, issues, key);
  const resourceCollection: Check<Shape> = (value, issues, key) => {
    if (!isRecord(value)) return notAnObject(value, issues, key);
    const from = issues.length;
    // `meta` first: without it, a plain paginator's body fails here at once, its items unchecked
    // (they are checked once, as the plain shape's). The other top-level problems still count, so
    // the report picks the shape that got furthest as zod's union does.
    const meta = PaginatorMeta.check(value['meta'], issues, 'meta');
    if (issues.length > from) {
      if (!Array.isArray(value['data'])) list(unknown, value['data'], issues, 'data');
      links(value['links'], issues, 'links');
      return under(undefined as never, issues, from, key);
    }
    return under({ data: items(value['data'], issues, 'data'), links: links(value['links'], issues, 'links'), meta } as Shape, issues, from, key);
  };
  const plainPaginator: Check<Shape> = (value, issues, key) => {
    if (!isRecord(value)) return notAnObject(value, issues, key);
    const from = issues.length;
    const meta = PaginatorMeta.check(value, issues);
    return under({ ...meta, data: items(value['data'], issues, 'data'), links: links(value['links'], issues, 'links') }, issues, from, key);
  };
  return validator((value, issues, key) => {
    const from = issues.length;
    const body = firstOf<Shape | unknown[]>([resourceCollection, plainPaginator, items], value, issues, key);
    return issues.length > from ? (undefined as never) : toPage(body);
  });
}

export type { PageMeta };

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
