/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, deferred, mount, part, requests, until, withHostileCss, worker } from '../../test-support/api.js';

const saved = (courseId: number) => Boolean(api.db.first('wishlists', (row) => row.user_id === STUDENT.id && row.course_id === courseId));
import type { CkitWishlistButton } from './wishlist-button.component.js';
import './wishlist-button.js';

const toggle = (button: CkitWishlistButton) => part<HTMLButtonElement>(button, '[part="button"]');
/** The button's accessible name: what a press does. */
const label = (button: CkitWishlistButton) => toggle(button).textContent!.trim();
const SAVE = 'Save to wishlist';
const REMOVE = 'Remove from wishlist';
const message = (button: CkitWishlistButton) => part(button, '[part="message"]').textContent!.trim();
const centre = (element: Element) => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] as [number, number];
};
const ready = (button: CkitWishlistButton) => until(() => requests.includes('GET /me/wishlist?per_page=100') && button.shadowRoot?.querySelector('[part="button"]'), 'wishlist loaded');

describe('<ckit-wishlist-button>', () => {
  it('names what a press does ("Save" or "Remove") and fills the heart of a saved course, accessibly', async () => {
    const wrapper = await mount<HTMLElement>(html`<div><ckit-wishlist-button course-id="3"></ckit-wishlist-button><ckit-wishlist-button course-id="4"></ckit-wishlist-button></div>`);
    const [onList, offList] = [...wrapper.querySelectorAll('ckit-wishlist-button')];
    await until(() => label(onList!) === REMOVE, 'course 3 is saved');
    expect(label(offList!)).to.equal(SAVE);
    // A label that changes with the state is not combined with aria-pressed (WAI-ARIA APG).
    expect(toggle(onList!).hasAttribute('aria-pressed')).to.equal(false);
    expect(getComputedStyle(part(onList!, '[part="icon"]')).fill, 'saved: filled heart').to.not.equal('none');
    expect(getComputedStyle(part(offList!, '[part="icon"]')).fill, 'not saved: outline').to.equal('none');
    expect(requests.filter((line) => line.startsWith('GET /me/wishlist')), 'one wishlist request for two buttons').to.have.length(1);
    await expect(onList!).to.be.accessible();
    await expect(offList!).to.be.accessible();
  });

  it('saves optimistically, then confirms with ckit-wishlist-change and a status message', async () => {
    const gate = deferred();
    // Holds the request, then lets the mock answer it (a resolver that returns nothing falls through).
    worker.use(http.put(`${API}/me/wishlist/:id`, () => gate.promise.then(() => undefined)));
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="4"></ckit-wishlist-button>`);
    await ready(button);
    toggle(button).click();
    await until(() => label(button) === REMOVE, 'optimistic');
    expect(toggle(button).getAttribute('aria-busy')).to.equal('true');
    const changed = oneEvent(button, 'ckit-wishlist-change');
    gate.resolve();
    expect((await changed).detail).to.deep.equal({ courseId: 4, wishlisted: true });
    await until(() => message(button) === 'Saved to your wishlist');
    expect(toggle(button).getAttribute('aria-busy')).to.equal('false');
    expect(saved(4)).to.equal(true);
    await expect(button).to.be.accessible();

    toggle(button).click();
    await until(() => label(button) === SAVE, 'the label goes back');
    await until(() => message(button) === 'Removed from your wishlist');
    expect(saved(4)).to.equal(false);
  });

  it('announces the outcome in a live region and clears it after message-duration', async () => {
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="4" message-duration="300"></ckit-wishlist-button>`);
    await ready(button);
    const region = part(button, '[part="message"]');
    expect(region.getAttribute('role'), 'present before it has anything to say').to.equal('status');
    expect(region.textContent!.trim()).to.equal('');
    toggle(button).click();
    await until(() => message(button) === 'Saved to your wishlist', 'announced');
    const shown = performance.now();
    expect(part(button, '[part="message"]'), 'the same live region, not a new element').to.equal(region);
    await until(() => message(button) === '', 'cleared');
    expect(performance.now() - shown, 'not before its time').to.be.greaterThan(250);
    expect(region.getBoundingClientRect().height, 'takes no room once cleared').to.be.lessThan(2);
  });

  it('keeps the message while the pointer rests on it, and hides it on Escape', async () => {
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="4" message-duration="150"></ckit-wishlist-button>`);
    await ready(button);
    try {
      await sendMouse({ type: 'move', position: centre(toggle(button)) });
      toggle(button).click();
      await until(() => message(button) === 'Saved to your wishlist');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(message(button), 'held while hovered').to.equal('Saved to your wishlist');
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => message(button) === '', 'cleared once the pointer left');
    } finally {
      await resetMouse();
    }

    toggle(button).focus();
    toggle(button).click();
    await until(() => message(button) === 'Removed from your wishlist');
    await sendKeys({ press: 'Escape' });
    expect(message(button)).to.equal('');
  });

  it('rolls back and reports when the server refuses', async () => {
    const gate = deferred();
    worker.use(http.delete(`${API}/me/wishlist/:id`, () => gate.promise.then(() => HttpResponse.json({ message: 'Server Error' }, { status: 500 }))));
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="3"></ckit-wishlist-button>`);
    await until(() => label(button) === REMOVE);
    const failed = oneEvent(button, 'ckit-error');
    toggle(button).click();
    await until(() => label(button) === SAVE, 'optimistic removal');
    gate.resolve();
    const error = await failed;
    expect(error.detail.operation).to.equal('wishlist.remove');
    await until(() => label(button) === REMOVE, 'rolled back');
    await until(() => message(button) === 'Your wishlist could not be updated.');
    await expect(button).to.be.accessible();
  });

  it('keeps every button of the same course in sync', async () => {
    const wrapper = await mount<HTMLElement>(html`<div><ckit-wishlist-button course-id="4"></ckit-wishlist-button><ckit-wishlist-button compact course-id="4"></ckit-wishlist-button></div>`);
    const [first, second] = [...wrapper.querySelectorAll('ckit-wishlist-button')];
    await ready(first!);
    toggle(first!).click();
    await until(() => label(second!) === REMOVE, 'the other button follows');
    expect(toggle(second!).title, 'the compact tooltip follows too').to.equal(REMOVE);
    await until(() => toggle(first!).getAttribute('aria-busy') === 'false');
    toggle(second!).click();
    await until(() => label(first!) === SAVE);
  });

  it('toggles from the keyboard, keeping the message while the button has keyboard focus', async () => {
    // A control after the heart, so that focus leaving it lands somewhere known: Shift+Tab from
    // the page's first control can wrap around to the heart itself.
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="4" message-duration="150"></ckit-wishlist-button><button type="button">After</button>`);
    await ready(button);
    await sendKeys({ press: 'Tab' });
    expect(button.shadowRoot!.activeElement === toggle(button), 'the heart has focus').to.be.true;
    await sendKeys({ press: 'Space' });
    await until(() => label(button) === REMOVE);
    await until(() => message(button) === 'Saved to your wishlist');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(message(button), 'held while focused from the keyboard').to.equal('Saved to your wishlist');
    await sendKeys({ press: 'Enter' });
    await until(() => label(button) === SAVE);
    await until(() => message(button) === 'Removed from your wishlist');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.textContent, 'focus moved on').to.equal('After');
    await until(() => message(button) === '', 'cleared once focus left');
  });

  it('pops the heart when saved here, unless reduced motion is preferred', async () => {
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button compact course-id="4"></ckit-wishlist-button>`);
    await ready(button);
    const icon = part(button, '[part="icon"]');
    expect(getComputedStyle(icon).animationName, 'no pop on load').to.equal('none');
    toggle(button).click();
    await until(() => label(button) === REMOVE);
    expect(getComputedStyle(icon).animationName).to.equal('ckit-heart-pop');
    await until(() => toggle(button).getAttribute('aria-busy') === 'false');
    toggle(button).click();
    await until(() => label(button) === SAVE && toggle(button).getAttribute('aria-busy') === 'false');
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      toggle(button).click();
      await until(() => label(button) === REMOVE);
      expect(getComputedStyle(icon).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('asks a signed-out visitor to sign in, and lets the page take over', async () => {
    const provider = await fixture(html`<ckit-provider base-url="/api/v1"><ckit-wishlist-button course-id="4"></ckit-wishlist-button></ckit-provider>`);
    const button = provider.querySelector('ckit-wishlist-button')!;
    await until(() => button.shadowRoot?.querySelector('[part="button"]'));
    let request = oneEvent(button, 'ckit-sign-in-request');
    toggle(button).click();
    expect((await request).detail).to.deep.equal({ reason: 'wishlist', courseId: 4, intent: { action: 'wishlist-add', courseId: 4 } });
    await until(() => message(button) === 'Sign in to save courses to your wishlist.');
    expect(label(button)).to.equal(SAVE);

    button.addEventListener('ckit-sign-in-request', (event) => event.preventDefault(), { once: true });
    request = oneEvent(button, 'ckit-sign-in-request');
    toggle(button).click();
    await request;
    await button.updateComplete;
    expect(message(button), 'the page handles sign-in itself').to.equal('');
    expect(requests.filter((line) => line.includes('wishlist')), 'nothing asked of the server').to.deep.equal([]);
  });

  it('reports a wishlist that fails to load and tries again on the next press', async () => {
    worker.use(http.get(`${API}/me/wishlist`, () => HttpResponse.json({ message: 'Down' }, { status: 503 }), { once: true }));
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="4"></ckit-wishlist-button>`);
    const error = await oneEvent(button, 'ckit-error');
    expect(error.detail.operation).to.equal('wishlist.list');
    await until(() => button.shadowRoot?.querySelector('[part="button"]'));
    toggle(button).click();
    await until(() => label(button) === REMOVE, 'loaded, then saved');
    expect(requests.filter((line) => line.startsWith('GET /me/wishlist'))).to.have.length(2);
  });

  it('shows only the heart when compact, keeping an accessible name', async () => {
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button compact course-id="4"></ckit-wishlist-button>`);
    await ready(button);
    expect(part(button, '[part="label"]').classList.contains('sr-only')).to.equal(true);
    expect(toggle(button).title).to.equal(SAVE);
    for (const name of ['base', 'button', 'icon', 'label', 'message']) expect(button.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    await expect(button).to.be.accessible();
  });

  it('renders right to left and survives a hostile host stylesheet', async () => {
    await withHostileCss(async () => {
      const wrapper = await mount<HTMLElement>(html`<div dir="rtl"><ckit-wishlist-button course-id="4"></ckit-wishlist-button></div>`);
      const button = wrapper.querySelector('ckit-wishlist-button')!;
      await ready(button);
      const icon = part(button, '[part="icon"]').getBoundingClientRect();
      const label = part(button, '[part="label"]').getBoundingClientRect();
      expect(icon.left, 'icon at the inline start (right)').to.be.greaterThan(label.left);
      expect(getComputedStyle(part(button, '[part="label"]')).fontSize).to.equal('15px');
      await expect(button).to.be.accessible();
    });
  });
});
