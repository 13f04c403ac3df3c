/**
 * The `test` payment gateway: a stand-in for Stripe that lives inside the mock.
 *
 * 1. `POST /orders/{id}/payments {gateway: "test"}` creates a pending transaction and returns
 *    its `client_secret` (what Stripe's card element needs).
 * 2. The browser "pays" with `POST {baseUrl}/test-gateway/confirm {client_secret, card_number}`,
 *    standing in for the gateway's own page.
 * 3. The gateway then tells the backend what happened through its webhook, which is delivered
 *    in-process before the confirm call answers: `payment_intent.succeeded` marks the
 *    transaction `success` and the order `paid` (and enrolls); `payment_intent.payment_failed`
 *    marks the transaction `failed` and leaves the order `pending`, so the buyer can retry.
 *
 * No client call can mark an order paid: only the webhook handler does.
 *
 * Test cards: `4242424242424242` succeeds; `4000000000000002` is declined (`card_declined`);
 * `4000000000009995` is declined for `insufficient_funds`. Any other number that passes the
 * Luhn check succeeds; one that fails it is refused with 422.
 *
 * @module
 */
import type { Database } from '../store/database.js';
import type { OrderRow, Row } from '../store/schema.js';
import { conflict, fieldError } from '../http/errors.js';
import { randomToken } from './identifiers.js';
import { fulfilOrder } from './orders.js';
import { cents } from './pricing.js';

/** The gateway name to pass to `payments.create()`. */
export const TEST_GATEWAY = 'test';

/** The documented test cards. */
export const TEST_CARDS = {
  /** Pays: the order turns `paid`. */
  success: '4242424242424242',
  /** Declined with `card_declined`; the order stays payable. */
  declined: '4000000000000002',
  /** Declined with `insufficient_funds`; the order stays payable. */
  insufficientFunds: '4000000000009995',
} as const;

const DECLINES: Record<string, string> = {
  [TEST_CARDS.declined]: 'card_declined',
  [TEST_CARDS.insufficientFunds]: 'insufficient_funds',
};

/** A gateway event, shaped like Stripe's. */
export interface GatewayEvent {
  type: 'payment_intent.succeeded' | 'payment_intent.payment_failed';
  data: { object: { id: string; card_last4?: string; last_payment_error?: { code: string; decline_code: string; message: string } } };
}

/**
 * Starts paying a pending order: a pending transaction and its client secret.
 * @throws {HttpError} 409 when the order is not pending.
 */
export function createPayment(db: Database, order: OrderRow): { transaction: Row<'transactions'>; clientSecret: string } {
  if (order.status !== 'pending') throw conflict(`This order is ${order.status}; only pending orders can be paid.`, 'order_not_pending');
  const intent = `pi_test_${randomToken(24)}`;
  const clientSecret = `${intent}_secret_${randomToken(24)}`;
  const transaction = db.insert('transactions', {
    order_id: order.id,
    gateway: TEST_GATEWAY,
    transaction_id: intent,
    amount: order.total_amount,
    status: 'pending',
    response: { id: intent, object: 'payment_intent', status: 'requires_payment_method', amount: cents(order.total_amount), currency: 'usd', client_secret: clientSecret },
  });
  return { transaction, clientSecret };
}

/** How a confirmation ended. `error` explains a decline, Stripe-style. */
export interface PaymentOutcome {
  outcome: 'succeeded' | 'declined';
  transaction: Row<'transactions'>;
  order: OrderRow;
  error?: { code: string; decline_code: string; message: string };
}

/**
 * The gateway's side of paying: checks the card, then delivers the webhook event.
 * @throws {HttpError} 422 for an unknown client secret or an invalid card number, 409 when the
 *   payment was already processed.
 */
export function confirmPayment(db: Database, clientSecret: string, cardNumber: string): PaymentOutcome {
  const transaction = db.first('transactions', (row) => row.gateway === TEST_GATEWAY && row.response?.['client_secret'] === clientSecret);
  if (!transaction) throw fieldError('client_secret', 'No such payment.');
  if (transaction.status !== 'pending') throw conflict(`This payment was already processed (${transaction.status}).`, 'payment_already_processed');
  const digits = cardNumber.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !luhn(digits)) throw fieldError('card_number', 'Your card number is invalid.');
  const id = transaction.transaction_id!;
  const declineCode = DECLINES[digits];
  const error = declineCode
    ? { code: 'card_declined', decline_code: declineCode, message: declineCode === 'insufficient_funds' ? 'Your card has insufficient funds.' : 'Your card was declined.' }
    : undefined;
  handleGatewayEvent(
    db,
    error
      ? { type: 'payment_intent.payment_failed', data: { object: { id, last_payment_error: error } } }
      : { type: 'payment_intent.succeeded', data: { object: { id, card_last4: digits.slice(-4) } } },
  );
  const settled = db.find('transactions', transaction.id)!;
  return { outcome: error ? 'declined' : 'succeeded', transaction: settled, order: db.find('orders', settled.order_id)!, ...(error ? { error } : {}) };
}

/** The backend's webhook handler: the only place a transaction settles and an order turns paid. */
export function handleGatewayEvent(db: Database, event: GatewayEvent): void {
  const transaction = db.first('transactions', (row) => row.gateway === TEST_GATEWAY && row.transaction_id === event.data.object.id);
  // Gateways deliver events at least once: a settled transaction ignores repeats.
  if (!transaction || transaction.status !== 'pending') return;
  if (event.type === 'payment_intent.succeeded') {
    db.update('transactions', transaction.id, { status: 'success', response: { ...transaction.response, status: 'succeeded', card_last4: event.data.object.card_last4 ?? null } });
    const order = db.find('orders', transaction.order_id)!;
    if (order.status === 'pending') fulfilOrder(db, order);
  } else {
    db.update('transactions', transaction.id, { status: 'failed', response: { ...transaction.response, status: 'requires_payment_method', last_payment_error: event.data.object.last_payment_error ?? null } });
  }
}

/** The Luhn checksum every card number carries. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
