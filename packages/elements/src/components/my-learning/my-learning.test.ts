/// <reference types="mocha" />
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, part, testClient, until, untilTestEnds, worker } from '../../test-support/api.js';
import type { CkitProvider } from '../provider/provider.component.js';
import type { CkitCurriculumPlayer } from '../curriculum-player/curriculum-player.component.js';
import type { CkitMyLearning } from './my-learning.component.js';
import '../curriculum-player/curriculum-player.js';
import './my-learning.js';

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const has = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector) != null;
const titles = (element: Element) => all(element, '[part="title"]').map((title) => title.textContent!.trim());
const item = (element: Element, courseId: number) => all(element, '[part~="item"]').find((row) => row.querySelector('[part="title"]')!.textContent!.trim() === api.db.find('courses', courseId)!.title);

const TEMPLATES = { learn: '/learn.html?slug={slug}', certificate: '/certificate.html?certificate={number}' };

async function mountLearning(options: { signedIn?: boolean } = {}): Promise<CkitMyLearning> {
  const element = await mount<CkitMyLearning>(
    html`<ckit-my-learning learn-href-template=${TEMPLATES.learn} certificate-href-template=${TEMPLATES.certificate} catalog-href="/courses.html"></ckit-my-learning>`,
    options,
  );
  await until(() => !has(element, '[part="skeleton"]'), 'loaded');
  return element;
}

describe('<ckit-my-learning>', () => {
  it('lists the enrolled courses with progress, last activity, resume and certificate links, and refunds marked', async () => {
    const learning = await mountLearning();
    expect(titles(learning)).to.have.members([1, 4, 10, 11].map((id) => api.db.find('courses', id)!.title));
    const active = item(learning, 1)!;
    const slug = api.db.find('courses', 1)!.slug;
    expect(active.querySelector('[part="resume"]')!.getAttribute('href')).to.equal(`/learn.html?slug=${slug}`);
    expect(active.querySelector('progress')).to.not.equal(null);
    expect(active.querySelector('[part="last-activity"]')!.textContent).to.match(/Last activity .*\d{4}/);
    expect(active.querySelector('[part="certificate"]')).to.equal(null);
    const completed = item(learning, 10)!;
    const certificate = api.db.first('certificates', (row) => row.user_id === STUDENT.id && row.course_id === 10)!;
    expect(completed.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Completed');
    expect(completed.querySelector('[part="certificate"]')!.getAttribute('href')).to.equal(`/certificate.html?certificate=${certificate.certificate_number}`);
    const refunded = item(learning, 11)!;
    expect(refunded.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Refunded');
    expect(refunded.querySelector('[part="resume"]')).to.equal(null);
    expect(refunded.querySelector('progress')).to.equal(null);
    await expect(learning).to.be.accessible();
  });

  it('puts the course titles at heading-level', async () => {
    const learning = await mountLearning();
    const levels = () => [...learning.shadowRoot!.querySelectorAll('[part="title"]')].map((title) => title.getAttribute('aria-level'));
    expect(new Set(levels())).to.deep.equal(new Set(['3']));
    learning.headingLevel = 2;
    await learning.updateComplete;
    expect(new Set(levels())).to.deep.equal(new Set(['2']));
  });

  it('filters in progress and completed courses with a radio group, by keyboard alone', async () => {
    const learning = await mountLearning();
    const radios = all(learning, 'input[type="radio"]') as HTMLInputElement[];
    expect(radios.map((radio) => radio.value)).to.deep.equal(['all', 'in-progress', 'completed']);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await learning.updateComplete;
    expect(learning.filter).to.equal('in-progress');
    expect(titles(learning)).to.have.members([1, 4].map((id) => api.db.find('courses', id)!.title));
    await sendKeys({ press: 'ArrowRight' });
    await learning.updateComplete;
    expect(learning.filter).to.equal('completed');
    expect(titles(learning)).to.deep.equal([api.db.find('courses', 10)!.title]);
    expect(learning.shadowRoot!.activeElement === radios[2]).to.be.true;
    await expect(learning).to.be.accessible();
  });

  it('shows an empty state with a catalog link when the learner has no course', async () => {
    api.db.deleteWhere('enrollments', (row) => row.user_id === STUDENT.id);
    const learning = await mountLearning();
    expect(part(learning, '[part="empty"]').textContent).to.contain('not enrolled');
    expect(part(learning, '[part="catalog-link"]').getAttribute('href')).to.equal('/courses.html');
    await expect(learning).to.be.accessible();
  });

  it('asks a visitor to sign in', async () => {
    const learning = await mountLearning({ signedIn: false });
    expect(part(learning, '[part="sign-in"]').textContent).to.contain('Sign in');
    await expect(learning).to.be.accessible();
  });

  it('shows accessible loading and error states', async () => {
    worker.use(http.get(`${API}/me/enrollments`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const loading = await mount<CkitMyLearning>(html`<ckit-my-learning></ckit-my-learning>`);
    await until(() => has(loading, '[part="skeleton"]'), 'skeleton');
    expect(part(loading, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(loading).to.be.accessible();
    worker.use(http.get(`${API}/me/enrollments`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const failed = await mountLearning();
    expect(has(failed, '[part="error"]')).to.be.true;
    await expect(failed).to.be.accessible();
  });

  it('shows the certificate once the player completes the last lecture, without a reload', async () => {
    const sections = api.db.where('sections', (row) => row.course_id === 1);
    const lectures = api.db.where('lectures', (row) => sections.some((section) => section.id === row.section_id));
    api.db.deleteWhere('lecture_progress', (row) => row.user_id === STUDENT.id && lectures.some((lecture) => lecture.id === row.lecture_id));
    for (const lecture of lectures.filter((row) => row.id !== 2)) api.db.insert('lecture_progress', { lecture_id: lecture.id, user_id: STUDENT.id, watched_seconds: lecture.duration_seconds ?? 1, last_watched_at: null });
    const provider = await fixture<CkitProvider>(html`<ckit-provider locale="en" .client=${testClient()}>
      <ckit-my-learning certificate-href-template=${TEMPLATES.certificate}></ckit-my-learning>
      <ckit-curriculum-player course-id="1" lecture-id="2"></ckit-curriculum-player>
    </ckit-provider>`);
    const learning = provider.querySelector('ckit-my-learning')!;
    const player = provider.querySelector<CkitCurriculumPlayer>('ckit-curriculum-player')!;
    await until(() => item(learning, 1), 'course 1 listed');
    expect(item(learning, 1)!.querySelector('[part="certificate"]')).to.equal(null);
    await until(() => player.shadowRoot?.querySelector('[part="complete-button"]'), 'lecture shown');
    part(player, '[part="complete-button"]').click();
    await until(() => item(learning, 1)?.querySelector('[part="certificate"]'), 'certificate link in my learning');
    const certificate = api.db.first('certificates', (row) => row.user_id === STUDENT.id && row.course_id === 1)!;
    expect(item(learning, 1)!.querySelector('[part="certificate"]')!.getAttribute('href')).to.equal(`/certificate.html?certificate=${certificate.certificate_number}`);
    expect(item(learning, 1)!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Completed');
    await expect(learning).to.be.accessible();
  });
});
