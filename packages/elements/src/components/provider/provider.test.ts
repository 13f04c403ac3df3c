/// <reference types="mocha" />
import { expect, fixture, fixtureSync } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw';
import { CourseKit } from '@coursekit/sdk';
import { API, STUDENT, api, mount, networkIdle, part, requests, testClient, until, worker } from '../../test-support/api.js';
import { CkitProvider } from './provider.component.js';
import type { CkitCourseCard } from '../course-card/course-card.component.js';
import './provider.js';
import '../course-card/course-card.js';

const titled = (card: Element) => until(() => card.shadowRoot?.querySelector('[part="title"]'), `${card.localName} title`);

describe('<ckit-provider>', () => {
  it('renders no box of its own and builds a client from base-url, resolved against the page', async () => {
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="/api/v1"><p>content</p></ckit-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.activeClient).to.be.instanceOf(CourseKit);
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

  it('signs elements in with setToken() and reloads them; refresh() drops the cache', async () => {
    const provider = await fixture<CkitProvider>(html`<ckit-provider base-url="/api/v1"><ckit-course-card course-id="1"></ckit-course-card></ckit-provider>`);
    const card = provider.querySelector<CkitCourseCard>('ckit-course-card')!;
    await titled(card);
    expect(card.shadowRoot!.querySelector('[part="progress"]'), 'anonymous: no progress').to.equal(null);

    provider.setToken(api.issueToken(STUDENT.email));
    await until(() => card.shadowRoot?.querySelector('[part="progress"]'), 'progress once signed in');

    await networkIdle();
    requests.length = 0;
    provider.refresh();
    await until(() => requests.includes('GET /courses/1?include=category%2Cinstructors%2Cmedia%2Ctags'), 'course requested again');
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
    // Elements inside an element's shadow DOM follow it: the card's wishlist toggle is dark too.
    const toggle = part(dark!, '[part="wishlist"]');
    await until(() => toggle.shadowRoot?.querySelector('.theme-dark'), 'dark wishlist toggle');
    await expect(dark!).to.be.accessible();

    provider.setAttribute('theme', 'auto');
    await until(() => part(dark!, '[part~="base"]').classList.contains('theme-auto'), 'follows a theme change');
    expect(toggle.shadowRoot!.querySelector('.theme-auto')).to.not.equal(null);
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
