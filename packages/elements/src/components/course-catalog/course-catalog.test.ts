/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, api, mount, networkIdle, part, requests, testClient, until, untilTestEnds, withHostileCss, worker } from '../../test-support/api.js';
import type { CkitCourseCatalog } from './course-catalog.component.js';
import type { CkitCourseCard } from '../course-card/course-card.component.js';
import './course-catalog.js';

/** The query of each `GET /courses` request, as an object. */
const listQueries = () =>
  requests.filter((line) => line.startsWith('GET /courses?')).map((line) => Object.fromEntries(new URLSearchParams(line.slice('GET /courses?'.length))));
const cards = (catalog: CkitCourseCatalog) => [...catalog.shadowRoot!.querySelectorAll<CkitCourseCard>('ckit-course-card')];
const titles = async (catalog: CkitCourseCatalog) => {
  const list = cards(catalog);
  await Promise.all(list.map((card) => until(() => card.shadowRoot?.querySelector('[part="title"]'))));
  return list.map((card) => card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim());
};
const loaded = (catalog: CkitCourseCatalog) => until(() => catalog.shadowRoot?.querySelector('[part="list"]:not([part~="skeleton"])') || catalog.shadowRoot?.querySelector('[part="empty"], [part="error"]'), 'results');
const count = (catalog: CkitCourseCatalog) => part(catalog, '[part="result-count"]').textContent!.trim();
const choose = (catalog: CkitCourseCatalog, filter: string, value: string) => {
  const select = part<HTMLSelectElement>(catalog, `[part~="${filter}"] select`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
};

describe('<ckit-course-catalog>', () => {
  const startUrl = location.href;
  afterEach(() => history.replaceState(null, '', startUrl));

  it('shows accessible placeholders while the first page loads', async () => {
    worker.use(http.get(`${API}/courses`, () => untilTestEnds().then(() => HttpResponse.json({ message: 'Gone' }, { status: 503 }))));
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog></ckit-course-catalog>`);
    await until(() => catalog.shadowRoot?.querySelector('[part~="skeleton"]'));
    expect(part(catalog, '[part~="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    await expect(catalog).to.be.accessible();
  });

  it('lists courses with their count, and sends the attribute filters as the query', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog per-page="5" level="Beginner" sort="-rating" min-rating="3.5"></ckit-course-catalog>`);
    await loaded(catalog);
    expect(listQueries()).to.deep.equal([
      { page: '1', per_page: '5', include: 'instructors,media', sort: '-rating', 'filter[level]': 'Beginner', 'filter[min_rating]': '3.5' },
    ]);
    expect(await titles(catalog)).to.have.length(5);
    expect(count(catalog)).to.match(/^\d+ courses$/);
    expect(part<HTMLSelectElement>(catalog, '[part~="level"] select').value).to.equal('Beginner');
    await expect(catalog).to.be.accessible();
  });

  it('turns filter, sort and page changes into the right query, back on page 1 after each filter', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog per-page="4"></ckit-course-catalog>`);
    await loaded(catalog);
    await until(() => catalog.shadowRoot!.querySelector('[part~="category"] select'), 'category filter');
    const changes: unknown[] = [];
    catalog.addEventListener('ckit-filter-change', (event) => changes.push(event.detail.query));

    part<HTMLButtonElement>(catalog, '[part="page-button"][aria-label="Page 2"]').click();
    await until(() => listQueries().length === 2);
    choose(catalog, 'category', 'web-development');
    await until(() => listQueries().length === 3);
    choose(catalog, 'price', 'paid');
    await until(() => listQueries().length === 4);
    choose(catalog, 'sort', 'price');
    await until(() => listQueries().length === 5);
    choose(catalog, 'tag', 'typescript');
    await until(() => listQueries().length === 6);

    const base = { per_page: '4', include: 'instructors,media' };
    expect(listQueries()).to.deep.equal([
      { page: '1', ...base },
      { page: '2', ...base },
      { page: '1', ...base, 'filter[category]': 'web-development' },
      { page: '1', ...base, 'filter[category]': 'web-development', 'filter[price]': 'paid' },
      { page: '1', ...base, sort: 'price', 'filter[category]': 'web-development', 'filter[price]': 'paid' },
      { page: '1', ...base, sort: 'price', 'filter[category]': 'web-development', 'filter[tag]': 'typescript', 'filter[price]': 'paid' },
    ]);
    expect(changes).to.have.length(5);
    expect(changes.at(-1)).to.deep.include({ category: 'web-development', price: 'paid', sort: 'price', tag: 'typescript', page: 1 });
  });

  it('shows the category tree in order, children indented under their parent', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog></ckit-course-catalog>`);
    await until(() => catalog.shadowRoot!.querySelector('[part~="category"] select'));
    const options = [...part<HTMLSelectElement>(catalog, '[part~="category"] select').options].map((option) => [option.value, option.text]);
    expect(options[0]).to.deep.equal(['', 'All categories']);
    // Development (a root) is followed by its children, by name, indented one step.
    const name = (slug: string) => api.db.first('categories', (row) => row.slug === slug)!.name;
    const root = options.findIndex(([value]) => value === 'development');
    const children = api.db.where('categories', (row) => row.parent_id === 1).sort((a, b) => a.name.localeCompare(b.name));
    expect(options.slice(root, root + 1 + children.length)).to.deep.equal([
      ['development', name('development')],
      ...children.map((child) => [child.slug, `\u2003${child.name}`]),
    ]);
    expect(options).to.have.length(1 + api.db.all('categories').length);
  });

  it('debounces the search: one request for a burst of typing, at once on Enter', async () => {
    const { meta } = await testClient().courses.list({ search: 'rust' });
    requests.length = 0;
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog></ckit-course-catalog>`);
    await loaded(catalog);
    const input = part<HTMLInputElement>(catalog, '[part="search-input"]');
    for (const value of ['r', 'ru', 'rus', 'rust']) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await until(() => listQueries().length === 2, 'debounced search');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(listQueries().map((query) => query['filter[search]'])).to.deep.equal([undefined, 'rust']);
    await loaded(catalog);
    expect(count(catalog)).to.equal(`${meta.total} course${meta.total === 1 ? '' : 's'}`);

    input.focus();
    await sendKeys({ type: ' 1' });
    await sendKeys({ press: 'Enter' });
    await until(() => listQueries().length === 3, 'search on Enter');
    expect(listQueries()[2]!['filter[search]']).to.equal('rust 1');
  });

  it('shows an accessible empty state whose button clears the filters', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog search="no such course" level="Advanced"></ckit-course-catalog>`);
    await until(() => catalog.shadowRoot?.querySelector('[part="empty"]'), 'empty state');
    expect(count(catalog)).to.equal('No courses');
    await expect(catalog).to.be.accessible();
    part<HTMLButtonElement>(catalog, '[part="empty"] [part="clear-button"]').click();
    await until(() => cards(catalog).length === 12, 'all courses again');
    expect(listQueries().at(-1)).to.deep.equal({ page: '1', per_page: '12', include: 'instructors,media' });
    expect(part<HTMLInputElement>(catalog, '[part="search-input"]').value).to.equal('');
  });

  it('renders an accessible error state, reports it, and retries', async () => {
    worker.use(http.get(`${API}/courses`, () => HttpResponse.json({ message: 'Server Error' }, { status: 503 }), { once: true }));
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog></ckit-course-catalog>`);
    const error = await oneEvent(catalog, 'ckit-error');
    expect(error.detail.operation).to.equal('courses.list');
    await until(() => catalog.shadowRoot?.querySelector('[part="error"]'));
    await expect(catalog).to.be.accessible();
    part<HTMLButtonElement>(catalog, '[part="retry-button"]').click();
    await until(() => cards(catalog).length === 12, 'courses after retry');
  });

  it('pages with numbered, keyboard-operable buttons and marks the current page', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog per-page="10" no-toolbar></ckit-course-catalog>`);
    await loaded(catalog);
    const labels = () => [...catalog.shadowRoot!.querySelectorAll('[part="pagination"] li')].map((item) => item.textContent!.trim());
    expect(labels()).to.deep.equal(['1', '2', '…', '7']);
    expect(part(catalog, '[aria-current="page"]').textContent!.trim()).to.equal('1');
    const next = [...catalog.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="page-button"]')].at(-1)!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => part(catalog, '[aria-current="page"]').textContent!.trim() === '2', 'page 2');
    expect(labels()).to.deep.equal(['1', '2', '3', '…', '7']);
    expect(catalog.page).to.equal(2);
    expect(catalog.shadowRoot!.activeElement, 'focus moves to the result count').to.equal(part(catalog, '[part="result-count"]'));
    expect(requests.filter((line) => line.startsWith('GET /categories') || line.startsWith('GET /tags')), 'no toolbar, no facets').to.deep.equal([]);
  });

  it('appends pages in infinite mode, from the button or when the end scrolls into view', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog mode="infinite" per-page="12"></ckit-course-catalog>`);
    await until(() => cards(catalog).length === 12);
    expect(catalog.shadowRoot!.querySelector('[part="pagination"]')).to.equal(null);
    part<HTMLButtonElement>(catalog, '[part="load-more"]').click();
    await until(() => cards(catalog).length === 24, 'second page appended');
    part(catalog, '.sentinel').scrollIntoView();
    await until(() => cards(catalog).length === 36, 'third page on scroll');
    expect(listQueries().map((query) => query['page'])).to.deep.equal(['1', '2', '3']);
    window.scrollTo(0, 0);
  });

  it('with sync-url, keeps the query in the URL, follows back/forward and restores it on reload', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&level=Advanced&page=2&unrelated=keep`);
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog sync-url per-page="4" sort="title"></ckit-course-catalog>`);
    await loaded(catalog);
    expect(listQueries()[0]).to.include({ page: '2', sort: 'title', 'filter[level]': 'Advanced' });

    await until(() => catalog.shadowRoot!.querySelector('[part~="price"] select'));
    choose(catalog, 'price', 'free');
    await until(() => listQueries().length === 2, JSON.stringify(listQueries()));
    const url = new URL(location.href);
    expect(url.searchParams.get('price')).to.equal('free');
    expect(url.searchParams.get('level')).to.equal('Advanced');
    expect(url.searchParams.get('page'), 'a filter change starts over at page 1').to.equal(null);
    expect(url.searchParams.get('unrelated')).to.equal('keep');

    history.back();
    await until(() => catalog.price === '' && catalog.page === 2, 'back restores the previous query');
    await until(() => count(catalog) !== '', 'results of the restored query');
    expect(listQueries(), 'answered from the cache: no new request').to.have.length(2);
    history.forward();
    await until(() => catalog.price === 'free', 'forward re-applies the change');

    // A reload: a new catalog on the same URL starts from it.
    const reloaded = await mount<CkitCourseCatalog>(html`<ckit-course-catalog sync-url per-page="4"></ckit-course-catalog>`);
    await loaded(reloaded);
    expect(reloaded.query).to.deep.include({ level: 'Advanced', price: 'free', page: 1 });
    expect(part<HTMLSelectElement>(reloaded, '[part~="level"] select').value).to.equal('Advanced');
  });

  it('issues no duplicate request for a page of 10 cards of a signed-in learner', async () => {
    // Enroll the learner in the first course of the page, so a card shows progress.
    const { data } = await testClient().courses.list({ per_page: 10, sort: 'title' });
    if (!api.db.first('enrollments', (row) => row.user_id === 2 && row.course_id === data[0]!.id)) {
      api.db.insert('enrollments', { course_id: data[0]!.id, user_id: 2, status: 'active', enrolled_at: '2026-01-10T09:00:00.000000Z', completed_at: null });
    }
    requests.length = 0;
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog per-page="10" sort="title"></ckit-course-catalog>`);
    await until(() => cards(catalog).length === 10);
    // The learner's active or completed enrollments shown on this page each need their progress, once.
    const shown = cards(catalog).map((card) => card.course!.id);
    const enrolled = api.db.where('enrollments', (row) => row.user_id === 2 && (row.status === 'active' || row.status === 'completed')).map((row) => row.course_id);
    const progress = shown.filter((id) => enrolled.includes(id)).map((id) => `GET /courses/${id}/progress`);
    expect(progress.length, 'the page shows an enrolled course').to.be.greaterThan(0);
    await until(() => [...progress, 'GET /me/wishlist?per_page=100'].every((line) => requests.includes(line)), 'every card settled');
    await networkIdle();
    expect(requests.length, requests.join('\n')).to.equal(new Set(requests).size);
    expect([...requests].sort()).to.deep.equal(
      ['GET /categories', 'GET /courses?include=instructors%2Cmedia&sort=title&page=1&per_page=10', 'GET /me', 'GET /me/enrollments?per_page=100', 'GET /me/wishlist?per_page=100', 'GET /tags', ...progress].sort(),
    );
  });

  it('passes layout and href-template to its cards and exports their parts', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog layout="list" href-template="/c/{slug}" per-page="2"></ckit-course-catalog>`);
    await until(() => cards(catalog).length === 2);
    const [card] = cards(catalog);
    expect(card!.getAttribute('layout')).to.equal('horizontal');
    expect(card!.getAttribute('exportparts')).to.contain('title: card-title');
    await until(() => card!.shadowRoot?.querySelector('[part="link"]'));
    expect(card!.shadowRoot!.querySelector('[part="link"]')!.getAttribute('href')).to.equal(`/c/${card!.course!.slug}`);
  });

  it('renders right to left, accessibly, under dir="rtl"', async () => {
    const wrapper = await mount<HTMLElement>(html`<div dir="rtl" style="inline-size: 800px"><ckit-course-catalog per-page="4"></ckit-course-catalog></div>`);
    const catalog = wrapper.querySelector('ckit-course-catalog')!;
    await until(() => cards(catalog).length === 4);
    await until(() => catalog.shadowRoot!.querySelector('[part~="category"]'));
    const search = part(catalog, '[part="search"]').getBoundingClientRect();
    const firstFilter = part(catalog, '[part~="category"]').getBoundingClientRect();
    expect(Math.round(firstFilter.right), 'first filter starts at the right edge').to.equal(Math.round(search.right));
    const first = cards(catalog)[0]!.getBoundingClientRect();
    const second = cards(catalog)[1]!.getBoundingClientRect();
    expect(first.left, 'first card on the right').to.be.greaterThan(second.left);
    await expect(catalog).to.be.accessible();
  });

  it('keeps English fallback text in reading order on an RTL page ("64 courses", not "courses 64")', async () => {
    const wrapper = await mount<HTMLElement>(html`<div dir="rtl" lang="ar" style="inline-size: 800px"><ckit-course-catalog per-page="4"></ckit-course-catalog></div>`);
    const catalog = wrapper.querySelector('ckit-course-catalog')!;
    await until(() => /\d+ courses/.test(part(catalog, '[part="result-count"]').textContent ?? ''), 'result count');
    const text = [...part(catalog, '[part="result-count"]').childNodes].find((node) => node.nodeType === Node.TEXT_NODE && /courses/.test(node.textContent ?? ''))!;
    const content = text.textContent!;
    const rectOf = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      return range.getBoundingClientRect();
    };
    const digits = content.match(/\d+/)!;
    const number = rectOf(digits.index!, digits.index! + digits[0].length);
    const word = rectOf(content.indexOf('courses'), content.indexOf('courses') + 'courses'.length);
    expect(number.left, 'the count is read first, so it sits left of the word').to.be.lessThan(word.left);
  });

  it('keeps its layout under a hostile host stylesheet', async () => {
    await withHostileCss(async () => {
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 700px"><ckit-course-catalog per-page="4"></ckit-course-catalog></div>`);
      const catalog = wrapper.querySelector('ckit-course-catalog')!;
      await until(() => cards(catalog).length === 4);
      expect(getComputedStyle(part(catalog, '[part="search-input"]')).fontSize).to.equal('15px');
      expect(part(catalog, '[part~="base"]').getBoundingClientRect().width).to.be.at.most(700);
      expect(getComputedStyle(part(catalog, '[part="result-count"]')).fontFamily).to.not.equal('serif');
    });
  });

  it('works without a toolbar from attributes alone, inside a provider configured by base-url', async () => {
    const provider = await fixture(html`<ckit-provider base-url="/api/v1"><ckit-course-catalog no-toolbar price="free" per-page="3"></ckit-course-catalog></ckit-provider>`);
    const catalog = provider.querySelector('ckit-course-catalog')!;
    await until(() => cards(catalog).length === 3);
    expect(catalog.shadowRoot!.querySelector('[part="toolbar"]')).to.equal(null);
    expect(listQueries()).to.deep.equal([{ page: '1', per_page: '3', include: 'instructors,media', 'filter[price]': 'free' }]);
  });
});
