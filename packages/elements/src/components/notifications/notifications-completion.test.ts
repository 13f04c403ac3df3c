/// <reference types="mocha" />
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { STUDENT, api, part, requests, testClient, until } from '../../test-support/api.js';
import type { CkitProvider } from '../provider/provider.component.js';
import type { CkitCurriculumPlayer } from '../curriculum-player/curriculum-player.component.js';
import type { CkitNotifications } from './notifications.component.js';
import '../curriculum-player/curriculum-player.js';
import './notifications.js';

const COURSE = 1;
const unreadInDb = () => api.db.where('notifications', (row) => row.user_id === STUDENT.id && !row.read).length;
const itemTexts = (bell: CkitNotifications) => [...bell.shadowRoot!.querySelectorAll('[part="item"] p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

describe('<ckit-notifications> after a course is completed', () => {
  it('shows the completion in the bell, count and list, once the player completes the last lecture, without a reload', async () => {
    // Every lecture of course 1 but lecture 2 is complete: completing lecture 2 completes the course.
    const sections = api.db.where('sections', (row) => row.course_id === COURSE);
    const lectures = api.db.where('lectures', (row) => sections.some((section) => section.id === row.section_id));
    api.db.deleteWhere('lecture_progress', (row) => row.user_id === STUDENT.id && lectures.some((lecture) => lecture.id === row.lecture_id));
    for (const lecture of lectures.filter((row) => row.id !== 2)) api.db.insert('lecture_progress', { lecture_id: lecture.id, user_id: STUDENT.id, watched_seconds: lecture.duration_seconds ?? 1, last_watched_at: null });
    const title = api.db.find('courses', COURSE)!.title;

    // A poll interval far beyond the test: only the completion itself can make the bell look again.
    const provider = await fixture<CkitProvider>(html`<ckit-provider locale="en" .client=${testClient()}>
      <ckit-notifications poll-interval="3600"></ckit-notifications>
      <ckit-curriculum-player course-id=${COURSE} lecture-id="2"></ckit-curriculum-player>
    </ckit-provider>`);
    const bell = provider.querySelector<CkitNotifications>('ckit-notifications')!;
    const player = provider.querySelector<CkitCurriculumPlayer>('ckit-curriculum-player')!;
    await until(() => bell.shadowRoot?.querySelector('[part="list"]'), 'the bell loaded');
    const before = unreadInDb();
    expect(part(bell, '[part="button"]').getAttribute('aria-label')).to.equal(`Notifications, ${before} unread`);
    expect(itemTexts(bell).some((text) => text.includes(`You completed ${title}.`)), 'no completion yet').to.be.false;
    const feedLoads = () => requests.filter((line) => line.startsWith('GET /me/notifications?')).length;
    const loadsBefore = feedLoads();

    await until(() => player.shadowRoot?.querySelector('[part="complete-button"]'), 'the lecture is shown');
    part(player, '[part="complete-button"]').click();

    await until(() => itemTexts(bell).some((text) => text.includes(`You completed ${title}.`)), 'the completion is in the bell’s list');
    const after = unreadInDb();
    expect(after, 'the backend notified the learner').to.be.greaterThan(before);
    await until(() => part(bell, '[part="button"]').getAttribute('aria-label') === `Notifications, ${after} unread`, 'the unread count on the bell');
    expect(part(bell, '[part="badge"]').textContent).to.equal(String(after));
    expect(itemTexts(bell).some((text) => text === `Unread: Your certificate for ${title} is ready.`)).to.be.true;
    expect(itemTexts(bell).some((text) => text === `Unread: You completed ${title}. Congratulations!`)).to.be.true;
    expect(feedLoads(), 'the feed was loaded again, not polled').to.be.greaterThan(loadsBefore);
    expect(part(bell, '[role="status"]').textContent, 'the new notifications are announced').to.contain('new notification');
    await expect(bell).to.be.accessible();
  });
});
