/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, networkIdle, part, requests, testClient, until, untilTestEnds, withHostileCss, worker } from '../../test-support/api.js';
import type { CkitCourseReviews } from './course-reviews.component.js';
import './course-reviews.js';
import '../course-card/course-card.js';

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element, selector: string) => part(element, selector).textContent!.replace(/\s+/g, ' ').trim();
const listed = (reviews: CkitCourseReviews) => until(() => reviews.shadowRoot?.querySelector('[part="list"] [part="review"]'), 'review list');
const formShown = (reviews: CkitCourseReviews) => until(() => reviews.shadowRoot?.querySelector('[part="form"]'), 'review form');

/** Seed learners other than the signed-in student, to write reviews. */
const reviewers = () => api.db.where('users', (row) => row.role === 'student' && row.id !== STUDENT.id);

/**
 * Replaces the reviews of course 1 (the student is enrolled and has not reviewed it) with
 * `bodies.length` approved reviews, newest first, rated 4, 3, 2, 1, 5, 4, … in that order.
 */
function arrangeReviews(bodies: string[]): void {
  api.db.deleteWhere('reviews', (row) => row.course_id === 1);
  bodies.forEach((body, index) => {
    const created = new Date(Date.UTC(2026, 0, 2, 3, 4, 5) - index * 86_400_000).toISOString().replace('Z', '000Z');
    api.db.insert('reviews', { course_id: 1, user_id: reviewers()[index]!.id, rating: 5 - ((index + 1) % 5), body, is_approved: true, created_at: created, updated_at: created });
  });
}
const twelve = () => arrangeReviews(Array.from({ length: 12 }, (_, index) => `Review number ${index + 1}.`));

describe('<ckit-course-reviews>', () => {
  it('shows accessible placeholders while loading', async () => {
    worker.use(http.get(`${API}/courses/:id/reviews/summary`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await until(() => requests.some((line) => line.startsWith('GET /courses/1/reviews/summary')));
    expect(part(reviews, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(reviews).to.be.accessible();
  });

  it('shows the average, count, histogram and the first page of reviews, accessibly', async () => {
    twelve();
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await listed(reviews);
    expect(text(reviews, '[part="average"]')).to.equal('3.1');
    expect(text(reviews, '[part="count"]')).to.equal('12 reviews');
    expect(all(reviews, '[part="histogram-row"]').map((row) => row.querySelector('.sr-only')!.textContent)).to.deep.equal([
      '5 stars: 2 reviews',
      '4 stars: 3 reviews',
      '3 stars: 3 reviews',
      '2 stars: 2 reviews',
      '1 star: 2 reviews',
    ]);
    expect(all(reviews, '[part="list"] [part="review"]')).to.have.length(10);
    expect(text(reviews, '[part="reviewer"]')).to.equal(reviewers()[0]!.name);
    expect(part(reviews, '[part="date"]').getAttribute('datetime')).to.equal('2026-01-02T03:04:05.000Z');
    expect(text(reviews, '[part="date"]')).to.equal('Jan 2, 2026');
    expect(all(reviews, '[part="pagination"] li').map((item) => item.textContent!.trim())).to.deep.equal(['1', '2']);
    await expect(reviews).to.be.accessible();
  });

  it('takes a course slug, sharing the course request with a card of the same course', async () => {
    twelve();
    const wrapper = await mount<HTMLElement>(html`<div>
      <ckit-course-card course-slug="modern-javascript-from-scratch"></ckit-course-card>
      <ckit-course-reviews course-slug="modern-javascript-from-scratch"></ckit-course-reviews>
    </div>`);
    const reviews = wrapper.querySelector('ckit-course-reviews')!;
    await listed(reviews);
    expect(text(reviews, '[part="count"]')).to.equal('12 reviews');
    expect(requests.filter((line) => line.startsWith('GET /courses/modern-javascript-from-scratch'))).to.have.length(1);
    expect(requests).to.include('GET /courses/1/reviews/summary');
  });

  it('filters the list by a histogram row, and back', async () => {
    twelve();
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await listed(reviews);
    const five = all(reviews, '[part="histogram-row"]')[0]!;
    five.click();
    await until(() => all(reviews, '[part="list"] [part="review"]').length === 2, 'only 5-star reviews');
    expect(five.getAttribute('aria-pressed')).to.equal('true');
    expect(text(reviews, '[part="filter-status"]')).to.equal('Showing 5-star reviews Show all reviews');
    expect(requests).to.include('GET /courses/1/reviews?sort=-created_at&filter%5Brating%5D=5&page=1&per_page=10');
    await expect(reviews).to.be.accessible();
    part<HTMLButtonElement>(reviews, '[part="filter-status"] button').click();
    await until(() => all(reviews, '[part="list"] [part="review"]').length === 10, 'all reviews again');
    expect(reviews.filterRating).to.equal(0);
  });

  it('pages through reviews', async () => {
    twelve();
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await listed(reviews);
    part<HTMLButtonElement>(reviews, '[part="page-button"][aria-label="Page 2"]').click();
    await until(() => all(reviews, '[part="list"] [part="review"]').length === 2, 'page 2');
    expect(requests).to.include('GET /courses/1/reviews?sort=-created_at&page=2&per_page=10');
  });

  it('tells visitors who may not review why: signed out, or not enrolled', async () => {
    const provider = await fixture(html`<ckit-provider base-url="/api/v1"><ckit-course-reviews course-id="1"></ckit-course-reviews></ckit-provider>`);
    const anonymous = provider.querySelector('ckit-course-reviews')!;
    await until(() => anonymous.shadowRoot?.querySelector('[part="eligibility"]'));
    expect(text(anonymous, '[part="eligibility"]')).to.equal('Sign in to review this course.');
    expect(anonymous.shadowRoot!.querySelector('[part="form"]')).to.equal(null);

    const outsider = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="7"></ckit-course-reviews>`);
    await until(() => outsider.shadowRoot?.querySelector('[part="eligibility"]'));
    expect(text(outsider, '[part="eligibility"]')).to.equal('Only learners enrolled in this course can review it.');
    await expect(outsider).to.be.accessible();
  });

  it('lets an enrolled learner post a review with a keyboard-operable star group', async () => {
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await formShown(reviews);
    await expect(reviews).to.be.accessible();

    part<HTMLButtonElement>(reviews, '[part="submit-button"]').click();
    await until(() => reviews.shadowRoot?.querySelector('[part="form-error"]'));
    expect(text(reviews, '[part="form-error"]')).to.equal('Choose a rating from 1 to 5 stars.');
    expect(reviews.shadowRoot!.activeElement?.getAttribute('value'), 'focus moves to the stars').to.equal('1');

    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(part<HTMLInputElement>(reviews, 'input[value="4"]').checked).to.equal(true);
    await reviews.updateComplete;
    expect(all(reviews, '.stars-row label.on')).to.have.length(4);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Clear and practical.' });

    const submitted = oneEvent(reviews, 'ckit-review-submit');
    part<HTMLButtonElement>(reviews, '[part="submit-button"]').click();
    const { detail } = await submitted;
    expect(detail.action).to.equal('create');
    expect(detail.review).to.deep.include({ rating: 4, body: 'Clear and practical.', user_id: STUDENT.id });
    await until(() => reviews.shadowRoot?.querySelector('[part="own-review"]'), 'own review');
    expect(text(reviews, '[part="notice"]')).to.equal('Thank you! Your review was posted.');
    expect(text(reviews, '[part="own-review"] [part="review-body"]')).to.equal('Clear and practical.');
    expect(api.db.first('reviews', (row) => row.course_id === 1 && row.user_id === STUDENT.id)?.rating).to.equal(4);
    expect(reviews.shadowRoot!.querySelector('[part="form"]')).to.equal(null);
    // Compared as a boolean: a failing comparison of two DOM nodes makes chai walk the whole tree.
    expect(reviews.shadowRoot!.activeElement === part(reviews, '[part~="notice"]'), 'focus moves to the confirmation, not <body>').to.equal(true);
    await expect(reviews).to.be.accessible();
  });

  it('refreshes the course\'s rating on the page after a review, and nothing of another course', async () => {
    const provider = await fixture(html`<ckit-provider locale="en" .client=${testClient()}>
      <ckit-course-card course-id="1"></ckit-course-card>
      <ckit-course-card course-id="4"></ckit-course-card>
      <ckit-course-reviews course-id="1"></ckit-course-reviews>
    </ckit-provider>`);
    const reviews = provider.querySelector<CkitCourseReviews>('ckit-course-reviews')!;
    await formShown(reviews);
    await networkIdle();
    requests.length = 0;
    part<HTMLInputElement>(reviews, 'input[value="5"]').click();
    part<HTMLButtonElement>(reviews, '[part="submit-button"]').click();
    await until(() => reviews.shadowRoot?.querySelector('[part="own-review"]'), 'own review');
    await networkIdle();
    expect(requests.filter((line) => line.startsWith('GET /courses/1?')), 'course 1 reloaded for its new rating').to.have.length(1);
    expect(requests.filter((line) => line.startsWith('GET /courses/4')), 'course 4 untouched').to.deep.equal([]);
    expect(requests.filter((line) => line.startsWith('GET /courses/1/reviews/summary')), 'the summary reloaded').to.have.length(1);
  });

  it('edits and deletes the learner\'s own review', async () => {
    const mine = api.db.insert('reviews', { course_id: 1, user_id: STUDENT.id, rating: 3, body: 'Okay.', is_approved: false });
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await until(() => reviews.shadowRoot?.querySelector('[part="own-review"]'), 'own review');
    expect(text(reviews, '[part="own-review"] [part~="pending"]')).to.equal('Pending approval');
    expect(text(reviews, '[part="own-review"] .hint')).to.equal('Your review will appear publicly once a moderator approves it.');
    await expect(reviews).to.be.accessible();

    part<HTMLButtonElement>(reviews, '[part="edit-button"]').click();
    await formShown(reviews);
    expect(part<HTMLInputElement>(reviews, 'input[value="3"]').checked).to.equal(true);
    expect(part<HTMLTextAreaElement>(reviews, '[part="body-input"]').value).to.equal('Okay.');
    part<HTMLInputElement>(reviews, 'input[value="5"]').click();
    const updated = oneEvent(reviews, 'ckit-review-submit');
    part<HTMLButtonElement>(reviews, '[part="submit-button"]').click();
    expect((await updated).detail).to.deep.include({ action: 'update' });
    expect(api.db.find('reviews', mine.id)!.rating).to.equal(5);
    await until(() => reviews.shadowRoot?.querySelector('[part="own-review"] [part="edit-button"]'));
    expect(text(reviews, '[part="notice"]')).to.equal('Your review was updated.');

    part<HTMLButtonElement>(reviews, '[part="delete-button"]').click();
    await until(() => reviews.shadowRoot?.querySelector('.confirm'));
    expect(api.db.find('reviews', mine.id), 'nothing deleted before confirming').to.not.equal(undefined);
    const deleted = oneEvent(reviews, 'ckit-review-delete');
    part<HTMLButtonElement>(reviews, '[part="delete-button"]').click();
    expect((await deleted).detail).to.deep.equal({ reviewId: mine.id, courseId: 1 });
    await formShown(reviews);
    expect(text(reviews, '[part="notice"]')).to.equal('Your review was deleted.');
  });

  it('shows the server\'s reason when a review is refused, and reports it', async () => {
    worker.use(http.post(`${API}/courses/:id/reviews`, () => HttpResponse.json({ message: 'The given data was invalid.', errors: { body: ['The body may not contain links.'] } }, { status: 422 }), { once: true }));
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await formShown(reviews);
    part<HTMLInputElement>(reviews, 'input[value="2"]').click();
    const failed = oneEvent(reviews, 'ckit-error');
    part<HTMLButtonElement>(reviews, '[part="submit-button"]').click();
    expect((await failed).detail.operation).to.equal('reviews.create');
    await until(() => reviews.shadowRoot?.querySelector('[part="form-error"]'));
    expect(text(reviews, '[part="form-error"]')).to.equal('The body may not contain links.');

    worker.use(http.post(`${API}/courses/:id/reviews`, () => HttpResponse.json({ message: 'Already reviewed.' }, { status: 409 }), { once: true }));
    part<HTMLButtonElement>(reviews, '[part="submit-button"]').click();
    await until(() => reviews.shadowRoot!.querySelector('[part="form-error"]')?.textContent === 'You have already reviewed this course.', '409 message');
  });

  it('sanitizes review HTML: formatting stays, scripts and handlers go, links are made safe', async () => {
    arrangeReviews(['<p>Loved <strong>it</strong><img src="x" onerror="window.hacked = true"><script>window.hacked = true</script> <a href="javascript:window.hacked = true">bad</a> <a href="https://example.com">good</a></p>']);
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await listed(reviews);
    const body = part(reviews, '[part="list"] [part="review-body"]');
    await until(() => body.querySelector('strong'), 'sanitized HTML once DOMPurify has loaded');
    expect(body.querySelector('strong')?.textContent).to.equal('it');
    expect(body.querySelector('img, script')).to.equal(null);
    const links = [...body.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([null, 'https://example.com']);
    expect(links[1]!.rel).to.equal('noopener noreferrer ugc');
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('keeps line breaks of plain-text reviews', async () => {
    arrangeReviews(['First line\nSecond line']);
    const reviews = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await listed(reviews);
    const body = part(reviews, '[part="list"] [part="review-body"]');
    expect(getComputedStyle(body).whiteSpace).to.equal('pre-line');
    expect(body.textContent).to.equal('First line\nSecond line');
  });

  it('renders accessible empty and error states', async () => {
    arrangeReviews([]);
    const empty = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await until(() => empty.shadowRoot?.querySelector('[part="empty"]'));
    expect(text(empty, '[part="count"]')).to.equal('No reviews yet');
    await expect(empty).to.be.accessible();

    worker.use(http.get(`${API}/courses/:id/reviews/summary`, () => HttpResponse.json({ message: 'Down' }, { status: 500 }), { once: true }));
    const failing = await mount<CkitCourseReviews>(html`<ckit-course-reviews course-id="1"></ckit-course-reviews>`);
    await until(() => failing.shadowRoot?.querySelector('[part="error"]'));
    await expect(failing).to.be.accessible();
    part<HTMLButtonElement>(failing, '[part="retry-button"]').click();
    await until(() => failing.shadowRoot?.querySelector('[part="summary"]'), 'summary after retry');
  });

  it('renders right to left and survives a hostile host stylesheet', async () => {
    twelve();
    await withHostileCss(async () => {
      const wrapper = await mount<HTMLElement>(html`<div dir="rtl" style="inline-size: 900px"><ckit-course-reviews course-id="1"></ckit-course-reviews></div>`);
      const reviews = wrapper.querySelector('ckit-course-reviews')!;
      await listed(reviews);
      const summary = part(reviews, '[part="summary"]').getBoundingClientRect();
      const list = part(reviews, '[part="list"]').getBoundingClientRect();
      expect(summary.left, 'summary column on the right').to.be.greaterThan(list.left);
      expect(getComputedStyle(part(reviews, '[part="reviewer"]')).fontSize).to.equal('15px');
      expect(part(reviews, '[part~="base"]').getBoundingClientRect().width).to.be.at.most(900);
      await expect(reviews).to.be.accessible();
    });
  });
});
