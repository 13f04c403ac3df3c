/**
 * Laravel's paginators, all of them, over an in-memory sorted list:
 *
 * | style | Laravel call | shape |
 * |---|---|---|
 * | `resource` (default) | `CourseResource::collection($query->paginate())` | `{data, links, meta:{current_page, last_page, total, ...}}` |
 * | `plain` | `return $query->paginate()` | `{current_page, data, last_page, total, next_page_url, ...}` |
 * | `simple` | `return $query->simplePaginate()` | `{current_page, data, next_page_url, ...}` (no totals) |
 * | `cursor` | `return $query->cursorPaginate()` | `{data, per_page, next_cursor, next_page_url, ...}` |
 *
 * A request picks the style with `?paginator=resource|plain|simple|cursor`; without it the mock's
 * configured default applies. A request that carries `cursor=` is always answered cursor-style.
 * Cursors are keyset cursors like Laravel's (base64url JSON of the boundary row's sort values),
 * so they stay correct when rows are inserted between two page loads.
 *
 * @module
 */

/** The paginator shapes the mock can answer with. */
export type PaginatorStyle = 'resource' | 'plain' | 'simple' | 'cursor';

const PAGINATOR_STYLES: readonly PaginatorStyle[] = ['resource', 'plain', 'simple', 'cursor'];

type SortValue = string | number | null;

/** One sort column: its name (used in cursors), how to read it, and its direction. */
export interface SortColumn<T> {
  name: string;
  value: (item: T) => SortValue;
  desc: boolean;
}

/** Options of `paginate()`. */
export interface PaginateOptions<T> {
  /** The request URL (its page, per_page, cursor and paginator parameters are read). */
  url: URL;
  /** The style when the request does not ask for one. */
  style: PaginatorStyle;
  /** The columns `items` are sorted by; they must make the order total (end with `id`). */
  columns: readonly SortColumn<T>[];
  /** Turns a row into its JSON form. */
  serialize: (item: T) => unknown;
  /** @default 15 */
  defaultPerPage?: number;
}

/** Sorts a copy of `items` by `columns` (NULLs first ascending, like MySQL; strings case-insensitively). */
export function sortBy<T>(items: readonly T[], columns: readonly SortColumn<T>[]): T[] {
  return [...items].sort((a, b) => compareRows(a, b, columns));
}

/** A page of `items` (already sorted by `options.columns`) in the requested paginator shape. */
export function paginate<T>(items: readonly T[], options: PaginateOptions<T>): Record<string, unknown> {
  const { url } = options;
  const requested = url.searchParams.get('paginator');
  const style: PaginatorStyle = url.searchParams.has('cursor') ? 'cursor' : PAGINATOR_STYLES.includes(requested as PaginatorStyle) ? (requested as PaginatorStyle) : options.style;
  const perPage = clamp(Number.parseInt(url.searchParams.get('per_page') ?? '', 10) || (options.defaultPerPage ?? 15), 1, 100);
  const path = `${url.origin}${url.pathname}`;
  if (style === 'cursor') return cursorPage(items, options, perPage, path);

  const total = items.length;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '', 10) || 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const from = slice.length ? (page - 1) * perPage + 1 : null;
  const to = slice.length ? (page - 1) * perPage + slice.length : null;
  const pageUrl = (number: number) => withQuery(url, { page: String(number), cursor: null });
  const hasMore = style === 'simple' ? items.length > page * perPage : page < lastPage;
  const prev = page > 1 ? pageUrl(page - 1) : null;
  const next = hasMore ? pageUrl(page + 1) : null;
  const data = slice.map(options.serialize);

  if (style === 'simple') {
    return { current_page: page, data, first_page_url: pageUrl(1), from, next_page_url: next, path, per_page: perPage, prev_page_url: prev, to };
  }
  const links = pageLinks(page, lastPage, pageUrl, prev, next);
  if (style === 'plain') {
    return { current_page: page, data, first_page_url: pageUrl(1), from, last_page: lastPage, last_page_url: pageUrl(lastPage), links, next_page_url: next, path, per_page: perPage, prev_page_url: prev, to, total };
  }
  return {
    data,
    links: { first: pageUrl(1), last: pageUrl(lastPage), prev, next },
    meta: { current_page: page, from, last_page: lastPage, links, path, per_page: perPage, to, total },
  };
}

function cursorPage<T>(items: readonly T[], options: PaginateOptions<T>, perPage: number, path: string): Record<string, unknown> {
  const { url, columns } = options;
  const cursor = decodeCursor(url.searchParams.get('cursor'), columns);
  let page: T[];
  let hasNext: boolean;
  let hasPrev: boolean;
  if (!cursor) {
    page = items.slice(0, perPage);
    hasNext = items.length > perPage;
    hasPrev = false;
  } else if (cursor.forward) {
    const after = items.filter((item) => compareToCursor(item, cursor.values, columns) > 0);
    page = after.slice(0, perPage);
    hasNext = after.length > perPage;
    hasPrev = true;
  } else {
    const before = items.filter((item) => compareToCursor(item, cursor.values, columns) < 0);
    page = before.slice(Math.max(0, before.length - perPage));
    hasPrev = before.length > perPage;
    hasNext = true;
  }
  const first = page[0];
  const last = page[page.length - 1];
  const nextCursor = hasNext && last !== undefined ? encodeCursor(last, columns, true) : null;
  const prevCursor = hasPrev && first !== undefined ? encodeCursor(first, columns, false) : null;
  return {
    data: page.map(options.serialize),
    path,
    per_page: perPage,
    next_cursor: nextCursor,
    next_page_url: nextCursor ? withQuery(url, { cursor: nextCursor, page: null }) : null,
    prev_cursor: prevCursor,
    prev_page_url: prevCursor ? withQuery(url, { cursor: prevCursor, page: null }) : null,
  };
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'string' && typeof b === 'string') {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    if (left !== right) return left < right ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return a < b ? -1 : 1;
}

function compareRows<T>(a: T, b: T, columns: readonly SortColumn<T>[]): number {
  for (const column of columns) {
    const order = compareValues(column.value(a), column.value(b));
    if (order !== 0) return column.desc ? -order : order;
  }
  return 0;
}

function compareToCursor<T>(item: T, values: readonly SortValue[], columns: readonly SortColumn<T>[]): number {
  for (const [index, column] of columns.entries()) {
    const order = compareValues(column.value(item), values[index] ?? null);
    if (order !== 0) return column.desc ? -order : order;
  }
  return 0;
}

function encodeCursor<T>(item: T, columns: readonly SortColumn<T>[], forward: boolean): string {
  const payload: Record<string, unknown> = {};
  for (const column of columns) payload[column.name] = column.value(item);
  payload['_pointsToNextItems'] = forward;
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor<T>(text: string | null, columns: readonly SortColumn<T>[]): { values: SortValue[]; forward: boolean } | null {
  if (!text) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))) as Record<string, unknown>;
    if (typeof payload['_pointsToNextItems'] !== 'boolean' || !columns.every((column) => column.name in payload)) return null;
    return { values: columns.map((column) => payload[column.name] as SortValue), forward: payload['_pointsToNextItems'] };
  } catch {
    // Like Laravel, an unreadable cursor means "from the start".
    return null;
  }
}

function pageLinks(page: number, lastPage: number, pageUrl: (page: number) => string, prev: string | null, next: string | null) {
  const numbers: (number | '...')[] = [];
  for (let number = 1; number <= lastPage; number++) {
    // Laravel's window: the first two, the last two, and three on each side of the current page.
    if (number <= 2 || number > lastPage - 2 || Math.abs(number - page) <= 3) numbers.push(number);
    else if (numbers[numbers.length - 1] !== '...') numbers.push('...');
  }
  return [
    { url: prev, label: '&laquo; Previous', active: false },
    ...numbers.map((number) => (number === '...' ? { url: null, label: '...', active: false } : { url: pageUrl(number), label: String(number), active: number === page })),
    { url: next, label: 'Next &raquo;', active: false },
  ];
}

function withQuery(url: URL, changes: Record<string, string | null>): string {
  const copy = new URL(url);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) copy.searchParams.delete(key);
    else copy.searchParams.set(key, value);
  }
  return copy.href;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
