import * as z from 'zod/mini';
import { decimal, id, jsonObject, nullableTimestamp, timestamps } from './wire.js';
import { Course } from './catalog.js';
import { PublicUser } from './users.js';

/** Where an order stands: `pending` (awaiting payment), `paid`, `failed`, `refunded` or `cancelled`. */
export const OrderStatus = z.enum(['pending', 'paid', 'failed', 'refunded', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;
/** Where a payment attempt stands: `pending`, `success`, `failed` or `refunded`. */
export const TransactionStatus = z.enum(['pending', 'success', 'failed', 'refunded']);
export type TransactionStatus = z.infer<typeof TransactionStatus>;
/** How a coupon discounts: `percentage` of the price or a `fixed` amount off. */
export const CouponType = z.enum(['percentage', 'fixed']);
export type CouponType = z.infer<typeof CouponType>;

/** A line of an order. `price` is what was charged for this course, coupon applied. */
export const OrderItem = z.object({
  id,
  /** Id of the order. */
  order_id: id,
  /** Id of the purchased course. */
  course_id: id,
  /** Amount charged for this line as a decimal string, coupon applied. */
  price: decimal,
  /** Always 1 for a course; kept for the table's shape. */
  quantity: z.number(),
  ...timestamps,
  /** The course, when included. */
  course: z.optional(Course),
});
export type OrderItem = z.infer<typeof OrderItem>;

/** A payment attempt through a gateway. `response` is the gateway's raw payload (admin view). */
export const Transaction = z.object({
  id,
  /** Id of the order being paid. */
  order_id: id,
  /** Name of the payment gateway (`test` on the reference backend). */
  gateway: z.string(),
  /** The gateway's own id for the payment; `null` until the gateway assigns one. */
  transaction_id: z.nullable(z.string()),
  /** Amount of this attempt as a decimal string. */
  amount: decimal,
  /** `pending`, `success`, `failed` or `refunded`. */
  status: TransactionStatus,
  /** The gateway's raw payload; admins only. */
  response: z.optional(z.nullable(jsonObject)),
  ...timestamps,
});
export type Transaction = z.infer<typeof Transaction>;

/** An order. Only the server turns it `paid`: after its gateway's webhook, or at once for a $0 total. */
export const Order = z.object({
  id,
  /** Id of the buyer. */
  user_id: id,
  /** Human-readable order reference to show on receipts and quote to support. */
  order_number: z.string(),
  /** Amount due after discounts, as a decimal string (`"0.00"` for a free order). */
  total_amount: decimal,
  /** `pending`, `paid`, `failed`, `refunded` or `cancelled`. */
  status: OrderStatus,
  /** Extra order data the server keeps (such as the applied coupon); `null` when there is none. */
  meta: z.nullable(jsonObject),
  ...timestamps,
  /** The order's lines, when included. */
  items: z.optional(z.array(OrderItem)),
  /** Payment attempts, when included. */
  transactions: z.optional(z.array(Transaction)),
  /** The buyer's public user, on admin lists. */
  user: z.optional(PublicUser),
});
export type Order = z.infer<typeof Order>;

/**
 * `POST /orders/{id}/payments`: the pending transaction plus what the browser needs to finish
 * paying with the gateway: a `client_secret` (card element) or a `redirect_url` (hosted page).
 */
export const Payment = z.object({
  ...Transaction.shape,
  /**
   * Secret for a card-element gateway to confirm the payment in the browser; `null` for redirect gateways.
   */
  client_secret: z.optional(z.nullable(z.string())),
  /** Hosted payment page to send the buyer to; `null` for card-element gateways. */
  redirect_url: z.optional(z.nullable(z.string())),
});
export type Payment = z.infer<typeof Payment>;

/** A coupon (admin view). `meta` holds restrictions: `course_ids`, `instructor_ids`, `min_purchase`. */
export const Coupon = z.object({
  id,
  /** The code a buyer types, unique and case-insensitive. */
  code: z.string(),
  /** `percentage` or `fixed`. */
  type: CouponType,
  /** Percent off (0 to 100) or amount off, as a decimal string. */
  value: decimal,
  /** From when the coupon applies; `null` for at once. */
  starts_at: nullableTimestamp,
  /** Until when it applies; `null` for never. */
  expires_at: nullableTimestamp,
  /** How many redemptions are allowed in all; `null` for unlimited. */
  usage_limit: z.nullable(z.number()),
  /** How many times it has been redeemed. */
  usage_count: z.number(),
  /** Restrictions: `course_ids`, `instructor_ids`, `min_purchase`; `null` for none. */
  meta: z.nullable(jsonObject),
  ...timestamps,
});
export type Coupon = z.infer<typeof Coupon>;

/** A row of `coupon_redemptions`. */
export const CouponRedemption = z.object({
  id,
  /** Id of the redeemed coupon. */
  coupon_id: id,
  /** Id of the user who redeemed it. */
  user_id: id,
  /** Id of the order it discounted; `null` when the order is gone. */
  order_id: z.nullable(id),
  ...timestamps,
});
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
  /** Whether the coupon applies to these courses. */
  valid: z.boolean(),
  /** Why it does not apply, when `valid` is false. */
  reason: z.optional(z.nullable(z.string())) as z.ZodMiniType<CouponRejectionReason | null | undefined>,
  /** Amount taken off, as a decimal string. */
  discount: decimal,
  /** Total of the courses' prices before the discount. */
  subtotal: decimal,
  /** Amount due after the discount. */
  total: decimal,
  /** The coupon that was found, when there is one. */
  coupon: z.optional(
    z.nullable(
      z.object({
        /** The coupon's code, as stored. */
        code: z.string(),
        /** `percentage` or `fixed`. */
        type: CouponType,
        /** Percent off or amount off, as a decimal string. */
        value: decimal,
      }),
    ),
  ),
});
export type CouponValidation = z.infer<typeof CouponValidation>;
