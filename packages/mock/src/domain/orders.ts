/**
 * Checkout: placing orders, fulfilling them once paid, cancelling and refunding.
 *
 * - Prices always come from the catalog, never from the request.
 * - A coupon's use is reserved when the order is placed (a redemption row and `usage_count + 1`,
 *   in the same transaction as the limit check), released if the order is cancelled, and kept
 *   when it is paid or refunded.
 * - A $0 order (free courses, or a 100 % coupon) is `paid` at once and enrolls immediately;
 *   any other order stays `pending` until its payment's webhook arrives.
 * - A refund turns the order, its successful transactions and its enrollments `refunded`.
 *
 * @module
 */
import type { Database } from '../store/database.js';
import type { CouponRow, CourseRow, OrderRow, UserRow } from '../store/schema.js';
import { toTimestamp } from '../store/time.js';
import { conflict, fieldError, validationError } from '../http/errors.js';
import { attributeName } from '../http/validation.js';
import { hasAccess } from './access.js';
import { refreshStudentCount } from './course-stats.js';
import { orderNumber } from './identifiers.js';
import { enroll } from './learning.js';
import { notify } from './notifications.js';
import { applyCoupon, priceCart, rejectionMessage, type CartItem, type Quote } from './pricing.js';

/** The cart for these published courses, with each course's instructors (for coupon restrictions). */
export function cartOf(db: Database, courses: readonly CourseRow[]): CartItem[] {
  return courses.map((course) => ({
    course_id: course.id,
    price: course.price,
    instructor_ids: db.where('course_instructors', (row) => row.course_id === course.id).map((row) => row.user_id),
  }));
}

/** A coupon by code, case-insensitively, as MySQL's collation compares it. */
export function findCoupon(db: Database, code: string): CouponRow | undefined {
  const wanted = code.trim().toLowerCase();
  return db.first('coupons', (coupon) => coupon.code.toLowerCase() === wanted);
}

/**
 * Validates the items of a checkout or coupon check: published courses, no duplicates.
 * @throws {HttpError} 422 naming each bad item (`items.1.course_id`).
 */
export function catalogCourses(db: Database, courseIds: readonly number[], field: (index: number) => string): CourseRow[] {
  const errors: Record<string, string[]> = {};
  const courses: CourseRow[] = [];
  courseIds.forEach((id, index) => {
    const name = field(index);
    const course = db.find('courses', id);
    if (!course || course.status !== 'published') errors[name] = [`The selected ${attributeName(name)} is invalid.`];
    else if (courseIds.indexOf(id) !== index) errors[name] = [`The ${attributeName(name)} field has a duplicate value.`];
    else courses.push(course);
  });
  if (Object.keys(errors).length) throw validationError(errors);
  return courses;
}

/**
 * Places an order for `user`.
 * @throws {HttpError} 422 for unknown or duplicate courses and for a coupon that does not apply; 409
 *   `already_enrolled` when the buyer already has one of the courses.
 */
export function placeOrder(db: Database, user: UserRow, courseIds: readonly number[], couponCode: string | null | undefined): OrderRow {
  const courses = catalogCourses(db, courseIds, (index) => `items.${index}.course_id`);
  const owned = courses.find((course) => hasAccess(db, user, course.id));
  if (owned) throw conflict(`You are already enrolled in "${owned.title}".`, 'already_enrolled');

  const cart = cartOf(db, courses);
  let quote: Quote = priceCart(cart);
  let coupon: CouponRow | undefined;
  if (couponCode) {
    coupon = findCoupon(db, couponCode);
    if (!coupon) throw fieldError('coupon_code', rejectionMessage('not_found'));
    const verdict = applyCoupon(coupon, cart, db.now());
    if (!verdict.valid) throw fieldError('coupon_code', rejectionMessage(verdict.reason, coupon));
    quote = verdict.quote;
  }

  const order = db.insert('orders', {
    user_id: user.id,
    order_number: orderNumber(db.nextId('orders'), db.now()),
    total_amount: quote.total,
    status: 'pending',
    meta: { subtotal: quote.subtotal, discount: quote.discount, coupon_code: coupon?.code ?? null, currency: 'USD' },
  });
  for (const item of quote.items) db.insert('order_items', { order_id: order.id, course_id: item.course_id, price: item.price });
  if (coupon) {
    // Checked and counted in one synchronous transaction: no concurrent order can slip in between.
    db.insert('coupon_redemptions', { coupon_id: coupon.id, user_id: user.id, order_id: order.id });
    db.update('coupons', coupon.id, { usage_count: coupon.usage_count + 1 });
  }
  return quote.total === '0.00' ? fulfilOrder(db, order) : order;
}

/** Marks an order paid and enrolls its buyer in every course of it. */
export function fulfilOrder(db: Database, order: OrderRow): OrderRow {
  const paid = db.update('orders', order.id, { status: 'paid' });
  const buyer = db.find('users', order.user_id)!;
  for (const item of db.where('order_items', (row) => row.order_id === order.id)) {
    const course = db.find('courses', item.course_id, { withTrashed: true });
    if (course && !hasAccess(db, buyer, course.id)) enroll(db, buyer, course);
  }
  notify(db, buyer.id, 'order_paid', { order_id: paid.id, order_number: paid.order_number, total_amount: paid.total_amount });
  return paid;
}

/**
 * Cancels a pending order and releases its coupon use.
 * @throws {HttpError} 409 when the order is not pending.
 */
export function cancelOrder(db: Database, order: OrderRow): OrderRow {
  if (order.status !== 'pending') throw conflict(`Only pending orders can be cancelled; this one is ${order.status}.`, 'order_not_pending');
  for (const redemption of db.where('coupon_redemptions', (row) => row.order_id === order.id)) {
    const coupon = db.find('coupons', redemption.coupon_id);
    if (coupon) db.update('coupons', coupon.id, { usage_count: Math.max(0, coupon.usage_count - 1) });
    db.delete('coupon_redemptions', redemption.id);
  }
  for (const transaction of db.where('transactions', (row) => row.order_id === order.id && row.status === 'pending')) {
    db.update('transactions', transaction.id, { status: 'failed' });
  }
  return db.update('orders', order.id, { status: 'cancelled' });
}

/**
 * Refunds a paid order: order, successful transactions and enrollments turn `refunded`.
 * @throws {HttpError} 409 when the order is not paid.
 */
export function refundOrder(db: Database, order: OrderRow, reason: string | undefined): OrderRow {
  if (order.status !== 'paid') throw conflict(`Only paid orders can be refunded; this one is ${order.status}.`, 'order_not_paid');
  const now = toTimestamp(db.now());
  for (const transaction of db.where('transactions', (row) => row.order_id === order.id && row.status === 'success')) {
    db.update('transactions', transaction.id, { status: 'refunded', response: { ...transaction.response, refunded_at: now } });
  }
  for (const item of db.where('order_items', (row) => row.order_id === order.id)) {
    const enrollment = db.first('enrollments', (row) => row.course_id === item.course_id && row.user_id === order.user_id);
    if (enrollment && (enrollment.status === 'active' || enrollment.status === 'completed')) {
      db.update('enrollments', enrollment.id, { status: 'refunded' });
      refreshStudentCount(db, item.course_id);
    }
  }
  const refunded = db.update('orders', order.id, { status: 'refunded', meta: { ...order.meta, refund_reason: reason ?? null, refunded_at: now } });
  notify(db, order.user_id, 'order_refunded', { order_id: order.id, order_number: order.order_number, total_amount: order.total_amount });
  return refunded;
}
