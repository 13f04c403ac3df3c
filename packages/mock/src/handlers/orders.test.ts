import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CourseKit } from '@coursekit/sdk';
import { DEMO_ACCOUNTS } from '../seed-data/reference.js';
import { TEST_CARDS } from '../domain/gateway.js';
import { raw, rejection, useMockApi } from '../test-support/harness.js';

const { api, client } = useMockApi();
const courseId = (slug: string) => api.db.first('courses', (row) => row.slug === slug)!.id;

async function newLearner(name: string): Promise<CourseKit> {
  const ck = client();
  await ck.auth.register({ name, email: `${name.toLowerCase()}@example.org`, password: 'password1', password_confirmation: 'password1' });
  return ck;
}

describe('coupon validation', () => {
  it('gives each seeded failing coupon its reason, and leaves the price alone', async () => {
    const ck = client(DEMO_ACCOUNTS.student);
    const rust = courseId('rust-for-systems-programmers');
    const check = (code: string, ids = [rust]) => ck.coupons.validate({ code, course_ids: ids });
    const expectations: [string, string | null][] = [
      ['NOPE', 'not_found'],
      ['EXPIRED20', 'expired'],
      ['FUTURE15', 'not_started'],
      ['USEDUP50', 'usage_limit_reached'],
      ['WEBDEV25', 'not_applicable'],
      ['MARCUS20', 'not_applicable'],
      ['BIG50', 'min_purchase_not_met'],
      ['FIXED5', null],
    ];
    for (const [code, reason] of expectations) {
      const result = await check(code);
      assert.equal(result.valid, reason === null, code);
      assert.equal(result.reason ?? null, reason, code);
      if (reason) assert.deepEqual([result.discount, result.total], ['0.00', result.subtotal], code);
    }
    const big = await check('BIG50', [rust, courseId('deep-learning-with-pytorch')]);
    assert.deepEqual([big.valid, big.subtotal, big.discount, big.total], [true, '164.98', '50.00', '114.98']);
  });

  it('discounts only the eligible items of a restricted coupon', async () => {
    const ck = client(DEMO_ACCOUNTS.student);
    const lit = courseId('building-web-components-with-lit'); // web development, 39.99
    const rust = courseId('rust-for-systems-programmers'); // 74.99
    const result = await ck.coupons.validate({ code: 'WEBDEV25', course_ids: [lit, rust] });
    // 25 % of 39.99 = 9.9975 → 10.00
    assert.deepEqual([result.subtotal, result.discount, result.total], ['114.98', '10.00', '104.98']);
  });

  it('refuses unknown or duplicate course ids with 422 per item', async () => {
    const error = await rejection(client(DEMO_ACCOUNTS.student).coupons.validate({ code: 'FIXED5', course_ids: [1, 999999, 1] }));
    assert.deepEqual(Object.keys(error.errors).sort(), ['course_ids.1', 'course_ids.2']);
  });
});

describe('orders', () => {
  it('never lets usage_count exceed usage_limit, even for concurrent orders', async () => {
    const buyers = await Promise.all(['Ann', 'Bob', 'Cid', 'Dee', 'Eve'].map(newLearner));
    const lit = courseId('building-web-components-with-lit');
    // Latency keeps all five requests in flight at once.
    api.faults.set({ latencyMs: 30 });
    const results = await Promise.allSettled(buyers.map((ck) => ck.orders.create({ items: [{ course_id: lit }], coupon_code: 'LASTONE' })));
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    assert.equal(won.length, 1);
    assert.equal(lost.length, 4);
    for (const failure of lost) assert.deepEqual(failure.reason.errors, { coupon_code: ['This coupon has reached its usage limit.'] });
    const coupon = api.db.first('coupons', (row) => row.code === 'LASTONE')!;
    assert.deepEqual([coupon.usage_count, coupon.usage_limit], [1, 1]);
  });

  it('releases the coupon use when a pending order is cancelled', async () => {
    const ck = await newLearner('Fay');
    const order = await ck.orders.create({ items: [{ course_id: courseId('building-web-components-with-lit') }], coupon_code: 'LASTONE' });
    assert.equal(api.db.first('coupons', (row) => row.code === 'LASTONE')!.usage_count, 1);
    assert.equal((await ck.orders.cancel(order.id)).status, 'cancelled');
    assert.equal(api.db.first('coupons', (row) => row.code === 'LASTONE')!.usage_count, 0);
    assert.equal((await rejection(ck.orders.cancel(order.id))).status, 409, 'only pending orders can be cancelled');
    const again = await (await newLearner('Gus')).orders.create({ items: [{ course_id: courseId('building-web-components-with-lit') }], coupon_code: 'LASTONE' });
    assert.equal(again.total_amount, '27.99');
  });

  it('takes prices from the catalog, spreads a discount over the items and refuses duplicates', async () => {
    const ck = await newLearner('Hal');
    const order = await ck.orders.create({
      items: [{ course_id: courseId('react-fundamentals') }, { course_id: courseId('advanced-react-patterns') }, { course_id: courseId('python-programming-basics') }],
      coupon_code: 'FIXED5',
    });
    // 29.99 + 79.99 + 0.00 = 109.98; $5 spread in proportion: 1.36 and 3.64.
    assert.deepEqual(order.items!.map((item) => item.price), ['28.63', '76.35', '0.00']);
    assert.equal(order.total_amount, '104.98');
    assert.deepEqual(order.meta, { subtotal: '109.98', discount: '5.00', coupon_code: 'FIXED5', currency: 'USD' });
    const duplicate = await rejection(ck.orders.create({ items: [{ course_id: 1 }, { course_id: 1 }] }));
    assert.deepEqual(duplicate.errors, { 'items.1.course_id': ['The items.1.course id field has a duplicate value.'] });
    const draft = await rejection(ck.orders.create({ items: [{ course_id: courseId('web-performance-budgets') }] }));
    assert.equal(draft.status, 422, 'unpublished courses cannot be bought');
  });

  it('keeps orders private: 403 for someone else’s order, visible to admins', async () => {
    const mine = await (await newLearner('Ida')).orders.create({ items: [{ course_id: courseId('react-fundamentals') }] });
    assert.equal((await rejection(client(DEMO_ACCOUNTS.student).orders.retrieve(mine.id))).status, 403);
    const asAdmin = await client(DEMO_ACCOUNTS.admin).orders.retrieve(mine.id);
    assert.equal(asAdmin.user?.name, 'Ida');
    const pending = await client(DEMO_ACCOUNTS.admin).orders.listAll({ status: 'pending' });
    assert.ok(pending.data.some((order) => order.id === mine.id) && pending.data.every((order) => order.status === 'pending'));
  });

  it('rejects unknown gateways, invalid card numbers and unknown client secrets', async () => {
    const ck = await newLearner('Joe');
    const order = await ck.orders.create({ items: [{ course_id: courseId('react-fundamentals') }] });
    const gateway = await rejection(ck.payments.create(order.id, { gateway: 'paypal' }));
    assert.deepEqual(gateway.errors, { gateway: ['The selected gateway is invalid.'] });
    const payment = await ck.payments.create(order.id, { gateway: 'test' });
    const bad = await raw('POST', '/test-gateway/confirm', { body: { client_secret: payment.client_secret, card_number: '4242424242424241' } });
    assert.deepEqual([bad.status, bad.body.errors], [422, { card_number: ['Your card number is invalid.'] }]);
    const unknown = await raw('POST', '/test-gateway/confirm', { body: { client_secret: 'pi_nope_secret_nope', card_number: TEST_CARDS.success } });
    assert.equal(unknown.status, 422);
    const broke = await raw('POST', '/test-gateway/confirm', { body: { client_secret: payment.client_secret, card_number: TEST_CARDS.insufficientFunds } });
    assert.deepEqual([broke.status, broke.body.decline_code], [402, 'insufficient_funds']);
    assert.equal((await ck.orders.retrieve(order.id)).status, 'pending', 'no client call can mark an order paid');
  });
});

describe('idempotency', () => {
  it('replays the first response for a repeated key, and creates nothing new', async () => {
    const ck = await newLearner('Kim');
    const params = { items: [{ course_id: courseId('react-fundamentals') }] };
    const first = await ck.orders.create(params, { idempotencyKey: 'checkout-1' });
    const ordersBefore = api.db.count('orders');
    const second = await ck.orders.create(params, { idempotencyKey: 'checkout-1' });
    assert.deepEqual(second, first);
    assert.equal(api.db.count('orders'), ordersBefore);
    const other = await ck.orders.create({ items: [{ course_id: courseId('advanced-react-patterns') }] }, { idempotencyKey: 'checkout-2' });
    assert.notEqual(other.id, first.id);
  });

  it('marks replays, replays errors too, and refuses a key reused for another request', async () => {
    const token = api.issueToken(DEMO_ACCOUNTS.student);
    const headers = { 'Idempotency-Key': 'review-1' };
    const course = courseId('modern-javascript-from-scratch');
    const first = await raw('POST', `/courses/${course}/reviews`, { token, headers, body: { rating: 5 } });
    const replay = await raw('POST', `/courses/${course}/reviews`, { token, headers, body: { rating: 5 } });
    assert.equal(first.status, 201);
    assert.deepEqual([replay.status, replay.body], [201, first.body], 'the stored 201, not a 409 for a second review');
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const reused = await raw('POST', `/courses/${course}/reviews`, { token, headers, body: { rating: 1 } });
    assert.deepEqual([reused.status, reused.body.code], [422, 'idempotency_key_reused']);
    const otherUser = await raw('POST', `/courses/${course}/reviews`, { token: api.issueToken(DEMO_ACCOUNTS.admin), headers, body: { rating: 5 } });
    assert.equal(otherUser.status, 403, 'keys are scoped to the caller: this ran for real (admins are not enrolled)');
  });
});
