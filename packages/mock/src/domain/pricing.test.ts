import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allocate, applyCoupon, priceCart, type CartItem } from './pricing.js';
import type { CouponRow } from '../store/schema.js';

const NOW = new Date('2026-03-01T00:00:00Z');
const cart: CartItem[] = [
  { course_id: 1, price: '19.99', instructor_ids: [7] },
  { course_id: 2, price: '49.99', instructor_ids: [8] },
  { course_id: 3, price: '0.00', instructor_ids: [7] },
];

function coupon(overrides: Partial<CouponRow>): CouponRow {
  return { id: 1, code: 'C', type: 'percentage', value: '10.00', starts_at: null, expires_at: null, usage_limit: null, usage_count: 0, meta: null, created_at: null, updated_at: null, ...overrides };
}

describe('pricing', () => {
  it('prices a cart without coupon', () => {
    assert.deepEqual({ ...priceCart(cart), items: undefined }, { subtotal: '69.98', discount: '0.00', total: '69.98', items: undefined });
  });

  it('takes a percentage rounded half up and spreads it so the items add up to the total', () => {
    const verdict = applyCoupon(coupon({ value: '10.00' }), cart, NOW);
    assert.equal(verdict.valid, true);
    // 10 % of 69.98 = 6.998 → 7.00
    assert.equal(verdict.quote.discount, '7.00');
    assert.equal(verdict.quote.total, '62.98');
    assert.deepEqual(verdict.quote.items.map((item) => item.price), ['17.99', '44.99', '0.00']);
  });

  it('caps a fixed amount at the eligible subtotal, and 100 % makes the cart free', () => {
    assert.equal(applyCoupon(coupon({ type: 'fixed', value: '500.00' }), cart, NOW).quote.total, '0.00');
    assert.equal(applyCoupon(coupon({ value: '100.00' }), cart, NOW).quote.total, '0.00');
    assert.equal(applyCoupon(coupon({ type: 'fixed', value: '5.00' }), cart, NOW).quote.total, '64.98');
  });

  it('discounts only the courses and instructors a coupon is restricted to', () => {
    const byCourse = applyCoupon(coupon({ value: '50.00', meta: { course_ids: [2] } }), cart, NOW);
    // 50 % of 49.99 = 24.995, rounded half up to a 25.00 discount.
    assert.deepEqual(byCourse.quote.items.map((item) => item.price), ['19.99', '24.99', '0.00']);
    const byInstructor = applyCoupon(coupon({ type: 'fixed', value: '5.00', meta: { instructor_ids: [7] } }), cart, NOW);
    assert.deepEqual(byInstructor.quote.items.map((item) => item.price), ['14.99', '49.99', '0.00']);
  });

  it('gives the first failing reason', () => {
    const reason = (overrides: Partial<CouponRow>) => {
      const verdict = applyCoupon(coupon(overrides), cart, NOW);
      return verdict.valid ? 'valid' : verdict.reason;
    };
    assert.equal(reason({ starts_at: '2026-06-01T00:00:00.000000Z' }), 'not_started');
    assert.equal(reason({ expires_at: '2026-02-01T00:00:00.000000Z' }), 'expired');
    assert.equal(reason({ usage_limit: 2, usage_count: 2 }), 'usage_limit_reached');
    assert.equal(reason({ usage_limit: 2, usage_count: 1 }), 'valid');
    assert.equal(reason({ meta: { min_purchase: '100.00' } }), 'min_purchase_not_met');
    assert.equal(reason({ meta: { course_ids: [99] } }), 'not_applicable');
    assert.equal(reason({ meta: { course_ids: [1], instructor_ids: [8] } }), 'not_applicable', 'both restrictions must hold');
    const rejected = applyCoupon(coupon({ meta: { course_ids: [99] } }), cart, NOW);
    assert.equal(rejected.quote.total, '69.98', 'a rejected coupon leaves the price alone');
  });

  it('allocates by largest remainder, never losing a cent', () => {
    assert.deepEqual(allocate(100, [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(allocate(7, [1999, 4999, 0]), [2, 5, 0]);
    assert.deepEqual(allocate(0, [5, 5]), [0, 0]);
  });
});
