/// <reference types="mocha" />
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { Course } from '@coursekit/sdk';
import { mount, networkIdle, testClient, until } from '../test-support/api.js';
import type { CkitCourseCard } from '../components/course-card/course-card.component.js';
import type { CkitCourseCatalog } from '../components/course-catalog/course-catalog.component.js';
import '../components/course-card/course-card.js';
import '../components/course-catalog/course-catalog.js';
import '../components/provider/provider.js';

/** Every node under `root`, shadow roots included. */
function countNodes(root: Node): number {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += countNodes(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
}

const cardsOf = (catalog: Element) => [...(catalog.shadowRoot?.querySelectorAll('ckit-course-card') ?? [])] as CkitCourseCard[];
const firstTitle = (catalog: Element) => cardsOf(catalog)[0]?.shadowRoot?.querySelector('[part="title"]')?.textContent ?? '';

describe('render cost', () => {
  it('renders a card given .course in its first update, with no skeleton and no nested element per card', async () => {
    const [course] = (await testClient({ signedIn: false }).courses.list({ per_page: 1 })).data as [Course];
    const card = document.createElement('ckit-course-card') as CkitCourseCard;
    card.course = course;
    document.body.append(card);
    try {
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="skeleton"]')).to.equal(null);
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(course.title);
      expect(card.shadowRoot!.querySelector('[part="wishlist"]')!.textContent!.trim()).to.equal('Save to wishlist');
      expect(card.shadowRoot!.querySelector('ckit-wishlist-button'), 'the heart is the card\'s own').to.equal(null);
      // Nothing left to render: no second pass once the first one finished.
      expect(await card.updateComplete).to.equal(true);
      expect(card.isUpdatePending).to.equal(false);
    } finally {
      card.remove();
    }
  });

  it('cards without a provider show their course, report nothing, and still reach a provider they are moved into', async () => {
    const courses = (await testClient({ signedIn: false }).courses.list({ per_page: 3 })).data;
    const errors: unknown[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div @ckit-error=${(event: CustomEvent) => errors.push(event.detail.error)}>
      ${courses.map((course) => html`<ckit-course-card .course=${course}></ckit-course-card>`)}
    </div>`);
    const cards = [...wrapper.querySelectorAll('ckit-course-card')];
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).to.deep.equal([]);
    for (const card of cards) expect(card.shadowRoot!.querySelector('[part="title"]')).to.not.equal(null);

    const provider = document.createElement('ckit-provider');
    Object.assign(provider, { client: testClient({ signedIn: false }) });
    wrapper.append(provider);
    provider.append(...cards);
    await until(() => cards.every((card) => (card as unknown as { store?: unknown }).store), 'the store reaches the moved cards');
    await networkIdle();
  });

  it('pages a catalog 50 times and returns to the same number of DOM nodes', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog per-page="6"></ckit-course-catalog>`, { signedIn: false });
    const show = async (page: number) => {
      const before = firstTitle(catalog);
      catalog.page = page;
      await until(() => firstTitle(catalog) && firstTitle(catalog) !== before && !catalog.shadowRoot!.querySelector('[aria-busy="true"]'), `page ${page}`);
      await catalog.updateComplete;
      return countNodes(document.body);
    };
    await until(() => cardsOf(catalog).length === 6, 'first page');
    // The facets and the filter selects load after the first page (a lazy chunk, then categories
    // and tags): count from when they are in, or their hundreds of options look like growth.
    await until(() => catalog.shadowRoot!.querySelectorAll('select').length >= 6, 'the filter selects');
    await networkIdle();
    await catalog.updateComplete;
    await show(2);
    const start = await show(1);
    let end = start;
    for (let change = 0; change < 50; change += 1) end = await show(change % 2 ? 1 : 2);
    expect(end, 'DOM nodes after 50 page changes').to.equal(start);
  });
});
