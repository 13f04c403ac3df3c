/**
 * Sanctum's SPA mode through msw's `setupServer`: which requests are stateful, what their
 * sessions allow, and that bearer tokens keep working as before.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed-data/reference.js';
import { BASE_URL, useMockApi } from '../test-support/harness.js';
import { CookieJar } from '../test-support/cookie-jar.js';

const ORIGIN = new URL(BASE_URL).origin;
const { api, client } = useMockApi();

interface SendOptions {
  body?: unknown;
  /** `X-XSRF-TOKEN`; by default the jar's current token, `null` sends none. */
  xsrf?: string | null;
  token?: string;
  idempotencyKey?: string;
}

/** A request under the API base URL as a page in cookie mode sends it. */
function send(jar: CookieJar, method: string, path: string, options: SendOptions = {}): Promise<Response> {
  const headers = new Headers({ Accept: 'application/json' });
  const xsrf = options.xsrf === undefined ? jar.value('XSRF-TOKEN') : options.xsrf;
  if (xsrf) headers.set('X-XSRF-TOKEN', xsrf);
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  return jar.fetch(`${BASE_URL}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
}

/** A jar holding a fresh session, as after `auth.csrfCookie()`. */
async function startSession(): Promise<CookieJar> {
  const jar = new CookieJar();
  const response = await jar.fetch(`${ORIGIN}/sanctum/csrf-cookie`);
  assert.equal(response.status, 204);
  return jar;
}

/** A jar signed in as `email` through the session; also returns the token the login answered with. */
async function signIn(email: string): Promise<{ jar: CookieJar; token: string }> {
  const jar = await startSession();
  const response = await send(jar, 'POST', '/auth/login', { body: { email, password: DEMO_PASSWORD } });
  assert.equal(response.status, 200);
  return { jar, token: ((await response.json()) as { token: string }).token };
}

async function status(response: Promise<Response>): Promise<number> {
  return (await response).status;
}

describe('Sanctum SPA mode', () => {
  it('serves /sanctum/csrf-cookie on the API’s origin, outside the versioned API', async () => {
    const jar = await startSession();
    assert.ok(jar.raw('coursekit_session'));
    assert.ok(jar.value('XSRF-TOKEN'));
    const inside = await fetch(`${BASE_URL}/sanctum/csrf-cookie`);
    assert.equal(inside.status, 404);
  });

  it('keeps an existing session, and its token, when the cookie is fetched again', async () => {
    const { jar } = await signIn(DEMO_ACCOUNTS.student);
    const [session, xsrf] = [jar.raw('coursekit_session'), jar.value('XSRF-TOKEN')];
    await jar.fetch(`${ORIGIN}/sanctum/csrf-cookie`);
    assert.deepEqual([jar.raw('coursekit_session'), jar.value('XSRF-TOKEN')], [session, xsrf]);
    assert.equal(await status(send(jar, 'GET', '/me')), 200);
  });

  it('leaves bearer-token requests stateless: no cookies set, no XSRF token needed', async () => {
    const jar = new CookieJar();
    const token = api.issueToken(DEMO_ACCOUNTS.student);
    assert.equal(await status(send(jar, 'PUT', '/me/wishlist/1', { token })), 200);
    const login = await send(jar, 'POST', '/auth/login', { body: { email: DEMO_ACCOUNTS.student, password: DEMO_PASSWORD } });
    assert.equal(login.status, 200);
    assert.deepEqual(login.headers.getSetCookie(), [], 'a login without a session cookie starts no session');
    await client(DEMO_ACCOUNTS.student).wishlist.add(2);
  });

  it('signs a new account in to the session on register', async () => {
    const jar = await startSession();
    const body = { name: 'Cookie Learner', email: 'cookie@example.org', password: 'password1', password_confirmation: 'password1' };
    assert.equal(await status(send(jar, 'POST', '/auth/register', { body })), 201);
    const me = await send(jar, 'GET', '/me');
    assert.equal(((await me.json()) as { data: { email: string } }).data.email, 'cookie@example.org');
  });

  it('replaces an unknown session with a new one, whose mutations need its own token', async () => {
    const jar = new CookieJar();
    jar.store(new Response(null, { headers: [['Set-Cookie', 'coursekit_session=forged; Path=/']] }));
    assert.equal(await status(send(jar, 'GET', '/tags')), 200);
    assert.notEqual(jar.raw('coursekit_session'), 'forged');
    assert.equal(await status(send(jar, 'POST', '/coupons/validate', { xsrf: 'guessed', body: { code: 'FIXED5', course_ids: [1] } })), 419);
  });

  it('does not store a 419 under its Idempotency-Key: the same key works with the token', async () => {
    const { jar } = await signIn(DEMO_ACCOUNTS.student);
    const refused = await send(jar, 'PUT', '/me/wishlist/3', { xsrf: null, idempotencyKey: 'wish-3' });
    assert.equal(refused.status, 419);
    const accepted = await send(jar, 'PUT', '/me/wishlist/3', { idempotencyKey: 'wish-3' });
    assert.equal(accepted.status, 200);
    assert.equal(accepted.headers.get('idempotent-replayed'), null);
  });

  it('logout ends the session and revokes the bearer token sent with it', async () => {
    const { jar, token } = await signIn(DEMO_ACCOUNTS.student);
    assert.equal(await status(send(jar, 'POST', '/auth/logout', { token })), 204);
    assert.equal(await status(send(jar, 'GET', '/me')), 401);
    assert.equal(await status(send(new CookieJar(), 'GET', '/me', { token })), 401);
  });

  it('signs a soft-deleted user out of every session', async () => {
    const { jar } = await signIn(DEMO_ACCOUNTS.student);
    api.db.softDelete('users', api.db.first('users', (row) => row.email === DEMO_ACCOUNTS.student)!.id);
    assert.equal(await status(send(jar, 'GET', '/me')), 401);
  });

  it('ends every session on reset()', async () => {
    const { jar } = await signIn(DEMO_ACCOUNTS.student);
    api.reset();
    assert.equal(await status(send(jar, 'GET', '/me')), 401);
  });

  it('exempts the mock’s control routes and the test gateway, which are not part of the app', async () => {
    const { jar } = await signIn(DEMO_ACCOUNTS.student);
    const confirm = await send(jar, 'POST', '/test-gateway/confirm', { xsrf: null, body: {} });
    assert.equal(confirm.status, 422, 'validated, not refused for CSRF');
    assert.deepEqual(confirm.headers.getSetCookie(), []);
    assert.equal(await status(send(jar, 'DELETE', '/__mock/faults', { xsrf: null })), 200);
  });
});
