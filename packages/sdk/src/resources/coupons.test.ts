import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, respond, useMockServer } from '../test-support/server.js';
import { IDEMPOTENCY_KEY, TS_CANONICAL, couponValidationWire, couponWire } from '../test-support/fixtures.js';

useMockServer();

describe('coupons', () => {
  it('validate() POSTs the code and course ids and canonicalizes the amounts', async () => {
    const sent = respond('post', '/coupons/validate', couponValidationWire);
    const check = await createClient().coupons.validate({ code: 'WELCOME10', course_ids: [42] });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/coupons/validate', query: {}, body: { code: 'WELCOME10', course_ids: [42] } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual(check, { valid: true, reason: null, discount: '1.99', subtotal: '19.90', total: '17.91', coupon: { code: 'WELCOME10', type: 'percentage', value: '10.00' } });
  });

  it('validate() resolves an unusable coupon with its reason rather than rejecting', async () => {
    respond('post', '/coupons/validate', { valid: false, reason: 'expired', discount: '0', subtotal: '19.9', total: '19.9' });
    const check = await createClient().coupons.validate({ code: 'OLD', course_ids: [42] });
    assert.deepEqual([check.valid, check.reason, check.discount, check.total], [false, 'expired', '0.00', '19.90']);
  });

  it('list() pages the coupons', async () => {
    const sent = respond('get', '/coupons', { data: [couponWire], current_page: 1, last_page: 4, per_page: 1, total: 4, next_page_url: '/coupons?page=2' });
    const page = await createClient().coupons.list({ per_page: 1 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/coupons', query: { per_page: '1' }, body: undefined });
    assert.equal(sent[0]!.headers.get('idempotency-key'), null);
    assert.equal(page.data[0]!.value, '10.00');
    assert.equal(page.hasNextPage(), true);
  });

  it('retrieve() GETs one coupon', async () => {
    const sent = respond('get', '/coupons/60', { data: { ...couponWire, value: 5, type: 'fixed', expires_at: '2026-06-01 00:00:00' } });
    const coupon = await createClient().coupons.retrieve(60);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'GET', path: '/coupons/60', query: {}, body: undefined });
    assert.deepEqual([coupon.type, coupon.value, coupon.expires_at], ['fixed', '5.00', '2026-06-01T00:00:00.000Z']);
  });

  it('create() POSTs with an Idempotency-Key', async () => {
    const params = { code: 'SPRING25', type: 'percentage' as const, value: '25', expires_at: '2026-06-01T00:00:00Z', meta: { course_ids: [42] } };
    const sent = respond('post', '/coupons', { data: { ...couponWire, id: 61, ...params, meta: { course_ids: [42] } } }, 201);
    const coupon = await createClient().coupons.create(params);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'POST', path: '/coupons', query: {}, body: params });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.deepEqual([coupon.id, coupon.value, coupon.expires_at, coupon.created_at], [61, '25.00', '2026-06-01T00:00:00.000Z', TS_CANONICAL]);
  });

  it('update() PATCHes', async () => {
    const sent = respond('patch', '/coupons/60', { data: { ...couponWire, usage_limit: 500 } });
    const coupon = await createClient().coupons.update(60, { usage_limit: 500 });
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'PATCH', path: '/coupons/60', query: {}, body: { usage_limit: 500 } });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
    assert.equal(coupon.usage_limit, 500);
  });

  it('delete() DELETEs and resolves to undefined', async () => {
    const sent = respond('delete', '/coupons/60', undefined);
    assert.equal(await createClient().coupons.delete(60), undefined);
    const { method, path, query, body } = sent[0]!;
    assert.deepEqual({ method, path, query, body }, { method: 'DELETE', path: '/coupons/60', query: {}, body: undefined });
    assert.match(sent[0]!.headers.get('idempotency-key') ?? '', IDEMPOTENCY_KEY);
  });
});
