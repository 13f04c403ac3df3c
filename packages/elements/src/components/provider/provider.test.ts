/// <reference types="mocha" />
import { expect, fixture, fixtureSync, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw';
import { CourseKitBase } from '@coursekit/sdk';
import { API, STUDENT, api, mount, networkIdle, part, requests, testClient, until, worker } from '../../test-support/api.js';
import { ContextEvent } from '@lit/context';
import { coursekitContext } from '../../context/coursekit-context.js';
import type { CoursekitStore } from '../../data/store.js';
import { CkitProvider } from './provider.component.js';
import type { CkitCourseCard } from '../course-card/course-card.component.js';
import './provider.js';
import '../course-card/course-card.js';
import '../course-catalog/course-catalog.js';
import '../course-reviews/course-reviews.js';
import '../wishlist/wishlist.js';
import '../wishlist-button/wishlist-button.js';

const titled = (card: Element) => until(() => card.shadowRoot?.querySelector('[part="title"]'), `${card.localName} title`);

describe('<ckit-provider>', () => {
  it('renders no box of its own and builds a client from base-url, resolved against the page', async () => {
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="/api/v1"><p>content</p></ckit-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.activeClient).to.be.instanceOf(CourseKitBase);
    expect(provider.activeClient!.http.baseUrl).to.equal(API);
    await expect(provider).to.be.accessible();
  });

  it('prefers a client set by the host over base-url', async () => {
    const client = testClient({ signedIn: false });
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="https://elsewhere.example/api" .client=${client}><ckit-course-card course-id="3"></ckit-course-card></ckit-provider>`);
    expect(provider.activeClient).to.equal(client);
    await titled(provider.querySelector('ckit-course-card')!);
  });

  it('sends its locale as Accept-Language', async () => {
    const languages: (string | null)[] = [];
    worker.use(http.get(`${API}/courses/:key`, ({ request }) => void languages.push(request.headers.get('accept-language'))));
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="/api/v1" locale="fr-CA"><ckit-course-card course-id="3"></ckit-course-card></ckit-provider>`);
    await titled(provider.querySelector('ckit-course-card')!);
    expect(languages).to.deep.equal(['fr-CA']);
  });

  it('shares one request among elements asking for the same thing', async () => {
    const provider = await fixture(html`<ckit-provider base-url="/api/v1">
      <ckit-course-card course-id="3"></ckit-course-card><ckit-course-card course-id="3"></ckit-course-card><ckit-course-card course-id="3"></ckit-course-card>
    </ckit-provider>`);
    await Promise.all([...provider.querySelectorAll('ckit-course-card')].map(titled));
    expect(requests.filter((line) => line.startsWith('GET /courses/3'))).to.have.length(1);
  });

  it('signs elements in with setToken(): the learner\'s data loads, the course is not fetched again', async () => {
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="/api/v1"><ckit-course-card course-id="1"></ckit-course-card></ckit-provider>`);
    const card = provider.querySelector<CkitCourseCard>('ckit-course-card')!;
    await titled(card);
    expect(card.shadowRoot!.querySelector('[part="progress"]'), 'anonymous: no progress').to.equal(null);

    provider.setToken(api.issueToken(STUDENT.email));
    await until(() => card.shadowRoot?.querySelector('[part="progress"]'), 'progress once signed in');

    expect(requests.filter((line) => line.startsWith('GET /courses/1?')), 'one course request for both sessions').to.have.length(1);

    await networkIdle();
    requests.length = 0;
    provider.refresh();
    await until(() => requests.includes('GET /me'), 'the session is read again');
    await networkIdle();
    expect(requests.filter((line) => line.startsWith('GET /courses/1?')), 'refresh() keeps public data').to.deep.equal([]);
    expect(requests.filter((line) => line.startsWith('GET /me/enrollments')), 'user data once').to.have.length(1);
  });

  it('reaches elements connected before the provider was defined', async () => {
    // fixtureSync: fixture() waits a frame for a plain root, and a background test page gets none.
    const wrapper = fixtureSync(html`<div><late-provider><ckit-course-card course-id="3"></ckit-course-card></late-provider></div>`);
    const card = wrapper.querySelector('ckit-course-card')!;
    // The class is already registered as ckit-provider: define() registers a subclass under the new tag.
    CkitProvider.define('late-provider');
    (wrapper.querySelector('late-provider') as CkitProvider).client = testClient({ signedIn: false });
    await titled(card);
    expect(card.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(customElements.get('late-provider')!.prototype).to.be.instanceOf(CkitProvider);
  });

  it('answers @lit/context consumers, and hands the elements below a provider defined later inside it to that nearer one', async () => {
    const outer = fixtureSync<CkitProvider>(html`<ckit-provider base-url="/api/v1"><inner-provider><ckit-course-card course-id="3"></ckit-course-card></inner-provider></ckit-provider>`);
    const card = outer.querySelector('ckit-course-card')!;
    await titled(card);
    const storeOf = (element: Element) => {
      let store: CoursekitStore | undefined;
      element.dispatchEvent(new ContextEvent(coursekitContext, element, (value) => (store = value)));
      return store;
    };
    expect(storeOf(card)?.client === outer.activeClient).to.be.true;
    const client = testClient({ signedIn: false });
    CkitProvider.define('inner-provider');
    const inner = outer.querySelector('inner-provider') as CkitProvider;
    inner.client = client;
    await inner.updateComplete;
    expect(storeOf(card)?.client === client).to.be.true;
    // The card followed: its subscription moved to the inner provider, which now sends it the new store.
    expect((card as unknown as { store?: CoursekitStore }).store?.client === client).to.be.true;
  });

  it('skips a tag that is already registered instead of throwing', () => {
    const registered = customElements.get('ckit-provider');
    expect(() => CkitProvider.define('ckit-provider')).to.not.throw();
    expect(customElements.get('ckit-provider')).to.equal(registered);
  });

  it('passes its theme to the elements inside; an element\'s own theme wins', async () => {
    const provider = await fixture(html`<ckit-provider theme="dark" .client=${testClient({ signedIn: false })}>
      <ckit-course-card course-id="3"></ckit-course-card><ckit-course-card theme="light" course-id="3"></ckit-course-card>
    </ckit-provider>`);
    const [dark, light] = [...provider.querySelectorAll('ckit-course-card')];
    await Promise.all([titled(dark!), titled(light!)]);
    expect(part(dark!, '[part~="base"]').classList.contains('theme-dark')).to.equal(true);
    expect(part(light!, '[part~="base"]').classList.contains('theme-light')).to.equal(true);
    // The card's wishlist toggle is part of the card's own tree, so it is dark with it.
    expect(part(dark!, '[part~="base"] [part="wishlist"]')).to.not.equal(null);
    await expect(dark!).to.be.accessible();

    provider.setAttribute('theme', 'light');
    await until(() => part(dark!, '[part~="base"]').classList.contains('theme-light'), 'follows a theme change');
    // Elements inside an element's shadow DOM follow it too.
    const button = document.createElement('ckit-wishlist-button');
    dark!.shadowRoot!.append(button);
    await until(() => button.shadowRoot?.querySelector('.theme-light'), 'nested elements follow');
    button.remove();
  });

  it('without a theme, follows the host page: dark behind a dark background, light behind a light one', async () => {
    // fixtureSync: fixture() waits a frame for a plain root, and a background test page gets none.
    const page = fixtureSync<HTMLDivElement>(html`<div>
      <section style="background: #0b1020; color: #eee; padding: 8px">
        <ckit-provider .client=${testClient({ signedIn: false })}><ckit-course-card course-id="3"></ckit-course-card></ckit-provider>
      </section>
      <section style="background: oklch(0.97 0.01 250); padding: 8px">
        <ckit-provider .client=${testClient({ signedIn: false })}><ckit-course-card course-id="3" theme="auto"></ckit-course-card></ckit-provider>
      </section>
    </div>`);
    const [onDark, onLight] = [...page.querySelectorAll('ckit-course-card')];
    await Promise.all([titled(onDark!), titled(onLight!)]);
    expect(part(onDark!, '[part~="base"]').classList.contains('theme-dark'), 'dark page').to.equal(true);
    expect(part(onLight!, '[part~="base"]').classList.contains('theme-light'), 'light page (an oklch() background)').to.equal(true);
    await expect(onDark!).to.be.accessible();
    await expect(onLight!).to.be.accessible();
  });

  it('follows the page\'s color-scheme when nothing behind an element is painted, and its changes', async () => {
    const root = document.documentElement;
    root.style.setProperty('color-scheme', 'dark');
    try {
      const provider = await fixture(html`<ckit-provider .client=${testClient({ signedIn: false })}><ckit-course-card course-id="3"></ckit-course-card></ckit-provider>`);
      const card = provider.querySelector('ckit-course-card')!;
      await titled(card);
      expect(part(card, '[part~="base"]').classList.contains('theme-dark')).to.equal(true);
      root.style.setProperty('color-scheme', 'light');
      await until(() => part(card, '[part~="base"]').classList.contains('theme-light'), 'follows the page switching to light');
    } finally {
      root.style.removeProperty('color-scheme');
    }
  });

  it('takes a token before its first render (a host script restoring a session early)', async () => {
    const provider = fixtureSync<CkitProvider>(html`<ckit-provider base-url="/api/v1"><ckit-course-card course-id="1"></ckit-course-card></ckit-provider>`);
    provider.setToken(api.issueToken(STUDENT.email));
    expect((await provider.session())?.email).to.equal(STUDENT.email);
    await until(() => provider.querySelector('ckit-course-card')!.shadowRoot?.querySelector('[part="progress"]'), 'the learner\'s progress');
  });

  it('finishes what a visitor started: a heart pressed before signing in is saved after it, once', async () => {
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="/api/v1"><ckit-wishlist-button course-id="7"></ckit-wishlist-button></ckit-provider>`);
    const button = provider.querySelector('ckit-wishlist-button')!;
    const asked = oneEvent(button, 'ckit-sign-in-request');
    await until(() => button.shadowRoot?.querySelector('button'), 'the heart');
    button.shadowRoot!.querySelector('button')!.click();
    const { detail } = await asked;
    expect(detail.intent).to.deep.equal({ action: 'wishlist-add', courseId: 7 });
    expect(api.db.first('wishlists', (row) => row.user_id === STUDENT.id && row.course_id === 7), 'nothing saved yet').to.equal(undefined);

    provider.setToken(api.issueToken(STUDENT.email));
    await until(() => api.db.first('wishlists', (row) => row.user_id === STUDENT.id && row.course_id === 7), 'saved after sign-in');
    await until(() => button.shadowRoot!.querySelector('button')!.textContent!.includes('Remove from wishlist'), 'the heart shows it');
    await networkIdle();
    expect(requests.filter((line) => line.startsWith('PUT /me/wishlist/7'))).to.have.length(1);
  });

  it('finishes an intent handed back after a sign-in elsewhere (completeIntent)', async () => {
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="/api/v1"></ckit-provider>`);
    expect(await provider.completeIntent({ action: 'wishlist-add', courseId: 9 }), 'nobody signed in yet').to.equal(false);
    provider.setToken(api.issueToken(STUDENT.email));
    await until(() => api.db.first('wishlists', (row) => row.user_id === STUDENT.id && row.course_id === 9), 'saved once signed in');
  });

  it('adds to the learner\'s cart through provider.cart, refusing an owned course with the reason', async () => {
    localStorage.clear();
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="/api/v1"></ckit-provider>`);
    provider.setToken(api.issueToken(STUDENT.email));
    expect(await provider.cart.add(4), 'course 4 is owned').to.deep.equal({ added: false, reason: 'owned' });
    expect(await provider.cart.add(2)).to.deep.equal({ added: true });
    const cart = await provider.cart.open();
    expect([...cart.items]).to.deep.equal([2]);
    await provider.cart.remove(2);
    expect([...cart.items]).to.deep.equal([]);
  });

  it('a signed-in page load reads each resource once: catalog, course card and reviews', async () => {
    const token = api.issueToken(STUDENT.email);
    // Like the school's pages: a provider with base-url, and a host restoring its session after
    // the elements started loading as a visitor.
    const provider = fixtureSync<CkitProvider>(html`<ckit-provider base-url="/api/v1">
      <ckit-course-catalog per-page="6"></ckit-course-catalog>
      <ckit-course-card course-slug="modern-javascript-from-scratch"></ckit-course-card>
      <ckit-course-reviews course-slug="modern-javascript-from-scratch" per-page="5"></ckit-course-reviews>
      <ckit-wishlist></ckit-wishlist>
    </ckit-provider>`);
    await provider.updateComplete;
    provider.setToken(token);
    expect((await provider.session())?.email).to.equal(STUDENT.email);
    // The catalog asks for its facets once the browser is idle after the first paint, which on
    // a busy machine comes after the cards' requests have gone quiet.
    await until(() => ['GET /categories', 'GET /tags'].every((facet) => requests.some((line) => line.split('?')[0] === facet)), 'the facets asked for');
    await networkIdle();
    const reads = requests.filter((line) => line.startsWith('GET '));
    const repeated = reads.filter((line, index) => reads.indexOf(line) !== index);
    expect(repeated, `requests made twice, of: ${reads.join(', ')}`).to.deep.equal([]);
    for (const resource of ['GET /me', 'GET /me/enrollments', 'GET /me/wishlist', 'GET /categories', 'GET /tags']) {
      expect(reads.filter((line) => line.split('?')[0] === resource), resource).to.have.length(1);
    }
    expect(reads.filter((line) => line.startsWith('GET /courses?')), 'the catalog page').to.have.length(1);
    expect(reads.filter((line) => /^GET \/enrollment|\/courses\/\d+\/enrollment/.test(line)), 'no enrollment probe').to.deep.equal([]);
  });

  it('without base-url or client, elements explain what is missing', async () => {
    const provider = await fixture(html`<ckit-provider><ckit-course-card course-id="3"></ckit-course-card></ckit-provider>`);
    const card = provider.querySelector('ckit-course-card')!;
    await until(() => card.shadowRoot?.querySelector('[part="error"]'));
    expect(part(card, '[part="error"] p').textContent).to.contain('ckit-provider');
    const mounted = await mount<CkitCourseCard>(html`<ckit-course-card course-id="3"></ckit-course-card>`);
    await titled(mounted);
  });
});
