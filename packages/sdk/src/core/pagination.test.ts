/**
 * Laravel's three paginator shapes (and a bare array) parse into one Page API, and iteration walks
 * every page by page number or by cursor.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { BASE_URL, createClient, server, useMockServer } from '../test-support/server.js';
import { courseWire, resourceCollection } from '../test-support/fixtures.js';
import { PaginationError, isPaginationError } from './errors.js';

useMockServer();

const course = (id: number) => ({ ...courseWire, id, slug: `course-${id}` });
const ids = (items: { id: number }[]) => items.map((item) => item.id);

/** Serves 5 courses, 2 per page, in the shape `shape`, recording the query of each hit. */
function servePaged(shape: 'resource' | 'paginate' | 'simple' | 'cursor' | 'cursor-url' | 'cursor-resource') {
  const all = [1, 2, 3, 4, 5].map(course);
  const queries: Record<string, string>[] = [];
  server.use(
    http.get(`${BASE_URL}/courses`, ({ request }) => {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      queries.push(query);
      const perPage = 2;
      if (shape.startsWith('cursor')) {
        const offset = query['cursor'] ? Number(atob(query['cursor'])) : 0;
        const data = all.slice(offset, offset + perPage);
        const next = offset + perPage < all.length ? btoa(String(offset + perPage)) : null;
        const nextUrl = next ? `${BASE_URL}/courses?cursor=${next}` : null;
        if (shape === 'cursor') return HttpResponse.json({ data, path: `${BASE_URL}/courses`, per_page: perPage, next_cursor: next, next_page_url: nextUrl, prev_cursor: null, prev_page_url: null });
        if (shape === 'cursor-url') return HttpResponse.json({ data, path: `${BASE_URL}/courses`, per_page: perPage, next_page_url: nextUrl, prev_page_url: null });
        return HttpResponse.json({ data, links: { first: null, last: null, prev: null, next: nextUrl }, meta: { path: `${BASE_URL}/courses`, per_page: perPage, next_cursor: next, prev_cursor: null } });
      }
      const page = Number(query['page'] ?? 1);
      const data = all.slice((page - 1) * perPage, page * perPage);
      const lastPage = Math.ceil(all.length / perPage);
      if (shape === 'resource') return HttpResponse.json(resourceCollection(data, page, lastPage, perPage, all.length));
      const common = { current_page: page, data, first_page_url: '?page=1', from: (page - 1) * perPage + 1, to: (page - 1) * perPage + data.length, next_page_url: page < lastPage ? `?page=${page + 1}` : null, path: '/courses', per_page: String(perPage), prev_page_url: page > 1 ? `?page=${page - 1}` : null };
      if (shape === 'simple') return HttpResponse.json(common);
      return HttpResponse.json({ ...common, last_page: lastPage, last_page_url: `?page=${lastPage}`, total: all.length, links: [] });
    }),
  );
  return queries;
}

describe('pagination', () => {
  for (const shape of ['resource', 'paginate', 'simple'] as const) {
    it(`${shape}: for await walks all 5 items over 3 pages, keeping filters`, async () => {
      const queries = servePaged(shape);
      const seen: number[] = [];
      for await (const item of createClient().courses.list({ level: 'Beginner', per_page: 2 })) seen.push(item.id);
      assert.deepEqual(seen, [1, 2, 3, 4, 5]);
      assert.deepEqual(queries.map((q) => q['page']), [undefined, '2', '3']);
      assert.ok(queries.every((q) => q['filter[level]'] === 'Beginner' && q['per_page'] === '2'));
    });
  }

  it('paginate(): meta is normalized (string per_page, total, last_page)', async () => {
    servePaged('paginate');
    const page = await createClient().courses.list({ per_page: 2 });
    assert.deepEqual(page.meta, { current_page: 1, last_page: 3, per_page: 2, total: 5, from: 1, to: 2, next_cursor: null, prev_cursor: null, has_more: true });
  });

  for (const shape of ['cursor', 'cursor-url', 'cursor-resource'] as const) {
    it(`${shape}: nextPage() follows the cursor and drops page`, async () => {
      const queries = servePaged(shape);
      const first = await createClient().courses.list({ per_page: 2 });
      assert.deepEqual(ids(first.data), [1, 2]);
      assert.equal(first.meta.current_page, null);
      assert.equal(first.meta.total, null);
      assert.ok(first.hasNextPage());
      const second = await first.nextPage();
      assert.deepEqual(ids(second.data), [3, 4]);
      const third = await second.nextPage();
      assert.deepEqual(ids(third.data), [5]);
      assert.equal(third.hasNextPage(), false);
      assert.equal(queries[1]!['cursor'], btoa('2'));
      assert.equal(queries[1]!['page'], undefined);
      await assert.rejects(third.nextPage(), RangeError);
    });
  }

  it('iterPages() yields whole pages', async () => {
    servePaged('resource');
    const sizes: number[] = [];
    for await (const page of (await createClient().courses.list({ per_page: 2 })).iterPages()) sizes.push(page.data.length);
    assert.deepEqual(sizes, [2, 2, 1]);
  });

  it('a bare array is one complete page', async () => {
    server.use(http.get(`${BASE_URL}/courses`, () => HttpResponse.json([course(1), course(2)])));
    const page = await createClient().courses.list();
    assert.deepEqual(ids(page.data), [1, 2]);
    assert.equal(page.hasNextPage(), false);
    assert.equal(page.meta.total, 2);
  });

  it('an empty page never claims a successor, whatever the links say (no runaway loop)', async () => {
    let hits = 0;
    server.use(http.get(`${BASE_URL}/courses`, () => (hits++, HttpResponse.json({ data: [], links: { next: '?page=2' }, meta: { current_page: 1, per_page: 2 } }))));
    const seen: unknown[] = [];
    for await (const item of createClient().courses.list()) seen.push(item);
    assert.deepEqual(seen, []);
    assert.equal(hits, 1);
  });

  it('the PagePromise is a real promise: then/catch chains and errors propagate', async () => {
    server.use(http.get(`${BASE_URL}/courses`, () => HttpResponse.json({ message: 'Server Error' }, { status: 500 })));
    const status = await createClient().courses.list().then(
      () => 'resolved',
      (error: { status: number }) => error.status,
    );
    assert.equal(status, 500);
  });

  /** Serves `body(hit)` for /courses; after 20 hits answers 500, so a runaway walk ends in the wrong error. */
  function serveLoop(body: (hit: number) => object) {
    let hits = 0;
    server.use(http.get(`${BASE_URL}/courses`, () => (hits++ >= 20 ? HttpResponse.json({ message: 'runaway' }, { status: 500 }) : HttpResponse.json(body(hits - 1), { headers: { 'X-Request-Id': `srv-${hits}` } }))));
    return { get hits() { return hits; } };
  }

  async function walk(): Promise<{ seen: number[]; error: unknown }> {
    const seen: number[] = [];
    try {
      for await (const item of createClient().courses.list()) seen.push(item.id);
    } catch (error) {
      return { seen, error };
    }
    return { seen, error: undefined };
  }

  it('a next_cursor that repeats → PaginationError instead of an endless for await', async () => {
    const server = serveLoop((hit) => ({ data: [course(hit + 1)], per_page: 1, next_cursor: 'same', prev_cursor: null }));
    const { seen, error } = await walk();
    assert.ok(error instanceof PaginationError, String(error));
    assert.ok(isPaginationError(error));
    assert.match(error.message, /cursor "same"/);
    assert.equal(error.status, 200);
    assert.equal(error.requestId, 'srv-2');
    assert.deepEqual(seen, [1]);
    assert.equal(server.hits, 2);
  });

  it('cursors that cycle (a → b → a) → PaginationError before the cycle is fetched again', async () => {
    const server = serveLoop((hit) => ({ data: [course(hit + 1)], per_page: 1, next_cursor: hit % 2 === 0 ? 'a' : 'b', prev_cursor: null }));
    const { seen, error } = await walk();
    assert.ok(error instanceof PaginationError, String(error));
    assert.deepEqual(seen, [1, 2, 3]);
    assert.equal(server.hits, 3);
  });

  it('a current_page stuck at 1 of 2 → PaginationError instead of an endless for await', async () => {
    const server = serveLoop((hit) => resourceCollection([course(hit + 1)], 1, 2, 1, 2));
    const { seen, error } = await walk();
    assert.ok(error instanceof PaginationError, String(error));
    assert.match(error.message, /page 2/);
    assert.equal(error.requestId, 'srv-2');
    assert.deepEqual(seen, [1]);
    assert.equal(server.hits, 2);
  });

  it('nextPage() on a page that points at itself rejects with PaginationError too', async () => {
    serveLoop(() => ({ data: [course(1)], per_page: 1, next_cursor: 'same', prev_cursor: null }));
    const first = await createClient().courses.list();
    await assert.rejects(first.nextPage(), PaginationError);
  });
});
