import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { Order, Transaction } from '../generated/validators.js';
import { collection, resource } from '../core/validator.js';
import type { OrderCreateParams, OrderListParams, RefundParams } from '../schemas/params.js';

const ORDER_FILTERS = ['status', 'user_id'] as const;

/** Orders: checkout and history for learners, listing and refunds for admins. */
export class Orders extends APIResource {
  /**
   * Places an order for courses, optionally with a coupon. `POST /orders`
   *
   * Prices come from the server. A $0 order is `paid` at once and enrolls the buyer; any other
   * order is `pending` until paid through `payments.create()`. Pass your own `idempotencyKey`
   * (one per checkout) so a retried submit never places two orders.
   *
   * @example
   * ```ts
   * const order = await ck.orders.create({ items: [{ course_id: 42 }], coupon_code: 'WELCOME10' }, { idempotencyKey: checkoutId });
   * if (order.status === 'pending') await ck.payments.create(order.id, { gateway: 'stripe' });
   * ```
   */
  create(params: OrderCreateParams, options?: RequestOptions): Promise<Order> {
    return this._client.post('orders', { ...options, body: params, schema: resource(Order) });
  }

  /**
   * Lists the signed-in user's orders. `GET /me/orders`
   *
   * `status` is sent as `filter[status]`.
   *
   * @example
   * ```ts
   * const { data } = await ck.orders.list({ status: 'paid' });
   * ```
   */
  list(params: OrderListParams = {}, options?: RequestOptions): PagePromise<Order> {
    return this._client.getPage('me/orders', Order, listQuery(params, ORDER_FILTERS), options);
  }

  /**
   * Retrieves an order with its items (its buyer or an admin). `GET /orders/{id}`
   *
   * @example
   * ```ts
   * const order = await ck.orders.retrieve(70);
   * ```
   */
  retrieve(id: number, options?: RequestOptions): Promise<Order> {
    return this._client.get(`orders/${segment(id)}`, { ...options, schema: resource(Order) });
  }

  /**
   * Cancels a pending order. `POST /orders/{id}/cancel`
   *
   * @throws {ConflictError} 409 when the order is no longer pending (already paid, say).
   *
   * @example
   * ```ts
   * const order = await ck.orders.cancel(70); // order.status === 'cancelled'
   * ```
   */
  cancel(id: number, options?: RequestOptions): Promise<Order> {
    return this._client.post(`orders/${segment(id)}/cancel`, { ...options, schema: resource(Order) });
  }

  /**
   * Lists every order (admin). `GET /orders`
   *
   * `status` and `user_id` are sent as `filter[status]` and `filter[user_id]`.
   *
   * @example
   * ```ts
   * for await (const order of adminClient.orders.listAll({ status: 'paid', user_id: 7 })) console.log(order.order_number);
   * ```
   */
  listAll(params: OrderListParams = {}, options?: RequestOptions): PagePromise<Order> {
    return this._client.getPage('orders', Order, listQuery(params, ORDER_FILTERS), options);
  }

  /**
   * Refunds a paid order (admin): the order, its enrollments and its transaction become
   * `refunded`. `POST /orders/{id}/refund`
   *
   * @throws {ConflictError} 409 when the order is not paid.
   *
   * @example
   * ```ts
   * const order = await adminClient.orders.refund(70, { reason: 'Bought by mistake' });
   * ```
   */
  refund(id: number, params: RefundParams = {}, options?: RequestOptions): Promise<Order> {
    return this._client.post(`orders/${segment(id)}/refund`, { ...options, body: params, schema: resource(Order) });
  }

  /**
   * Lists an order's payment transactions, with the gateways' raw responses (admin).
   * `GET /orders/{id}/transactions`
   *
   * @example
   * ```ts
   * const transactions = await adminClient.orders.listTransactions(70);
   * ```
   */
  listTransactions(id: number, options?: RequestOptions): Promise<Transaction[]> {
    return this._client.get(`orders/${segment(id)}/transactions`, { ...options, schema: collection(Transaction) });
  }
}
