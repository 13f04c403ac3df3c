/**
 * What `<ckit-checkout>` reads and keeps: the courses being bought, the commerce resources it
 * builds from the provider's HTTP client (the elements' client leaves them out), the checkout
 * attempt kept in `sessionStorage` (its idempotency key, its order, its step), exact money
 * arithmetic and the order poll.
 *
 * @module
 */
import { Coupons, Orders, Payments, type Order, type User } from '@coursekit/sdk';
import type { ElementsClient } from '../../data/client.js';
import { cartLines, type CartLine } from '../../data/cart.js';
import { session } from '../../data/queries.js';
import type { TaskContext } from '../../internal/coursekit-element.js';
import type { MessageKey } from '../../i18n/en.js';

/** The checkout's steps, in order. */
export type CheckoutStep = 'review' | 'sign-in' | 'pay' | 'done';
export const STEPS: readonly CheckoutStep[] = ['review', 'sign-in', 'pay', 'done'];

/** A course of the checkout: buyable, already owned, or gone from the catalog. */
export type CheckoutLine = CartLine;

/** The courses of `ids` and who is buying them. */
export async function checkoutLines(ids: readonly number[], read: TaskContext['read']): Promise<{ user: User | null; lines: CheckoutLine[] }> {
  const user = await read(session);
  return { user, lines: await cartLines(ids, read) };
}

/** The commerce resources, built once per client from its HTTP layer. */
export interface Commerce {
  orders: Orders;
  payments: Payments;
  coupons: Coupons;
}
const commerceByClient = new WeakMap<ElementsClient, Commerce>();
export function commerceOf(client: ElementsClient): Commerce {
  let found = commerceByClient.get(client);
  if (!found) commerceByClient.set(client, (found = { orders: new Orders(client.http), payments: new Payments(client.http), coupons: new Coupons(client.http) }));
  return found;
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
  const key = `checkout-${globalThis.crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  return { key, courseIds: [...courseIds], coupon, payments: 0, step: 'review' };
}

/** Whether two lists hold the same course ids, in any order. */
export function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** A decimal string (`"49.99"`) in cents, exactly. */
export function toCents(amount: string | null | undefined): number {
  const [whole = '0', fraction = ''] = String(amount ?? '0').replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return String(amount ?? '').startsWith('-') ? -cents : cents;
}

/** Cents as a decimal string. */
export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** What the order says it charges: subtotal, discount and total (the server's figures). */
export function orderTotals(order: Order): { subtotal: string; discount: string; total: string; coupon: string | undefined } {
  const meta = (order.meta ?? {}) as { subtotal?: string; discount?: string; coupon_code?: string | null };
  const total = order.total_amount;
  const itemsSum = fromCents((order.items ?? []).reduce((sum, item) => sum + toCents(item.price), 0));
  return { subtotal: meta.subtotal ?? itemsSum, discount: meta.discount ?? fromCents(toCents(meta.subtotal ?? total) - toCents(total)), total, coupon: meta.coupon_code ?? undefined };
}

/** The message explaining why a coupon was refused (`reason` from `POST /coupons/validate`). */
export function couponReasonKey(reason: string | null | undefined): MessageKey {
  switch (reason) {
    case 'not_found':
    case 'expired':
    case 'not_started':
    case 'usage_limit_reached':
    case 'not_applicable':
    case 'min_purchase_not_met':
      return `checkoutCoupon_${reason}`;
    default:
      return 'checkoutCouponRefused';
  }
}

/** Waits `ms`, or rejects when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** The waits between two reads of the order while its payment settles: about 16 s in all. */
export const POLL_DELAYS = [0, 300, 600, 1200, 2000, 3000, 4000, 5000];

/**
 * Reads the order until the server says it is paid (its gateway's webhook arrived), backing off
 * between reads. Resolves with the last order read: `paid`, or still `pending` when the
 * confirmation is late, or `cancelled`/`failed`.
 */
export async function waitUntilPaid(orders: Orders, orderId: number, signal: AbortSignal, delays: readonly number[] = POLL_DELAYS): Promise<Order> {
  let order: Order | undefined;
  for (const delay of delays) {
    await sleep(delay, signal);
    order = await orders.retrieve(orderId, { signal });
    if (order.status !== 'pending') return order;
  }
  return order!;
}
