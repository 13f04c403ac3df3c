import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { TS_CANONICAL, resourceCollection, userWire } from '../test-support/fixtures.js';

useMockServer();

describe('users', () => {
  it('list() sends search and role as filters, pages, and drops password and remember_token', async () => {
    const sent = respond('get', '/users', resourceCollection([userWire, { ...userWire, id: 8, email: 'grace@example.com', deleted_at: '2026-01-02 03:04:05' }], 1, 1, 25, 2));
    const page = await createClient().users.list({ search: 'ada', role: 'instructor', page: 1, per_page: 25 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, {
      method: 'GET',
      path: '/users',
      query: { 'filter[search]': 'ada', 'filter[role]': 'instructor', page: '1', per_page: '25' },
      body: undefined,
    });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(page.data.length, 2);
    assert.equal(page.data[1]!.deleted_at, TS_CANONICAL);
    for (const user of page.data) {
      assert.equal('password' in user, false);
      assert.equal('remember_token' in user, false);
    }
    assert.equal(page.hasNextPage(), false);
  });
});
