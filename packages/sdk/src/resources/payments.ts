import { APIResource } from '../core/resource.js';
import { segment, type RequestOptions } from '../core/request.js';
import { Payment } from '../generated/validators.js';
import { resource } from '../core/validator.js';
import type { PaymentCreateParams } from '../schemas/params.js';

/** Paying for an order through a gateway. */
export class Payments extends APIResource {
  /**
   * Starts paying an order: returns the pending transaction and what the browser needs to finish
   * with the gateway, a `client_secret` (card element) or a `redirect_url` (hosted page).
   * `POST /orders/{id}/payments`
   *
   * The order turns `paid` only on the server, after the gateway confirms it; poll
   * `orders.retrieve()` (or wait for the gateway's return) rather than trusting the browser.
   *
   * @throws {ConflictError} 409 when the order is not pending (already paid or cancelled).
   *
   * @example
   * ```ts
   * const payment = await ck.payments.create(70, { gateway: 'stripe', return_url: location.href });
   * if (payment.redirect_url) location.assign(payment.redirect_url);
   * ```
   */
  create(orderId: number, params: PaymentCreateParams, options?: RequestOptions): Promise<Payment> {
    return this._client.post(`orders/${segment(orderId)}/payments`, { ...options, body: params, schema: resource(Payment) });
  }
}
