/// <reference types="mocha" />
/**
 * The learner's side of `<ckit-course-reviews>` (`own-review.ts`) loads on demand. The page's
 * module map keeps a module once loaded, so the tests run in order: those that need its code
 * not yet loaded come first, and the element itself is imported only once the requests are watched.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html, render } from 'lit';
import { http, HttpResponse, passthrough } from 'msw';
import { STUDENT, api, deferred, mount, networkIdle, part, testClient, until, worker } from '../../test-support/api.js';
import type { CkitCourseReviews } from './course-reviews.component.js';
import { reservedOwnReview } from './reserved-own-review.js';

const OWN_REVIEW_MODULE = /\/components\/course-reviews\/own-review\.[jt]s\b/;

/** Every resource the page fetched from here on, the element's modules included. */
const fetched: string[] = [];
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource' });
/** Whether the learner's side's module was fetched; resource entries arrive in a task after the fetch. */
const ownReviewFetched = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return fetched.some((url) => OWN_REVIEW_MODULE.test(url));
};

const formShown = (reviews: CkitCourseReviews) => until(() => reviews.shadowRoot?.querySelector('[part="form"]'), 'review form');

describe('<ckit-course-reviews> loads the review form on demand', () => {
  before(async () => {
    await import('./course-reviews.js');
  });

  it('never requests the form\'s code for a visitor who is signed out or not enrolled', async () => {
    const provider = await fixture(html`<ckit-provider base-url="/api/v1"><ckit-course-reviews course-id="1"></ckit-course-reviews></ckit-provider>`);
    const anonymous = provider.querySelector('ckit-course-reviews')!;
    await until(() => anonymous.shadowRoot?.querySelector('[part="eligibility"]'), 'eligibility notice');
    const outsider = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="7"></ckit-course-reviews>`);
    await until(() => outsider.shadowRoot?.querySelector('[part="eligibility"]'), 'eligibility notice');
    await networkIdle();
    expect(fetched.some((url) => url.includes('/course-reviews/course-reviews.component.')), 'the element\'s own module is seen').to.equal(true);
    expect(await ownReviewFetched(), 'own-review module requested').to.equal(false);
    expect(anonymous.shadowRoot!.querySelector('[part="form"], .own')).to.equal(null);
    expect(outsider.shadowRoot!.querySelector('[part="form"], .own')).to.equal(null);
  });

  it('holds the form\'s room while its code loads; a failed load is reported, with a retry', async () => {
    const held = deferred();
    worker.use(http.get(OWN_REVIEW_MODULE, async () => (await held.promise, HttpResponse.error()), { once: true }));
    const operations: string[] = [];
    const onError = (event: Event) => operations.push((event as CustomEvent<{ operation: string }>).detail.operation);
    document.addEventListener('ckit-error', onError);
    try {
      // Narrow: one column, the list right below the learner's side.
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 420px"><ckit-course-reviews course-id="1"></ckit-course-reviews></div>`);
      const reviews = wrapper.querySelector<CkitCourseReviews>('ckit-course-reviews')!;
      await until(() => reviews.shadowRoot?.querySelector('.reserved') && reviews.shadowRoot.querySelector('[part="list"]'), 'stand-in and list');
      const standIn = part(reviews, '.reserved');
      expect(getComputedStyle(standIn).visibility, 'unseen').to.equal('hidden');
      expect(standIn.getAttribute('aria-hidden')).to.equal('true');
      const listTop = part(reviews, '[part="list"]').getBoundingClientRect().top;

      held.resolve();
      await until(() => reviews.shadowRoot?.querySelector('.aside [part="error"]'), 'error state in place of the form');
      expect(operations).to.deep.equal(['reviews.form']);
      await expect(reviews).to.be.accessible();

      part<HTMLButtonElement>(reviews, '.aside [part="retry-button"]').click();
      await formShown(reviews);
      await reviews.updateComplete;
      expect(reviews.shadowRoot!.querySelector('[part="error"], .reserved')).to.equal(null);
      const moved = part(reviews, '[part="list"]').getBoundingClientRect().top - listTop;
      expect(moved, 'the list moved when the form took the stand-in\'s place').to.be.closeTo(0, 0.5);
    } finally {
      document.removeEventListener('ckit-error', onError);
    }
  });

  it('gives an enrolled learner the form, which posts a review as before', async () => {
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await formShown(reviews);
    expect(await ownReviewFetched(), 'own-review module requested').to.equal(true);
    part<HTMLInputElement>(reviews, 'input[value="4"]').click();
    part<HTMLTextAreaElement>(reviews, '[part="body-input"]').value = 'Clear and practical.';
    const submitted = oneEvent(reviews, 'ckit-review-submit');
    part<HTMLButtonElement>(reviews, '[part="submit-button"]').click();
    const { detail } = await submitted;
    expect(detail.action).to.equal('create');
    expect(detail.review).to.deep.include({ rating: 4, body: 'Clear and practical.', user_id: STUDENT.id });
    await until(() => reviews.shadowRoot?.querySelector('[part="own-review"]'), 'own review');
    expect(api.db.first('reviews', (row) => row.course_id === 1 && row.user_id === STUDENT.id)?.rating).to.equal(4);
    expect(reviews.shadowRoot!.activeElement === part(reviews, '[part~="notice"]'), 'focus moves to the confirmation').to.equal(true);
  });

  it('holds the room of a learner\'s own review too', async () => {
    api.db.insert('reviews', { course_id: 1, user_id: STUDENT.id, rating: 3, body: 'Okay, though the second half drags on a little.', is_approved: false });
    const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 420px"><ckit-course-reviews course-id="1"></ckit-course-reviews></div>`);
    const reviews = wrapper.querySelector<CkitCourseReviews>('ckit-course-reviews')!;
    await until(() => reviews.shadowRoot?.querySelector('[part="own-review"] [part="edit-button"]'), 'own review');
    let own;
    for await (const review of testClient().reviews.list(1, { per_page: 100 })) if (review.user_id === STUDENT.id) own = review;
    // The stand-in, rendered in the same column as the section it stands for.
    const slot = document.createElement('div');
    part(reviews, '.aside').append(slot);
    render(reservedOwnReview(reviews['i18n'], own), slot);
    const height = (element: Element) => element.getBoundingClientRect().height;
    expect(height(part(reviews, '.reserved'))).to.be.closeTo(height(part(reviews, '[part="own-review"]')), 0.5);
  });
});
