/**
 * Sanctum's SPA cookie mode over real HTTP, played the way a browser on another port of the same
 * host would: cross-origin requests with credentials, cookies kept in a jar between requests.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockListener, type MockListener } from './server.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-data/reference.js';
import { CookieJar } from './test-support/cookie-jar.js';

/** The page's origin: an SPA on another port, the usual Sanctum setup on localhost. */
const PAGE = 'http://127.0.0.1:5173';

let server: Server;
let listener: MockListener;
let origin: string;

before(async () => {
  listener = createMockListener({ basePath: '/api/v1' });
  server = createServer((request, response) => listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A request as the page's `fetch(url, { credentials: 'include' })` sends it: Origin and the jar's cookies. */
async function send(jar: CookieJar, method: string, path: string, init: { body?: unknown; xsrf?: string | null } = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', Origin: PAGE };
  if (init.xsrf) headers['X-XSRF-TOKEN'] = init.xsrf;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return jar.fetch(`${origin}${path}`, { method, headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) });
}

describe('Sanctum SPA cookie mode over real HTTP', () => {
  it('signs in through the session cookie, refuses a mutation without the XSRF token, and signs out', async () => {
    const jar = new CookieJar();
    const db = listener.api.db;

    const csrf = await send(jar, 'GET', '/sanctum/csrf-cookie');
    assert.equal(csrf.status, 204);
    assert.equal(csrf.headers.get('access-control-allow-origin'), PAGE);
    assert.equal(csrf.headers.get('access-control-allow-credentials'), 'true');
    assert.deepEqual(jar.attributes('coursekit_session').sort(), ['HttpOnly', 'Max-Age=7200', 'Path=/', 'SameSite=Lax']);
    assert.deepEqual(jar.attributes('XSRF-TOKEN').sort(), ['Max-Age=7200', 'Path=/', 'SameSite=Lax'], 'readable by the page: no HttpOnly');
    assert.match(jar.raw('XSRF-TOKEN')!, /%3D$/, 'the value is URL-encoded on the wire');
    const guestSession = jar.raw('coursekit_session');

    const login = await send(jar, 'POST', '/api/v1/auth/login', { body: { email: DEMO_ACCOUNTS.student, password: DEMO_PASSWORD }, xsrf: jar.value('XSRF-TOKEN')! });
    assert.equal(login.status, 200);
    const body = (await login.json()) as { token: string; user: { email: string } };
    assert.equal(body.user.email, DEMO_ACCOUNTS.student);
    assert.match(body.token, /^\d+\|\w{40}$/, 'the contract’s {token, user} answer is unchanged');
    assert.notEqual(jar.raw('coursekit_session'), guestSession, 'login regenerates the session id');

    const me = await send(jar, 'GET', '/api/v1/me');
    assert.equal(me.status, 200, 'the session cookie alone authenticates');
    assert.equal(((await me.json()) as { data: { email: string } }).data.email, DEMO_ACCOUNTS.student);

    const course = db.first('courses', (row) => row.slug === 'rust-for-systems-programmers')!;
    const student = db.first('users', (row) => row.email === DEMO_ACCOUNTS.student)!;
    const wishlisted = () => db.where('wishlists', (row) => row.user_id === student.id && row.course_id === course.id).length;
    for (const xsrf of [null, jar.raw('XSRF-TOKEN')!]) {
      const refused = await send(jar, 'PUT', `/api/v1/me/wishlist/${course.id}`, { xsrf });
      assert.equal(refused.status, 419, xsrf ? 'the still-encoded cookie value is not the token' : 'no X-XSRF-TOKEN');
      assert.deepEqual(await refused.json(), { message: 'CSRF token mismatch.' });
    }
    assert.equal(wishlisted(), 0, 'a refused mutation changes nothing');
    const added = await send(jar, 'PUT', `/api/v1/me/wishlist/${course.id}`, { xsrf: jar.value('XSRF-TOKEN')! });
    assert.equal(added.status, 200);
    assert.equal(wishlisted(), 1);

    const logout = await send(jar, 'POST', '/api/v1/auth/logout', { xsrf: jar.value('XSRF-TOKEN')! });
    assert.equal(logout.status, 204);
    const after = await send(jar, 'GET', '/api/v1/me');
    assert.equal(after.status, 401);
    assert.deepEqual(await after.json(), { message: 'Unauthenticated.' });
  });

  it('answers preflights of credentialed mutations with the echoed origin, never "*"', async () => {
    const preflight = await fetch(`${origin}/api/v1/me/wishlist/1`, {
      method: 'OPTIONS',
      headers: { Origin: PAGE, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-xsrf-token,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), PAGE);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
    assert.match(preflight.headers.get('access-control-allow-headers')!, /X-XSRF-TOKEN/);
    const sameOrigin = await fetch(`${origin}/api/v1/tags`);
    assert.equal(sameOrigin.headers.get('access-control-allow-origin'), null, 'no CORS headers without an Origin');
    assert.equal(sameOrigin.headers.get('vary'), 'Origin');
  });
});
