/**
 * The docs site as `npm start` serves it (`/docs/`), in headless Chromium: element pages whose
 * live examples render real data from the in-browser reference backend (course titles, a
 * quiz once the demo learner signs in), no console error, axe passes; the playground re-renders
 * its preview when an attribute or a token is edited and copies the exact markup, under the
 * examples' strict Content-Security-Policy.
 * Run with `npm run test:node -- docs/served-docs`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { CHROME_PATH, launchChromium } from '../lib/chromium.mjs';
import { CSP_POLICY, startExamplesServer, type ExamplesServer } from '../lib/examples-server.js';
import { runAxe } from '../examples-check/axe.js';
import { buildDocsSite, ROOT } from '../build-docs.js';

const skip = existsSync(CHROME_PATH) ? false : `no browser at ${CHROME_PATH} (install Chromium or set CHROME_PATH)`;

/**
 * Defines `window.deepText(selector)`: the text of an element and of everything in its shadow
 * roots, nested ones included. Source text, because functions compiled for Node may carry
 * helpers (esbuild's `__name`) that do not exist in the page.
 */
const DEEP_TEXT = `window.deepText = (selector) => {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    const shadow = node instanceof Element && node.shadowRoot ? walk(node.shadowRoot) : '';
    return shadow + ' ' + [...node.childNodes].map(walk).join(' ');
  };
  const element = document.querySelector(selector);
  return element ? walk(element).replace(/\\s+/g, ' ') : '';
}`;

/**
 * The examples' strict policy without `require-trusted-types-for`: msw's `serviceWorker.register()`
 * (inside `coursekit-mock.js`) passes a plain string where Trusted Types want a TrustedScriptURL.
 */
const DOCS_CSP = CSP_POLICY.replace("require-trusted-types-for 'script'; ", '');

/**
 * Opens a docs page and collects what went wrong on it: uncaught errors, console errors, failed
 * requests, Content-Security-Policy violations (`csp`: the page is served with that policy).
 */
async function open(browser: Browser, url: string, csp?: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  if (csp) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.isNavigationRequest()) return void request.continue();
      void fetch(request.url()).then(async (response) =>
        request.respond({ status: response.status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }, body: await response.text() }),
      );
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
  }
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // Chromium logs every 4xx; a visitor's 401 from the backend is an expected answer, checked below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    const visitorAnswer = response.status() === 401 && pathname.startsWith('/coursekit-mock/api/v1/');
    if (response.status() >= 400 && !visitorAnswer) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => errors.push(`${request.failure()?.errorText} ${request.url()}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, errors };
}

async function assertAccessible(page: Page): Promise<void> {
  const violations = await runAxe(page);
  assert.deepEqual(
    violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`),
    [],
  );
}

describe('the docs site served at /docs/', { skip, timeout: 90_000 }, () => {
  let server: ExamplesServer;
  let browser: Browser;
  let docs: string;

  before(async () => {
    await buildDocsSite();
    server = await startExamplesServer({ port: 0 });
    docs = `${server.url}docs/`;
    browser = await launchChromium();
    // Clipboard access for "Copy markup", as a reader's browser grants it on a click.
    await browser.defaultBrowserContext().overridePermissions(server.url.slice(0, -1), ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the site at /docs/ and the SDK reference at /docs/api/, nothing outside them', async () => {
    const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });
    const root = await get('/docs');
    assert.deepEqual([root.status, root.headers.get('location')], [301, '/docs/']);
    const index = await get('/docs/');
    assert.equal(index.status, 200);
    assert.match(await index.text(), /<title>Overview · CourseKit docs<\/title>/);
    assert.equal((await get('/docs/elements/ckit-course-card.html')).headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal((await get('/docs/assets/playground.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
    const api = await get('/docs/api/');
    if (existsSync(join(ROOT, 'docs', 'api', 'index.html'))) assert.equal(api.status, 200);
    else assert.deepEqual([api.status, await api.text()], [404, 'Not found. The SDK reference is built by `npm run docs`.']);
    assert.equal((await get('/docs/..%2f..%2fpackage.json')).status, 403, 'an encoded ../ stays inside docs/site/');
    assert.equal((await get('/mockServiceWorker.js')).status, 200, "msw's worker, at the root its scope needs");
  });

  it("renders the course card's course from the in-browser backend, accessibly", async () => {
    const { page, errors } = await open(browser, `${docs}elements/ckit-course-card.html`);
    await page.waitForFunction(() => /Modern JavaScript from Scratch/.test(document.querySelector('[data-live-example] ckit-course-card')?.shadowRoot?.textContent ?? ''), { timeout: 20_000 });
    // The backend answered from the service worker: the server has no /coursekit-mock/ route.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/mockServiceWorker.js') ?? false), true);
    assert.equal(await page.evaluate(() => document.querySelector('[data-live-example] ckit-provider')!.getAttribute('base-url')), '/coursekit-mock/api/v1');
    await assertAccessible(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("renders the catalog's cards with the seed's course titles", async () => {
    const { page, errors } = await open(browser, `${docs}elements/ckit-course-catalog.html`);
    await page.waitForFunction(() => (document.querySelector('ckit-course-catalog')?.shadowRoot?.querySelectorAll('ckit-course-card').length ?? 0) === 4, { timeout: 20_000 });
    await page.waitForFunction(
      () => [...document.querySelector('ckit-course-catalog')!.shadowRoot!.querySelectorAll('ckit-course-card')].every((card) => !!card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim()),
      { timeout: 20_000 },
    );
    const titles = await page.evaluate(() =>
      [...document.querySelector('ckit-course-catalog')!.shadowRoot!.querySelectorAll('ckit-course-card')].map((card) => card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()),
    );
    assert.equal(titles.length, 4);
    assert.ok(titles.every((title) => title.length > 3), titles.join(' | '));
    await assertAccessible(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows the quiz to the demo learner once signed in from the page', async () => {
    const { page, errors } = await open(browser, `${docs}elements/ckit-quiz.html`);
    await page.evaluate(DEEP_TEXT);
    const quizText = () => page.evaluate(`deepText('ckit-quiz')`) as Promise<string>;
    // Signed out the API refuses a visitor the quiz; whatever state that shows, it has no question.
    await page.waitForFunction(`deepText('ckit-quiz').trim() !== ''`, { timeout: 20_000 });
    assert.doesNotMatch(await quizText(), /Question 1/);
    await page.click('[data-sign-in]');
    await page.waitForFunction(() => /Signed in as Sam Rivera/.test(document.querySelector('[data-sign-in-status]')?.textContent ?? ''), { timeout: 15_000 });
    await page.waitForFunction(`/JavaScript Checkpoint[\\s\\S]*Question 1 of/.test(deepText('ckit-quiz'))`, { timeout: 20_000 }).catch(async (error: unknown) => {
      throw new Error(`quiz after sign-in: ${await quizText()}`, { cause: error });
    });
    await assertAccessible(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('re-renders the playground preview when an attribute or a token changes, and copies the markup', async () => {
    // Under the examples' strict policy: no inline script, tokens through the CSSOM, no style attribute.
    const { page, errors } = await open(browser, `${docs}playground.html?tag=ckit-course-card`, DOCS_CSP);
    assert.match(DOCS_CSP, /script-src 'self'; style-src 'self'/);
    const cardTitle = () => page.evaluate(() => document.querySelector('#pg-preview ckit-course-card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '');
    await page.waitForFunction(() => /Modern JavaScript/.test(document.querySelector('#pg-preview ckit-course-card')?.shadowRoot?.textContent ?? ''), { timeout: 20_000 });
    await assertAccessible(page);

    // Edit an attribute: a new course.
    const slug = await page.$('#pg-attr-course-slug');
    await slug!.click({ count: 3 });
    await slug!.type('react-fundamentals');
    await page.waitForFunction(() => /React Fundamentals/.test(document.querySelector('#pg-preview ckit-course-card')?.shadowRoot?.textContent ?? ''), { timeout: 20_000 });
    assert.equal(await cardTitle(), 'React Fundamentals');
    // The event log saw the card announce the course it loaded.
    await page.waitForFunction(() => /ckit-course-load detail: \{ course \}/.test(document.querySelector('#pg-events')?.textContent ?? ''), { timeout: 5_000 });

    // A boolean and an enum attribute, and a theme token.
    await page.click('#pg-attr-no-wishlist');
    await page.select('#pg-attr-layout', 'horizontal');
    await page.type('#pg-token---ckit-color-primary', '#0f766e');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#pg-preview ckit-course-card')?.style.getPropertyValue('--ckit-color-primary') === '#0f766e', { timeout: 5_000 });
    const preview = await page.evaluate(() => {
      const card = document.querySelector<HTMLElement>('#pg-preview ckit-course-card')!;
      return { layout: card.getAttribute('layout'), noWishlist: card.hasAttribute('no-wishlist'), primary: card.style.getPropertyValue('--ckit-color-primary') };
    });
    assert.deepEqual(preview, { layout: 'horizontal', noWishlist: true, primary: '#0f766e' });

    const markup = await page.$eval('#pg-markup', (code) => code.textContent);
    assert.equal(
      markup,
      [
        '<ckit-provider base-url="mock:">',
        '  <ckit-course-card',
        '    course-slug="react-fundamentals"',
        '    href-template="/school/course.html?slug={slug}"',
        '    layout="horizontal"',
        '    heading-level="3"',
        '    no-wishlist',
        '    style="--ckit-color-primary: #0f766e"',
        '  ></ckit-course-card>',
        '</ckit-provider>',
      ].join('\n'),
    );
    await page.click('#pg-copy');
    await page.waitForFunction(() => document.querySelector('#pg-copy-status')?.textContent === 'Markup copied.', { timeout: 5_000 });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), markup);

    // Another element: the form follows the manifest.
    await page.select('#pg-element', 'ckit-course-reviews');
    await page.waitForSelector('#pg-attr-per-page');
    assert.equal(await page.$('#pg-attr-layout'), null);
    assert.match(await page.$eval('#pg-markup', (code) => code.textContent ?? ''), /<ckit-course-reviews\s/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
