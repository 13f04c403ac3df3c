/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, mount, networkIdle, part, requests, until, worker } from '../test-support/api.js';
import type { CkitWishlist } from '../components/wishlist/wishlist.component.js';
import type { CkitCourseCard } from '../components/course-card/course-card.component.js';
import '../components/wishlist/wishlist.js';
import '../components/course-card/course-card.js';

/** A list endpoint that always answers page 1 of 2 with the same entries: its pages never advance. */
const stuckPage = (entries: unknown[]) => () =>
  HttpResponse.json({ data: entries, meta: { current_page: 1, last_page: 2, per_page: 100, total: 200 }, links: { next: `${API}/stuck?page=2` } });

describe('lists the elements walk on their own', () => {
  it('a wishlist whose pages never advance ends in its error state after a few requests, not a request storm', async () => {
    worker.use(http.get(`${API}/me/wishlist`, stuckPage([{ id: 1, user_id: 2, course_id: 3, created_at: null, updated_at: null }])));
    const list = await mount<CkitWishlist>(html`<ckit-wishlist></ckit-wishlist>`);
    await until(() => list.shadowRoot?.querySelector('[part="error"]'), 'error state');
    await networkIdle();
    expect(requests.filter((line) => line.startsWith('GET /me/wishlist')).length, requests.join(', ')).to.be.at.most(3);
  });

  it('a course card whose learner enrollments never advance still shows the course, after a few requests', async () => {
    worker.use(http.get(`${API}/me/enrollments`, stuckPage([{ id: 1, user_id: 2, course_id: 3, status: 'active', enrolled_at: null, completed_at: null, created_at: null, updated_at: null }])));
    const errors: unknown[] = [];
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="3" @ckit-error=${(event: CustomEvent) => errors.push(event.detail.error)}></ckit-course-card>`);
    await until(() => card.shadowRoot?.querySelector('[part="title"]'), 'card title');
    // The learner's extras load after the course: wait for their failure, not for a quiet network.
    await until(() => errors.length > 0, 'the pagination error');
    await networkIdle();
    expect(requests.filter((line) => line.startsWith('GET /me/enrollments')).length, requests.join(', ')).to.be.at.most(3);
    expect(part(card, '[part="title"]').textContent).to.not.equal('');
    expect((errors[0] as Error | undefined)?.name, 'reported as ckit-error').to.equal('PaginationError');
  });
});
