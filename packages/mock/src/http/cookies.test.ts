import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deliverCookies, serializeCookie } from './cookies.js';

describe('cookies', () => {
  it('writes Set-Cookie the way Laravel does, and delivers each cookie as its own header', () => {
    const session = { name: 'coursekit_session', value: 'abc', maxAge: 7200, httpOnly: true };
    const xsrf = { name: 'XSRF-TOKEN', value: 'x+y=', maxAge: 7200, httpOnly: false };
    assert.equal(serializeCookie(session), 'coursekit_session=abc; Max-Age=7200; Path=/; SameSite=Lax; HttpOnly');
    assert.equal(serializeCookie(xsrf), 'XSRF-TOKEN=x%2By%3D; Max-Age=7200; Path=/; SameSite=Lax');
    const response = new Response(null, { status: 204 });
    deliverCookies(response, [session, xsrf]);
    assert.deepEqual(response.headers.getSetCookie(), [serializeCookie(session), serializeCookie(xsrf)]);
  });
});
