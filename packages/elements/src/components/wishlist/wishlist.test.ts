/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, db, mount, part, requests, until, untilTestEnds, withHostileCss, worker } from '../../test-support/api.js';
import type { CkitWishlist } from './wishlist.component.js';
import type { CkitWishlistButton } from '../wishlist-button/wishlist-button.component.js';
import './wishlist.js';
import '../wishlist-button/wishlist-button.js';

const texts = (list: CkitWishlist, name: string) => [...list.shadowRoot!.querySelectorAll(`[part="${name}"]`)].map((element) => element.textContent!.trim());
const filled = (list: CkitWishlist) => until(() => list.shadowRoot?.querySelector('[part="item"]'), 'wishlist items');

describe('<ckit-wishlist>', () => {
  it('shows an accessible placeholder while loading', async () => {
    worker.use(http.get(`${API}/me/wishlist`, () => untilTestEnds().then(() => HttpResponse.json({ message: 'Gone' }, { status: 503 }))));
    const list = await mount<CkitWishlist>(html`<ckit-wishlist></ckit-wishlist>`);
    await until(() => requests.includes('GET /me/wishlist?per_page=100'), 'wishlist requested');
    expect(list.shadowRoot!.querySelector('[part="skeleton"]')).to.not.equal(null);
    expect(part(list, '[part="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(list).to.be.accessible();
  });

  it('lists the saved courses with links and prices, accessibly', async () => {
    db.wishlist.add(4);
    const list = await mount<CkitWishlist>(html`<ckit-wishlist href-template="/courses/{slug}"></ckit-wishlist>`);
    await filled(list);
    expect(texts(list, 'title')).to.deep.equal(['Design Systems 3', 'SQL 4']);
    expect(texts(list, 'price')).to.deep.equal(['$13.90', 'Free']);
    expect(part(list, '[part="link"]').getAttribute('href')).to.equal('/courses/design-systems-3');
    expect(part(list, '[part="remove-button"]').getAttribute('aria-label')).to.equal('Remove Design Systems 3 from your wishlist');
    for (const name of ['base', 'list', 'item', 'image', 'title', 'link', 'price', 'remove-button', 'message']) expect(list.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    await expect(list).to.be.accessible();
  });

  it('removes a course optimistically and tells every wishlist button', async () => {
    const wrapper = await mount<HTMLElement>(html`<div><ckit-wishlist></ckit-wishlist><ckit-wishlist-button course-id="3"></ckit-wishlist-button></div>`);
    const list = wrapper.querySelector('ckit-wishlist')!;
    const button = wrapper.querySelector<CkitWishlistButton>('ckit-wishlist-button')!;
    await filled(list);
    const changed = oneEvent(list, 'ckit-wishlist-change');
    part<HTMLButtonElement>(list, '[part="remove-button"]').click();
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="item"]'), 'gone at once').to.equal(null);
    expect((await changed).detail).to.deep.equal({ courseId: 3, wishlisted: false });
    await until(() => button.shadowRoot!.querySelector('[aria-pressed="false"]'), 'the button follows');
    await until(() => list.shadowRoot?.querySelector('[part="empty"]'));
    expect(part(list, '[part="message"]').textContent).to.equal('Design Systems 3: Removed from your wishlist');
    expect(db.wishlist.has(3)).to.equal(false);
    await expect(list).to.be.accessible();
  });

  it('puts the course back and reports when removal fails', async () => {
    worker.use(http.delete(`${API}/me/wishlist/:id`, () => HttpResponse.json({ message: 'No' }, { status: 500 })));
    const list = await mount<CkitWishlist>(html`<ckit-wishlist></ckit-wishlist>`);
    await filled(list);
    const failed = oneEvent(list, 'ckit-error');
    part<HTMLButtonElement>(list, '[part="remove-button"]').click();
    expect((await failed).detail.operation).to.equal('wishlist.remove');
    await until(() => list.shadowRoot?.querySelector('[part="item"]'), 'rolled back');
    expect(part(list, '[part="message"]').textContent).to.equal('Your wishlist could not be updated.');
  });

  it('shows a course saved by a button that knew only its id', async () => {
    const wrapper = await mount<HTMLElement>(html`<div><ckit-wishlist></ckit-wishlist><ckit-wishlist-button course-id="42"></ckit-wishlist-button></div>`);
    const list = wrapper.querySelector('ckit-wishlist')!;
    await filled(list);
    const button = wrapper.querySelector<CkitWishlistButton>('ckit-wishlist-button')!;
    part<HTMLButtonElement>(button, '[part="button"]').click();
    await until(() => texts(list, 'title').length === 2, 'the new course appears');
    expect(texts(list, 'title')).to.deep.equal(['Design Systems 3', 'TypeScript from Zero']);
    expect(requests).to.include('GET /courses/42?include=category%2Cinstructors%2Cmedia%2Ctags');
  });

  it('renders accessible empty, signed-out and error states', async () => {
    db.wishlist.clear();
    const empty = await mount<CkitWishlist>(html`<ckit-wishlist></ckit-wishlist>`);
    await until(() => empty.shadowRoot?.querySelector('[part="empty"]'));
    expect(part(empty, '[part="empty"]').textContent!.trim()).to.equal('Your wishlist is empty. Save courses you like to find them here.');
    await expect(empty).to.be.accessible();

    const provider = await fixture(html`<ckit-provider base-url="/api/v1"><ckit-wishlist></ckit-wishlist></ckit-provider>`);
    const anonymous = provider.querySelector('ckit-wishlist')!;
    await until(() => anonymous.shadowRoot?.querySelector('[part="sign-in"]'));
    await expect(anonymous).to.be.accessible();

    worker.use(http.get(`${API}/me/wishlist`, () => HttpResponse.json({ message: 'Down' }, { status: 503 }), { once: true }));
    const failing = await mount<CkitWishlist>(html`<ckit-wishlist></ckit-wishlist>`);
    await until(() => failing.shadowRoot?.querySelector('[part="error"]'));
    await expect(failing).to.be.accessible();
    part<HTMLButtonElement>(failing, '[part="retry-button"]').click();
    await until(() => failing.shadowRoot?.querySelector('[part="empty"]'), 'loaded on retry');
  });

  it('renders right to left and survives a hostile host stylesheet', async () => {
    await withHostileCss(async () => {
      const wrapper = await mount<HTMLElement>(html`<div dir="rtl" style="inline-size: 500px"><ckit-wishlist></ckit-wishlist></div>`);
      const list = wrapper.querySelector('ckit-wishlist')!;
      await filled(list);
      const remove = part(list, '[part="remove-button"]').getBoundingClientRect();
      const title = part(list, '[part="title"]').getBoundingClientRect();
      expect(remove.right, 'remove button at the inline end (left)').to.be.lessThan(title.left);
      expect(getComputedStyle(part(list, '[part="title"]')).fontSize).to.equal('15px');
      expect(part(list, '[part="item"]').getBoundingClientRect().width).to.be.at.most(500);
      await expect(list).to.be.accessible();
    });
  });
});
