/**
 * Sanctum's SPA cookie mode in a real browser: the Service Worker mock sets the cookies in
 * `document.cookie`, sees them on same-origin requests, and the SDK in `credentials: 'include'`
 * mode echoes `XSRF-TOKEN` without ever holding a token.
 */
import { expect } from '@open-wc/testing';
import { APIError, AuthenticationError, CourseKit } from '@coursekit/sdk';
import { createMockApi, startMockWorker } from './browser.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-data/reference.js';

const storageKey = 'coursekit-mock:cookie-mode-test';

/** The names of the cookies the page holds. */
function cookieNames(): string[] {
  return document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]!);
}

describe('@coursekit/mock cookie mode in the browser', () => {
  it('signs in with cookies only, echoes the XSRF token on mutations, survives a reload and signs out', async () => {
    localStorage.removeItem(storageKey);
    const { worker, api } = await startMockWorker({ storageKey, pageFlags: false });
    let current = api;
    try {
      const signIn = new CourseKit({ baseUrl: '/api/v1', credentials: 'include', maxRetries: 0 });
      await signIn.auth.csrfCookie();
      expect(cookieNames()).to.include.members(['XSRF-TOKEN', 'coursekit_session']);
      await signIn.auth.login({ email: DEMO_ACCOUNTS.student, password: DEMO_PASSWORD });

      // A new client without any token: the session cookie alone signs it in.
      const ck = new CourseKit({ baseUrl: '/api/v1', credentials: 'include', maxRetries: 0 });
      expect(ck.http.hasToken()).to.equal(false);
      expect((await ck.me.retrieve()).email).to.equal(DEMO_ACCOUNTS.student);
      const course = api.db.first('courses', (row) => row.slug === 'rust-for-systems-programmers')!;
      expect((await ck.wishlist.add(course.id)).course_id).to.equal(course.id);

      // Same-origin requests carry the cookie anyway; without the echoed token a mutation is refused.
      const withoutXsrf = new CourseKit({ baseUrl: '/api/v1', maxRetries: 0 });
      const refused = await withoutXsrf.wishlist.remove(course.id).catch((error: unknown) => error);
      expect(refused).to.be.instanceOf(APIError);
      expect([(refused as APIError).status, (refused as APIError).code]).to.deep.equal([419, 'csrf_token_mismatch']);

      // A reload: a fresh backend instance built from localStorage keeps the session.
      current = createMockApi({ persist: 'localStorage', storageKey });
      worker.resetHandlers(...current.handlers);
      expect((await ck.wishlist.list()).data.map((entry) => entry.course_id)).to.include(course.id);

      await ck.auth.logout();
      const error = await ck.me.retrieve().catch((e: unknown) => e);
      expect(error).to.be.instanceOf(AuthenticationError);
    } finally {
      current.reset();
      api.reset();
      await worker.stop();
    }
    expect(cookieNames().filter((name) => name === 'XSRF-TOKEN' || name === 'coursekit_session'), 'reset() deletes the cookies it set').to.deep.equal([]);
    expect(localStorage.getItem(`${storageKey}:sessions`)).to.equal(null);
  });
});
