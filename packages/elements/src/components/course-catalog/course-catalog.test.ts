/// <reference types="mocha" />
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { API, api, deferred, mount, networkIdle, part, requests, testClient, until, untilTestEnds, withHostileCss, worker } from '../../test-support/api.js';
import type { CkitProvider } from '../provider/provider.component.js';
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
const selectsLoaded = (catalog: CkitCourseCatalog) => until(() => catalog.shadowRoot?.querySelector('[part~="level"] select'), 'filter selects');
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
    // At first they only hold the room, unseen and unannounced; a slow load shows them.
    expect(part(catalog, '[part~="skeleton"]').getAttribute('aria-hidden')).to.equal('true');
    const announced = () => [...catalog.shadowRoot!.querySelectorAll('[role="status"]')].map((node) => node.textContent!.trim());
    expect(announced()).not.to.include('Loading…');
    await until(() => part(catalog, '[part~="skeleton"]').getAttribute('aria-hidden') === null, 'the placeholders shown');
    expect(part(catalog, '[part~="skeleton"]').getAttribute('aria-busy')).to.equal('true');
    expect(announced()).to.include('Loading…');
    await expect(catalog).to.be.accessible();
  });

  it('holds the room of the first page from its first render, so what follows barely moves when the cards arrive', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(http.get(`${API}/courses`, async () => void (await held)));
    const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 760px"><ckit-course-catalog per-page="6" no-toolbar></ckit-course-catalog><p>After the catalog</p></div>`);
    const catalog = wrapper.querySelector('ckit-course-catalog')!;
    const after = wrapper.querySelector('p')!;
    // Right after the first render, long before the placeholders are due to show.
    await catalog.updateComplete;
    const before = after.getBoundingClientRect().top;
    release();
    await loaded(catalog);
    await catalog.updateComplete;
    const list = part(catalog, '[part="list"]').getBoundingClientRect().height;
    const moved = after.getBoundingClientRect().top - before;
    expect(Math.abs(moved), `moved ${Math.round(moved)} px for a ${Math.round(list)} px list`).to.be.below(list * 0.25);
  });

  it('lists courses with their count, and sends the attribute filters as the query', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog per-page="5" level="Beginner" sort="-rating" min-rating="3.5"></ckit-course-catalog>`);
    await loaded(catalog);
    expect(listQueries()).to.deep.equal([
      { page: '1', per_page: '5', include: 'instructors,media', sort: '-rating', 'filter[level]': 'Beginner', 'filter[min_rating]': '3.5' },
    ]);
    expect(await titles(catalog)).to.have.length(5);
    expect(count(catalog)).to.match(/^\d+ courses$/);
    // The selects load after the first paint: the cards do not wait for them.
    await selectsLoaded(catalog);
    expect(part<HTMLSelectElement>(catalog, '[part~="level"] select').value).to.equal('Beginner');
    await expect(catalog).to.be.accessible();
  });

  it('asks for the facets and loads the filter selects only once the first cards have painted', async () => {
    const isFacetRequest = (line: string) => line.startsWith('GET /categories') || line.startsWith('GET /tags');
    // Frames are held: the cards render, but the frame that would show them does not come yet.
    const frames: FrameRequestCallback[] = [];
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    let catalog: CkitCourseCatalog;
    try {
      catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog per-page="3"></ckit-course-catalog>`);
      await loaded(catalog);
      expect(await titles(catalog)).to.have.length(3);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests.filter(isFacetRequest), 'facet requests before the cards painted').to.deep.equal([]);
      expect(catalog.shadowRoot!.querySelector('[part~="level"] select'), 'filter selects before the cards painted').to.equal(null);
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
    for (const frame of frames.splice(0)) frame(performance.now());
    await until(() => requests.filter(isFacetRequest).length === 2, 'facet requests after the cards painted');
    await selectsLoaded(catalog);
    await until(() => catalog.shadowRoot!.querySelector('[part~="category"] select'), 'category filter');
  });

  it('builds the number formats its cards use while the course request is out', async () => {
    const response = deferred();
    // Falls through to the reference handler once released (at the latest when the test ends).
    worker.use(http.get(`${API}/courses`, async () => void (await Promise.race([response.promise, untilTestEnds()]))));
    const currencies: unknown[] = [];
    const NumberFormat = Intl.NumberFormat;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        currencies.push(args[1]?.currency);
        return Reflect.construct(target, args);
      },
    });
    try {
      // A currency no other test shows: its money format does not exist yet.
      const provider = await fixture<CkitProvider>(html`<ckit-provider locale="en" currency="ZAR" .client=${testClient()}><ckit-course-catalog per-page="3"></ckit-course-catalog></ckit-provider>`);
      const catalog = provider.firstElementChild as CkitCourseCatalog;
      await until(() => listQueries().length === 1, 'course request');
      await until(() => currencies.includes('ZAR'), 'money format built before the response');
      expect(catalog.shadowRoot!.querySelector('ckit-course-card'), 'cards before the response').to.equal(null);
      response.resolve();
      await loaded(catalog);
      await titles(catalog);
      expect(currencies.filter((currency) => currency === 'ZAR'), 'money formats built').to.have.length(1);
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
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

    // The box follows the query when it changes from elsewhere: "Clear filters" empties what was typed.
    part<HTMLButtonElement>(catalog, '[part="toolbar"] [part="clear-button"]').click();
    await until(() => catalog.search === '', 'cleared');
    await catalog.updateComplete;
    expect(input.value).to.equal('');
  });

  it('keeps the caret where the visitor types in the middle of the search text', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog></ckit-course-catalog>`);
    await loaded(catalog);
    const input = part<HTMLInputElement>(catalog, '[part="search-input"]');
    input.focus();
    await sendKeys({ type: 'rst' });
    await catalog.updateComplete;
    input.setSelectionRange(1, 1);
    await sendKeys({ type: 'u' });
    await catalog.updateComplete;
    expect([input.value, input.selectionStart]).to.deep.equal(['rust', 2]);
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
    await selectsLoaded(reloaded);
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

  it('moves focus to the search field after "Clear filters", in the toolbar and in the empty state', async () => {
    const catalog = await mount<CkitCourseCatalog>(html`<ckit-course-catalog level="Beginner" per-page="4"></ckit-course-catalog>`);
    await loaded(catalog);
    const clear = part<HTMLButtonElement>(catalog, '[part="toolbar"] [part="clear-button"]');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => listQueries().length === 2, 'cleared query');
    await catalog.updateComplete;
    expect(catalog.shadowRoot!.querySelector('[part="toolbar"] [part="clear-button"]'), 'the button is gone').to.equal(null);
    expect(catalog.shadowRoot!.activeElement, 'focus on the search field').to.equal(part(catalog, '[part="search-input"]'));

    const empty = await mount<CkitCourseCatalog>(html`<ckit-course-catalog search="no such course"></ckit-course-catalog>`);
    await until(() => empty.shadowRoot?.querySelector('[part="empty"]'), 'empty state');
    part<HTMLButtonElement>(empty, '[part="empty"] [part="clear-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => cards(empty).length === 12, 'all courses again');
    expect(empty.shadowRoot!.activeElement, 'focus on the search field').to.equal(part(empty, '[part="search-input"]'));
    expect(document.activeElement).to.equal(empty);
  });

  describe('in a narrow container (390 px)', () => {
    const mountNarrow = async (attributes: { level?: string; price?: string; theme?: string; perPage?: number } = {}) => {
      const wrapper = await mount<HTMLElement>(
        // A dark theme expects a dark page behind it.
        html`<div style="inline-size: 390px; background: ${attributes.theme === 'dark' ? '#111827' : '#ffffff'}"><ckit-course-catalog
          per-page=${attributes.perPage ?? 12}
          level=${attributes.level ?? ''}
          price=${attributes.price ?? ''}
          theme=${attributes.theme ?? 'light'}
        ></ckit-course-catalog></div>`,
      );
      const catalog = wrapper.querySelector('ckit-course-catalog')!;
      await until(() => cards(catalog).length > 0, 'cards');
      await until(() => catalog.shadowRoot!.querySelector('[part~="category"]') && catalog.shadowRoot!.querySelector('[part~="tag"]'), 'every filter');
      return catalog;
    };
    const toggle = (catalog: CkitCourseCatalog) => part<HTMLButtonElement>(catalog, '[part="filters-button"]');
    const visible = (element: Element) => element.checkVisibility();
    const chips = (catalog: CkitCourseCatalog) => [...catalog.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter-chip"]')];

    it('folds the filters behind a "Filters" button, so the first course shows on the first screen', async () => {
      const catalog = await mountNarrow();
      const button = toggle(catalog);
      expect(visible(button)).to.equal(true);
      expect(button.textContent!.trim()).to.equal('Filters');
      expect(visible(part(catalog, '[part="search-input"]')), 'the search stays in view').to.equal(true);
      for (const filter of ['category', 'tag', 'level', 'price', 'rating', 'sort']) expect(visible(part(catalog, `[part~="${filter}"] select`)), filter).to.equal(false);
      const top = catalog.getBoundingClientRect().top;
      expect(cards(catalog)[0]!.getBoundingClientRect().top - top, 'first card within the first screen').to.be.lessThan(500);
    });

    it('toggles the filters from the keyboard, announces the state and keeps focus on the button', async () => {
      const catalog = await mountNarrow();
      const button = toggle(catalog);
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = catalog.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('part')).to.equal('filters');
      expect(panel.contains(part(catalog, '[part~="level"]'))).to.equal(true);

      button.focus();
      await sendKeys({ press: 'Enter' });
      await catalog.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(part(catalog, '[part~="level"] select'))).to.equal(true);
      expect(catalog.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);

      await sendKeys({ press: 'Space' });
      await catalog.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(part(catalog, '[part~="level"] select'))).to.equal(false);
      expect(catalog.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(catalog.shadowRoot!.activeElement, 'reached with Tab from the search field').to.equal(part(catalog, '[part="search-input"]'));
    });

    it('counts the active filters on the button and removes each from its chip', async () => {
      const catalog = await mountNarrow({ level: 'Beginner', price: 'paid', perPage: 4 });
      expect(toggle(catalog).textContent!.trim()).to.equal('Filters (2)');
      expect(chips(catalog).map((chip) => chip.getAttribute('aria-label'))).to.deep.equal(['Remove filter: Level: Beginner', 'Remove filter: Price: Paid']);
      expect(chips(catalog).map((chip) => chip.textContent!.trim())).to.deep.equal(['Level: Beginner', 'Price: Paid']);
      const chipsTop = part(catalog, '[part="active-filters"]').getBoundingClientRect().top;
      expect(chipsTop, 'below the search field').to.be.greaterThan(part(catalog, '[part="search"]').getBoundingClientRect().bottom);
      expect(chipsTop, 'above the results').to.be.lessThan(part(catalog, '[part="result-count"]').getBoundingClientRect().top);
      const changes: unknown[] = [];
      catalog.addEventListener('ckit-filter-change', (event) => changes.push(event.detail.query));

      chips(catalog)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => listQueries().length === 2, 'query without the level');
      expect(listQueries()[1]).to.deep.equal({ page: '1', per_page: '4', include: 'instructors,media', 'filter[price]': 'paid' });
      expect(changes).to.have.length(1);
      expect(changes[0]).to.deep.include({ level: '', price: 'paid' });
      await catalog.updateComplete;
      expect(toggle(catalog).textContent!.trim()).to.equal('Filters (1)');
      expect(catalog.shadowRoot!.activeElement, 'focus moves to the next chip').to.equal(chips(catalog)[0]);
      expect(chips(catalog)[0]!.getAttribute('aria-label')).to.equal('Remove filter: Price: Paid');

      await sendKeys({ press: 'Enter' });
      await until(() => listQueries().length === 3, 'query without filters');
      expect(listQueries()[2]).to.deep.equal({ page: '1', per_page: '4', include: 'instructors,media' });
      await catalog.updateComplete;
      expect(chips(catalog)).to.have.length(0);
      expect(catalog.shadowRoot!.querySelector('[part="active-filters"]')).to.equal(null);
      expect(catalog.shadowRoot!.activeElement, 'the last chip gone, focus goes to the search field').to.equal(part(catalog, '[part="search-input"]'));
    });

    it('names categories and topics on their chips', async () => {
      const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 390px"><ckit-course-catalog category="development" tag="typescript" per-page="2"></ckit-course-catalog></div>`);
      const catalog = wrapper.querySelector('ckit-course-catalog')!;
      await until(() => catalog.shadowRoot!.querySelector('[part~="tag"]'), 'facets');
      const name = (table: 'categories' | 'tags', slug: string) => api.db.first(table, (row) => row.slug === slug)!.name;
      expect(chips(catalog).map((chip) => chip.textContent!.trim())).to.deep.equal([`Category: ${name('categories', 'development')}`, `Topic: ${name('tags', 'typescript')}`]);
    });

    it('pages with a compact "Previous · Page 2 of N · Next" on one line, then shows the result count', async () => {
      const { meta } = await testClient().courses.list({ per_page: 4 });
      requests.length = 0;
      const catalog = await mountNarrow({ perPage: 4 });
      const nav = part(catalog, '[part="pagination"]');
      const status = part(catalog, '[part="page-status"]');
      expect(visible(status)).to.equal(true);
      expect(status.textContent!.trim()).to.equal(`Page 1 of ${meta.last_page}`);
      expect(visible(nav.querySelector('ol')!), 'no page numbers').to.equal(false);
      const [previous, next] = [...nav.querySelectorAll<HTMLButtonElement>('[part="page-button"]')].filter(visible);
      expect(previous!.textContent!.trim()).to.match(/Previous$/);
      expect(previous!.disabled).to.equal(true);
      expect(next!.textContent!.trim()).to.match(/^Next/);
      const rows = new Set([previous!, status, next!].map((element) => Math.round(element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2)));
      expect(rows.size, 'one line').to.equal(1);
      expect(nav.getBoundingClientRect().height).to.be.lessThan(60);

      // Page from the bottom of a long page: the view goes back to the result count, not to the filters.
      document.body.style.paddingBlockEnd = '2000px';
      try {
        nav.scrollIntoView({ block: 'end' });
        next!.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => part(catalog, '[part="page-status"]').textContent!.trim() === `Page 2 of ${meta.last_page}`, 'page 2');
        await until(() => listQueries().at(-1)?.['page'] === '2', 'page 2 requested');
        const summary = part(catalog, '[part="result-count"]');
        expect(catalog.shadowRoot!.activeElement, 'focus on the result count').to.equal(summary);
        const summaryTop = summary.getBoundingClientRect().top;
        expect(summaryTop, 'the result count at the top of the view').to.be.within(0, 40);
        expect(part(catalog, '[part="toolbar"]').getBoundingClientRect().top, 'the filters scrolled past').to.be.lessThan(0);
        await until(() => count(catalog) !== '', 'results of page 2');
        part<HTMLButtonElement>(catalog, '[part="pagination"] [part="page-button"]').click();
        await until(() => part(catalog, '[part="page-status"]').textContent!.trim() === `Page 1 of ${meta.last_page}`, 'back to page 1');
      } finally {
        document.body.style.paddingBlockEnd = '';
        window.scrollTo(0, 0);
      }
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible with the filters folded and unfolded, on a ${theme} theme`, async () => {
        const catalog = await mountNarrow({ level: 'Beginner', price: 'paid', theme, perPage: 4 });
        await expect(catalog).to.be.accessible();
        toggle(catalog).click();
        await catalog.updateComplete;
        expect(visible(part(catalog, '[part~="category"] select'))).to.equal(true);
        await expect(catalog).to.be.accessible();
      });
    }
  });

  it('shows every filter and the page numbers in a wide container, with chips for the active filters', async () => {
    const wrapper = await mount<HTMLElement>(html`<div style="inline-size: 900px"><ckit-course-catalog level="Advanced" per-page="4"></ckit-course-catalog></div>`);
    const catalog = wrapper.querySelector('ckit-course-catalog')!;
    await until(() => cards(catalog).length === 4);
    await until(() => catalog.shadowRoot!.querySelector('[part~="tag"]'), 'facets');
    expect(part(catalog, '[part="filters-button"]').checkVisibility(), 'no disclosure').to.equal(false);
    for (const filter of ['category', 'tag', 'level', 'price', 'rating', 'sort']) expect(part(catalog, `[part~="${filter}"] select`).checkVisibility(), filter).to.equal(true);
    expect(part(catalog, '[part="filter-chip"]').getAttribute('aria-label')).to.equal('Remove filter: Level: Advanced');
    expect(part(catalog, '[part="page-status"]').checkVisibility(), 'no compact status').to.equal(false);
    expect(part(catalog, '[part="pagination"] ol').checkVisibility()).to.equal(true);
    await expect(catalog).to.be.accessible();
  });
});
