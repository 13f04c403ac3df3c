/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, part, requests, until, worker } from '../../test-support/api.js';
import type { CkitProvider } from '../provider/provider.component.js';
import { CART_STORAGE_PREFIX, cartOf } from '../../data/cart.js';
import type { CoursekitStore } from '../../data/store.js';
import { CkitAddToCartEvent } from '../../events/add-to-cart.js';
import type { CkitEnrollButton } from './enroll-button.component.js';
import './enroll-button.js';

/** Seeded: 2 and 3 paid, not owned by the student; 4 paid and owned (active); 11 paid and refunded; 7 free, not enrolled. */
const [PAID, OTHER_PAID, OWNED, REFUNDED, FREE] = [2, 3, 4, 11, 7];

const text = (button: CkitEnrollButton, selector: string) => button.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const action = (button: CkitEnrollButton) => part<HTMLElement>(button, '[part~="action"]');
const labelOf = (button: CkitEnrollButton) => text(button, '[part~="action"]');
const message = (button: CkitEnrollButton) => text(button, '[part="message"]') ?? '';
const focused = (button: CkitEnrollButton) => button.shadowRoot!.activeElement;
const enrollment = (courseId: number) => api.db.first('enrollments', (row) => row.user_id === STUDENT.id && row.course_id === courseId);
const cartOfButton = (button: CkitEnrollButton) => cartOf((button as unknown as { store: CoursekitStore }).store);

describe('<ckit-enroll-button>', () => {
  beforeEach(() => {
    for (const name of Object.keys(localStorage)) if (name.startsWith(CART_STORAGE_PREFIX)) localStorage.removeItem(name);
  });

  it('enrolls in a free course with one request, then offers "Start learning" with focus on it, accessibly', async () => {
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${FREE} learn-href-template="/learn?course={slug}"></ckit-enroll-button>`);
    await until(() => labelOf(button) === 'Enroll for free', 'free course');
    expect(text(button, '[part="price"]')).to.equal('Free');
    await expect(button).to.be.accessible();

    action(button).focus();
    const enrolled = oneEvent(button, 'ckit-enroll');
    action(button).click();
    action(button).click();
    expect((await enrolled).detail.enrollment.course_id).to.equal(FREE);
    await until(() => labelOf(button) === 'Start learning', 'enrolled');
    expect(requests.filter((line) => line.startsWith('POST')), 'one call').to.deep.equal([`POST /courses/${FREE}/enroll`]);
    expect(enrollment(FREE)?.status).to.equal('active');
    const link = action(button) as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(`/learn?course=${api.db.first('courses', (row) => row.id === FREE)!.slug}`);
    expect(focused(button) === link, 'focus moved to the new action').to.equal(true);
    expect(message(button)).to.equal('You are enrolled. Happy learning!');
    await expect(button).to.be.accessible();
  });

  it('adds a paid course to the cart, then shows "In your cart" and a checkout that asks the page first', async () => {
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${PAID} checkout-href="#never"></ckit-enroll-button>`);
    await until(() => labelOf(button) === 'Add to cart', 'paid course');
    expect(text(button, '[part="price"]')).to.equal('$49.99');
    expect(text(button, '[part="buy-button"]')).to.equal('Buy now');
    await expect(button).to.be.accessible();

    const changed = oneEvent(button, 'ckit-cart-change');
    action(button).focus();
    action(button).click();
    expect((await changed).detail.items).to.deep.equal([PAID]);
    await until(() => labelOf(button) === 'Checkout', 'in the cart');
    expect(text(button, '[part="in-cart"]')).to.equal('In your cart');
    expect(message(button)).to.equal('Added to your cart');
    expect(focused(button) === action(button), 'focus on the checkout button').to.equal(true);
    expect(JSON.parse(localStorage.getItem(`${CART_STORAGE_PREFIX}${API}:${STUDENT.id}`)!)).to.deep.equal([PAID]);
    await expect(button).to.be.accessible();

    button.addEventListener('ckit-checkout-request', (event) => event.preventDefault(), { once: true });
    const checkout = oneEvent(button, 'ckit-checkout-request');
    action(button).click();
    const request = await checkout;
    expect(request.detail.courseIds).to.deep.equal([PAID]);
    expect(request.defaultPrevented && location.hash !== '#never', 'the page took over').to.equal(true);
  });

  it('"Buy now" adds the course, then requests the checkout of the cart', async () => {
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${OTHER_PAID} checkout-href="#never"></ckit-enroll-button>`);
    await until(() => labelOf(button) === 'Add to cart');
    button.addEventListener('ckit-checkout-request', (event) => event.preventDefault(), { once: true });
    const checkout = oneEvent(button, 'ckit-checkout-request');
    part<HTMLButtonElement>(button, '[part="buy-button"]').click();
    expect((await checkout).detail.courseIds).to.deep.equal([OTHER_PAID]);
    await until(() => labelOf(button) === 'Checkout');
  });

  it('shows an enrolled learner their progress and "Continue learning", and never offers to buy an owned course', async () => {
    const percent = (await (await fetch(`${API}/courses/${OWNED}/progress`, { headers: { Authorization: `Bearer ${api.issueToken(STUDENT.email)}` } })).json()).data.percent as number;
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${OWNED} learn-href-template="/learn/{id}"></ckit-enroll-button>`);
    await until(() => button.shadowRoot?.querySelector('a[part~="action"]'), 'enrolled state');
    expect(labelOf(button)).to.equal(percent ? 'Continue learning' : 'Start learning');
    expect(part(button, '[part="progress-bar"]').getAttribute('aria-valuenow')).to.equal(String(Math.round(percent)));
    expect(button.shadowRoot!.querySelector('[part="buy-button"], [part="price"]'), 'nothing to buy').to.equal(null);
    expect(await cartOfButton(button).add(OWNED), 'an owned course cannot be bought twice').to.deep.equal({ added: false, reason: 'owned' });
    await expect(button).to.be.accessible();
  });

  it('offers to buy a refunded course again', async () => {
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${REFUNDED}></ckit-enroll-button>`);
    await until(() => labelOf(button) === 'Add to cart');
    expect(text(button, '[part="notice"]')).to.equal('Your purchase of this course was refunded. You can buy it again.');
    await expect(button).to.be.accessible();
  });

  it('asks a visitor to sign in for a free course, and enrolls once they signed in on the page', async () => {
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${FREE} learn-href-template="/learn/{id}"></ckit-enroll-button>`, { signedIn: false });
    await until(() => labelOf(button) === 'Sign in to enroll', 'visitor');
    await expect(button).to.be.accessible();
    const request = oneEvent(button, 'ckit-sign-in-request');
    action(button).click();
    expect((await request).detail).to.deep.equal({ reason: 'enroll', courseId: FREE, intent: { action: 'enroll', courseId: FREE } });
    await until(() => message(button) === 'Sign in to enroll in this course.');
    expect(requests.some((line) => line.startsWith('POST')), 'nothing sent').to.equal(false);

    (button.parentElement as CkitProvider).setToken(api.issueToken(STUDENT.email));
    await until(() => labelOf(button) === 'Start learning', 'the remembered intent enrolled the learner');
    expect(enrollment(FREE)?.status).to.equal('active');
  });

  it('lets a visitor fill the cart with a paid course', async () => {
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${PAID}></ckit-enroll-button>`, { signedIn: false });
    await until(() => labelOf(button) === 'Add to cart');
    action(button).click();
    await until(() => text(button, '[part="in-cart"]') === 'In your cart');
    expect(JSON.parse(localStorage.getItem(`${CART_STORAGE_PREFIX}${API}:visitor`)!)).to.deep.equal([PAID]);
  });

  it('works from the keyboard alone', async () => {
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${PAID} no-buy-now></ckit-enroll-button>`);
    await until(() => labelOf(button) === 'Add to cart');
    expect(button.shadowRoot!.querySelector('[part="buy-button"]'), 'no-buy-now').to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(focused(button) === action(button)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => labelOf(button) === 'Checkout');
    expect(focused(button) === action(button), 'focus kept on the new action').to.equal(true);
  });

  it('follows courses added by the host page with ckit-add-to-cart', async () => {
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${PAID}></ckit-enroll-button>`);
    await until(() => labelOf(button) === 'Add to cart');
    const changed = oneEvent(document, 'ckit-cart-change');
    document.dispatchEvent(new CustomEvent('ckit-add-to-cart', { detail: { courseId: PAID } }));
    expect((await changed).detail.items).to.deep.equal([PAID]);
    await until(() => text(button, '[part="in-cart"]') === 'In your cart');
    document.body.dispatchEvent(new CkitAddToCartEvent({ courseId: PAID }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cartOfButton(button).items, 'added once').to.deep.equal([PAID]);
  });

  it('shows an error with a retry when the course fails to load, and when none is named', async () => {
    worker.use(http.get(`${API}/courses/:id`, () => HttpResponse.json({ message: 'Down' }, { status: 503 }), { once: true }));
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${PAID}></ckit-enroll-button>`);
    const error = await oneEvent(button, 'ckit-error');
    expect(error.detail.operation).to.equal('course.retrieve');
    await until(() => button.shadowRoot?.querySelector('[part="retry-button"]'));
    await expect(button).to.be.accessible();
    part<HTMLButtonElement>(button, '[part="retry-button"]').click();
    await until(() => labelOf(button) === 'Add to cart', 'retried');

    const nameless = await mount<CkitEnrollButton>(html`<ckit-enroll-button></ckit-enroll-button>`);
    await until(() => text(nameless, '[part="error"] strong') === 'No course selected');
  });

  it('reports a failed enrollment in words and lets the learner try again', async () => {
    worker.use(http.post(`${API}/courses/:id/enroll`, () => HttpResponse.json({ message: 'Down' }, { status: 503 }), { once: true }));
    const button = await mount<CkitEnrollButton>(html`<ckit-enroll-button course-id=${FREE}></ckit-enroll-button>`);
    await until(() => labelOf(button) === 'Enroll for free');
    const failed = oneEvent(button, 'ckit-error');
    action(button).click();
    expect((await failed).detail.operation).to.equal('enrollments.enroll');
    await until(() => message(button) === 'You could not be enrolled. Please try again.');
    await expect(button).to.be.accessible();
    action(button).click();
    await until(() => labelOf(button) === 'You are enrolled in this course.', 'enrolled on the second press (no learn-href-template)');
  });
});
