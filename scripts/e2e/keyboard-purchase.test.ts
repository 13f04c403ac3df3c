/**
 * A purchase by keyboard alone, in headless Chromium against the examples site (the real drop-in
 * bundle, the reference backend in-process over HTTP): from the school's course page of a paid
 * course, sign in, "Buy now", place the order, pay with the test card, and "Start learning"
 * opens the player. Only Tab, Shift+Tab, Enter and typing are used: every step must be reachable
 * and operable from the keyboard, and focus must never fall back to `<body>` on the way.
 *
 * The backend is asserted, not the screen: one paid order for the course, one successful
 * transaction, one active enrollment. Run with `npm run test:node -- e2e`.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { CHROME_PATH, launchChromium } from '../lib/chromium.mjs';
import { startExamplesServer, type ExamplesServer } from '../lib/examples-server.js';

const SLUG = 'typescript-for-javascript-developers';
const skip = existsSync(CHROME_PATH) ? false : `no browser at ${CHROME_PATH} (install Chromium or set CHROME_PATH)`;

/** What has keyboard focus, through shadow roots: the innermost element's tag, part and text. */
function focused(page: Page): Promise<{ tag: string; text: string; host: string } | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    let host = '';
    while (element?.shadowRoot?.activeElement) {
      host = element.localName;
      element = element.shadowRoot.activeElement;
    }
    if (!element) return null;
    const label = element.getAttribute('aria-label') ?? '';
    return { tag: element.localName, text: `${label} ${(element as HTMLElement).innerText ?? ''}`.replace(/\s+/g, ' ').trim(), host };
  });
}

/** Presses Tab (or Shift+Tab) until the focused control matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (target: { tag: string; text: string; host: string }) => boolean, what: string, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const target = await focused(page);
    assert.ok(target && target.tag !== 'body', `focus fell to <body> while looking for ${what} (after ${seen.join(' → ')})`);
    if (matches(target)) return;
    seen.push(`${target.host ? `${target.host} ` : ''}${target.tag} "${target.text.slice(0, 30)}"`);
  }
  assert.fail(`${what} not reached with Tab in ${limit} presses: ${seen.join(' → ')}`);
}

/** Waits until `check` holds in the page (deep state lives in shadow roots, so it is polled). */
async function until(page: Page, check: () => boolean, what: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(check, { timeout, polling: 50 }).catch(() => assert.fail(`timed out waiting for ${what}`));
}

describe('a purchase by keyboard alone, course page to the player (examples site)', { skip, timeout: 120_000 }, () => {
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

  it('signs in, buys with the test card and starts learning, with one paid order in the backend', async () => {
    const { api } = server;
    const course = api.db.first('courses', (row) => row.slug === SLUG)!;
    const student = api.db.first('users', (row) => row.email === 'student@coursekit.test')!;
    assert.ok(Number(course.price) > 0, 'the course is paid');
    assert.equal(api.db.first('enrollments', (row) => row.user_id === student.id && row.course_id === course.id), undefined, 'not enrolled yet');

    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.url}school/course.html?slug=${SLUG}`, { waitUntil: 'networkidle0' });

    await tabTo(page, (target) => target.text === 'Sign in as the demo learner', 'the demo sign-in button');
    await page.keyboard.press('Enter');
    await until(page, () => document.querySelector<HTMLElement>('#sign-out')?.hidden === false, 'the sign-in');

    // The enroll button, inside the course details' actions slot, now knows the learner.
    await until(page, () => !!document.querySelector('ckit-enroll-button')?.shadowRoot?.textContent?.includes('Buy now'), 'the Buy now button');
    await tabTo(page, (target) => target.host === 'ckit-enroll-button' && target.text === 'Buy now', '"Buy now"');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
    assert.match(page.url(), /checkout\.html/, '"Buy now" leads to the checkout');

    // Review: place the order.
    await until(page, () => !!document.querySelector('ckit-checkout')?.shadowRoot?.querySelector('[part~="continue-button"]'), 'the review step');
    await tabTo(page, (target) => target.host === 'ckit-checkout' && /continue|place|pay/i.test(target.text) && target.tag === 'button', 'the continue button');
    await page.keyboard.press('Enter');

    // Pay: focus moves to the step's heading; the card field and the pay button follow it.
    await until(page, () => !!document.querySelector('ckit-checkout')?.shadowRoot?.querySelector('[part~="card-input"]'), 'the payment step');
    await tabTo(page, (target) => target.host === 'ckit-checkout' && target.tag === 'input', 'the card number field');
    await page.keyboard.type('4242 4242 4242 4242');
    await tabTo(page, (target) => target.host === 'ckit-checkout' && target.tag === 'button' && /^pay\b/i.test(target.text), 'the pay button');
    await page.keyboard.press('Enter');

    // Done: the order is paid when the server says so; "Start learning" opens the player.
    await until(page, () => !!document.querySelector('ckit-checkout')?.shadowRoot?.querySelector('[part~="learn-link"]'), 'the confirmation', 30_000);
    await tabTo(page, (target) => target.host === 'ckit-checkout' && target.tag === 'a' && /start learning/i.test(target.text), '"Start learning"');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
    assert.match(page.url(), new RegExp(`learn\\.html\\?slug=${SLUG}`));
    await until(page, () => !!document.querySelector('ckit-curriculum-player')?.shadowRoot?.querySelector('#lecture-title'), 'the player');
    const locked = await page.evaluate(() => document.querySelector('ckit-curriculum-player')!.shadowRoot!.querySelectorAll('[part~="lecture-item"].locked').length);
    assert.equal(locked, 0, 'every lecture is open to the new learner');

    const orders = api.db.where('orders', (row) => row.user_id === student.id && api.db.where('order_items', (item) => item.order_id === row.id && item.course_id === course.id).length > 0);
    assert.equal(orders.length, 1, 'one order for the course');
    assert.equal(orders[0]!.status, 'paid');
    const transactions = api.db.where('transactions', (row) => row.order_id === orders[0]!.id);
    assert.deepEqual(transactions.map((row) => row.status), ['success'], 'one successful transaction');
    assert.equal(api.db.first('enrollments', (row) => row.user_id === student.id && row.course_id === course.id)?.status, 'active');
    assert.deepEqual(errors, [], 'no uncaught error on the way');
    await context.close();
  });
});
