/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, api, mount, networkIdle, part, requests, testClient, until, untilTestEnds, untaggedRequests, withHostileCss, worker } from '../../test-support/api.js';
import type { CkitCourseCard } from './course-card.component.js';
import type { CkitProvider } from '../provider/provider.component.js';
import './course-card.js';
import '../cart-button/cart-button.js';

const loaded = (card: CkitCourseCard) => until(() => card.shadowRoot?.querySelector('[part~="title"]'), 'card title');
const text = (card: CkitCourseCard, selector: string) => part(card, selector).textContent?.replace(/\s+/g, ' ').trim();
const INCLUDE = 'include=category%2Cinstructors%2Cmedia%2Ctags';

/** Seed course 2 (featured, taught by Marcus Chen with Ines Ortega), with numbers the assertions spell out. */
function arrangeCourse(): void {
  api.db.update('courses', 2, { short_description: 'Types without tears.', price: '19.90', duration_minutes: 320, lecture_count: 24, student_count: 1200, rating: '4.70' });
}

describe('<ckit-course-card>', () => {
  it('shows an accessible skeleton while loading', async () => {
    worker.use(http.get(`${API}/courses/:key`, () => untilTestEnds().then(() => HttpResponse.json({ message: 'Gone' }, { status: 503 }))));
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="2"></ckit-course-card>`);
    await until(() => card.shadowRoot?.querySelector('[part~="skeleton"]'));
    expect(part(card, '[part~="base"]').getAttribute('aria-busy')).to.equal('true');
    expect(part(card, '.sr-only').textContent).to.equal('Loading…');
    await expect(card).to.be.accessible();
  });

  it('renders a course loaded by id: title, price, level, duration, lectures, rating, instructors, badges', async () => {
    arrangeCourse();
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="2"></ckit-course-card>`);
    await loaded(card);
    expect(text(card, '[part="title"]')).to.equal('TypeScript for JavaScript Developers');
    expect(text(card, '[part="description"]')).to.equal('Types without tears.');
    expect(text(card, '[part="price"]')).to.equal('$19.90');
    expect(text(card, '[part="meta"]')).to.equal('Intermediate 5 hr, 20 min 24 lectures');
    expect(text(card, '[part="instructors"]')).to.equal('By Marcus Chen and Ines Ortega');
    expect(part<HTMLImageElement>(card, '[part="image"]').src).to.equal(`${API}/storage/covers/typescript-for-javascript-developers.svg`);
    expect(part(card, '.stars').getAttribute('aria-label')).to.equal('Rated 4.7 out of 5');
    expect(text(card, '[part="rating"]')).to.contain('1,200 students');
    expect(text(card, '[part="badge"]')).to.equal('Featured');
    expect(part(card, '[part="title"]').getAttribute('aria-level')).to.equal('3');
    expect(requests).to.include(`GET /courses/2?${INCLUDE}`);
    await expect(card).to.be.accessible();
  });

  it('loads by slug and announces the loaded course with ckit-course-load', async () => {
    const loads: string[] = [];
    document.addEventListener('ckit-course-load', (event) => loads.push(event.detail.course.slug), { once: true });
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-slug="react-fundamentals"></ckit-course-card>`);
    await loaded(card);
    expect(text(card, '[part="title"]')).to.equal('React Fundamentals');
    expect(requests.filter((line) => line.startsWith('GET /courses/'))).to.deep.equal([`GET /courses/react-fundamentals?${INCLUDE}`]);
    expect(loads).to.deep.equal(['react-fundamentals']);
  });

  it('renders a .course without requesting it, "Free" for a free course, and a struck-through compare price', async () => {
    const client = testClient({ signedIn: false });
    const [free, paid] = await Promise.all([client.courses.retrieve(1), client.courses.retrieve(2)]);
    requests.length = 0;
    const card = await mount<CkitCourseCard>(html`<ckit-course-card no-wishlist .course=${free} compare-price="49.90"></ckit-course-card>`, { signedIn: false });
    await loaded(card);
    expect(text(card, '[part="price"]')).to.equal('Free');
    expect(card.shadowRoot!.querySelector('[part="compare-price"]'), 'no compare price on a free course').to.equal(null);
    expect(card.shadowRoot!.querySelector('[part="wishlist"]')).to.equal(null);
    expect(requests).to.deep.equal([]);

    card.course = paid;
    await until(() => card.shadowRoot?.querySelector('[part="compare-price"]'), 'compare price');
    expect(text(card, '[part="compare-price"] .sr-only')).to.equal('Was $49.90');
    expect(part(card, '[part="compare-price"] [aria-hidden]').textContent).to.equal('$49.90');
  });

  it('renders the error state, reports ckit-error, and recovers on retry', async () => {
    worker.use(http.get(`${API}/courses/:key`, () => HttpResponse.json({ message: 'Server Error' }, { status: 500 }), { once: true }));
    arrangeCourse();
    const errors: Event[] = [];
    document.addEventListener('ckit-error', (event) => errors.push(event), { once: true });
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="2"></ckit-course-card>`);
    await until(() => card.shadowRoot?.querySelector('[part="error"]'), 'error state');
    expect(part(card, '[part="error"]').getAttribute('role')).to.equal('alert');
    expect(text(card, '[part="error"] p')).to.equal('The request failed. Please try again.');
    expect(errors).to.have.length(1);
    const detail = (errors[0] as CustomEvent).detail as { operation: string; error: Error };
    expect(detail.operation).to.equal('course.retrieve');
    expect(detail.error.name).to.equal('InternalServerError');
    await expect(card).to.be.accessible();

    part(card, '[part="retry-button"]').click();
    await loaded(card);
    expect(text(card, '[part="title"]')).to.equal('TypeScript for JavaScript Developers');
  });

  it('adds a paid course to the page\'s cart with add-to-cart, and shows no button for a free one', async () => {
    localStorage.clear();
    const client = testClient({ signedIn: false });
    const [free, paid] = await Promise.all([client.courses.retrieve(1), client.courses.retrieve(2)]);
    const card = await mount<CkitCourseCard>(html`<ckit-course-card add-to-cart .course=${free}></ckit-course-card><ckit-cart-button></ckit-cart-button>`, { signedIn: false });
    await loaded(card);
    expect(card.shadowRoot!.querySelector('[part="add-to-cart"]'), 'no cart for a free course').to.equal(null);
    card.course = paid;
    await until(() => card.shadowRoot?.querySelector('[part="add-to-cart"]'), 'the button');
    const button = part<HTMLButtonElement>(card, '[part="add-to-cart"]');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Add to cart: ${paid.title}`);
    await expect(card).to.be.accessible();
    const added = oneEvent(card, 'ckit-add-to-cart');
    button.click();
    expect((await added).detail).to.deep.equal({ courseId: 2 });
    const cart = await (card.parentElement as CkitProvider).cart.open();
    await until(() => cart.items.includes(2), 'the cart holds the course');
  });

  it('says when the course does not exist', async () => {
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-slug="nope"></ckit-course-card>`);
    await until(() => card.shadowRoot?.querySelector('[part="error"]'));
    expect(text(card, '[part="error"] strong')).to.equal('This course was not found');
    expect(text(card, '[part="error"] p')).to.equal('It may have been unpublished, or the link may be out of date.');
    expect(card.shadowRoot!.querySelector('[part="retry-button"]'), 'retrying cannot help').to.equal(null);
    // The message fills the card instead of sitting in a box nested inside it.
    const [base, error] = [part(card, '[part~="base"]'), part(card, '[part="error"]')];
    expect(error.getBoundingClientRect().width).to.be.closeTo(base.getBoundingClientRect().width, 2);
    await expect(card).to.be.accessible();
  });

  it('says what is missing when it was given no course', async () => {
    const card = await mount<CkitCourseCard>(html`<ckit-course-card layout="horizontal"></ckit-course-card>`);
    await until(() => card.shadowRoot?.querySelector('[part="error"]'));
    expect(text(card, '[part="error"] strong')).to.equal('No course selected');
    expect(text(card, '[part="error"] p')).to.equal('This page does not say which course to show.');
  });

  it('explains a missing provider instead of throwing', async () => {
    const card = await fixture<CkitCourseCard>(html`<ckit-course-card course-id="2"></ckit-course-card>`);
    const event = await oneEvent(card, 'ckit-error');
    expect(event.detail.error.name).to.equal('MissingProviderError');
    await until(() => card.shadowRoot?.querySelector('[part="error"]'));
    expect(text(card, '[part="error"] p')).to.contain('<ckit-provider base-url="…">');
  });

  it('is one link built from href-template; a click asks to navigate and can be prevented', async () => {
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="2" href-template="#/courses/{slug}?id={id}"></ckit-course-card>`);
    await loaded(card);
    const link = part<HTMLAnchorElement>(card, '[part="link"]');
    expect(link.getAttribute('href')).to.equal('#/courses/typescript-for-javascript-developers?id=2');
    // The link's hit area covers the card: a click in the card's corner lands on the link.
    const box = part(card, '[part~="base"]').getBoundingClientRect();
    expect(card.shadowRoot!.elementFromPoint(box.left + 4, box.top + 4)).to.equal(link);

    card.addEventListener('ckit-navigate-request', (event) => event.preventDefault(), { once: true });
    const requested = oneEvent(card, 'ckit-navigate-request');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    const event = await requested;
    expect(event.detail.href).to.equal('#/courses/typescript-for-javascript-developers?id=2');
    expect(event.detail.course.id).to.equal(2);
    expect(click.defaultPrevented).to.equal(true);

    // A ctrl-click is the browser's (new tab): no request, not prevented. The window listener
    // runs last, records that, and stops the test page from opening a tab.
    let requestedAgain = false;
    card.addEventListener('ckit-navigate-request', () => (requestedAgain = true), { once: true });
    let preventedByCard: boolean | undefined;
    const block = (event: Event) => {
      preventedByCard = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', block, { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
    expect(preventedByCard).to.equal(false);
    expect(requestedAgain).to.equal(false);
  });

  it('is reachable by keyboard: the link, then the wishlist toggle; Enter follows the link', async () => {
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="2" href-template="#/c/{id}"></ckit-course-card>`);
    await loaded(card);
    card.addEventListener('ckit-navigate-request', (event) => event.preventDefault());
    await sendKeys({ press: 'Tab' });
    expect(card.shadowRoot!.activeElement).to.equal(part(card, '[part="link"]'));
    const requested = oneEvent(card, 'ckit-navigate-request');
    await sendKeys({ press: 'Enter' });
    expect((await requested).detail.href).to.equal('#/c/2');
    await sendKeys({ press: 'Tab' });
    const toggle = part(card, '[part="wishlist"]');
    expect(card.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('shows the enrolled learner their progress, and asks nothing about a session when signed out', async () => {
    const { percent } = await testClient().progress.retrieve(1);
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="1"></ckit-course-card>`);
    await until(() => card.shadowRoot?.querySelector('[part="progress-bar"]'), 'progress bar');
    expect(part(card, '[part="progress-bar"]').getAttribute('aria-valuenow')).to.equal(String(Math.round(percent)));
    expect(text(card, '[part="progress"]')).to.equal(`${Math.round(percent)}% complete`);
    await expect(card).to.be.accessible();

    // Refunded (course 11) gives no access: no progress.
    const refunded = await mount<CkitCourseCard>(html`<ckit-course-card course-id="11"></ckit-course-card>`);
    await loaded(refunded);
    await networkIdle();
    await refunded.updateComplete;
    expect(refunded.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);

    // A provider-made client without a token is known to be anonymous: no /me round trip.
    const provider = await fixture(html`<ckit-provider base-url="/api/v1"><ckit-course-card course-id="1"></ckit-course-card></ckit-provider>`);
    const anonymous = provider.querySelector('ckit-course-card')!;
    await loaded(anonymous);
    await anonymous.updateComplete;
    expect(anonymous.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
    expect(untaggedRequests).to.deep.equal([`GET /courses/1?${INCLUDE}`]);

    // A client of the host's own may hold a session the store cannot see: /me answers 401.
    requests.length = 0;
    const hostClient = await mount<CkitCourseCard>(html`<ckit-course-card course-id="1"></ckit-course-card>`, { signedIn: false });
    await until(() => requests.includes('GET /me'), 'session check');
    await hostClient.updateComplete;
    expect(hostClient.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
  });

  it('shows "Preview available" with preview-badge when a lecture is free to preview', async () => {
    const lecture = api.db.first('lectures', (row) => row.is_preview)!;
    const courseId = api.db.find('sections', lecture.section_id)!.course_id;
    api.db.update('courses', courseId, { is_featured: true });
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id=${courseId} preview-badge></ckit-course-card>`);
    await until(() => card.shadowRoot!.querySelectorAll('[part="badge"]').length === 2, 'two badges');
    expect([...card.shadowRoot!.querySelectorAll('[part="badge"]')].map((badge) => badge.textContent)).to.deep.equal(['Featured', 'Preview available']);
    expect(requests).to.include(`GET /courses/${courseId}/curriculum`);

    const plain = await mount<CkitCourseCard>(html`<ckit-course-card course-id=${courseId}></ckit-course-card>`);
    await loaded(plain);
    expect(plain.shadowRoot!.querySelectorAll('[part="badge"]'), 'no curriculum request without preview-badge').to.have.length(1);
  });

  it('projects the media, badges and footer slots', async () => {
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="2">
      <img slot="media" alt="Custom cover" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      <span slot="badges">Bestseller</span>
      <a slot="footer" href="#enroll">Enroll</a>
    </ckit-course-card>`);
    await loaded(card);
    const slot = (name: string) => part<HTMLSlotElement>(card, `slot[name="${name}"]`).assignedElements().map((element) => element.textContent || element.getAttribute('alt'));
    expect(slot('media')).to.deep.equal(['Custom cover']);
    expect(slot('badges')).to.deep.equal(['Bestseller']);
    expect(slot('footer')).to.deep.equal(['Enroll']);
    await expect(card).to.be.accessible();
  });

  it('exposes every documented part, lays out horizontally and takes a heading level', async () => {
    api.db.update('courses', 4, { is_featured: true });
    const card = await mount<CkitCourseCard>(html`<ckit-course-card course-id="4" layout="horizontal" heading-level="2" compare-price="59.90"></ckit-course-card>`);
    await until(() => card.shadowRoot?.querySelector('[part="progress"]'));
    for (const name of ['base', 'media', 'image', 'body', 'badges', 'badge', 'title', 'description', 'instructors', 'rating', 'meta', 'progress', 'progress-bar', 'footer', 'price', 'compare-price', 'wishlist']) {
      expect(card.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    }
    const media = part(card, '[part="media"]').getBoundingClientRect();
    const body = part(card, '[part="body"]').getBoundingClientRect();
    expect(body.left).to.be.greaterThanOrEqual(media.right - 1);
    expect(part(card, '[part="title"]').getAttribute('aria-level')).to.equal('2');
  });

  it('lays out right to left under dir="rtl"', async () => {
    const card = await mount<CkitCourseCard>(html`<div dir="rtl"><ckit-course-card course-id="2" layout="horizontal"></ckit-course-card></div>`);
    const inner = card.querySelector('ckit-course-card')!;
    await loaded(inner);
    expect(part(inner, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    const media = part(inner, '[part="media"]').getBoundingClientRect();
    const body = part(inner, '[part="body"]').getBoundingClientRect();
    expect(media.left, 'image on the right').to.be.greaterThanOrEqual(body.right - 1);
    const fill = part(inner, '.stars-fill').getBoundingClientRect();
    const empty = part(inner, '.stars-empty').getBoundingClientRect();
    expect(Math.abs(fill.right - empty.right), 'stars fill from the right').to.be.lessThan(1);
    await expect(inner).to.be.accessible();
  });

  it('stacks a horizontal card below 34em of its own width, and sits side by side above it with the cover filling its column', async () => {
    const wrapper = await mount<HTMLElement>(html`<div><ckit-course-card course-id="2" layout="horizontal"></ckit-course-card></div>`);
    const card = wrapper.querySelector('ckit-course-card')!;
    await loaded(card);
    const boxes = async (width: number) => {
      wrapper.style.inlineSize = `${width}px`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = (selector: string) => part(card, selector).getBoundingClientRect();
      return { base: box('[part~="base"]'), media: box('[part="media"]'), body: box('[part="body"]'), image: box('[part="image"]'), backdrop: box('.backdrop') };
    };
    const fit = () => getComputedStyle(part(card, '[part="image"]')).objectFit;

    // 380 px (a phone, a sidebar): the cover on top, at full width.
    let { base, media, body } = await boxes(380);
    expect(body.top, 'text below the cover').to.be.at.least(media.bottom - 1);
    expect(media.width).to.be.closeTo(base.width - 2, 1);
    expect(media.width / media.height, 'the cover keeps 16:9').to.be.closeTo(16 / 9, 0.05);
    await expect(card).to.be.accessible();

    // 1200 px: side by side; the cover is as tall as the text column and fills it.
    let image, backdrop;
    ({ media, body, image } = await boxes(1200));
    expect(body.left, 'text beside the cover').to.be.at.least(media.right - 1);
    expect(media.height, 'the cover column is as tall as the text').to.be.closeTo(body.height, 1);
    expect(image.height).to.be.closeTo(media.height, 1);
    expect(image.width).to.be.closeTo(media.width, 1);
    expect(media.width / media.height, 'a wide column').to.be.at.least(5 / 3);
    expect(fit(), 'a wide column is filled by the cover itself').to.equal('cover');
    expect(getComputedStyle(part(card, '.backdrop')).display).to.equal('none');
    await expect(card).to.be.accessible();

    // 560 px: still side by side, but the column is taller than 16:9. The whole cover (its title
    // is in the picture) sits on a blurred copy of itself that fills the column.
    ({ media, body, image, backdrop } = await boxes(560));
    expect(body.left).to.be.at.least(media.right - 1);
    expect(media.height).to.be.closeTo(body.height, 1);
    expect(media.width / media.height).to.be.below(5 / 3);
    expect(fit()).to.equal('contain');
    expect(image.height).to.be.closeTo(media.height, 1);
    expect(backdrop.top).to.be.at.most(media.top);
    expect(backdrop.bottom).to.be.at.least(media.bottom);
    expect(getComputedStyle(part(card, '.backdrop')).display).to.equal('block');
    expect(part(card, '.backdrop').getAttribute('alt'), 'decorative').to.equal('');
    await expect(card).to.be.accessible();
  });

  it('fills the card with the error state of an unknown course, side by side layout or not', async () => {
    for (const width of [380, 1000]) {
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size: ${width}px"><ckit-course-card course-slug="does-not-exist" layout="horizontal"></ckit-course-card></div>`);
      const card = wrapper.querySelector('ckit-course-card')!;
      await until(() => card.shadowRoot?.querySelector('[part="error"]'));
      const base = part(card, '[part~="base"]').getBoundingClientRect();
      const error = part(card, '[part="error"]').getBoundingClientRect();
      expect(base.width, `${width}: the card spans its container`).to.be.closeTo(width, 1);
      expect(error.width, `${width}: the message spans the card`).to.be.closeTo(base.width - 2, 1);
      expect(getComputedStyle(part(card, '[part="error"]')).borderTopWidth, `${width}: no box inside the card`).to.equal('0px');
      await expect(card).to.be.accessible();
    }
  });

  it('keeps the compact wishlist message inside the card, which clips what overflows it', async () => {
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
    for (const [courseId, dir, signedIn, text] of [
      [4, 'ltr', true, 'Saved to your wishlist'],
      [5, 'rtl', true, 'Saved to your wishlist'],
      [6, 'ltr', false, 'Sign in to save courses to your wishlist.'],
    ] as const) {
      requests.length = 0;
      const wrapper = await mount<HTMLElement>(html`<div dir=${dir} style="inline-size: 260px"><ckit-course-card course-id=${courseId}></ckit-course-card></div>`, { signedIn });
      const card = wrapper.querySelector('ckit-course-card')!;
      await loaded(card);
      // The toggle lives in the card's own shadow root: no nested element per card.
      expect(card.shadowRoot!.querySelector('ckit-wishlist-button')).to.equal(null);
      await until(() => requests.some((line) => line.startsWith(signedIn ? 'GET /me/wishlist' : 'GET /me')));
      const button = part<HTMLButtonElement>(card, '[part="wishlist"]');
      expect(button.getAttribute('aria-label') ?? button.textContent!.trim()).to.equal('Save to wishlist');
      button.click();
      await until(() => part(card, '[part="wishlist-message"]').textContent!.trim() === text, `${dir}: ${text}`);
      // Each round mounts another card below the last; hit testing needs this one in view.
      card.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => setTimeout(resolve, 200)); // the bubble's entrance
      const message = part(card, '[part="wishlist-message"]');
      const box = message.getBoundingClientRect();
      expect(box.width, 'a visible bubble').to.be.greaterThan(40);
      expect(inside(box, part(card, '[part~="base"]').getBoundingClientRect()), `${dir}: ${text} lies within the card`).to.equal(true);
      // Nothing paints over it: the topmost element at its centre is the message.
      expect(card.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(message);
      await expect(card).to.be.accessible();
    }
  });

  it('keeps its typography and box model under a hostile host stylesheet', async () => {
    await withHostileCss(async () => {
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 300px"><ckit-course-card course-id="2"></ckit-course-card></div>`);
      const card = wrapper.querySelector('ckit-course-card')!;
      await loaded(card);
      const title = getComputedStyle(part(card, '[part="title"]'));
      expect(title.fontSize).to.not.equal('30px');
      expect(title.fontFamily).to.not.equal('serif');
      expect(getComputedStyle(part(card, '[part="body"]')).boxSizing).to.equal('border-box');
      expect(part(card, '[part~="base"]').getBoundingClientRect().width).to.be.at.most(300);
    });
  });

  it('takes font and colours from the page with theme="inherit"', async () => {
    const wrapper = await mount<HTMLElement>(html`<div style="font: 18px Georgia, serif; color: rgb(10, 80, 20)"><ckit-course-card theme="inherit" course-id="2"></ckit-course-card></div>`);
    const card = wrapper.querySelector('ckit-course-card')!;
    await loaded(card);
    const base = getComputedStyle(part(card, '[part~="base"]'));
    expect(base.fontFamily).to.contain('Georgia');
    expect(base.fontSize).to.equal('18px');
    expect(getComputedStyle(part(card, '[part="title"]')).color).to.equal('rgb(10, 80, 20)');
    await expect(card).to.be.accessible();
  });

  it('switches to dark with theme="dark"', async () => {
    arrangeCourse();
    const card = await mount<CkitCourseCard>(html`<ckit-course-card theme="dark" course-id="2"></ckit-course-card>`);
    await loaded(card);
    expect(getComputedStyle(part(card, '[part~="base"]')).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(card).to.be.accessible();
  });
});
