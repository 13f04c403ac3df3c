import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createClient, respond, server, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, authTokenWire, userWire } from '../test-support/fixtures.js';
import { InternalServerError, ValidationError } from '../core/errors.js';

useMockServer();

describe('auth', () => {
  it('register() POSTs the new account, strips secrets from the user, and signs the client in', async () => {
    const sent = respond('post', '/auth/register', { data: authTokenWire }, 201);
    const me = respond('get', '/me', { data: userWire });
    const client = createClient({ token: null });
    const params = { name: 'Ada Lovelace', email: 'ada@example.com', password: 'correct horse', password_confirmation: 'correct horse' };
    const result = await client.auth.register(params);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/auth/register', query: {}, body: params });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(sent[0]!.headers.get('authorization'), null);
    assert.equal(result.token, '1|sanctum-token');
    assert.equal(result.user.email_verified_at, TS_CANONICAL);
    assert.equal('password' in result.user, false);
    assert.equal('remember_token' in result.user, false);

    await client.me.retrieve();
    assert.equal(me[0]!.headers.get('authorization'), 'Bearer 1|sanctum-token');
  });

  it('register() rejects with the field map on 422 and leaves the client signed out', async () => {
    respond('post', '/auth/register', { message: 'The email has already been taken.', errors: { email: ['The email has already been taken.'] } }, 422);
    const client = createClient({ token: null });
    const error = await client.auth
      .register({ name: 'Ada', email: 'ada@example.com', password: 'correct horse', password_confirmation: 'correct horse' })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.firstError('email'), 'The email has already been taken.');
    assert.equal(client.http.hasToken(), false);
  });

  it('login() POSTs the credentials and the Authorization header of the next call carries the new token', async () => {
    const sent = respond('post', '/auth/login', authTokenWire);
    const me = respond('get', '/me', { data: userWire });
    const client = createClient({ token: null });
    const result = await client.auth.login({ email: 'ada@example.com', password: 'correct horse', device_name: 'web' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/auth/login', query: {}, body: { email: 'ada@example.com', password: 'correct horse', device_name: 'web' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(sent[0]!.headers.get('authorization'), null);
    assert.equal(result.user.id, 7);
    assert.equal('password' in result.user, false);

    await client.me.retrieve();
    assert.equal(me[0]!.headers.get('authorization'), 'Bearer 1|sanctum-token');
  });

  it('logout() POSTs, resolves to undefined, and the next call is anonymous', async () => {
    const sent = respond('post', '/auth/logout', undefined);
    const me = respond('get', '/me', { message: 'Unauthenticated.' }, 401);
    const client = createClient();
    assert.equal(await client.auth.logout(), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/auth/logout', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(sent[0]!.headers.get('authorization'), 'Bearer test-token', 'the token being revoked is sent');

    await client.me.retrieve().catch(() => undefined);
    assert.equal(me[0]!.headers.get('authorization'), null);
  });

  it('logout() forgets the token even when the request fails, and still rejects', async () => {
    respond('post', '/auth/logout', { message: 'Server Error' }, 500);
    const client = createClient();
    await assert.rejects(client.auth.logout(), InternalServerError);
    assert.equal(client.http.hasToken(), false);
  });
});

describe('auth.csrfCookie', () => {
  it('GETs /sanctum/csrf-cookie on the API origin, outside the /api/v1 prefix', async () => {
    const seen: string[] = [];
    server.use(http.get('https://api.school.test/sanctum/csrf-cookie', ({ request }) => (seen.push(request.url), new HttpResponse(null, { status: 204 }))));
    await createClient({ credentials: 'include', token: undefined }).auth.csrfCookie();
    assert.deepEqual(seen, ['https://api.school.test/sanctum/csrf-cookie']);
  });
});
