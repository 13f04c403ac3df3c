/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, STUDENT, api, mount, part, requests, until, untilTestEnds, withHostileCss, worker } from '../../test-support/api.js';
import type { CkitWishlist } from './wishlist.component.js';
import type { CkitWishlistButton } from '../wishlist-button/wishlist-button.component.js';
import './wishlist.js';
import '../wishlist-button/wishlist-button.js';

const texts = (list: CkitWishlist, name: string) => [...list.shadowRoot!.querySelectorAll(`[part="${name}"]`)].map((element) => element.textContent!.trim());
/** The tag of each entry's thumbnail: IMG for a cover, DIV for the letter placeholder. */
const thumbnails = (list: CkitWishlist) => [...list.shadowRoot!.querySelectorAll('[part="item"] [part="image"]')].map((element) => element.tagName);
const filled = (list: CkitWishlist) => until(() => list.shadowRoot?.querySelector('[part="item"]'), 'wishlist items');
/** Leaves only these courses on the seeded learner's wishlist (seeded: 2, 3, 23). */
const keepOnly = (...courseIds: number[]) => api.db.deleteWhere('wishlists', (row) => row.user_id === STUDENT.id && !courseIds.includes(row.course_id));

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
    keepOnly(3);
    api.db.insert('wishlists', { user_id: STUDENT.id, course_id: 1 });
    const list = await mount<CkitWishlist>(html`<ckit-wishlist href-template="/courses/{slug}"></ckit-wishlist>`);
    await filled(list);
    expect(texts(list, 'title')).to.have.members(['Building Web Components with Lit', 'Modern JavaScript from Scratch']);
    const lit = texts(list, 'title').indexOf('Building Web Components with Lit');
    expect(texts(list, 'price')[lit]).to.equal('$39.99');
    expect(texts(list, 'price')[1 - lit]).to.equal('Free');
    expect(list.shadowRoot!.querySelectorAll('[part="link"]')[lit]!.getAttribute('href')).to.equal('/courses/building-web-components-with-lit');
    expect(list.shadowRoot!.querySelectorAll('[part="remove-button"]')[lit]!.getAttribute('aria-label')).to.equal('Remove Building Web Components with Lit from your wishlist');
    for (const name of ['base', 'list', 'item', 'image', 'title', 'link', 'price', 'remove-button', 'message']) expect(list.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    await expect(list).to.be.accessible();
  });

  it('removes a course optimistically and tells every wishlist button', async () => {
    keepOnly(3);
    const wrapper = await mount<HTMLElement>(html`<div><ckit-wishlist></ckit-wishlist><ckit-wishlist-button course-id="3"></ckit-wishlist-button></div>`);
    const list = wrapper.querySelector('ckit-wishlist')!;
    const button = wrapper.querySelector<CkitWishlistButton>('ckit-wishlist-button')!;
    await filled(list);
    const changed = oneEvent(list, 'ckit-wishlist-change');
    part<HTMLButtonElement>(list, '[part="remove-button"]').click();
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="item"]'), 'gone at once').to.equal(null);
    expect((await changed).detail).to.deep.equal({ courseId: 3, wishlisted: false });
    await until(() => part(button, '[part="button"]').textContent!.trim() === 'Save to wishlist', 'the button follows');
    await until(() => list.shadowRoot?.querySelector('[part="empty"]'));
    expect(part(list, '[part="message"]').textContent).to.equal('Building Web Components with Lit: Removed from your wishlist');
    expect(api.db.first('wishlists', (row) => row.user_id === STUDENT.id && row.course_id === 3)).to.equal(undefined);
    await expect(list).to.be.accessible();
  });

  it('puts the course back and reports when removal fails', async () => {
    worker.use(http.delete(`${API}/me/wishlist/:id`, () => HttpResponse.json({ message: 'No' }, { status: 500 })));
    keepOnly(3);
    const list = await mount<CkitWishlist>(html`<ckit-wishlist></ckit-wishlist>`);
    await filled(list);
    const failed = oneEvent(list, 'ckit-error');
    part<HTMLButtonElement>(list, '[part="remove-button"]').click();
    expect((await failed).detail.operation).to.equal('wishlist.remove');
    await until(() => list.shadowRoot?.querySelector('[part="item"]'), 'rolled back');
    expect(part(list, '[part="message"]').textContent).to.equal('Your wishlist could not be updated.');
  });

  it('shows a course saved by a button that knew only its id', async () => {
    keepOnly(3);
    const wrapper = await mount<HTMLElement>(html`<div><ckit-wishlist></ckit-wishlist><ckit-wishlist-button course-id="4"></ckit-wishlist-button></div>`);
    const list = wrapper.querySelector('ckit-wishlist')!;
    await filled(list);
    const button = wrapper.querySelector<CkitWishlistButton>('ckit-wishlist-button')!;
    part<HTMLButtonElement>(button, '[part="button"]').click();
    await until(() => texts(list, 'title').length === 2, 'the new course appears');
    expect(texts(list, 'title')).to.deep.equal(['Building Web Components with Lit', 'React Fundamentals']);
    expect(requests).to.include('GET /courses/4?include=category%2Cinstructors%2Cmedia%2Ctags');
    expect(thumbnails(list), 'its cover too, like the others').to.deep.equal(['IMG', 'IMG']);
  });

  it('shows every seeded course with its cover, from the wishlist response alone', async () => {
    const list = await mount<CkitWishlist>(html`<ckit-wishlist></ckit-wishlist>`);
    await until(() => texts(list, 'title').length === 3, 'three saved courses');
    expect(thumbnails(list)).to.deep.equal(['IMG', 'IMG', 'IMG']);
    for (const image of list.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part="image"]')) expect(image.src).to.match(/\/storage\/covers\/[\w-]+\.svg$/);
    expect(requests.filter((line) => line.startsWith('GET /courses/')), 'no request per course').to.deep.equal([]);
    await expect(list).to.be.accessible();
  });

  it('wraps titles to two lines in a sidebar, with the price and remove button below them', async () => {
    keepOnly(3, 23);
    api.db.update('courses', 23, { title: 'Machine Learning Foundations: From Linear Regression to Neural Networks, With Real Projects' });
    const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 300px"><ckit-wishlist href-template="/courses/{slug}"></ckit-wishlist></div>`);
    const list = wrapper.querySelector('ckit-wishlist')!;
    await until(() => texts(list, 'title').length === 2);
    const [long, lit] = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
    for (const [item, name] of [[lit!, 'two-line title'], [long!, 'clamped title']] as const) {
      const title = item.querySelector<HTMLElement>('[part="title"]')!;
      const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
      const box = title.getBoundingClientRect();
      expect(box.height / lineHeight, `${name}: two lines`).to.be.closeTo(2, 0.1);
      expect(box.width, `${name}: the title has the row beside the thumbnail`).to.be.greaterThan(160);
      const remove = item.querySelector('[part="remove-button"]')!.getBoundingClientRect();
      const price = item.querySelector('[part="price"]')!.getBoundingClientRect();
      expect(remove.top, `${name}: remove button below the title`).to.be.at.least(box.bottom);
      expect(price.top, `${name}: price below the title`).to.be.at.least(box.bottom);
      expect(remove.right, `${name}: inside the row`).to.be.at.most(item.getBoundingClientRect().right);
    }
    // The clamp is visual only: the link still carries the whole title.
    expect(long!.querySelector('[part="link"]')!.textContent).to.contain('With Real Projects');
    await expect(list).to.be.accessible();
  });

  it('puts the remove button beside the title when the list is wide', async () => {
    keepOnly(3);
    const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 640px"><ckit-wishlist></ckit-wishlist></div>`);
    const list = wrapper.querySelector('ckit-wishlist')!;
    await filled(list);
    const title = part(list, '[part="title"]').getBoundingClientRect();
    const remove = part(list, '[part="remove-button"]').getBoundingClientRect();
    expect(remove.left).to.be.at.least(title.right);
    expect(title.height / parseFloat(getComputedStyle(part(list, '[part="title"]')).lineHeight), 'one line').to.be.closeTo(1, 0.1);
    await expect(list).to.be.accessible();
  });

  it('renders accessible empty, signed-out and error states', async () => {
    keepOnly();
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
