/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, api, mount, networkIdle, part, requests, until, untilTestEnds, worker } from '../../test-support/api.js';
import type { CkitCourseCard } from '../course-card/course-card.component.js';
import type { CkitInstructorProfile } from './instructor-profile.component.js';
import './instructor-profile.js';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cards = (profile: CkitInstructorProfile) => [...profile.shadowRoot!.querySelectorAll<CkitCourseCard>('ckit-course-card')];
/** Published courses the user teaches, most students first. */
const taughtBy = (userId: number) => {
  const ids = new Set(api.db.where('course_instructors', (row) => row.user_id === userId).map((row) => row.course_id));
  return api.db.where('courses', (row) => ids.has(row.id) && row.status === 'published');
};

describe('<ckit-instructor-profile>', () => {
  it('shows an accessible placeholder while loading', async () => {
    worker.use(http.get(`${API}/instructors/:slug`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const profile = await mount<CkitInstructorProfile>(html`<ckit-instructor-profile instructor-slug="marcus-chen"></ckit-instructor-profile>`, { signedIn: false });
    await until(() => requests.includes('GET /instructors/marcus-chen'), 'profile request');
    expect(part(profile, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(profile).to.be.accessible();
  });

  it('shows the public profile and the instructor\'s courses as cards, without a request per card, accessibly', async () => {
    const profile = await mount<CkitInstructorProfile>(
      html`<ckit-instructor-profile instructor-slug="marcus-chen" course-href-template="/courses/{slug}"></ckit-instructor-profile>`,
      { signedIn: false },
    );
    await until(() => cards(profile).length > 0, 'course cards');
    const name = part(profile, '[part="name"]');
    expect([text(name), name.getAttribute('role'), name.getAttribute('aria-level')]).to.deep.equal(['Marcus Chen', 'heading', '2']);
    expect(text(part(profile, '[part="headline"]'))).to.equal('Staff frontend engineer, React since 0.13');
    expect(text(part(profile, '[part="company"]'))).to.equal('Brightline');
    const website = part<HTMLAnchorElement>(profile, '[part="website"]');
    expect([website.href, website.rel, website.target, text(website)]).to.deep.equal(['https://marcuschen.example.com/', 'noopener noreferrer ugc', '_blank', 'Website (marcuschen.example.com)']);
    expect(new URL(part<HTMLImageElement>(profile, 'img[part="avatar"]').src).pathname).to.equal('/api/v1/storage/avatars/marcus.svg');
    expect(text(part(profile, '[part="bio"]'))).to.match(/^Marcus leads frontend architecture/);
    expect(text(part(profile, '[part="courses-heading"]'))).to.equal('Courses by Marcus Chen');
    expect(part(profile, '[part="courses-heading"]').getAttribute('aria-level')).to.equal('3');

    const expected = taughtBy(4).sort((a, b) => b.student_count - a.student_count);
    await until(() => cards(profile).every((card) => card.shadowRoot?.querySelector('[part="link"]')), 'cards rendered');
    expect(cards(profile).map((card) => card.course?.id)).to.deep.equal(expected.slice(0, 6).map((course) => course.id));
    expect(cards(profile)[0]!.shadowRoot!.querySelector('[part="link"]')!.getAttribute('href')).to.equal(`/courses/${expected[0]!.slug}`);
    expect(cards(profile)[0]!.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('4');
    await networkIdle();
    expect(requests.filter((line) => line.startsWith('GET /instructors/'))).to.deep.equal(['GET /instructors/marcus-chen']);
    expect(requests.filter((line) => line.startsWith('GET /courses'))).to.have.length(1);
    expect(requests.find((line) => line.startsWith('GET /courses'))).to.contain('filter%5Binstructor%5D=marcus-chen');
    await expect(profile).to.be.accessible();
  });

  it('leaves the courses out with max-courses="0", e.g. on a course page', async () => {
    const profile = await mount<CkitInstructorProfile>(html`<ckit-instructor-profile instructor-slug="ines-ortega" max-courses="0" heading-level="3"></ckit-instructor-profile>`, {
      signedIn: false,
    });
    await until(() => profile.shadowRoot?.querySelector('[part="name"]'), 'profile');
    expect(part(profile, '[part="name"]').getAttribute('aria-level')).to.equal('3');
    expect(profile.shadowRoot!.querySelector('[part="courses"]')).to.equal(null);
    await networkIdle();
    expect(requests.some((line) => line.startsWith('GET /courses'))).to.be.false;
    await expect(profile).to.be.accessible();
  });

  it('sanitizes an HTML biography', async () => {
    const row = api.db.first('instructors', (candidate) => candidate.slug === 'marcus-chen')!;
    api.db.update('instructors', row.id, { bio: '<p>Builds <em>fast</em> sites.</p><img src="x" onerror="window.hacked = true">', website: 'javascript:alert(1)' });
    const profile = await mount<CkitInstructorProfile>(html`<ckit-instructor-profile instructor-slug="marcus-chen" max-courses="0"></ckit-instructor-profile>`, { signedIn: false });
    await until(() => profile.shadowRoot?.querySelector('[part="bio"] em'), 'sanitized bio');
    expect(text(part(profile, '[part="bio"]'))).to.equal('Builds fast sites.');
    expect(profile.shadowRoot!.querySelector('[part="bio"] img')).to.equal(null);
    // Only web links are shown as the website.
    expect(profile.shadowRoot!.querySelector('[part="website"]')).to.equal(null);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('says so when the instructor has no published course', async () => {
    for (const course of taughtBy(4)) api.db.update('courses', course.id, { status: 'draft' });
    const profile = await mount<CkitInstructorProfile>(html`<ckit-instructor-profile instructor-slug="marcus-chen"></ckit-instructor-profile>`, { signedIn: false });
    await until(() => text(profile.shadowRoot?.querySelector('[part="courses"] p')) !== '', 'empty courses');
    expect(text(part(profile, '[part="courses"] p'))).to.equal('No published courses yet.');
    await expect(profile).to.be.accessible();
  });

  it('says the instructor was not found, without a retry, and reports ckit-error', async () => {
    const errors: string[] = [];
    const profile = await mount<CkitInstructorProfile>(
      html`<ckit-instructor-profile instructor-slug="nobody" @ckit-error=${(event: CustomEvent<{ operation: string }>) => errors.push(event.detail.operation)}></ckit-instructor-profile>`,
      { signedIn: false },
    );
    await until(() => profile.shadowRoot?.querySelector('[part="error"]'), 'error state');
    expect(text(part(profile, '[part="error"] strong'))).to.equal('This instructor was not found');
    expect(profile.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    expect(errors).to.deep.equal(['instructors.retrieve']);
    await expect(profile).to.be.accessible();
  });

  it('offers a retry when the server fails', async () => {
    let fail = true;
    worker.use(http.get(`${API}/instructors/:slug`, () => (fail ? HttpResponse.json({ message: 'Down' }, { status: 500 }) : undefined)));
    const profile = await mount<CkitInstructorProfile>(html`<ckit-instructor-profile instructor-slug="marcus-chen" max-courses="0"></ckit-instructor-profile>`, { signedIn: false });
    await until(() => profile.shadowRoot?.querySelector('[part="retry-button"]'), 'retry button');
    await expect(profile).to.be.accessible();
    fail = false;
    part<HTMLButtonElement>(profile, '[part="retry-button"]').click();
    await until(() => profile.shadowRoot?.querySelector('[part="name"]'), 'profile after retry');
  });

  it('asks for an instructor-slug instead of loading forever', async () => {
    const profile = await mount<CkitInstructorProfile>(html`<ckit-instructor-profile></ckit-instructor-profile>`, { signedIn: false });
    await until(() => profile.shadowRoot?.querySelector('[part="error"]'), 'error state');
    expect(requests.some((line) => line.startsWith('GET /instructors'))).to.be.false;
  });
});
