/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { Order } from '@coursekit/sdk';
import { API, STUDENT, api, mount, part, requests, testClient, until, worker } from '../../test-support/api.js';
import type { CkitOrderHistory } from './order-history.component.js';
import './order-history.js';

const orders = (element: CkitOrderHistory) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="order"]')];
const loaded = (element: CkitOrderHistory) => until(() => orders(element).length || element.shadowRoot?.querySelector('[part="empty"], [part="error"]'), 'loaded');
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Places a pending order with a coupon for a paid course the student does not own. */
async function pendingOrder(): Promise<Order> {
  const owned = new Set(api.db.where('enrollments', (row) => row.user_id === STUDENT.id).map((row) => row.course_id));
  const course = api.db.first('courses', (row) => row.status === 'published' && row.price !== '0.00' && !owned.has(row.id))!;
  return testClient().orders.create({ items: [{ course_id: course.id }], coupon_code: 'FIXED5' });
}

describe('<ckit-order-history>', () => {
  it("lists the learner's orders with status, courses and total, accessibly", async () => {
    const element = await mount<CkitOrderHistory>(html`<ckit-order-history></ckit-order-history>`);
    await loaded(element);
    const seeded = api.db.where('orders', (row) => row.user_id === STUDENT.id);
    expect(seeded.length).to.be.greaterThan(0);
    expect(orders(element)).to.have.length(seeded.length);
    const first = orders(element).find((node) => text(node).includes(seeded[0]!.order_number))!;
    expect(text(first.querySelector('[part="status"]')!)).to.be.oneOf(['Paid', 'Refunded', 'Awaiting payment', 'Cancelled', 'Payment failed']);
    expect(first.querySelectorAll('[part="items"] li').length).to.be.greaterThan(0);
    expect(text(first.querySelector('[part="total"]')!)).to.match(/^Total ?\$[\d.,]+$/);
    expect(first.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(element.shadowRoot!.querySelector('[part="pay"]'), 'no link without a template').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('offers "Pay now" for a pending order and shows its coupon', async () => {
    const order = await pendingOrder();
    const element = await mount<CkitOrderHistory>(html`<ckit-order-history pay-href-template="/pay?order={id}"></ckit-order-history>`);
    await loaded(element);
    const node = orders(element).find((candidate) => text(candidate).includes(order.order_number))!;
    expect(text(node.querySelector('[part="status"]')!)).to.equal('Awaiting payment');
    const pay = node.querySelector<HTMLAnchorElement>('[part="pay"]')!;
    expect(pay.getAttribute('href')).to.equal(`/pay?order=${order.id}`);
    expect(pay.getAttribute('aria-label')).to.equal(`Pay now: order ${order.order_number}`);
    expect(text(node)).to.match(/Coupon FIXED5 ?−\$5\.00/);
    expect(text(node)).to.contain('Subtotal');
    expect(element.shadowRoot!.querySelectorAll('[part="pay"]'), 'only the pending order').to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it("expands an order's payment attempts by keyboard", async () => {
    const order = await pendingOrder();
    worker.use(
      http.get(`${API}/orders/${order.id}/transactions`, () =>
        HttpResponse.json({
          data: [{ id: 9, order_id: order.id, gateway: 'stripe', transaction_id: 'pi_1', amount: order.total_amount, status: 'failed', created_at: '2026-01-02T10:00:00Z', updated_at: '2026-01-02T10:00:00Z' }],
        }),
      ),
    );
    const element = await mount<CkitOrderHistory>(html`<ckit-order-history></ckit-order-history>`);
    await loaded(element);
    const node = orders(element).find((candidate) => text(candidate).includes(order.order_number))!;
    node.querySelector<HTMLElement>('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(node.querySelector('details')!.open).to.be.true;
    await until(() => text(node.querySelector('details')!).includes('by stripe'), 'the attempt is listed');
    expect(text(node.querySelector('details')!)).to.contain('Failed');
    expect(requests).to.include(`GET /orders/${order.id}/transactions`);
    await expect(element).to.be.accessible();
  });

  it('says so when the backend keeps payment attempts to admins (403), without an error event', async () => {
    const element = await mount<CkitOrderHistory>(html`<ckit-order-history></ckit-order-history>`);
    await loaded(element);
    let errors = 0;
    element.addEventListener('ckit-error', () => errors++);
    const details = orders(element)[0]!.querySelector('details')!;
    details.open = true;
    await until(() => text(details).includes('Payment attempts are not available for this order.'));
    expect(errors).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('shows an empty state with a link to the catalog, the visitor state and an error state, accessibly', async () => {
    for (const row of api.db.where('orders', (o) => o.user_id === STUDENT.id)) api.db.delete('orders', row.id);
    const empty = await mount<CkitOrderHistory>(html`<ckit-order-history catalog-href="/courses"></ckit-order-history>`);
    await loaded(empty);
    expect(text(part(empty, '[part="empty"]'))).to.contain('You have no orders yet.');
    expect(part(empty, '[part="browse"]').getAttribute('href')).to.equal('/courses');
    await expect(empty).to.be.accessible();

    const visitor = await mount<CkitOrderHistory>(html`<ckit-order-history></ckit-order-history>`, { signedIn: false });
    await loaded(visitor);
    expect(text(part(visitor, '[part="empty"]'))).to.equal('Sign in to see your orders.');
    await expect(visitor).to.be.accessible();

    worker.use(http.get(`${API}/me/orders`, () => HttpResponse.json({ message: 'down' }, { status: 500 })));
    const failing = await mount<CkitOrderHistory>(html`<ckit-order-history></ckit-order-history>`);
    await loaded(failing);
    expect(failing.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
    await expect(failing).to.be.accessible();
  });
});
