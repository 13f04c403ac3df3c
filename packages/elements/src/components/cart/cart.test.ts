/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, mount, part, requests, until, worker } from '../../test-support/api.js';
import { CART_STORAGE_PREFIX } from '../../data/cart.js';
import type { CkitCart } from './cart.component.js';
import './cart.js';

/** Seeded: 2 ($49.99) and 3 ($39.99) paid, not owned by the student; 4 paid and owned. */
const [PAID, OTHER_PAID, OWNED] = [2, 3, 4];

const storeCart = (owner: number | 'visitor', items: number[]) => localStorage.setItem(`${CART_STORAGE_PREFIX}${API}:${owner}`, JSON.stringify(items));
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const dialog = (cart: CkitCart) => part<HTMLDialogElement>(cart, 'dialog');
const all = (cart: CkitCart, selector: string) => [...cart.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const focusedInside = (cart: CkitCart) => cart.shadowRoot!.activeElement;

/** Mounts a cart next to a page button that opens it. */
async function mountCart(options: { signedIn?: boolean; attributes?: string } = {}) {
  const wrapper = await mount<HTMLElement>(
    html`<div>
      <button id="opener">Open cart</button>
      <ckit-cart checkout-href="#never" catalog-href="/courses" href-template="/course/{slug}"></ckit-cart>
    </div>`,
    options,
  );
  const cart = wrapper.querySelector('ckit-cart')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  return { cart, opener };
}

async function open(cart: CkitCart, opener: HTMLElement) {
  opener.focus();
  await cart.show();
  expect(dialog(cart).open).to.equal(true);
}

describe('<ckit-cart>', () => {
  beforeEach(() => {
    for (const name of Object.keys(localStorage)) if (name.startsWith(CART_STORAGE_PREFIX)) localStorage.removeItem(name);
  });

  it('is a modal dialog in the top layer; the empty cart links to the catalog; Escape closes it and focus returns', async () => {
    const { cart, opener } = await mountCart();
    expect(requests.filter((line) => line.startsWith('GET /courses/')), 'nothing loads while closed').to.deep.equal([]);
    await open(cart, opener);
    expect(dialog(cart).matches(':modal'), 'opened with showModal()').to.equal(true);
    expect(text(part(cart, '[part="empty"] p'))).to.equal('Your cart is empty.');
    expect(part(cart, '[part="catalog-link"]').getAttribute('href')).to.equal('/courses');
    expect(text(part(cart, '[part="count"]'))).to.equal('Your cart is empty');
    await expect(cart).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(cart).open, 'closed');
    expect(cart.open).to.equal(false);
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('lists the courses with their prices and the subtotal, loading each through the shared course query', async () => {
    storeCart(STUDENT.id, [PAID, OTHER_PAID]);
    const { cart, opener } = await mountCart();
    await open(cart, opener);
    await until(() => all(cart, '[part="item"]').length === 2, 'two courses');
    expect(all(cart, '[part="item-price"]').map(text)).to.deep.equal(['$49.99', '$39.99']);
    expect(text(part(cart, '[part="subtotal"] strong'))).to.equal('$89.98');
    expect(text(part(cart, '[part="count"]'))).to.equal('2 courses in your cart');
    expect(all(cart, '[part="item-title"]')[0]!.getAttribute('href')).to.match(/^\/course\/[a-z0-9-]+$/);
    expect(requests.filter((line) => line.startsWith('GET /courses/')).map((line) => line.split('?')[0])).to.deep.equal([`GET /courses/${PAID}`, `GET /courses/${OTHER_PAID}`]);
    await expect(cart).to.be.accessible();
  });

  it('shows an owned course with the reason, leaves it out of the subtotal and the checkout, and removes it with focus kept', async () => {
    storeCart(STUDENT.id, [OWNED, PAID]);
    const { cart, opener } = await mountCart();
    await open(cart, opener);
    await until(() => all(cart, '[part="item"]').length === 2);
    expect(text(part(cart, '[part="item-notice"]'))).to.equal('You already own this course.');
    expect(all(cart, '[part="item-price"]').map(text), 'no price for the owned course').to.deep.equal(['$49.99']);
    expect(text(part(cart, '[part="subtotal"] strong'))).to.equal('$49.99');
    await expect(cart).to.be.accessible();

    const changed = oneEvent(cart, 'ckit-cart-change');
    all(cart, '[part="remove-button"]')[0]!.focus();
    all(cart, '[part="remove-button"]')[0]!.click();
    expect((await changed).detail.items).to.deep.equal([PAID]);
    await cart.updateComplete;
    expect(all(cart, '[part="item"]').length).to.equal(1);
    expect(focusedInside(cart) === all(cart, '[part="remove-button"]')[0], 'focus on the next remove button').to.equal(true);
    await until(() => text(part(cart, '[part="message"]'))!.endsWith('was removed from your cart.'), 'announced');

    cart.addEventListener('ckit-checkout-request', (event) => event.preventDefault(), { once: true });
    const checkout = oneEvent(cart, 'ckit-checkout-request');
    part(cart, '[part="checkout-button"]').click();
    expect((await checkout).detail.courseIds).to.deep.equal([PAID]);
    await until(() => !dialog(cart).open, 'the drawer closes for the checkout');
    expect(location.hash).to.not.equal('#never');
  });

  it('moves focus to the heading when the last course is removed, and shows the empty state', async () => {
    storeCart(STUDENT.id, [PAID]);
    const { cart, opener } = await mountCart();
    await open(cart, opener);
    await until(() => all(cart, '[part="remove-button"]').length === 1);
    all(cart, '[part="remove-button"]')[0]!.click();
    await cart.updateComplete;
    expect(focusedInside(cart) === part(cart, '[part="title"]'), 'focus on the heading').to.equal(true);
    expect(text(part(cart, '[part="empty"] p'))).to.equal('Your cart is empty.');
    expect(JSON.parse(localStorage.getItem(`${CART_STORAGE_PREFIX}${API}:${STUDENT.id}`) ?? '[]')).to.deep.equal([]);
  });

  it('keeps keyboard focus inside while open', async () => {
    storeCart('visitor', [PAID]);
    const { cart, opener } = await mountCart({ signedIn: false });
    await open(cart, opener);
    await until(() => all(cart, '[part="remove-button"]').length === 1);
    for (let press = 0; press < 8; press += 1) {
      await sendKeys({ press: 'Tab' });
      expect(Boolean(focusedInside(cart)) || document.activeElement === document.body, `press ${press}: focus stays in the dialog`).to.equal(true);
      expect(document.activeElement === opener, 'never the page behind').to.equal(false);
    }
    await sendKeys({ press: 'Escape' });
    expect(document.activeElement === opener).to.equal(true);
  });

  it('shows an error with a retry when a course fails to load', async () => {
    storeCart(STUDENT.id, [PAID]);
    worker.use(http.get(`${API}/courses/:id`, () => HttpResponse.json({ message: 'Down' }, { status: 503 }), { once: true }));
    const { cart, opener } = await mountCart();
    const failed = oneEvent(cart, 'ckit-error');
    await open(cart, opener);
    expect((await failed).detail.operation).to.equal('cart.courses');
    await until(() => cart.shadowRoot!.querySelector('[part="retry-button"]'));
    await expect(cart).to.be.accessible();
    part(cart, '[part="retry-button"]').click();
    await until(() => all(cart, '[part="item"]').length === 1, 'retried');
  });
});
