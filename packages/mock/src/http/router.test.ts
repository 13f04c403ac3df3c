import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isConnectionError, isInternalServerError } from '@coursekit/sdk';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { BASE_URL, raw, rejection, useMockApi } from '../test-support/harness.js';

const { api, client } = useMockApi();

describe('fault injection', () => {
  it('delays one request with ?__latency=', async () => {
    const started = performance.now();
    assert.equal((await raw('GET', '/tags?__latency=150')).status, 200);
    assert.ok(performance.now() - started >= 140);
  });

  it('fails one request with ?__fail=, in Laravel’s words', async () => {
    const unavailable = await raw('GET', '/courses?__fail=503');
    assert.deepEqual([unavailable.status, unavailable.body], [503, { message: 'Service Unavailable' }]);
    const limited = await raw('GET', '/courses?__fail=429');
    assert.deepEqual([limited.status, limited.headers.get('retry-after')], [429, '1']);
  });

  it('drops one request at the network level with ?__offline=1', async () => {
    await assert.rejects(fetch(`${BASE_URL}/courses?__offline=1`), TypeError);
  });

  it('applies api.faults to every request until reset', async () => {
    api.faults.set({ offline: true });
    assert.ok(isConnectionError(await rejection(client().tags.list())));
    api.faults.set({ offline: false, errorRate: 1, errorStatus: 500 });
    assert.ok(isInternalServerError(await rejection(client().tags.list())));
    api.faults.reset();
    assert.ok((await client().tags.list()).length > 0);
    assert.throws(() => api.faults.set({ errorRate: 2 }), RangeError);
  });

  it('fails a share of requests at a given error rate, the same ones on every run', async () => {
    const run = async () => {
      api.faults.reset();
      api.faults.set({ errorRate: 0.5, errorStatus: 503 });
      const statuses: number[] = [];
      for (let index = 0; index < 20; index++) statuses.push((await raw('GET', '/tags')).status);
      return statuses;
    };
    const first = await run();
    assert.ok(first.includes(503) && first.includes(200));
    assert.deepEqual(await run(), first);
  });

  it('is remote-controlled over HTTP through /__mock/faults and /__mock/reset', async () => {
    const set = await raw('PUT', '/__mock/faults', { body: { errorRate: 1, errorStatus: 502 } });
    assert.equal(set.body.data.errorStatus, 502);
    assert.equal((await raw('GET', '/tags')).status, 502);
    assert.equal((await raw('DELETE', '/__mock/faults')).body.data.errorRate, 0);
    assert.equal((await raw('PUT', '/__mock/faults', { body: { errorRate: 'lots' } })).status, 422);

    const token = api.issueToken(DEMO_ACCOUNTS.student);
    await raw('PATCH', '/me', { token, body: { name: 'Changed' } });
    assert.equal((await raw('POST', '/__mock/reset')).status, 204);
    assert.equal(api.db.first('users', (user) => user.email === DEMO_ACCOUNTS.student)!.name, 'Sam Rivera');
  });
});

describe('request size limits', () => {
  const TOO_LARGE = { message: 'The POST data is too large.' };

  it('answers 413 to a body over 1 MiB, before authenticating or changing anything', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.student);
    const big = await raw('PATCH', '/me', { token, body: { name: 'Big', bio: 'x'.repeat(1024 * 1024) } });
    assert.deepEqual([big.status, big.body], [413, TOO_LARGE]);
    assert.equal(api.db.first('users', (user) => user.email === DEMO_ACCOUNTS.student)!.name, 'Sam Rivera');
    const guest = await raw('POST', '/auth/register', { body: { name: 'x'.repeat(1024 * 1024 + 1) } });
    assert.equal(guest.status, 413, 'even on a public route');
    const fits = await raw('PATCH', '/me', { token, body: { bio: 'x'.repeat(60_000) } });
    assert.equal(fits.status, 200, 'a body under the limit is read as before');
  });

  it('counts the bytes read when the body declares no Content-Length', async () => {
    const chunk = new TextEncoder().encode(`{"bio":"${'x'.repeat(600 * 1024)}`);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const init = { method: 'PATCH', body: stream, duplex: 'half', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${api.issueToken(DEMO_ACCOUNTS.student)}` } };
    const response = await fetch(`${BASE_URL}/me`, init as RequestInit);
    assert.equal(response.status, 413);
  });

  it('reads uploads up to 11 MiB: a file over 10 MiB is a 422, a bigger body a 413', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.admin);
    const upload = async (bytes: number) => {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'big.pdf');
      const response = await fetch(`${BASE_URL}/media`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
      return { status: response.status, body: (await response.json()) as { errors?: Record<string, string[]> } };
    };
    assert.equal((await upload(2 * 1024 * 1024)).status, 201, 'over the JSON limit, within the upload limit');
    const overFile = await upload(10 * 1024 * 1024 + 1);
    assert.deepEqual([overFile.status, overFile.body.errors], [422, { file: ['The file field must not be greater than 10240 kilobytes.'] }]);
    const overBody = await upload(11 * 1024 * 1024 + 1);
    assert.deepEqual([overBody.status, overBody.body], [413, TOO_LARGE]);
  });
});

describe('wire hygiene', () => {
  it('never sends password or remember_token, whoever asks', async () => {
    const adminToken = api.issueToken(DEMO_ACCOUNTS.admin);
    const responses = await Promise.all([
      raw('POST', '/auth/login', { body: { email: DEMO_ACCOUNTS.student, password: 'password' } }),
      raw('GET', '/me', { token: api.issueToken(DEMO_ACCOUNTS.student) }),
      raw('GET', '/users?per_page=100', { token: adminToken }),
      raw('GET', '/courses?include=instructors&per_page=100'),
      raw('GET', '/courses/1/reviews?per_page=100'),
      raw('GET', '/orders?per_page=100', { token: adminToken }),
    ]);
    for (const response of responses) {
      assert.equal(response.status, 200);
      const text = JSON.stringify(response.body);
      assert.doesNotMatch(text, /"password"|"remember_token"|\$mock\$/);
    }
  });

  it('echoes X-Request-Id and sends JSON with Laravel’s cache header', async () => {
    const response = await raw('GET', '/tags', { headers: { 'X-Request-Id': 'req_123' } });
    assert.equal(response.headers.get('x-request-id'), 'req_123');
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.equal(response.headers.get('cache-control'), 'no-cache, private');
  });

  it('answers 204 without a body, and reads a malformed JSON body as empty input', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.student);
    const removed = await fetch(`${BASE_URL}/me/wishlist/2`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    assert.deepEqual([removed.status, await removed.text()], [204, '']);
    const malformed = await fetch(`${BASE_URL}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: '{"email":' });
    assert.equal(malformed.status, 422);
    assert.deepEqual(Object.keys(((await malformed.json()) as { errors: object }).errors), ['email', 'password']);
  });

  it('signs soft-deleted users out and refuses their login', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.student);
    api.db.softDelete('users', api.db.first('users', (user) => user.email === DEMO_ACCOUNTS.student)!.id);
    assert.equal((await raw('GET', '/me', { token })).status, 401);
    const login = await raw('POST', '/auth/login', { body: { email: DEMO_ACCOUNTS.student, password: 'password' } });
    assert.deepEqual(login.body.errors, { email: ['These credentials do not match our records.'] });
    const again = await raw('POST', '/auth/register', { body: { name: 'Sam', email: DEMO_ACCOUNTS.student, password: 'password1', password_confirmation: 'password1' } });
    assert.deepEqual(again.body.errors, { email: ['The email has already been taken.'] }, 'the unique key still holds');
  });

  it('treats an unknown or revoked token as no token', async () => {
    assert.equal((await raw('GET', '/me', { token: '1|not-the-secret' })).status, 401);
    assert.equal((await raw('GET', '/courses', { token: '1|not-the-secret' })).status, 200, 'public routes still answer');
  });
});
