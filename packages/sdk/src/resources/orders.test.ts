import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, orderWire, publicUserWire, resourceCollection, transactionWire } from '../test-support/fixtures.js';
import { ConflictError } from '../core/errors.js';

useMockServer();

describe('orders', () => {
  it('create() POSTs the items and coupon and parses the order with its items', async () => {
    const sent = respond('post', '/orders', { data: { ...orderWire, total_amount: 17.91 } }, 201);
    const order = await createClient().orders.create({ items: [{ course_id: 42 }], coupon_code: 'WELCOME10' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/orders', query: {}, body: { items: [{ course_id: 42 }], coupon_code: 'WELCOME10' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([order.status, order.total_amount, order.created_at], ['pending', '17.91', TS_CANONICAL]);
    assert.deepEqual(order.items?.map((item) => [item.course_id, item.price]), [[42, '17.91']]);
  });

  it('create() sends the caller\'s own Idempotency-Key, so a resubmitted checkout is not a second order', async () => {
    const sent = respond('post', '/orders', { data: orderWire }, 201);
    await createClient().orders.create({ items: [{ course_id: 42 }] }, { idempotencyKey: 'checkout-7f3a' });
    assert.equal(sent[0]!.headers.get('idempotency-key'), 'checkout-7f3a');
  });

  it('list() GETs my orders with filter[status]', async () => {
    const sent = respond('get', '/me/orders', resourceCollection([{ ...orderWire, status: 'paid' }]));
    const page = await createClient().orders.list({ status: 'paid' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/me/orders', query: { 'filter[status]': 'paid' }, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(page.data[0]!.status, 'paid');
    assert.deepEqual(page.data[0]!.meta, { coupon_code: 'WELCOME10' });
  });

  it('retrieve() GETs one order', async () => {
    const sent = respond('get', '/orders/70', orderWire);
    const order = await createClient().orders.retrieve(70);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/orders/70', query: {}, body: undefined });
    assert.equal(order.order_number, 'CK-2026-000070');
  });

  it('cancel() POSTs to the cancel route', async () => {
    const sent = respond('post', '/orders/70/cancel', { data: { ...orderWire, status: 'cancelled' } });
    const order = await createClient().orders.cancel(70);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/orders/70/cancel', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(order.status, 'cancelled');
  });

  it('cancel() of a paid order rejects with ConflictError', async () => {
    respond('post', '/orders/70/cancel', { message: 'Only pending orders can be cancelled.' }, 409);
    await assert.rejects(createClient().orders.cancel(70), ConflictError);
  });

  it('listAll() GETs every order with filter[status] and filter[user_id]', async () => {
    const sent = respond('get', '/orders', resourceCollection([{ ...orderWire, user: publicUserWire }], 1, 5, 1, 5));
    const page = await createClient().orders.listAll({ status: 'pending', user_id: 7, per_page: 1 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, {
      method: 'GET',
      path: '/orders',
      query: { 'filter[status]': 'pending', 'filter[user_id]': '7', per_page: '1' },
      body: undefined,
    });
    assert.equal(page.data[0]!.user?.username, 'ada');
    assert.equal(page.meta.total, 5);
  });

  it('refund() POSTs the reason', async () => {
    const sent = respond('post', '/orders/70/refund', { data: { ...orderWire, status: 'refunded' } });
    const order = await createClient().orders.refund(70, { reason: 'Bought by mistake' });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/orders/70/refund', query: {}, body: { reason: 'Bought by mistake' } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(order.status, 'refunded');
  });

  it('listTransactions() GETs the order\'s transactions with the gateway response', async () => {
    const sent = respond('get', '/orders/70/transactions', { data: [{ ...transactionWire, amount: 17.91, status: 'success', response: { id: 'ch_1' } }] });
    const transactions = await createClient().orders.listTransactions(70);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/orders/70/transactions', query: {}, body: undefined });
    assert.deepEqual([transactions[0]!.amount, transactions[0]!.status, transactions[0]!.response], ['17.91', 'success', { id: 'ch_1' }]);
  });
});
