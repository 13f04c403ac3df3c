/// <reference types="mocha" />
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { exactly } from '../../data/query-key.js';
import { enrollments } from '../../data/queries.js';
import type { CoursekitStore } from '../../data/store.js';
import { API, STUDENT, api, mount, part, requests, until, untilTestEnds, worker } from '../../test-support/api.js';
import type { CkitNotifications } from './notifications.component.js';
import './notifications.js';

const unreadInDb = () => api.db.where('notifications', (row) => row.user_id === STUDENT.id && !row.read).length;
const bell = (element: CkitNotifications) => part<HTMLButtonElement>(element, '[part="button"]');
const panel = (element: CkitNotifications) => part(element, '[part="panel"]');
const isOpen = (element: CkitNotifications) => panel(element).matches(':popover-open');
const focused = (element: CkitNotifications) => element.shadowRoot!.activeElement;
const status = (element: CkitNotifications) => part(element, '[role="status"]').textContent ?? '';
const feedRequests = () => requests.filter((line) => line.startsWith('GET /me/notifications?') && !line.includes('read'));
const loaded = (element: CkitNotifications) => until(() => element.shadowRoot?.querySelector('[part="list"]'), 'the list is loaded');
const storeOf = (element: CkitNotifications) => (element as unknown as { store: CoursekitStore }).store;

function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<ckit-notifications>', () => {
  afterEach(() => {
    delete (document as { hidden?: boolean }).hidden;
  });

  it('names the unread count on the bell and lists the seed’s notifications in words, in a popover, accessibly', async () => {
    const element = await mount<CkitNotifications>(html`<ckit-notifications></ckit-notifications>`);
    await loaded(element);
    const unread = unreadInDb();
    expect(unread).to.be.greaterThan(0);
    expect(bell(element).getAttribute('aria-label')).to.equal(`Notifications, ${unread} unread`);
    expect(part(element, '[part="badge"]').textContent).to.equal(String(unread));
    expect(panel(element).getAttribute('popover')).to.equal('');
    await expect(element).to.be.accessible();

    bell(element).focus();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(element), 'Enter opens the popover').to.be.true;
    const texts = [...element.shadowRoot!.querySelectorAll('[part="item"] p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts.some((text) => /^(Unread: )?You enrolled in .+\.$/.test(text))).to.be.true;
    expect(texts.some((text) => /^(Unread: )?Your certificate for .+ is ready\.$/.test(text))).to.be.true;
    expect(texts.some((text) => /Your payment of \$[\d.,]+ for order .+ was received\./.test(text))).to.be.true;
    expect(texts.every((text) => !text.includes('_')), 'no raw type names').to.be.true;
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(isOpen(element)).to.be.false;
  });

  it('marks one notification read, then all, by keyboard, keeping focus in the list and announcing it', async () => {
    api.db.insert('notifications', { user_id: STUDENT.id, type: 'order_refunded', data: { order_number: 'ORD-1', total_amount: '19.99' }, read: false });
    const element = await mount<CkitNotifications>(html`<ckit-notifications></ckit-notifications>`);
    await loaded(element);
    const before = unreadInDb();
    expect(before).to.be.greaterThan(1);
    bell(element).focus();
    await sendKeys({ press: 'Enter' });
    const first = part<HTMLButtonElement>(element, '[part="mark-read"]');
    const item = first.closest('li')!;
    // Tab from the bell: the "Mark all" button, then the first "Mark as read".
    await sendKeys({ press: 'Tab' });
    expect(focused(element) === part(element, '[part="mark-all"]')).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focused(element) === first).to.be.true;
    await sendKeys({ press: 'Enter' });
    await until(() => unreadInDb() === before - 1, 'one marked read on the server');
    await until(() => bell(element).getAttribute('aria-label') === `Notifications, ${before - 1} unread`, 'count updated');
    await until(() => focused(element) === element.shadowRoot!.getElementById(item.id), 'focus on the item');
    expect(item.querySelector('[part="mark-read"]')).to.equal(null);
    expect(status(element)).to.equal('Marked as read.');
    expect(isOpen(element), 'still open').to.be.true;
    await expect(element).to.be.accessible();

    part<HTMLButtonElement>(element, '[part="mark-all"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => unreadInDb() === 0, 'all read on the server');
    await until(() => bell(element).getAttribute('aria-label') === 'Notifications', 'no unread count');
    await until(() => focused(element) === part(element, '[part="title"]'), 'focus on the heading');
    expect(element.shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
    expect(element.shadowRoot!.querySelectorAll('[part="mark-read"]')).to.have.length(0);
    expect(status(element)).to.equal('All notifications are marked as read.');
    await expect(element).to.be.accessible();
  });

  it('shows an empty list and an error state accessibly', async () => {
    for (const row of api.db.where('notifications', (n) => n.user_id === STUDENT.id)) api.db.delete('notifications', row.id);
    const element = await mount<CkitNotifications>(html`<ckit-notifications></ckit-notifications>`);
    await until(() => element.shadowRoot!.querySelector('[part="panel"]')?.textContent!.includes('You have no notifications.'));
    expect(bell(element).getAttribute('aria-label')).to.equal('Notifications');
    bell(element).click();
    await expect(element).to.be.accessible();

    worker.use(http.get(`${API}/me/notifications`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const failed = oneEvent(element, 'ckit-error');
    storeOf(element).invalidate(exactly('me', 'notifications', 20));
    expect((await failed).detail.operation).to.equal('notifications.list');
    await until(() => element.shadowRoot!.querySelector('[part="error"]'));
    await expect(element).to.be.accessible();
  });

  it('shows no bell until it knows the user, so a visitor\'s header never shifts', async () => {
    worker.use(http.get(`${API}/me/notifications`, () => untilTestEnds().then(() => HttpResponse.json({ message: 'down' }, { status: 503 }))));
    const element = await mount<CkitNotifications>(html`<ckit-notifications></ckit-notifications>`);
    await until(() => requests.some((line) => line.startsWith('GET /me/notifications')), 'the feed asked for');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="button"]') === null, 'no bell while the feed is loading').to.be.true;
  });

  it('renders nothing for a visitor and asks nothing', async () => {
    const element = await mount<CkitNotifications>(html`<ckit-notifications></ckit-notifications>`, { signedIn: false });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(element.shadowRoot!.querySelector('[part="button"]')).to.equal(null);
    expect(requests.filter((line) => line.includes('notifications'))).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('polls, announces a new notification, pauses while the page is hidden and looks at once when shown again', async () => {
    const element = await mount<CkitNotifications>(html`<ckit-notifications poll-interval="0.2"></ckit-notifications>`);
    await loaded(element);
    const before = unreadInDb();
    api.db.insert('notifications', { user_id: STUDENT.id, type: 'certificate_issued', data: { course_title: 'Polling 101', certificate_number: 'X' }, read: false });
    await until(() => bell(element).getAttribute('aria-label') === `Notifications, ${before + 1} unread`, 'the new one is counted');
    await until(() => status(element) === '1 new notification: Your certificate for Polling 101 is ready.', 'announced');

    setHidden(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const whileHidden = feedRequests().length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(feedRequests().length, 'no poll while hidden').to.equal(whileHidden);
    setHidden(false);
    await until(() => feedRequests().length === whileHidden + 1, 'polled as soon as visible');
  });

  it('doubles the wait after each failed poll', async () => {
    const element = await mount<CkitNotifications>(html`<ckit-notifications poll-interval="0.1"></ckit-notifications>`);
    await loaded(element);
    const times: number[] = [];
    worker.use(
      http.get(`${API}/me/notifications`, () => {
        times.push(performance.now());
        return HttpResponse.json({ message: 'down' }, { status: 500 });
      }),
    );
    // Two requests per poll (the list and the unread count): four failed polls.
    await until(() => times.length >= 8, 'four failed polls');
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    // 200, 400, 800 ms between polls; the two requests of one poll leave together.
    const polls = gaps.filter((gap) => gap > 50);
    expect(polls).to.have.length(3);
    expect(polls[1]!).to.be.greaterThan(polls[0]! * 1.6);
    expect(polls[2]!).to.be.greaterThan(polls[1]! * 1.6);
    expect(element.isConnected).to.be.true;
  });

  it('looks at once when the store drops other user data (a course completed, an order paid)', async () => {
    const element = await mount<CkitNotifications>(html`<ckit-notifications poll-interval="600"></ckit-notifications>`);
    await loaded(element);
    const store = storeOf(element);
    await store.read(enrollments);
    const before = feedRequests().length;
    store.invalidate(exactly('me', 'enrollments'));
    await until(() => feedRequests().length === before + 1, 'refreshed');
  });
});
