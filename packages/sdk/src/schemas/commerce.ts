import * as z from 'zod/mini';
import { decimal, id, jsonObject, nullableTimestamp, timestamps } from './wire.js';
import { Course } from './catalog.js';
import { PublicUser } from './users.js';

export const OrderStatus = z.enum(['pending', 'paid', 'failed', 'refunded', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;
export const TransactionStatus = z.enum(['pending', 'success', 'failed', 'refunded']);
export type TransactionStatus = z.infer<typeof TransactionStatus>;
export const CouponType = z.enum(['percentage', 'fixed']);
export type CouponType = z.infer<typeof CouponType>;

/** A line of an order. `price` is what was charged for this course, coupon applied. */
export const OrderItem = z.object({
  id,
  order_id: id,
  course_id: id,
  price: decimal,
  quantity: z.number(),
  ...timestamps,
  course: z.optional(Course),
});
export type OrderItem = z.infer<typeof OrderItem>;

/** A payment attempt through a gateway. `response` is the gateway's raw payload (admin view). */
export const Transaction = z.object({
  id,
  order_id: id,
  gateway: z.string(),
  transaction_id: z.nullable(z.string()),
  amount: decimal,
  status: TransactionStatus,
  response: z.optional(z.nullable(jsonObject)),
  ...timestamps,
});
export type Transaction = z.infer<typeof Transaction>;

/** An order. Only the server turns it `paid`: after its gateway's webhook, or at once for a $0 total. */
export const Order = z.object({
  id,
  user_id: id,
  order_number: z.string(),
  total_amount: decimal,
  status: OrderStatus,
  meta: z.nullable(jsonObject),
  ...timestamps,
  items: z.optional(z.array(OrderItem)),
  transactions: z.optional(z.array(Transaction)),
  user: z.optional(PublicUser),
});
export type Order = z.infer<typeof Order>;

/**
 * `POST /orders/{id}/payments`: the pending transaction plus what the browser needs to finish
 * paying with the gateway: a `client_secret` (card element) or a `redirect_url` (hosted page).
 */
export const Payment = z.extend(Transaction, {
  client_secret: z.optional(z.nullable(z.string())),
  redirect_url: z.optional(z.nullable(z.string())),
});
export type Payment = z.infer<typeof Payment>;

/** A coupon (admin view). `meta` holds restrictions: `course_ids`, `instructor_ids`, `min_purchase`. */
export const Coupon = z.object({
  id,
  code: z.string(),
  type: CouponType,
  value: decimal,
  starts_at: nullableTimestamp,
  expires_at: nullableTimestamp,
  usage_limit: z.nullable(z.number()),
  usage_count: z.number(),
  meta: z.nullable(jsonObject),
  ...timestamps,
});
export type Coupon = z.infer<typeof Coupon>;

/** A row of `coupon_redemptions`. */
export const CouponRedemption = z.object({ id, coupon_id: id, user_id: id, order_id: z.nullable(id), ...timestamps });
export type CouponRedemption = z.infer<typeof CouponRedemption>;

/**
 * Why a coupon does not apply. Known reasons are listed; a backend may send others, kept as-is.
 * `not_found`, `expired`, `not_started`, `usage_limit_reached`, `not_applicable` (restricted to
 * other courses or instructors), `min_purchase_not_met`.
 */
export type CouponRejectionReason =
  | 'not_found'
  | 'expired'
  | 'not_started'
  | 'usage_limit_reached'
  | 'not_applicable'
  | 'min_purchase_not_met'
  | (string & {});

/** `POST /coupons/validate`: what the coupon would do to these courses. Amounts are decimal strings. */
export const CouponValidation = z.object({
  valid: z.boolean(),
  reason: z.optional(z.nullable(z.string())) as z.ZodMiniType<CouponRejectionReason | null | undefined>,
  discount: decimal,
  subtotal: decimal,
  total: decimal,
  coupon: z.optional(z.nullable(z.object({ code: z.string(), type: CouponType, value: decimal }))),
});
export type CouponValidation = z.infer<typeof CouponValidation>;
