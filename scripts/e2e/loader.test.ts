/**
 * The CDN loader (`/cdn/coursekit-loader.js`) in headless Chromium against the examples site,
 * which serves the CDN folder exactly as `npm run build` writes it: a page imports only the
 * elements its markup has; an element added later, or inside a shadow root handed to
 * `discover()`, is defined on demand; an element's chunks are asked for with its file, not after
 * it (preloaded); an unknown `ckit-*` tag costs no request; French loads
 * only for the page that speaks it; the strict-CSP page runs with no violation.
 * Run with `npm run test:node -- e2e/loader`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { CHROME_PATH, launchChromium } from '../lib/chromium.mjs';
import { startExamplesServer, type ExamplesServer } from '../lib/examples-server.js';
import { closure } from '../bench/page-budgets.js';

/** Whether the message registry loads languages on first use (else the build ships them with every element). */
const localeLoaders = /export function registerLocaleLoader\b/.test(readFileSync(new URL('../../packages/elements/src/i18n/messages.ts', import.meta.url), 'utf8'));
const skip = existsSync(CHROME_PATH) ? false : `no browser at ${CHROME_PATH} (install Chromium or set CHROME_PATH)`;

/** A page with the paths of the scripts it requested (`/cdn/components/course-catalog.js`…) and its errors (uncaught, logged, failed CDN files). */
async function open(browser: Browser, url: string): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.push(pathname);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // Chromium logs every failed response; the pages' own API answers (a visitor's 401) are not the
  // loader's business, a failed CDN file is.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/cdn/')) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).pathname.startsWith('/cdn/')) errors.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, scripts, errors };
}

const components = (scripts: string[]) => scripts.filter((path) => path.startsWith('/cdn/components/')).map((path) => path.slice('/cdn/components/'.length, -3)).sort();

describe('the CDN loader (examples site)', { skip, timeout: 120_000 }, () => {
  let server: ExamplesServer;
  let browser: Browser;

  before(async () => {
    server = await startExamplesServer({ port: 0 });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports only the elements in the catalog page markup, and the catalog renders its cards', async () => {
    const { page, scripts, errors } = await open(browser, `${server.url}school/`);
    await page.waitForFunction(() => (document.querySelector('ckit-course-catalog')?.shadowRoot?.querySelectorAll('ckit-course-card').length ?? 0) > 0, { timeout: 15_000 });
    assert.deepEqual(components(scripts), ['cart-button', 'course-catalog', 'notifications', 'provider', 'wishlist']);
    assert.ok(!scripts.includes('/cdn/coursekit.js'), 'not the everything-at-once file');
    assert.ok(scripts.every((path) => path.startsWith('/cdn/') || path === '/school/school.js'), `only the CDN folder: ${scripts.join(', ')}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("asks for an element's chunks along with its file, not once the file has arrived", async () => {
    // The catalog's file is held back: its chunks can only be asked for if the loader preloads them.
    const entry = 'components/course-catalog.js';
    const chunks = [...closure(server.cdn, [entry])].filter((file) => file !== entry);
    assert.ok(chunks.some((file) => file.startsWith('chunks/core-')) && chunks.length >= 3, `the catalog's chunks: ${chunks.join(', ')}`);
    const page = await browser.newPage();
    const requested = new Set<string>();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      requested.add(pathname.replace(/^\/cdn\//, ''));
      if (pathname === `/cdn/${entry}`) void held.then(() => request.continue());
      else void request.continue();
    });
    await page.goto(`${server.url}school/`);
    const deadline = Date.now() + 10_000;
    while (!chunks.every((file) => requested.has(file)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const missing = chunks.filter((file) => !requested.has(file));
    release();
    assert.deepEqual(missing, [], 'chunks asked for while the catalog\'s file was still on its way');
    await page.waitForFunction(() => (document.querySelector('ckit-course-catalog')?.shadowRoot?.querySelectorAll('ckit-course-card').length ?? 0) > 0, { timeout: 15_000 });
    // A chunk is fetched once, preloaded or imported.
    const counts = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/cdn/chunks/')).map((entry) => entry.name));
    assert.equal(new Set(counts).size, counts.length, `each chunk fetched once: ${counts.join(', ')}`);
    await page.close();
  });

  it('defines an element added after load, one in a shadow root through discover(), and ignores an unknown tag', async () => {
    const { page, scripts, errors } = await open(browser, `${server.url}school/`);
    assert.equal(await page.evaluate(() => customElements.get('ckit-course-reviews') === undefined), true, 'not on the page yet');

    // Added by the page's script after load: the document observer sees it.
    await page.evaluate(() => {
      const reviews = document.createElement('ckit-course-reviews');
      reviews.setAttribute('course-slug', 'modern-javascript-from-scratch');
      document.querySelector('ckit-provider')!.append(reviews);
    });
    await page.waitForFunction(() => customElements.get('ckit-course-reviews') !== undefined, { timeout: 10_000 });
    await page.waitForFunction(() => !!document.querySelector('ckit-course-reviews')?.shadowRoot?.querySelector('[part~="summary"], [part~="list"], ol, ul'), { timeout: 10_000 });

    // In a shadow root the observer does not see: only discover() finds it.
    const defined = await page.evaluate(async () => {
      const host = document.createElement('div');
      document.querySelector('ckit-provider')!.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<ckit-order-history></ckit-order-history>';
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = customElements.get('ckit-order-history') !== undefined;
      const { discover } = (await import('/cdn/coursekit-loader.js' as string)) as { discover(root: ShadowRoot): Promise<void> };
      await discover(shadow);
      return { before, after: customElements.get('ckit-order-history') !== undefined };
    });
    assert.deepEqual(defined, { before: false, after: true });

    // A tag no element has: left undefined, and never requested.
    await page.evaluate(() => document.body.append(document.createElement('ckit-no-such-element')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await page.evaluate(() => customElements.get('ckit-no-such-element') === undefined), true);

    const loaded = components(scripts);
    assert.ok(loaded.includes('course-reviews') && loaded.includes('order-history'), loaded.join(', '));
    assert.ok(!loaded.includes('no-such-element'), 'no request for an unknown tag');
    assert.equal(loaded.filter((name) => name === 'course-reviews').length, 1, 'each element imported once');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('speaks French on the drop-in page, loading French on demand and Arabic never', async () => {
    const { page, scripts, errors } = await open(browser, `${server.url}drop-in/`);
    // The two cards in the French provider (the catalog's own cards are in its shadow root).
    await page.waitForFunction(
      () => {
        const cards = [...document.querySelectorAll('ckit-course-card')];
        return cards.length === 2 && cards.every((card) => /leçons/.test(card.shadowRoot?.textContent ?? ''));
      },
      { timeout: 15_000 },
    );
    const chunks = scripts.filter((path) => path.startsWith('/cdn/chunks/'));
    if (!localeLoaders) return;
    assert.ok(chunks.some((path) => /\/fr-[A-Z0-9]+\.js$/.test(path)), `French loaded: ${chunks.join(', ')}`);
    assert.ok(!chunks.some((path) => /\/ar-[A-Z0-9]+\.js$/.test(path)), 'Arabic not loaded');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('runs the drop-in against the in-browser reference backend with coursekit-mock.js and base-url="mock:"', async () => {
    const { page, errors } = await open(browser, `${server.url}drop-in/mock.html`);
    await page.waitForFunction(() => (document.querySelector('ckit-course-catalog')?.shadowRoot?.querySelectorAll('ckit-course-card').length ?? 0) === 8, { timeout: 20_000 });
    // The examples server has no /coursekit-mock/ route: the cards came from the service worker.
    assert.equal(await page.evaluate(() => document.querySelector('ckit-provider')!.getAttribute('base-url')), '/coursekit-mock/api/v1');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/mockServiceWorker.js') ?? false), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('runs under the strict CSP page with no violation', async () => {
    const { page, scripts, errors } = await open(browser, `${server.url}csp/`);
    await page.waitForFunction(() => customElements.get('ckit-course-reviews') !== undefined && !!document.querySelector('ckit-course-reviews')?.shadowRoot?.childElementCount, { timeout: 20_000 });
    assert.ok(scripts.includes('/cdn/coursekit-loader.js'));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
