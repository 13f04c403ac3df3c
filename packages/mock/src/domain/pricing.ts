/**
 * Coupon rules and cart pricing, in integer cents (never floats).
 *
 * A coupon is checked in this order, and the first failing rule is the reason:
 * `not_started` (before `starts_at`), `expired` (after `expires_at`), `usage_limit_reached`
 * (`usage_count >= usage_limit`), `min_purchase_not_met` (cart subtotal below `meta.min_purchase`),
 * `not_applicable` (no item matches `meta.course_ids` / `meta.instructor_ids`; both must hold
 * when both are set). A valid coupon discounts the eligible items only: a percentage of their
 * subtotal (rounded half up to the cent), or a fixed amount capped at their subtotal. The
 * discount is spread over the eligible items in proportion to their price (largest remainder),
 * so each order item's `price` is what was actually charged and the items always add up to the total.
 *
 * @module
 */
import { formatMinor, toMinorUnits } from '@coursekit/sdk';
import type { CouponRow } from '../store/schema.js';
import { toMillis } from '../store/time.js';

/** Why a coupon does not apply (the SDK's `CouponRejectionReason`). */
export type CouponRejection = 'not_found' | 'expired' | 'not_started' | 'usage_limit_reached' | 'not_applicable' | 'min_purchase_not_met';

/** A course in the cart at its list price. */
export interface CartItem {
  course_id: number;
  /** List price, a decimal string. */
  price: string;
  /** User ids of the course's instructors (for `meta.instructor_ids`). */
  instructor_ids: readonly number[];
}

/** A priced cart: amounts are decimal strings, `items[].price` what each line is charged. */
export interface Quote {
  subtotal: string;
  discount: string;
  total: string;
  items: { course_id: number; list_price: string; price: string }[];
}

/** The verdict on a coupon for a cart. */
export type CouponVerdict = { valid: true; quote: Quote } | { valid: false; reason: CouponRejection; quote: Quote };

/** Cents of a decimal string, as a safe integer. */
export function cents(decimal: string): number {
  return Number(toMinorUnits(decimal));
}

/** A decimal string of cents. */
export function money(amount: number): string {
  return formatMinor(BigInt(amount));
}

/** The cart without any coupon. */
export function priceCart(items: readonly CartItem[]): Quote {
  return quote(items, items.map(() => 0));
}

/** Checks `coupon` against the cart at instant `now` and prices the cart with it when valid. */
export function applyCoupon(coupon: CouponRow, items: readonly CartItem[], now: Date): CouponVerdict {
  const plain = priceCart(items);
  const reject = (reason: CouponRejection): CouponVerdict => ({ valid: false, reason, quote: plain });
  const time = now.getTime();
  if (coupon.starts_at !== null && time < toMillis(coupon.starts_at)) return reject('not_started');
  if (coupon.expires_at !== null && time > toMillis(coupon.expires_at)) return reject('expired');
  if (coupon.usage_limit !== null && coupon.usage_count >= coupon.usage_limit) return reject('usage_limit_reached');
  const meta = coupon.meta ?? {};
  if (meta.min_purchase !== undefined && cents(plain.subtotal) < cents(String(meta.min_purchase))) return reject('min_purchase_not_met');

  const eligible = items.map(
    (item) =>
      (!meta.course_ids || meta.course_ids.includes(item.course_id)) &&
      (!meta.instructor_ids || item.instructor_ids.some((userId) => meta.instructor_ids!.includes(userId))),
  );
  if (!eligible.some(Boolean)) return reject('not_applicable');
  // The discount base, and each line's weight when the discount is spread: eligible lines at list price.
  const weights = items.map((item, index) => (eligible[index] ? cents(item.price) : 0));
  const eligibleCents = weights.reduce((a, b) => a + b, 0);

  const value = cents(coupon.value);
  // Percentages are stored like money ("12.50" % → 1250 hundredths of a percent); round half up.
  const discount = coupon.type === 'percentage' ? Math.floor((eligibleCents * value + 5000) / 10000) : Math.min(value, eligibleCents);
  return { valid: true, quote: quote(items, allocate(discount, weights)) };
}

/** Splits `total` cents over `weights` in proportion, by the largest-remainder method. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const shares = weights.map((weight) => Math.floor((total * weight) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (total * weight) % sum }))
    .filter(({ index }) => weights[index]! > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left-- <= 0) break;
    shares[index]!++;
  }
  return shares;
}

function quote(items: readonly CartItem[], discounts: readonly number[]): Quote {
  const subtotal = items.reduce((sum, item) => sum + cents(item.price), 0);
  const discount = discounts.reduce((a, b) => a + b, 0);
  return {
    subtotal: money(subtotal),
    discount: money(discount),
    total: money(subtotal - discount),
    items: items.map((item, index) => ({ course_id: item.course_id, list_price: item.price, price: money(cents(item.price) - discounts[index]!) })),
  };
}

/** What the API says when a coupon is refused at checkout (422 on `coupon_code`). */
export function rejectionMessage(reason: CouponRejection, coupon?: CouponRow): string {
  switch (reason) {
    case 'not_found':
      return 'The selected coupon code is invalid.';
    case 'expired':
      return 'This coupon has expired.';
    case 'not_started':
      return 'This coupon is not active yet.';
    case 'usage_limit_reached':
      return 'This coupon has reached its usage limit.';
    case 'not_applicable':
      return 'This coupon does not apply to these courses.';
    case 'min_purchase_not_met':
      return `This coupon requires a minimum purchase of $${String(coupon?.meta?.min_purchase ?? '0.00')}.`;
  }
}
