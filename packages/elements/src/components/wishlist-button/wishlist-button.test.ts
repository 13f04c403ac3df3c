/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, deferred, mount, part, requests, until, withHostileCss, worker } from '../../test-support/api.js';

const saved = (courseId: number) => Boolean(api.db.first('wishlists', (row) => row.user_id === STUDENT.id && row.course_id === courseId));
import type { CkitWishlistButton } from './wishlist-button.component.js';
import './wishlist-button.js';

const toggle = (button: CkitWishlistButton) => part<HTMLButtonElement>(button, '[part="button"]');
const pressed = (button: CkitWishlistButton) => toggle(button).getAttribute('aria-pressed');
const message = (button: CkitWishlistButton) => part(button, '[part="message"]').textContent!.trim();
const ready = (button: CkitWishlistButton) => until(() => requests.includes('GET /me/wishlist?per_page=100') && button.shadowRoot?.querySelector('[part="button"]'), 'wishlist loaded');

describe('<ckit-wishlist-button>', () => {
  it('reflects the saved state in aria-pressed, accessibly', async () => {
    const wrapper = await mount<HTMLElement>(html`<div><ckit-wishlist-button course-id="3"></ckit-wishlist-button><ckit-wishlist-button course-id="4"></ckit-wishlist-button></div>`);
    const [onList, offList] = [...wrapper.querySelectorAll('ckit-wishlist-button')];
    await until(() => pressed(onList!) === 'true', 'course 3 is saved');
    expect(pressed(offList!)).to.equal('false');
    expect(toggle(onList!).textContent!.trim()).to.equal('Save to wishlist');
    expect(requests.filter((line) => line.startsWith('GET /me/wishlist')), 'one wishlist request for two buttons').to.have.length(1);
    await expect(onList!).to.be.accessible();
  });

  it('saves optimistically, then confirms with ckit-wishlist-change and a status message', async () => {
    const gate = deferred();
    // Holds the request, then lets the mock answer it (a resolver that returns nothing falls through).
    worker.use(http.put(`${API}/me/wishlist/:id`, () => gate.promise.then(() => undefined)));
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="4"></ckit-wishlist-button>`);
    await ready(button);
    toggle(button).click();
    await until(() => pressed(button) === 'true', 'optimistic');
    expect(toggle(button).getAttribute('aria-busy')).to.equal('true');
    const changed = oneEvent(button, 'ckit-wishlist-change');
    gate.resolve();
    expect((await changed).detail).to.deep.equal({ courseId: 4, wishlisted: true });
    await until(() => message(button) === 'Saved to your wishlist');
    expect(toggle(button).getAttribute('aria-busy')).to.equal('false');
    expect(saved(4)).to.equal(true);
  });

  it('rolls back and reports when the server refuses', async () => {
    const gate = deferred();
    worker.use(http.delete(`${API}/me/wishlist/:id`, () => gate.promise.then(() => HttpResponse.json({ message: 'Server Error' }, { status: 500 }))));
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="3"></ckit-wishlist-button>`);
    await until(() => pressed(button) === 'true');
    const failed = oneEvent(button, 'ckit-error');
    toggle(button).click();
    await until(() => pressed(button) === 'false', 'optimistic removal');
    gate.resolve();
    const error = await failed;
    expect(error.detail.operation).to.equal('wishlist.remove');
    await until(() => pressed(button) === 'true', 'rolled back');
    await until(() => message(button) === 'Your wishlist could not be updated.');
    await expect(button).to.be.accessible();
  });

  it('keeps every button of the same course in sync', async () => {
    const wrapper = await mount<HTMLElement>(html`<div><ckit-wishlist-button course-id="4"></ckit-wishlist-button><ckit-wishlist-button compact course-id="4"></ckit-wishlist-button></div>`);
    const [first, second] = [...wrapper.querySelectorAll('ckit-wishlist-button')];
    await ready(first!);
    toggle(first!).click();
    await until(() => pressed(second!) === 'true', 'the other button follows');
    await until(() => toggle(first!).getAttribute('aria-busy') === 'false');
    toggle(second!).click();
    await until(() => pressed(first!) === 'false');
  });

  it('toggles from the keyboard', async () => {
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button course-id="4"></ckit-wishlist-button>`);
    await ready(button);
    await sendKeys({ press: 'Tab' });
    expect(button.shadowRoot!.activeElement).to.equal(toggle(button));
    await sendKeys({ press: 'Space' });
    await until(() => pressed(button) === 'true');
    await until(() => toggle(button).getAttribute('aria-busy') === 'false');
    await sendKeys({ press: 'Enter' });
    await until(() => pressed(button) === 'false');
  });

  it('asks a signed-out visitor to sign in, and lets the page take over', async () => {
    const provider = await fixture(html`<ckit-provider base-url="/api/v1"><ckit-wishlist-button course-id="4"></ckit-wishlist-button></ckit-provider>`);
    const button = provider.querySelector('ckit-wishlist-button')!;
    await until(() => button.shadowRoot?.querySelector('[part="button"]'));
    let request = oneEvent(button, 'ckit-sign-in-request');
    toggle(button).click();
    expect((await request).detail).to.deep.equal({ reason: 'wishlist', courseId: 4 });
    await until(() => message(button) === 'Sign in to save courses to your wishlist.');
    expect(pressed(button)).to.equal('false');

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
    await until(() => pressed(button) === 'true', 'loaded, then saved');
    expect(requests.filter((line) => line.startsWith('GET /me/wishlist'))).to.have.length(2);
  });

  it('shows only the heart when compact, keeping an accessible name', async () => {
    const button = await mount<CkitWishlistButton>(html`<ckit-wishlist-button compact course-id="4"></ckit-wishlist-button>`);
    await ready(button);
    expect(part(button, '[part="label"]').classList.contains('sr-only')).to.equal(true);
    expect(toggle(button).title).to.equal('Save to wishlist');
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
