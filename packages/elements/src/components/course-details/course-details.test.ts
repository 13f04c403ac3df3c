/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, api, mount, part, requests, until, untilTestEnds, worker } from '../../test-support/api.js';
import { jsonScriptText } from '../../internal/trusted-types.js';
import type { CkitCourseDetails } from './course-details.component.js';
import { validateStructuredData } from '../../test-support/google-course.js';
import './course-details.js';

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shown = (details: CkitCourseDetails) => until(() => details.shadowRoot?.querySelector('[part="title"]'), 'course title');
const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
/** The page's JSON-LD once it has the extras (rating, syllabus). */
async function jsonLd(): Promise<Record<string, unknown>> {
  await until(() => jsonLdScripts().some((script) => script.textContent!.includes('aggregateRating')), 'JSON-LD with the rating');
  expect(jsonLdScripts()).to.have.length(1);
  return JSON.parse(jsonLdScripts()[0]!.textContent!) as Record<string, unknown>;
}

describe('<ckit-course-details>', () => {
  it('shows an accessible placeholder while loading', async () => {
    worker.use(http.get(`${API}/courses/:id`, () => untilTestEnds().then(() => HttpResponse.json({}, { status: 503 }))));
    const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="1"></ckit-course-details>`, { signedIn: false });
    await until(() => requests.some((line) => line.startsWith('GET /courses/1?')), 'course request');
    expect(part(details, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    expect(jsonLdScripts()).to.have.length(0);
    await expect(details).to.be.accessible();
  });

  it('shows what a buyer reads: breadcrumb, the title as the main heading, facts, tags, instructors, accessibly', async () => {
    const loadedEvent = new Promise<CustomEvent>((resolve) => document.addEventListener('ckit-course-load', resolve as EventListener, { once: true }));
    const details = await mount<CkitCourseDetails>(
      html`<ckit-course-details course-slug="modern-javascript-from-scratch" category-href-template="/courses?category={slug}" instructor-href-template="/instructors/{slug}"></ckit-course-details>`,
      { signedIn: false },
    );
    await shown(details);
    expect(((await loadedEvent).detail as { course: { id: number } }).course.id).to.equal(1);
    const title = part(details, '[part="title"]');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('1');
    expect(text(title)).to.equal('Modern JavaScript from Scratch');
    const crumb = part<HTMLAnchorElement>(details, '[part="breadcrumb"] a');
    expect(part(details, '[part="breadcrumb"]').getAttribute('aria-label')).to.equal('Breadcrumb');
    expect([crumb.getAttribute('href'), text(crumb)]).to.deep.equal(['/courses?category=web-development', 'Web Development']);
    await until(() => text(part(details, '[part="rating"]')).includes('review'), 'review count');
    const facts = all(details, '[part="facts"] > li').map(text);
    expect(facts).to.deep.equal(['5.0 (2 reviews)', '7 students', 'Beginner', '12 min total length', '15 lectures', 'Last updated Jan 15, 2026']);
    expect(all(details, '[part="tag"]').map(text)).to.deep.equal(['JavaScript']);
    const instructor = part(details, '[part="instructor"]');
    expect(text(instructor)).to.equal('Marcus Chen Staff frontend engineer, React since 0.13');
    expect(instructor.querySelector('a')!.getAttribute('href')).to.equal('/instructors/marcus-chen');
    expect(new URL(instructor.querySelector('img')!.src).pathname).to.equal('/api/v1/storage/avatars/marcus.svg');
    expect(text(part(details, '#about'))).to.equal('About this course');
    expect(part(details, '#about').getAttribute('aria-level')).to.equal('2');
    expect(text(part(details, '#instructors'))).to.equal('Instructor');
    await expect(details).to.be.accessible();
  });

  it('plays the preview video with captions in place of the cover when a preview lecture is a video', async () => {
    const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="1"></ckit-course-details>`, { signedIn: false });
    await until(() => details.shadowRoot?.querySelector('[part="video"]'), 'preview video');
    const video = part<HTMLVideoElement>(details, '[part="video"]');
    expect(new URL(video.src).pathname).to.equal('/api/v1/storage/lectures/1/sample-lecture.webm');
    expect(new URL(video.poster).pathname).to.equal('/api/v1/storage/covers/modern-javascript-from-scratch.svg');
    expect(video.preload).to.equal('none');
    expect(video.getAttribute('aria-label')).to.equal('Course preview: Welcome to Modern JavaScript from Scratch');
    expect([...video.querySelectorAll('track')].map((track) => track.srclang)).to.deep.equal(['en', 'fr']);
    await expect(details).to.be.accessible();
  });

  it('shows the cover when the preview video is on YouTube, and requests nothing from YouTube', async () => {
    const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="2" heading-level="2"></ckit-course-details>`, { signedIn: false });
    await shown(details);
    await until(() => requests.includes('GET /courses/2/curriculum'), 'curriculum read');
    await details.updateComplete;
    expect(details.shadowRoot!.querySelector('video, iframe')).to.equal(null);
    expect(new URL(part<HTMLImageElement>(details, '[part="media"] img').src).pathname).to.equal('/api/v1/storage/covers/typescript-for-javascript-developers.svg');
    expect(performance.getEntriesByType('resource').some((entry) => /youtube|ytimg/.test(entry.name))).to.be.false;
    expect(part(details, '[part="title"]').getAttribute('aria-level')).to.equal('2');
    expect(part(details, '#instructors').getAttribute('aria-level')).to.equal('3');
    expect(all(details, '[part="instructor"]').map((item) => text(item.querySelector('strong')))).to.deep.equal(['Marcus Chen', 'Ines Ortega']);
    expect(text(part(details, '#instructors'))).to.equal('Instructors');
  });

  it('collapses a long description behind a "Show more" button, sanitized', async () => {
    const paragraph = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>';
    api.db.update('courses', 1, { description: `${paragraph.repeat(8)}<img src="x" onerror="window.hacked = true"><script>window.hacked = true</script>` });
    const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="1"></ckit-course-details>`, { signedIn: false });
    await until(() => details.shadowRoot?.querySelector('[part="description"] p'), 'sanitized description');
    const description = part(details, '[part="description"]');
    expect(description.querySelectorAll('p')).to.have.length(8);
    expect(description.querySelector('img, script')).to.equal(null);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
    const more = part<HTMLButtonElement>(details, '[part="show-more"]');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-controls')).to.equal(description.id);
    expect(description.classList.contains('clamped')).to.be.true;
    expect(description.scrollHeight > description.clientHeight).to.be.true;
    await expect(details).to.be.accessible();
    more.focus();
    await sendKeys({ press: 'Enter' });
    await details.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('Show less');
    expect(description.classList.contains('clamped')).to.be.false;
    expect(details.shadowRoot!.activeElement === more).to.be.true;
    await expect(details).to.be.accessible();
  });

  it('shows a short description in full, without a button', async () => {
    const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="1"></ckit-course-details>`, { signedIn: false });
    await until(() => details.shadowRoot?.querySelector('[part="description"]'), 'description');
    expect(details.shadowRoot!.querySelector('[part="show-more"]')).to.equal(null);
    expect(part(details, '[part="description"]').classList.contains('clamped')).to.be.false;
  });

  describe('JSON-LD', () => {
    it('validates against the properties of Google\'s Course rich result', async () => {
      const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="2" provider-name="CourseKit Academy" provider-url="https://academy.example"></ckit-course-details>`, {
        signedIn: false,
      });
      await shown(details);
      const data = await jsonLd();
      expect(validateStructuredData(data, 'Course')).to.deep.equal([]);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['name']).to.equal('TypeScript for JavaScript Developers');
      expect(data['provider']).to.deep.equal({ '@type': 'Organization', name: 'CourseKit Academy', sameAs: 'https://academy.example' });
      expect(data['offers']).to.deep.equal([{ '@type': 'Offer', category: 'Paid', price: 49.99, priceCurrency: 'USD', availability: 'https://schema.org/InStock' }]);
      const instance = (data['hasCourseInstance'] as Record<string, unknown>[])[0]!;
      expect([instance['courseMode'], instance['courseWorkload']]).to.deep.equal(['Online', 'PT16M']);
      expect((instance['instructor'] as { name: string }[]).map((person) => person.name)).to.deep.equal(['Marcus Chen', 'Ines Ortega']);
      expect(data['aggregateRating']).to.deep.include({ '@type': 'AggregateRating', ratingValue: 3.5 });
      expect(data['totalHistoricalEnrollment']).to.equal(5);
      expect((data['syllabusSections'] as { name: string }[]).map((section) => section.name)).to.have.length(4);
      expect(data['image']).to.deep.equal([`${location.origin}/api/v1/storage/covers/typescript-for-javascript-developers.svg`]);
    });

    it('the checker itself rejects a Course without what Google requires', () => {
      expect(validateStructuredData({ '@type': 'Course', name: 'X', description: 'Y', provider: { '@type': 'Organization' }, hasCourseInstance: [{ '@type': 'CourseInstance', courseMode: 'Online' }] }, 'Course')).to.deep.equal([
        'Course.provider.name: required',
        'Course.offers: required',
        'Course.hasCourseInstance[0]: one of courseWorkload, courseSchedule is required',
      ]);
      expect(validateStructuredData({ '@type': 'Course', name: 'X', description: 'Y', provider: { '@type': 'Organization', name: 'S' }, offers: [{ '@type': 'Offer', category: 'Cheap' }], hasCourseInstance: [{ '@type': 'CourseInstance', courseMode: 'Online', courseWorkload: '5 hours' }] }, 'Course')).to.deep.equal([
        'Course.offers[0].category: unexpected value "Cheap"',
        'Course.hasCourseInstance[0].courseWorkload: unexpected value "5 hours"',
      ]);
    });

    it('marks a free course as free, with the page host as the default provider', async () => {
      const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="1"></ckit-course-details>`, { signedIn: false });
      await shown(details);
      const data = await jsonLd();
      expect(validateStructuredData(data, 'Course')).to.deep.equal([]);
      expect((data['offers'] as { category: string; price: number }[])[0]).to.deep.include({ category: 'Free', price: 0 });
      expect(data['provider']).to.deep.equal({ '@type': 'Organization', name: location.hostname, sameAs: location.origin });
    });

    it('is one script in the head, escaped so course text cannot close it, and goes away with the element', async () => {
      api.db.update('courses', 1, { title: 'Scripts </script><script>window.hacked = true</script>' });
      const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="1"></ckit-course-details>`, { signedIn: false });
      await shown(details);
      const data = await jsonLd();
      expect(data['name']).to.equal('Scripts </script><script>window.hacked = true</script>');
      expect(jsonLdScripts()[0]!.textContent).not.to.contain('<');
      expect(jsonLdScripts()[0]!.getRootNode() === document).to.be.true;
      const parent = details.parentElement!;
      details.remove();
      expect(jsonLdScripts()).to.have.length(0);
      parent.append(details);
      await until(() => jsonLdScripts().length === 1, 'JSON-LD back after reconnecting');
      details.remove();
      expect(jsonLdScripts()).to.have.length(0);
    });

    it('is left out with no-json-ld', async () => {
      const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-id="1" no-json-ld></ckit-course-details>`, { signedIn: false });
      await until(() => details.shadowRoot?.querySelector('[part="video"]'), 'extras loaded');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(jsonLdScripts()).to.have.length(0);
      details.noJsonLd = false;
      await until(() => jsonLdScripts().length === 1, 'JSON-LD once allowed');
      details.noJsonLd = true;
      await until(() => jsonLdScripts().length === 0, 'JSON-LD removed again');
    });

    it('passes through the coursekit Trusted Types policy as script text, and only JSON does', () => {
      const trustedTypes = (window as { trustedTypes?: { isScript(value: unknown): boolean } }).trustedTypes!;
      expect(trustedTypes.isScript(jsonScriptText('{"@type":"Course"}'))).to.be.true;
      expect(() => jsonScriptText('alert(1)')).to.throw(SyntaxError);
    });
  });

  it('says the course was not found, without a retry, and reports ckit-error', async () => {
    const details = await mount<CkitCourseDetails>(html`<ckit-course-details course-slug="no-such-course"></ckit-course-details>`, { signedIn: false });
    const error = await oneEvent(details, 'ckit-error');
    expect((error as CustomEvent<{ operation: string }>).detail.operation).to.equal('course.retrieve');
    await until(() => details.shadowRoot?.querySelector('[part="error"]'), 'error state');
    expect(text(part(details, '[part="error"] strong'))).to.equal('This course was not found');
    expect(details.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    expect(jsonLdScripts()).to.have.length(0);
    await expect(details).to.be.accessible();
  });
});

afterEach(() => {
  for (const script of document.head.querySelectorAll('script[type="application/ld+json"]')) script.remove();
});
