import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockApi } from './api.js';
import { DEMO_ACCOUNTS } from './seed-data/reference.js';
import { MemoryStorage } from './test-support/memory-storage.js';

const BASE = 'https://school.test/api/v1';
const globals = globalThis as unknown as { localStorage?: MemoryStorage };

/** Sends one request straight through an API's handlers, as the browser worker would. */
async function send(api: ReturnType<typeof createMockApi>, method: string, path: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) };
  const response = await getResponse(api.handlers, new Request(`${BASE}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) }));
  assert.ok(response, `${method} ${path} was not handled`);
  return { status: response.status, body: response.status === 204 ? undefined : ((await response.json()) as Record<string, any>) };
}

describe('createMockApi', () => {
  afterEach(() => {
    delete globals.localStorage;
  });

  it('defaults to the documented base URL outside a browser', () => {
    assert.equal(createMockApi().baseUrl, 'http://localhost:8787/api/v1');
    assert.equal(createMockApi({ baseUrl: `${BASE}/` }).baseUrl, BASE, 'trailing slash dropped');
  });

  it('survives a reload with persist: localStorage, and reset() forgets everything', async () => {
    globals.localStorage = new MemoryStorage();
    const first = createMockApi({ baseUrl: BASE, persist: 'localStorage' });
    const token = first.issueToken(DEMO_ACCOUNTS.student);
    assert.equal((await send(first, 'PATCH', '/me', token, { headline: 'Persisted' })).status, 200);
    assert.equal((await send(first, 'PUT', '/me/wishlist/5', token)).status, 200);

    // A page reload: a new API over the same storage, the token included.
    const reloaded = createMockApi({ baseUrl: BASE, persist: 'localStorage' });
    const me = await send(reloaded, 'GET', '/me', token);
    assert.equal(me.body!['data'].headline, 'Persisted');
    assert.equal((await send(reloaded, 'GET', '/me/wishlist?per_page=100', token)).body!['data'].length, 4);

    reloaded.reset();
    assert.equal(globals.localStorage.items.size, 0);
    assert.equal((await send(reloaded, 'GET', '/me', token)).status, 401, 'tokens issued after the seed are gone');
    const fresh = createMockApi({ baseUrl: BASE, persist: 'localStorage' });
    assert.equal(fresh.db.first('users', (user) => user.email === DEMO_ACCOUNTS.student)!.headline, 'Learning to build for the web');
  });

  it('explains a missing localStorage instead of failing later', () => {
    assert.throws(() => createMockApi({ persist: 'localStorage' }), /needs localStorage/);
  });

  it('keeps two APIs independent', async () => {
    const a = createMockApi({ baseUrl: BASE });
    const b = createMockApi({ baseUrl: BASE });
    a.db.update('courses', 1, { title: 'Changed in A' });
    assert.equal((await send(b, 'GET', '/courses/1')).body!['data'].title, 'Modern JavaScript from Scratch');
  });

  it('issues tokens for any user, and refuses unknown emails', async () => {
    const api = createMockApi({ baseUrl: BASE });
    assert.equal((await send(api, 'GET', '/me', api.issueToken(DEMO_ACCOUNTS.admin))).body!['data'].role, 'admin');
    assert.throws(() => api.issueToken('nobody@example.org'), /No user/);
  });

  it('serves the default paginator shape it was configured with', async () => {
    const api = createMockApi({ baseUrl: BASE, paginator: 'plain' });
    const page = await send(api, 'GET', '/courses?per_page=5');
    assert.deepEqual([page.body!['current_page'], page.body!['per_page'], 'meta' in page.body!], [1, 5, false]);
  });
});
