/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, part, until, worker } from '../../test-support/api.js';
import { CART_STORAGE_PREFIX } from '../../data/cart.js';
import type { CkitProvider } from '../provider/provider.component.js';
import type { CkitCart } from '../cart/cart.component.js';
import type { CkitCartButton } from './cart-button.component.js';
import './cart-button.js';

/** Seeded: 2 and 3 paid, not owned by the student; 4 paid and owned. */
const [PAID, OTHER_PAID, OWNED] = [2, 3, 4];

const stored = (owner: number | 'visitor') => JSON.parse(localStorage.getItem(`${CART_STORAGE_PREFIX}${API}:${owner}`) ?? '[]') as number[];
const button = (element: CkitCartButton) => part<HTMLButtonElement>(element, '[part="button"]');
const name = (element: CkitCartButton) => button(element).getAttribute('aria-label');
const badge = (element: CkitCartButton) => element.shadowRoot!.querySelector('[part="badge"]')?.textContent?.trim();
const announced = (element: CkitCartButton) => part(element, '[part="message"]').textContent!.trim();
const addFromPage = (courseId: number) => document.dispatchEvent(new CustomEvent('ckit-add-to-cart', { detail: { courseId } }));
const drawerOf = (element: CkitCartButton) => element.shadowRoot!.querySelector<CkitCart>('ckit-cart');
const dialogOf = (element: CkitCartButton) => drawerOf(element)?.shadowRoot?.querySelector('dialog');

describe('<ckit-cart-button>', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(CART_STORAGE_PREFIX)) localStorage.removeItem(key);
  });

  it('names the count, shows it in a badge and announces changes politely', async () => {
    const element = await mount<CkitCartButton>(html`<ckit-cart-button></ckit-cart-button>`);
    await until(() => name(element) === 'Cart, empty', 'empty cart');
    expect(badge(element), 'no badge for an empty cart').to.equal(undefined);
    expect(part(element, '[part="message"]').getAttribute('role')).to.equal('status');
    expect(announced(element), 'nothing announced on load').to.equal('');
    await expect(element).to.be.accessible();

    const changed = oneEvent(document, 'ckit-cart-change');
    addFromPage(PAID);
    expect((await changed).detail.items).to.deep.equal([PAID]);
    await until(() => name(element) === 'Cart, 1 course');
    expect(badge(element)).to.equal('1');
    await until(() => announced(element) === '1 course in your cart');
    addFromPage(OTHER_PAID);
    await until(() => name(element) === 'Cart, 2 courses' && announced(element) === '2 courses in your cart');
    await expect(element).to.be.accessible();
  });

  it('does not announce the stored cart it loads with', async () => {
    localStorage.setItem(`${CART_STORAGE_PREFIX}${API}:${STUDENT.id}`, JSON.stringify([PAID, OTHER_PAID]));
    const element = await mount<CkitCartButton>(html`<ckit-cart-button></ckit-cart-button>`);
    await until(() => badge(element) === '2');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(announced(element)).to.equal('');
  });

  it('announces why a course from the page was refused, and a failure', async () => {
    const element = await mount<CkitCartButton>(html`<ckit-cart-button></ckit-cart-button>`);
    await until(() => name(element) === 'Cart, empty');
    addFromPage(OWNED);
    await until(() => announced(element) === 'You already own this course.', 'owned');
    expect(stored(STUDENT.id)).to.deep.equal([]);

    worker.use(http.get(`${API}/courses/:id`, () => HttpResponse.json({ message: 'Down' }, { status: 503 }), { once: true }));
    const failed = oneEvent(element, 'ckit-error');
    addFromPage(PAID);
    expect((await failed).detail.operation).to.equal('cart.add');
    await until(() => announced(element) === 'Your cart could not be updated. Please try again.');
  });

  it('loads and opens its drawer on the first press; Escape closes it and focus returns to the button', async () => {
    const element = await mount<CkitCartButton>(html`<ckit-cart-button checkout-href="#never" catalog-href="/courses"></ckit-cart-button>`);
    await until(() => name(element) === 'Cart, empty');
    expect(drawerOf(element), 'no drawer before it is needed').to.equal(null);
    button(element).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialogOf(element)?.open, 'the drawer opened');
    expect(dialogOf(element)!.matches(':modal')).to.equal(true);
    expect(part(drawerOf(element)!, '[part="catalog-link"]').getAttribute('href')).to.equal('/courses');
    await expect(drawerOf(element)!).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOf(element)!.open, 'closed');
    expect(element.shadowRoot!.activeElement === button(element), 'focus back on the cart button').to.equal(true);
  });

  it('opens the page\'s own <ckit-cart> named by its cart attribute', async () => {
    const wrapper = await mount<HTMLElement>(html`<div><ckit-cart-button cart="page-cart"></ckit-cart-button><ckit-cart id="page-cart"></ckit-cart></div>`);
    const element = wrapper.querySelector('ckit-cart-button')!;
    const pageCart = wrapper.querySelector('ckit-cart')!;
    await until(() => name(element) === 'Cart, empty');
    button(element).click();
    await until(() => pageCart.open && pageCart.shadowRoot?.querySelector('dialog')?.open, 'the page cart opened');
    expect(drawerOf(element)).to.equal(null);
    pageCart.close();
    await until(() => element.shadowRoot!.activeElement === button(element), 'focus back on the cart button');
  });

  it("keeps a visitor's cart through sign-in, merged into the learner's, and never sells an owned course twice", async () => {
    localStorage.setItem(`${CART_STORAGE_PREFIX}${API}:${STUDENT.id}`, JSON.stringify([OTHER_PAID]));
    const element = await mount<CkitCartButton>(html`<ckit-cart-button></ckit-cart-button>`, { signedIn: false });
    await until(() => name(element) === 'Cart, empty');
    addFromPage(PAID);
    addFromPage(OWNED);
    await until(() => name(element) === 'Cart, 2 courses', 'the visitor filled the cart');
    expect(stored('visitor')).to.deep.equal([PAID, OWNED]);

    (element.parentElement as CkitProvider).setToken(api.issueToken(STUDENT.email));
    await until(() => stored(STUDENT.id).length === 2 && stored('visitor').length === 0, 'merged');
    expect(stored(STUDENT.id), 'the learner cart, then the visitor additions, without the owned course').to.deep.equal([OTHER_PAID, PAID]);
    await until(() => name(element) === 'Cart, 2 courses');

    addFromPage(OWNED);
    await until(() => announced(element) === 'You already own this course.', 'refused');
    expect(stored(STUDENT.id)).to.deep.equal([OTHER_PAID, PAID]);
  });
});
