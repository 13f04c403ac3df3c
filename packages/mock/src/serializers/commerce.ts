/**
 * Coupons, orders, order items and transactions. The gateway's raw `response` payload is an
 * admin-only field.
 *
 * @module
 */
import type { CouponRow, OrderRow, Row } from '../store/schema.js';
import { courseRelation } from './catalog.js';
import { userRelation } from './users.js';
import type { View } from './view.js';

/** A coupon (admin view). */
export function coupon(row: CouponRow) {
  return {
    id: row.id,
    code: row.code,
    type: row.type,
    value: row.value,
    starts_at: row.starts_at,
    expires_at: row.expires_at,
    usage_limit: row.usage_limit,
    usage_count: row.usage_count,
    meta: row.meta,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** A transaction; `response` only for admins. */
export function transaction(row: Row<'transactions'>, view: View) {
  return {
    id: row.id,
    order_id: row.order_id,
    gateway: row.gateway,
    transaction_id: row.transaction_id,
    amount: row.amount,
    status: row.status,
    ...(view.viewer?.role === 'admin' ? { response: row.response } : {}),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** An order with its items (each with its course) and, for admins, its buyer. */
export function order(row: OrderRow, view: View) {
  const items = view.db.where('order_items', (item) => item.order_id === row.id).map((item) => ({
    id: item.id,
    order_id: item.order_id,
    course_id: item.course_id,
    price: item.price,
    quantity: item.quantity,
    created_at: item.created_at,
    updated_at: item.updated_at,
    ...courseRelation(item.course_id, view),
  }));
  return {
    id: row.id,
    user_id: row.user_id,
    order_number: row.order_number,
    total_amount: row.total_amount,
    status: row.status,
    meta: row.meta,
    created_at: row.created_at,
    updated_at: row.updated_at,
    items,
    ...(view.viewer?.role === 'admin' ? userRelation(row.user_id, view) : {}),
  };
}
