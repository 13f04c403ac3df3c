/**
 * What `<ckit-checkout>` reads and keeps: the courses being bought, the commerce resources it
 * builds from the provider's HTTP client (the elements' client leaves them out), the checkout
 * attempt kept in `sessionStorage` (its idempotency key, its order, its step), exact money
 * arithmetic and the order poll.
 *
 * @module
 */
import { Coupons, isNotFoundError, isPermissionDeniedError, Orders, Payments, type Order } from '@coursekit/sdk';
import type { CoursekitStore } from '../../data/store.js';
import type { CartLine } from '../../data/cart.js';
import type { MessageKey } from '../../i18n/en.js';

/** The checkout's steps (`STEP_TITLES` holds them in order). */
export type CheckoutStep = 'review' | 'sign-in' | 'pay' | 'done';

/** A course of the checkout: buyable, already owned, or gone from the catalog. */
export type CheckoutLine = CartLine;

/**
 * The learner's order `id` to pay (`order-id`). Rejects with the server's error (404, 403: not
 * the learner's), or an `OrderClosedError` when the order is neither `pending` nor `paid`
 * (cancelled, failed, refunded).
 */
export async function orderToPay(id: number, store: CoursekitStore): Promise<Order> {
  const order = await commerceOf(store).orders.retrieve(id);
  if (order.status === 'pending' || order.status === 'paid') return order;
  throw Object.assign(new Error(`Order ${id} is ${order.status}`), { name: 'OrderClosedError', order });
}

/**
 * Why the order of `order-id` cannot be paid, if `error` says: it can no longer be
 * (`OrderClosedError`), or it is not the learner's (404 and 403 alike: "you do not have access",
 * so an order number reveals nothing). `undefined` for other failures, which trying again may cure.
 */
export function orderErrorKey(error: unknown): MessageKey | undefined {
  if ((error as Error).name === 'OrderClosedError') return 'checkoutOrderClosed';
  return isNotFoundError(error) || isPermissionDeniedError(error) ? 'errorForbidden' : undefined;
}

/** The commerce resources on the client's HTTP layer (the elements' client leaves them out). */
export interface Commerce {
  orders: Orders;
  payments: Payments;
  coupons: Coupons;
}
/** The commerce resources on the store's client: thin wrappers around its HTTP layer, so building them per call costs nothing worth caching. */
export function commerceOf({ client: { http } }: CoursekitStore): Commerce {
  return { orders: new Orders(http), payments: new Payments(http), coupons: new Coupons(http) };
}

/**
 * One checkout attempt, kept in `sessionStorage` so a reload (or the back button) resumes it:
 * the idempotency key its order is placed with, what that order was for, the order once placed,
 * how many payments were started (each gets its own key) and the step shown.
 */
export interface Attempt {
  key: string;
  courseIds: number[];
  coupon: string;
  orderId?: number | undefined;
  payments: number;
  step: CheckoutStep;
  /** `ckit-checkout-complete` was fired for this attempt's order. */
  completed?: boolean | undefined;
}

const storageKey = (site: string) => `ckit-checkout:${site}`;

/** The attempt kept for the site, if any (storage may be blocked: then there is none). */
export function loadAttempt(site: string): Attempt | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(storageKey(site)) ?? 'null') as Attempt | null;
    if (saved && typeof saved.key === 'string' && Array.isArray(saved.courseIds)) return saved;
  } catch {
    // Unreadable or blocked storage: a new attempt.
  }
  return undefined;
}

/** Keeps the attempt, or forgets it (`undefined`). */
export function saveAttempt(site: string, attempt: Attempt | undefined): void {
  try {
    if (attempt) sessionStorage.setItem(storageKey(site), JSON.stringify(attempt));
    else sessionStorage.removeItem(storageKey(site));
  } catch {
    // Blocked storage: the attempt lives as long as the page.
  }
}

/** A new attempt for these courses and coupon, with a fresh idempotency key. */
export function newAttempt(courseIds: readonly number[], coupon: string): Attempt {
  // 128 random bits; getRandomValues, unlike randomUUID, also exists on a plain-HTTP page.
  const key = `checkout-${crypto.getRandomValues(new Uint32Array(4)).join('-')}`;
  return { key, courseIds: [...courseIds], coupon, payments: 0, step: 'review' };
}

/** Whether two lists hold the same course ids, in any order. */
export function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * A decimal amount (`"49.99"`, or a number in an order's `meta`) in cents. Exact: a two-digit
 * amount times 100 is within far less than half a cent of its integer for any price.
 */
export function toCents(amount: string | number | null | undefined): number {
  return Math.round(Number(amount ?? 0) * 100);
}

/** Cents as a decimal string (`1999` is `"19.99"`). */
export function fromCents(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** What the order says it charges: subtotal, discount and total (the server's figures; without them in `meta`, no discount). */
export function orderTotals(order: Order): { subtotal: string; discount: string; total: string; coupon: string | undefined } {
  const meta = (order.meta ?? {}) as { subtotal?: string; discount?: string; coupon_code?: string | null };
  const total = order.total_amount;
  const subtotal = meta.subtotal ?? total;
  return { subtotal, discount: meta.discount ?? fromCents(toCents(subtotal) - toCents(total)), total, coupon: meta.coupon_code ?? undefined };
}

/** The refusal reasons of `POST /coupons/validate` that have a message of their own. */
const COUPON_REASONS = ['not_found', 'expired', 'not_started', 'usage_limit_reached', 'not_applicable', 'min_purchase_not_met'] as const;

/** The message explaining why a coupon was refused (`reason` from `POST /coupons/validate`). */
export function couponReasonKey(reason: string | null | undefined): MessageKey {
  const known = COUPON_REASONS.find((item) => item === reason);
  return known ? `checkoutCoupon_${known}` : 'checkoutCouponRefused';
}

/** Waits `ms`, or rejects when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** The waits between two reads of the order while its payment settles: about 16 s in all. */
const POLL_DELAYS = [0, 300, 600, 1200, 2000, 3000, 4000, 5000];

/**
 * Reads the order until the server says it is paid (its gateway's webhook arrived), backing off
 * between reads. Resolves with the last order read: `paid`, or still `pending` when the
 * confirmation is late, or `cancelled`/`failed`.
 */
export async function waitUntilPaid(orders: Orders, orderId: number, signal: AbortSignal): Promise<Order> {
  let order: Order | undefined;
  for (const delay of POLL_DELAYS) {
    await sleep(delay, signal);
    order = await orders.retrieve(orderId, { signal });
    if (order.status !== 'pending') return order;
  }
  return order!;
}
