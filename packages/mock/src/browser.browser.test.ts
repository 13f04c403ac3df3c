/**
 * The reference backend in a real browser: a Service Worker answers the SDK, and the state a
 * visitor creates survives a page reload (a new backend instance reading localStorage) until reset.
 */
import { expect } from '@open-wc/testing';
import { CourseKit, isValidationError } from '@coursekit/sdk';
import { createMockApi, startMockWorker } from './browser.js';

const storageKey = 'coursekit-mock:persistence-test';

describe('@coursekit/mock in the browser', () => {
  it('keeps a new account and its wishlist across a reload, and forgets both on reset', async () => {
    localStorage.removeItem(storageKey);
    const { worker, api } = await startMockWorker({ storageKey, pageFlags: false });
    try {
      const ck = new CourseKit({ baseUrl: '/api/v1', maxRetries: 0 });
      const email = `reload-${Date.now()}@example.com`;
      await ck.auth.register({ name: 'Reload Tester', email, password: 'correct horse', password_confirmation: 'correct horse' });
      const [course] = (await ck.courses.list({ per_page: 1 })).data;
      await ck.wishlist.add(course!.id);
      expect(localStorage.getItem(storageKey), 'changes are written to localStorage').to.be.a('string');

      // A reload: a fresh backend instance built from what localStorage holds.
      const reloaded = createMockApi({ persist: 'localStorage', storageKey });
      worker.resetHandlers(...reloaded.handlers);
      const again = new CourseKit({ baseUrl: '/api/v1', maxRetries: 0 });
      await again.auth.login({ email, password: 'correct horse' });
      const wishlist = await again.wishlist.list();
      expect(wishlist.data.map((entry) => entry.course_id)).to.deep.equal([course!.id]);

      reloaded.reset();
      const error = await again.auth.login({ email, password: 'correct horse' }).catch((e: unknown) => e);
      expect(isValidationError(error), 'the account is gone after reset').to.equal(true);
      expect(localStorage.getItem(storageKey)).to.equal(null);
    } finally {
      api.reset();
      worker.stop();
    }
  });
});
