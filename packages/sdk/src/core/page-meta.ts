/**
 * Paging facts, read from whichever of Laravel's paginator shapes a list endpoint sent. Shared by
 * the client's `paginated()` (`./pagination.ts`) and the zod one (`../schemas/pagination.ts`).
 *
 * @module
 */

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

/** The paging keys a paginator may send, as `PaginatorMeta` parses them. */
interface RawMeta {
  current_page?: number | null | undefined;
  last_page?: number | null | undefined;
  per_page?: number | string | null | undefined;
  total?: number | null | undefined;
  from?: number | null | undefined;
  to?: number | null | undefined;
  next_cursor?: string | null | undefined;
  prev_cursor?: string | null | undefined;
  next_page_url?: string | null | undefined;
  prev_page_url?: string | null | undefined;
}

/** A resource collection (`meta` and `links` beside `data`) or a plain paginator (its keys beside `data`), parsed. */
export type PaginatorShape<T> = RawMeta & { data: T[]; links?: unknown; meta?: RawMeta };

/** `{data, meta}` of a body that passed one of the three shapes. */
export function toPage<T>(body: PaginatorShape<T> | T[]): { data: T[]; meta: PageMeta } {
  if (Array.isArray(body)) return { data: body, meta: singlePageMeta(body.length) };
  const meta: RawMeta = body.meta ?? body;
  const pageLinks = body.links && !Array.isArray(body.links) ? (body.links as { next?: string | null | undefined; prev?: string | null | undefined }) : undefined;
  return {
    data: body.data,
    meta: toPageMeta({ ...meta, next_page_url: meta.next_page_url ?? pageLinks?.next, prev_page_url: meta.prev_page_url ?? pageLinks?.prev }, body.data.length),
  };
}

function singlePageMeta(length: number): PageMeta {
  return { current_page: 1, last_page: 1, per_page: length, total: length, from: length ? 1 : null, to: length || null, next_cursor: null, prev_cursor: null, has_more: false };
}

function toPageMeta(meta: RawMeta, length: number): PageMeta {
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

