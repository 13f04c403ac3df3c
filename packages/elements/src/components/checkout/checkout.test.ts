/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { getResponse, http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, networkIdle, requests as log, testClient, until, worker } from '../../test-support/api.js';
import { CART_STORAGE_PREFIX } from '../../data/cart.js';
import type { CkitProvider } from '../provider/provider.component.js';
import type { CkitCheckout } from './checkout.component.js';
import type { StripeFactory } from './gateways/stripe-gateway.js';
import './checkout.js';

/** Seeded: courses 2 and 3 are paid and not owned by the student; 4 is owned. */
const [PAID, OTHER_PAID, OWNED] = [2, 3, 4];

const shadow = (el: CkitCheckout) => el.shadowRoot!;
const q = <T extends HTMLElement = HTMLElement>(el: CkitCheckout, selector: string) => shadow(el).querySelector<T>(selector);
const text = (el: CkitCheckout, selector: string) => q(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const heading = (el: CkitCheckout) => text(el, '[part="step-heading"]');
const money = (amount: string) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(Number(amount));
/** The orders the student placed in this test (the seed has some already). */
let seededOrders = 0;
const ordersOf = () => api.db.where('orders', (row) => row.user_id === STUDENT.id && row.id > seededOrders);
const transactionsOf = (orderId: number) => api.db.where('transactions', (row) => row.order_id === orderId);
const enrolled = (courseId: number) => api.db.first('enrollments', (row) => row.user_id === STUDENT.id && row.course_id === courseId && row.status === 'active');
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function mountCheckout(template = html`<ckit-checkout course-ids="${PAID},${OTHER_PAID}"></ckit-checkout>`, options: { signedIn?: boolean } = {}): Promise<CkitCheckout> {
  const checkout = await mount<CkitCheckout>(template, options);
  await until(() => q(checkout, '[part="step-heading"]') || q(checkout, '[part="empty"]'), 'checkout loaded');
  return checkout;
}

/** Removes the checkout and its provider, as a reload would, and mounts `template` again. */
async function reload(checkout: CkitCheckout, template?: Parameters<typeof mountCheckout>[0]): Promise<CkitCheckout> {
  checkout.closest('ckit-provider')!.remove();
  await networkIdle();
  return mountCheckout(template);
}

async function toPayment(checkout: CkitCheckout): Promise<void> {
  q(checkout, '[part="continue-button"]')!.click();
  await until(() => heading(checkout) === 'Payment' && q(checkout, '#ckit-card-number'), 'payment step');
}

function typeCard(checkout: CkitCheckout, number: string): void {
  const input = q<HTMLInputElement>(checkout, '#ckit-card-number')!;
  input.value = number;
  input.dispatchEvent(new Event('input'));
}

/** A pending order the student placed earlier (with a coupon, so it charges less than the catalog). */
const placeOrderEarlier = () => testClient().orders.create({ items: [{ course_id: PAID }, { course_id: OTHER_PAID }], coupon_code: 'WELCOME10' });

/** The `ckit-error` events that reached the document during the current test. */
const reported: CustomEvent[] = [];
const report = (event: Event) => reported.push(event as CustomEvent);

/** Mounts a checkout for the order `id` and waits until it shows a step or an error. */
async function mountForOrder(id: number): Promise<CkitCheckout> {
  const checkout = await mount<CkitCheckout>(html`<ckit-checkout order-id=${id} catalog-href="/courses"></ckit-checkout>`);
  await until(() => q(checkout, '[part="step-heading"]') || q(checkout, '[part="error"]'), 'checkout loaded');
  return checkout;
}

async function applyCoupon(checkout: CkitCheckout, code: string): Promise<void> {
  const input = q<HTMLInputElement>(checkout, '#coupon-code')!;
  const previous = text(checkout, '[part="coupon-message"]');
  input.value = code;
  q(checkout, '[part="coupon-apply"]')!.click();
  const message = () => text(checkout, '[part="coupon-message"]');
  await until(() => message() && message() !== previous && !message().startsWith('Checking'), `coupon ${code} checked`);
}

describe('<ckit-checkout>', () => {
  beforeEach(() => {
    seededOrders = Math.max(0, ...api.db.all('orders').map((row) => row.id));
    for (const name of Object.keys(sessionStorage)) if (name.startsWith('ckit-checkout:')) sessionStorage.removeItem(name);
    for (const name of Object.keys(localStorage)) if (name.startsWith(CART_STORAGE_PREFIX)) localStorage.removeItem(name);
    delete (window as { dataLayer?: unknown }).dataLayer;
    delete (window as { Stripe?: unknown }).Stripe;
  });

  it('reviews the courses, previews a coupon, and shows before paying exactly the total the server charges', async () => {
    const checkout = await mountCheckout();
    await until(() => shadow(checkout).querySelectorAll('[part="line"]').length === 2, 'two lines');
    expect(heading(checkout)).to.equal('Review your order');
    await expect(checkout).to.be.accessible();

    await applyCoupon(checkout, 'WELCOME10');
    expect(text(checkout, '[part="coupon-message"]')).to.match(/^Coupon WELCOME10 applied: \$[\d.]+ off\.$/);
    const previewTotal = text(checkout, '[part="total-amount"]');
    await expect(checkout).to.be.accessible();

    await toPayment(checkout);
    const [order] = ordersOf();
    expect(order, 'one order placed').to.exist;
    expect(api.db.where('order_items', (row) => row.order_id === order!.id).map((row) => row.course_id).sort()).to.deep.equal([PAID, OTHER_PAID]);
    // The figure on the pay button and in the summary is the server's total, to the cent.
    expect(text(checkout, '[part="total-amount"]')).to.equal(money(order!.total_amount));
    expect(previewTotal).to.equal(money(order!.total_amount));
    expect(text(checkout, '[part="pay-button"]')).to.equal(`Pay ${money(order!.total_amount)}`);
    // The discount per line adds up to the order's discount.
    expect(shadow(checkout).querySelectorAll('[part="line-discount"]').length).to.equal(2);
    expect(order!.status).to.equal('pending');
    await expect(checkout).to.be.accessible();
  });

  it('says in words why a coupon is refused, for each reason the server gives', async () => {
    const checkout = await mountCheckout();
    const cases: [string, string][] = [
      ['NOPE-NOT-A-CODE', 'This coupon code does not exist. Check its spelling.'],
      ['EXPIRED20', 'This coupon has expired.'],
      ['FUTURE15', 'This coupon is not active yet.'],
      ['USEDUP50', 'This coupon has been used as many times as it allows.'],
      ['BIG50', 'Your order is below the minimum purchase this coupon requires.'],
    ];
    for (const [code, message] of cases) {
      await applyCoupon(checkout, code);
      expect(text(checkout, '[part="coupon-message"]'), code).to.equal(message);
      expect(q(checkout, '#coupon-code')!.getAttribute('aria-invalid')).to.equal('true');
    }
    await expect(checkout).to.be.accessible();
    expect(ordersOf()).to.have.length(0);
  });

  it('a 100 % coupon: no payment step, the enrollment is created in one call, ckit-checkout-complete fires and the cart is emptied', async () => {
    const base = testClient().http.baseUrl;
    localStorage.setItem(`${CART_STORAGE_PREFIX}${base}:${STUDENT.id}`, JSON.stringify([PAID]));

    const checkout = await mountCheckout(html`<ckit-checkout learn-href-template="/learn?course={slug}"></ckit-checkout>`);
    await until(() => shadow(checkout).querySelectorAll('[part="line"]').length === 1, 'the cart line');
    await applyCoupon(checkout, 'FREE100');
    expect(text(checkout, '[part="total-amount"]')).to.equal(money('0'));
    expect(text(checkout, '[part="continue-button"]')).to.equal('Complete enrollment');
    expect([...shadow(checkout).querySelectorAll('[part~="step"]')].map((step) => step.textContent!.trim())).to.not.include('3Payment');

    const complete = oneEvent(checkout, 'ckit-checkout-complete');
    const before = log.length;
    const started = () => log.slice(before);
    q(checkout, '[part="continue-button"]')!.click();
    const { detail } = await complete;
    expect(detail.order.status).to.equal('paid');
    expect(detail.enrollments.map((enrollment: { course_id: number }) => enrollment.course_id)).to.deep.equal([PAID]);
    expect(enrolled(PAID)).to.exist;
    expect(started().filter((line) => line.startsWith('POST'))).to.deep.equal(['POST /orders']);
    expect(started().some((line) => line.includes('/payments'))).to.equal(false);
    await until(() => heading(checkout) === 'Thank you for your purchase', 'done step');
    expect(q(checkout, '#ckit-card-number')).to.equal(null);
    expect(q(checkout, '[part="learn-link"]')!.getAttribute('href')).to.match(/^\/learn\?course=/);
    expect(JSON.parse(localStorage.getItem(`${CART_STORAGE_PREFIX}${base}:${STUDENT.id}`) ?? '[]')).to.deep.equal([]);
    await expect(checkout).to.be.accessible();
  });

  it('a declined card: the error is shown, the order stays pending and payable, nothing is enrolled', async () => {
    const errors: string[] = [];
    const checkout = await mountCheckout();
    checkout.addEventListener('ckit-checkout-error', (event) => errors.push(event.detail.reason));
    await toPayment(checkout);
    await until(() => q(checkout, '[part="pay-button"]')!.getAttribute('aria-disabled') === 'false', 'payment ready');
    await expect(checkout).to.be.accessible();

    typeCard(checkout, '4000 0000 0000 0002');
    q(checkout, '[part="pay-button"]')!.click();
    await until(() => text(checkout, '[part="message"]'), 'decline message');
    expect(text(checkout, '[part="message"]')).to.equal('Your card was declined and nothing was charged. Try another card.');
    expect(q(checkout, '[part="message"]')!.getAttribute('role')).to.equal('alert');
    expect(errors).to.deep.equal(['declined']);
    const [order] = ordersOf();
    expect(order!.status).to.equal('pending');
    expect(transactionsOf(order!.id)[0]!.status).to.equal('failed');
    expect(transactionsOf(order!.id).filter((row) => row.status === 'success')).to.have.length(0);
    expect(enrolled(PAID)).to.equal(undefined);
    expect(enrolled(OTHER_PAID)).to.equal(undefined);
    await until(() => q(checkout, '[part="pay-button"]')!.getAttribute('aria-disabled') === 'false', 'payable again');
    await expect(checkout).to.be.accessible();

    // Still payable: another card pays the same order.
    const complete = oneEvent(checkout, 'ckit-checkout-complete');
    typeCard(checkout, '4242424242424242');
    q(checkout, '[part="pay-button"]')!.click();
    expect((await complete).detail.order.id).to.equal(order!.id);
    expect(transactionsOf(order!.id).map((row) => row.status).sort()).to.deep.equal(['failed', 'success']);
    expect(enrolled(PAID)).to.exist;
  });

  it('explains an invalid card number at the field without calling the gateway', async () => {
    const checkout = await mountCheckout();
    await toPayment(checkout);
    await until(() => q(checkout, '[part="pay-button"]')!.getAttribute('aria-disabled') === 'false', 'payment ready');
    const input = q<HTMLInputElement>(checkout, '#ckit-card-number')!;
    expect(input.getAttribute('autocomplete')).to.equal('cc-number');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    typeCard(checkout, '4242424242424241');
    expect(input.value).to.equal('4242 4242 4242 4241');
    const before = log.length;
    q(checkout, '[part="pay-button"]')!.click();
    await until(() => text(checkout, '[part="card-error"]'), 'field error');
    expect(text(checkout, '[part="card-error"]')).to.equal('This card number is not valid. Check it and try again.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive() === input).to.be.true;
    expect(log.slice(before).some((line) => line.includes('test-gateway'))).to.equal(false);
    await expect(checkout).to.be.accessible();
  });

  it('ten rapid clicks on pay, one network drop and a reload produce exactly one order and one successful transaction', async () => {
    let dropped = false;
    worker.use(
      http.post(`${API}/orders`, async ({ request }) => {
        if (dropped) return undefined;
        dropped = true;
        // The backend places the order, then the connection drops before the answer arrives.
        await getResponse(api.handlers, request);
        return HttpResponse.error();
      }),
    );
    let checkout = await mountCheckout(html`<ckit-checkout course-ids="${PAID},${OTHER_PAID}" sync-url></ckit-checkout>`);
    q(checkout, '[part="continue-button"]')!.click();
    await until(() => text(checkout, '[part="message"]'), 'network error shown');
    expect(ordersOf()).to.have.length(1);

    // A reload: same attempt, same key; the server replays the order it placed.
    checkout = await reload(checkout, html`<ckit-checkout course-ids="${PAID},${OTHER_PAID}" sync-url></ckit-checkout>`);
    expect(heading(checkout)).to.equal('Review your order');
    await toPayment(checkout);
    expect(ordersOf()).to.have.length(1);
    expect(new URL(location.href).searchParams.get('step')).to.equal('pay');

    // A reload mid-payment resumes the same order at the payment step.
    checkout = await reload(checkout, html`<ckit-checkout course-ids="${PAID},${OTHER_PAID}" sync-url></ckit-checkout>`);
    await until(() => heading(checkout) === 'Payment' && q(checkout, '#ckit-card-number'), 'payment step resumed');
    await until(() => q(checkout, '[part="pay-button"]')!.getAttribute('aria-disabled') === 'false', 'payment ready');
    typeCard(checkout, '4242 4242 4242 4242');
    const complete = oneEvent(checkout, 'ckit-checkout-complete');
    for (let click = 0; click < 10; click++) q(checkout, '[part="pay-button"]')!.click();
    await complete;
    await networkIdle();

    const orders = ordersOf();
    expect(orders).to.have.length(1);
    expect(orders[0]!.status).to.equal('paid');
    expect(transactionsOf(orders[0]!.id).filter((row) => row.status === 'success')).to.have.length(1);
    expect(transactionsOf(orders[0]!.id)).to.have.length(1);
    expect(log.filter((line) => line.startsWith('POST /test-gateway/confirm'))).to.have.length(1);

    // After paying, a reload shows the confirmation and places nothing.
    checkout = await reload(checkout, html`<ckit-checkout course-ids="${PAID},${OTHER_PAID}" sync-url></ckit-checkout>`);
    await until(() => heading(checkout) === 'Thank you for your purchase', 'done after reload');
    expect(ordersOf()).to.have.length(1);
    history.replaceState(null, '', location.pathname);
  });

  it('keeps the step in the address: the back button returns to the review, forward to the same order', async () => {
    const checkout = await mountCheckout(html`<ckit-checkout course-ids="${PAID}" sync-url></ckit-checkout>`);
    expect(new URL(location.href).searchParams.get('step')).to.equal('review');
    await toPayment(checkout);
    expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.true;
    expect(text(checkout, '[part="live"]')).to.equal('Step 2 of 3: Payment');
    history.back();
    await until(() => heading(checkout) === 'Review your order', 'back to review');
    expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.true;
    history.forward();
    await until(() => heading(checkout) === 'Payment', 'forward to payment');
    await until(() => q(checkout, '#ckit-card-number'), 'card field again');
    expect(ordersOf()).to.have.length(1);
    history.replaceState(null, '', location.pathname);
  });

  it('pays by keyboard alone', async () => {
    const checkout = await mountCheckout(html`<ckit-checkout course-ids="${PAID}"></ckit-checkout>`);
    await until(() => q(checkout, '[part="continue-button"]'), 'continue');
    q(checkout, '#coupon-code')!.focus();
    await sendKeys({ press: 'Tab' }); // Apply
    await sendKeys({ press: 'Tab' }); // Continue
    expect(deepActive() === q(checkout, '[part="continue-button"]')).to.be.true;
    await sendKeys({ press: 'Enter' });
    await until(() => q(checkout, '#ckit-card-number'), 'card field');
    expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.true;
    await until(() => q(checkout, '[part="pay-button"]')!.getAttribute('aria-disabled') === 'false', 'payment ready');
    // From the heading: the card field comes after the summary and before the buttons.
    while (deepActive() !== q(checkout, '#ckit-card-number')) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '4242424242424242' });
    expect(q<HTMLInputElement>(checkout, '#ckit-card-number')!.value).to.equal('4242 4242 4242 4242');
    await sendKeys({ press: 'Tab' }); // Back
    await sendKeys({ press: 'Tab' }); // Pay
    expect(deepActive() === q(checkout, '[part="pay-button"]')).to.be.true;
    const complete = oneEvent(checkout, 'ckit-checkout-complete');
    await sendKeys({ press: 'Enter' });
    await complete;
    await until(() => heading(checkout) === 'Thank you for your purchase', 'done');
    expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.true;
    expect(enrolled(PAID)).to.exist;
  });

  it('asks the page to sign a visitor in (a cancelable request with an intent), then goes on to pay', async () => {
    const checkout = await mountCheckout(html`<ckit-checkout course-ids="${PAID}"></ckit-checkout>`, { signedIn: false });
    q(checkout, '[part="continue-button"]')!.click();
    await until(() => heading(checkout) === 'Sign in to continue', 'sign-in step');
    await expect(checkout).to.be.accessible();
    // The page shows its own sign-in.
    const request = oneEvent(checkout, 'ckit-sign-in-request');
    checkout.addEventListener('ckit-sign-in-request', (event) => event.preventDefault(), { once: true });
    q(checkout, '[part="sign-in-button"]')!.click();
    const { detail } = await request;
    expect(detail.reason).to.equal('checkout');
    expect(detail.intent).to.deep.equal({ action: 'checkout', courseId: PAID });
    await networkIdle();
    expect(checkout.querySelector('ckit-login'), 'no form of its own when the page signs in').to.equal(null);
    expect(ordersOf()).to.have.length(0);

    (checkout.closest('ckit-provider') as CkitProvider).setToken(api.issueToken(STUDENT.email));
    await until(() => heading(checkout) === 'Payment', 'payment after sign-in');
    expect(ordersOf()).to.have.length(1);
  });

  it('signs a visitor in with its own form when the page does not, by keyboard, and goes on to pay once', async () => {
    const checkout = await mountCheckout(html`<ckit-checkout course-ids="${PAID}"></ckit-checkout>`, { signedIn: false });
    q(checkout, '[part="continue-button"]')!.click();
    await until(() => heading(checkout) === 'Sign in to continue', 'sign-in step');
    q(checkout, '[part="sign-in-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    // The form is in the checkout's light DOM (password managers see it), focused on its first field.
    await until(() => document.activeElement?.getAttribute('name') === 'email', 'focus in the email field');
    const form = checkout.querySelector('ckit-login')!;
    expect(form.slot).to.equal('sign-in');
    expect(form.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level'), 'one level below the step heading').to.equal('3');
    expect(form.contains(document.activeElement)).to.be.true;
    await until(() => !q(checkout, '[part="sign-in-button"]'), 'the step button steps aside');
    await expect(checkout).to.be.accessible();

    await sendKeys({ type: STUDENT.email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'password' });
    await sendKeys({ press: 'Enter' });
    await until(() => heading(checkout) === 'Payment', 'payment after signing in');
    expect(checkout.querySelector('ckit-login'), 'the form leaves with its step').to.equal(null);
    expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.true;
    expect(ordersOf()).to.have.length(1);
  });

  it('marks a course the learner owns and leaves it out of the order', async () => {
    const checkout = await mountCheckout(html`<ckit-checkout course-ids="${OWNED},${PAID}"></ckit-checkout>`);
    await until(() => text(checkout, '[part="line-notice"]'), 'owned notice');
    expect(text(checkout, '[part="line-notice"]')).to.equal('You already own this course.');
    await expect(checkout).to.be.accessible();
    await toPayment(checkout);
    const [order] = ordersOf();
    expect(api.db.where('order_items', (row) => row.order_id === order!.id).map((row) => row.course_id)).to.deep.equal([PAID]);
  });

  it('shows an empty state without courses', async () => {
    const checkout = await mountCheckout(html`<ckit-checkout course-ids="" catalog-href="/courses"></ckit-checkout>`);
    expect(text(checkout, '[part="empty"] p')).to.equal('There is nothing to check out.');
    await expect(checkout).to.be.accessible();
  });

  it('pushes GA4 ecommerce events with data-layer, and none without', async () => {
    let checkout = await mountCheckout(html`<ckit-checkout course-ids="${PAID}"></ckit-checkout>`);
    await toPayment(checkout);
    expect((window as { dataLayer?: unknown[] }).dataLayer).to.equal(undefined);
    checkout.closest('ckit-provider')!.remove();
    await networkIdle();
    for (const name of Object.keys(sessionStorage)) if (name.startsWith('ckit-checkout:')) sessionStorage.removeItem(name);

    checkout = await mountCheckout(html`<ckit-checkout course-ids="${OTHER_PAID}" data-layer></ckit-checkout>`);
    await toPayment(checkout);
    await until(() => q(checkout, '[part="pay-button"]')!.getAttribute('aria-disabled') === 'false', 'payment ready');
    typeCard(checkout, '4242424242424242');
    const complete = oneEvent(checkout, 'ckit-checkout-complete');
    q(checkout, '[part="pay-button"]')!.click();
    const { detail } = await complete;
    const course = api.db.find('courses', OTHER_PAID)!;
    const pushed = ((window as { dataLayer?: { event?: string; ecommerce?: Record<string, unknown> }[] }).dataLayer ?? []).filter((entry) => entry.event);
    expect(pushed.map((entry) => entry.event)).to.deep.equal(['begin_checkout', 'add_payment_info', 'purchase']);
    const purchase = pushed[2]!.ecommerce!;
    expect(purchase['transaction_id']).to.equal(detail.order.order_number);
    expect(purchase['value']).to.equal(Number(detail.order.total_amount));
    expect(purchase['currency']).to.equal('USD');
    expect(purchase['items']).to.deep.equal([{ item_id: String(OTHER_PAID), item_name: course.title, price: Number(course.price) }]);
  });

  it('Stripe: loads no script when Stripe is on the page, mounts the Payment Element in the light DOM, and waits for the server', async () => {
    const calls: string[] = [];
    let mountNode: HTMLElement | undefined;
    let orderId = 0;
    const fake: StripeFactory = (key) => {
      calls.push(`Stripe(${key})`);
      return {
        elements: ({ clientSecret }) => {
          calls.push(`elements(${clientSecret})`);
          return {
            create: () => ({
              mount: (node) => {
                mountNode = node;
                node.append(Object.assign(document.createElement('p'), { textContent: 'Stripe fields' }));
              },
              destroy: () => calls.push('destroy'),
            }),
          };
        },
        confirmPayment: async ({ redirect }) => {
          calls.push(`confirmPayment(${redirect})`);
          // Stripe's webhook reaches the backend a little later than the browser hears back.
          setTimeout(() => api.db.update('orders', orderId, { status: 'paid' }), 700);
          return {};
        },
      };
    };
    (window as { Stripe?: StripeFactory }).Stripe = fake;
    worker.use(
      http.post(`${API}/orders/:id/payments`, async ({ request, params }) => {
        const body = (await request.json()) as { gateway: string };
        orderId = Number(params['id']);
        const amount = api.db.find('orders', orderId)!.total_amount;
        const now = new Date().toISOString();
        return HttpResponse.json(
          { data: { id: 900, order_id: orderId, gateway: body.gateway, transaction_id: 'pi_fake', amount, status: 'pending', created_at: now, updated_at: now, client_secret: 'pi_fake_secret_1', redirect_url: null } },
          { status: 201 },
        );
      }),
    );
    const checkout = await mountCheckout(html`<ckit-checkout course-ids="${PAID}" gateway="stripe" publishable-key="pk_test_123"></ckit-checkout>`);
    q(checkout, '[part="continue-button"]')!.click();
    await until(() => mountNode, 'Payment Element mounted');
    expect(mountNode!.getRootNode() === document).to.be.true;
    expect(mountNode!.parentElement === checkout).to.be.true;
    expect(mountNode!.slot).to.equal('payment');
    expect(calls).to.deep.equal(['Stripe(pk_test_123)', 'elements(pi_fake_secret_1)']);
    expect(document.querySelector('script[src^="https://js.stripe.com"]')).to.equal(null);
    await until(() => q(checkout, '[part="pay-button"]')!.getAttribute('aria-disabled') === 'false', 'payment ready');
    await expect(checkout).to.be.accessible();

    const complete = oneEvent(checkout, 'ckit-checkout-complete');
    q(checkout, '[part="pay-button"]')!.click();
    await until(() => calls.includes('confirmPayment(if_required)'), 'confirmed');
    // The browser said yes; the checkout is not done until the server says paid.
    expect(heading(checkout)).to.equal('Payment');
    expect((await complete).detail.order.status).to.equal('paid');
    expect(calls).to.include('destroy');
    expect(mountNode!.isConnected).to.equal(false);
  });
  describe('order-id: an order placed earlier', () => {
    before(() => document.addEventListener('ckit-error', report));
    after(() => document.removeEventListener('ckit-error', report));
    beforeEach(() => (reported.length = 0));

    it('goes straight to paying it at the prices charged, and pays it once without placing an order', async () => {
      const order = await placeOrderEarlier();
      const before = log.length;
      const checkout = await mountForOrder(order.id);
      await until(() => heading(checkout) === 'Payment' && q(checkout, '#ckit-card-number'), 'payment step');
      // Like the cart's first load, a page load neither moves focus nor announces a step.
      expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.false;
      expect(text(checkout, '[part="live"]')).to.equal('');
      expect([...shadow(checkout).querySelectorAll('[part="steps"] li')].map((step) => step.textContent!.replace(/\s+/g, ''))).to.deep.equal(['1Payment', '2Thankyouforyourpurchase']);
      // The summary is the order's: its items, each at what it charges with the coupon, and its total.
      expect(shadow(checkout).querySelectorAll('[part="line"]').length).to.equal(2);
      expect(shadow(checkout).querySelectorAll('[part="line-discount"]').length).to.equal(2);
      expect(text(checkout, '[part="total-amount"]')).to.equal(money(order.total_amount));
      expect(q(checkout, '[part="back-button"]') === null, 'no review to go back to').to.equal(true);
      await until(() => q(checkout, '[part="pay-button"]')!.getAttribute('aria-disabled') === 'false', 'payment ready');
      expect(text(checkout, '[part="pay-button"]')).to.equal(`Pay ${money(order.total_amount)}`);
      await expect(checkout).to.be.accessible();

      typeCard(checkout, '4242 4242 4242 4242');
      const complete = oneEvent(checkout, 'ckit-checkout-complete');
      for (let click = 0; click < 3; click++) q(checkout, '[part="pay-button"]')!.click();
      expect((await complete).detail.order.id).to.equal(order.id);
      await until(() => heading(checkout) === 'Thank you for your purchase', 'done step');
      await networkIdle();
      const orders = ordersOf();
      expect(orders.map((row) => [row.id, row.status])).to.deep.equal([[order.id, 'paid']]);
      expect(transactionsOf(order.id).map((row) => row.status)).to.deep.equal(['success']);
      expect(log.slice(before).filter((line) => line.startsWith('POST'))).to.deep.equal([`POST /orders/${order.id}/payments`, 'POST /test-gateway/confirm']);
      expect(enrolled(PAID) && enrolled(OTHER_PAID)).to.exist;
      expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.true;
      await expect(checkout).to.be.accessible();
    });

    it('with sync-url, takes the order from the address; a visitor signs in first, then pays that order', async () => {
      const order = await placeOrderEarlier();
      history.replaceState(null, '', `${location.pathname}?order=${order.id}`);
      try {
        const before = log.length;
        const checkout = await mountCheckout(html`<ckit-checkout sync-url></ckit-checkout>`, { signedIn: false });
        expect(heading(checkout)).to.equal('Sign in to continue');
        expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.false;
        expect(q(checkout, '[part="back-button"]') === null).to.equal(true);
        expect(log.slice(before).some((line) => line.startsWith('GET /orders'))).to.equal(false);
        await expect(checkout).to.be.accessible();

        (checkout.closest('ckit-provider') as CkitProvider).setToken(api.issueToken(STUDENT.email));
        await until(() => heading(checkout) === 'Payment' && q(checkout, '#ckit-card-number'), 'payment after sign-in');
        // Signing in moved the learner on: focus and the announcement follow.
        expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.true;
        expect(text(checkout, '[part="live"]')).to.equal('Step 2 of 3: Payment');
        expect(text(checkout, '[part="total-amount"]')).to.equal(money(order.total_amount));
        const address = new URL(location.href).searchParams;
        expect([address.get('order'), address.get('step')]).to.deep.equal([String(order.id), 'pay']);
        await networkIdle();
        expect(ordersOf().map((row) => row.id)).to.deep.equal([order.id]);
        expect(log.slice(before).filter((line) => line.startsWith('POST'))).to.deep.equal([`POST /orders/${order.id}/payments`]);
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });

    it('shows a paid order as done, without a payment request or a second ckit-checkout-complete', async () => {
      const order = await placeOrderEarlier();
      api.db.update('orders', order.id, { status: 'paid' });
      let completions = 0;
      const before = log.length;
      const checkout = await mountForOrder(order.id);
      checkout.addEventListener('ckit-checkout-complete', () => completions++);
      await until(() => heading(checkout) === 'Thank you for your purchase', 'done step');
      expect(text(checkout, '[part="order-number"]')).to.contain(order.order_number);
      expect(text(checkout, '[part="paid-total"]')).to.equal(`Total paid: ${money(order.total_amount)}`);
      expect(deepActive() === q(checkout, '[part="step-heading"]')).to.be.false;
      await networkIdle();
      expect(log.slice(before).filter((line) => line.startsWith('POST') || line.includes('/payments'))).to.deep.equal([]);
      expect(completions).to.equal(0);
      await expect(checkout).to.be.accessible();
    });

    it("leaves the cart's checkout alone: its pending order resumes, and the order opened here is not cancelled", async () => {
      const earlier = await placeOrderEarlier();
      let checkout = await mountCheckout(html`<ckit-checkout course-ids="${PAID}"></ckit-checkout>`);
      await toPayment(checkout);
      const cartOrder = ordersOf().find((row) => row.id !== earlier.id)!;
      checkout.closest('ckit-provider')!.remove();
      await networkIdle();
      checkout = await mountForOrder(earlier.id);
      await until(() => heading(checkout) === 'Payment' && q(checkout, '#ckit-card-number'), 'payment step');
      checkout = await reload(checkout, html`<ckit-checkout course-ids="${PAID}"></ckit-checkout>`);
      await until(() => heading(checkout) === 'Payment' && q(checkout, '#ckit-card-number'), "the cart's order at payment again");
      await networkIdle();
      expect(text(checkout, '[part="total-amount"]')).to.equal(money(cartOrder.total_amount));
      expect(ordersOf().map((row) => [row.id, row.status])).to.deep.equal([
        [earlier.id, 'pending'],
        [cartOrder.id, 'pending'],
      ]);
    });

    it("says so, with a link to the catalog and ckit-error, for someone else's order, a missing one, and one that can no longer be paid", async () => {
      const foreign = api.db.first('orders', (row) => row.user_id !== STUDENT.id)!;
      const cancelled = await placeOrderEarlier();
      await testClient().orders.cancel(cancelled.id);
      const cases: [number, string, (error: { name?: string; status?: number }) => boolean][] = [
        [foreign.id, 'You do not have access to this.', (error) => error.status === 403],
        [999_999, 'You do not have access to this.', (error) => error.status === 404],
        [cancelled.id, 'This order can no longer be paid. Go back to start again.', (error) => error.name === 'OrderClosedError'],
      ];
      for (const [id, message, expected] of cases) {
        const before = log.length;
        reported.length = 0;
        const checkout = await mountForOrder(id);
        expect(text(checkout, '[part="error"] p'), String(id)).to.equal(message);
        expect(q(checkout, '[part="error"]')!.getAttribute('role')).to.equal('alert');
        expect(q(checkout, '[part="catalog-link"]')!.getAttribute('href')).to.equal('/courses');
        expect(q(checkout, '[part="retry-button"]') === null, 'retrying cannot help').to.equal(true);
        expect(q(checkout, '[part="pay-button"]') === null).to.equal(true);
        await until(() => reported.length, 'ckit-error');
        expect(reported.map((event) => event.detail.operation)).to.deep.equal(['checkout.load']);
        expect(expected(reported[0]!.detail.error), String(id)).to.equal(true);
        await expect(checkout).to.be.accessible();
        await networkIdle();
        expect(log.slice(before).filter((line) => line.startsWith('POST'))).to.deep.equal([]);
        checkout.closest('ckit-provider')!.remove();
      }
      expect(api.db.find('orders', cancelled.id)!.status).to.equal('cancelled');
    });
  });
});
