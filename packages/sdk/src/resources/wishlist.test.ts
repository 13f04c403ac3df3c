import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, courseWire, resourceCollection, wishlistWire } from '../test-support/fixtures.js';

useMockServer();

describe('wishlist', () => {
  it('list() GETs my wishlist page with each course', async () => {
    const sent = respond('get', '/me/wishlist', resourceCollection([{ ...wishlistWire, course: { ...courseWire, price: '0' } }], 1, 3, 1, 3));
    const page = await createClient().wishlist.list({ per_page: 1 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/me/wishlist', query: { per_page: '1' }, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(page.data[0]!.course?.price, '0.00');
    assert.equal(page.data[0]!.created_at, TS_CANONICAL);
    assert.equal(page.hasNextPage(), true);
  });

  it('add() PUTs the course id and twice is not an error', async () => {
    const sent = respond('put', '/me/wishlist/42', { data: wishlistWire });
    const client = createClient();
    const first = await client.wishlist.add(42);
    const second = await client.wishlist.add(42);
    assert.equal(sent.length, 2);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PUT', path: '/me/wishlist/42', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.notEqual(sent[0]!.headers.get('idempotency-key'), sent[1]!.headers.get('idempotency-key'), 'two calls are two logical requests');
    assert.deepEqual([first.id, first.course_id], [96, 42]);
    assert.deepEqual(second, first);
  });

  it('remove() DELETEs the course id and resolves to undefined', async () => {
    const sent = respond('delete', '/me/wishlist/42', undefined);
    assert.equal(await createClient().wishlist.remove(42), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/me/wishlist/42', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});
