/**
 * Orders, payments and the `test` gateway. The checkout rules are in `domain/orders.ts`, the
 * gateway and its webhook in `domain/gateway.ts`.
 *
 * - `POST /orders`: 201 with the order and its items; `paid` at once for a $0 total.
 * - `POST /orders/{id}/payments {gateway: "test"}`: 201 with the pending transaction and its
 *   `client_secret`.
 * - `POST {baseUrl}/test-gateway/confirm {client_secret, card_number}`: the gateway's own
 *   endpoint (no token needed, the client secret is the credential). 200 with the paid order,
 *   or 402 `card_declined` with a `decline_code`.
 *
 * @module
 */
import { ORDER_FILTER_KEYS, ORDER_SORT_KEYS, OrderCreateParams, OrderListParams, PaymentCreateParams, RefundParams } from '@coursekit/sdk/schemas';
import type { OrderRow } from '../store/schema.js';
import { TEST_GATEWAY, confirmPayment, createPayment } from '../domain/gateway.js';
import { cancelOrder, placeOrder, refundOrder } from '../domain/orders.js';
import { cents } from '../domain/pricing.js';
import { fieldError, forbidden, validationError } from '../http/errors.js';
import { readFilters, readSort } from '../http/query.js';
import type { RequestContext, Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { order, transaction } from '../serializers/commerce.js';
import { created, currentUser, findOrFail, ok, pageOf } from './support.js';

/** Sort columns of order lists (decimals compared in cents). */
const ORDER_SORT_COLUMNS: Record<(typeof ORDER_SORT_KEYS)[number], (row: OrderRow) => string | number | null> = {
  created_at: (row) => row.created_at,
  total_amount: (row) => cents(row.total_amount),
};
/** A learner's own list has no `user_id` filter: it is always theirs. */
const OWN_ORDER_FILTER_KEYS = ORDER_FILTER_KEYS.filter((key) => key !== 'user_id');

/** The order of the `order` parameter, if it is the caller's (or the caller is an admin). */
function ownOrder(ctx: RequestContext): OrderRow {
  const user = currentUser(ctx);
  const row = findOrFail(ctx, 'orders', 'order', 'Order');
  if (row.user_id !== user.id && user.role !== 'admin') throw forbidden('This order belongs to someone else.');
  return row;
}

function orderList(ctx: RequestContext, userId: number | undefined) {
  const filters = readFilters(ctx.url, userId === undefined ? ORDER_FILTER_KEYS : OWN_ORDER_FILTER_KEYS);
  // Filter values arrive as strings; the SDK's list schema checks them like the real validator would.
  const { status, user_id: filterUser } = validate(OrderListParams, {
    ...(filters.status === undefined ? {} : { status: filters.status }),
    ...('user_id' in filters && filters.user_id !== undefined ? { user_id: Number(filters.user_id) } : {}),
  });
  const sort = readSort(ctx.url, ORDER_SORT_KEYS, '-created_at');
  const owner = userId ?? filterUser;
  const rows = ctx.db.where('orders', (row) => (owner === undefined || row.user_id === owner) && (!status || row.status === status));
  return pageOf(ctx, rows, sort, ORDER_SORT_COLUMNS, (row) => order(row, ctx.view));
}

export function orderRoutes(router: Router): void {
  router.add('post', '/orders', 'learner', (ctx) => {
    const input = validate(OrderCreateParams, ctx.body);
    const placed = placeOrder(ctx.db, currentUser(ctx), input.items.map((item) => item.course_id), input.coupon_code);
    return created(order(placed, ctx.view));
  });

  router.add('get', '/me/orders', 'learner', (ctx) => orderList(ctx, currentUser(ctx).id));

  router.add('get', '/orders', 'admin', (ctx) => orderList(ctx, undefined));

  router.add('get', '/orders/:order', 'learner', (ctx) => ok(order(ownOrder(ctx), ctx.view)));

  router.add('post', '/orders/:order/cancel', 'learner', (ctx) => ok(order(cancelOrder(ctx.db, ownOrder(ctx)), ctx.view)));

  router.add('post', '/orders/:order/refund', 'admin', (ctx) => {
    const row = findOrFail(ctx, 'orders', 'order', 'Order');
    const input = validate(RefundParams, ctx.body);
    return ok(order(refundOrder(ctx.db, row, input.reason), ctx.view));
  });

  router.add('get', '/orders/:order/transactions', 'admin', (ctx) => {
    const row = findOrFail(ctx, 'orders', 'order', 'Order');
    return ok(ctx.db.where('transactions', (item) => item.order_id === row.id).map((item) => transaction(item, ctx.view)));
  });

  router.add('post', '/orders/:order/payments', 'learner', (ctx) => {
    const row = ownOrder(ctx);
    const input = validate(PaymentCreateParams, ctx.body);
    if (input.gateway !== TEST_GATEWAY) throw fieldError('gateway', 'The selected gateway is invalid.');
    const payment = createPayment(ctx.db, row);
    return created({ ...transaction(payment.transaction, ctx.view), client_secret: payment.clientSecret, redirect_url: null });
  });

  // The gateway's own server, not the app: a browser would never send it the app's session
  // cookie, so a signed-in page confirms without a CSRF token.
  router.add('post', '/test-gateway/confirm', 'public', (ctx) => {
    const body = (typeof ctx.body === 'object' && ctx.body !== null ? ctx.body : {}) as Record<string, unknown>;
    const errors: Record<string, string[]> = {};
    for (const field of ['client_secret', 'card_number']) {
      if (typeof body[field] !== 'string' || !(body[field] as string).trim()) errors[field] = [`The ${field.replace('_', ' ')} field is required.`];
    }
    if (Object.keys(errors).length) throw validationError(errors);
    const result = confirmPayment(ctx.db, body['client_secret'] as string, body['card_number'] as string);
    if (result.outcome === 'declined') {
      // An answer, not a throw: the failed transaction the webhook recorded must be committed.
      return { status: 402, body: { message: result.error!.message, code: 'card_declined', decline_code: result.error!.decline_code, order_id: result.order.id } };
    }
    return ok({ status: 'succeeded', order: order(result.order, ctx.view), transaction: transaction(result.transaction, ctx.view) });
  }, { session: false });
}
