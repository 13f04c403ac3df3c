/**
 * Payment gateway adapters: how `<ckit-checkout>` collects a payment without knowing the
 * gateway. The checkout creates the order and the pending payment on the server, hands the
 * adapter a slot and the payment's client secret, and calls `confirm()` when the learner pays.
 * Whatever `confirm()` says, the checkout then asks the server whether the order is paid.
 *
 * @module
 */
import type { APIClient, Order, Payment } from '@coursekit/sdk';
import type { Localizer } from '../../i18n/localizer.js';

/** What an adapter gets when it mounts. */
export interface PaymentGatewayContext {
  /** The pending order being paid. */
  readonly order: Order;
  /** The pending transaction `POST /orders/{id}/payments` created. */
  readonly transaction: Payment;
  /** The transaction's client secret: what the gateway's browser library confirms. */
  readonly clientSecret: string;
  /** The checkout's language (BCP 47). */
  readonly locale: string;
  /** The checkout's colour theme in effect. */
  readonly theme: 'light' | 'dark';
  /** The checkout's messages and money formatting. */
  readonly i18n: Localizer;
  /** The API client (the reference backend's test gateway answers under its base URL). */
  readonly http: APIClient;
}

/** How a confirmation ended in the browser. The server decides whether the order is paid. */
export type PaymentConfirmation =
  | {
      /** The gateway accepted the payment; the checkout waits for the server to mark the order paid. */
      ok: true;
    }
  | {
      /** The gateway refused or could not take the payment; the learner may try again. */
      ok: false;
      /** What to tell the learner, in their language (shown as given). */
      message: string;
      /** The gateway's machine-readable reason (`card_declined`), passed on in `ckit-checkout-error`. */
      code?: string;
    };

/**
 * A payment gateway adapter. Set one on `<ckit-checkout>` (`checkout.gateway = adapter`) to pay
 * through a gateway CourseKit does not ship.
 *
 * @example
 * ```ts
 * const adapter: PaymentGateway = {
 *   id: 'paddle',
 *   mount(slot, { clientSecret }) { slot.textContent = 'Card fields go here'; },
 *   async confirm() { return { ok: true }; },
 *   unmount() {},
 * };
 * document.querySelector('ckit-checkout').gateway = adapter;
 * ```
 */
export interface PaymentGateway {
  /** The gateway name sent to `POST /orders/{id}/payments` (`test`, `stripe`). */
  readonly id: string;
  /**
   * Whether the adapter needs a slot in the page's light DOM (a `<div slot="payment">` child of
   * the checkout), as Stripe's Payment Element does; otherwise it mounts inside the checkout's
   * shadow root, styled with the checkout's theme.
   */
  readonly lightDom?: boolean;
  /** Renders the gateway's fields into `slot`. */
  mount(slot: HTMLElement, context: PaymentGatewayContext): Promise<void> | void;
  /** Collects and confirms the payment with the gateway. Never throws: a failure is `{ ok: false, message }`. */
  confirm(): Promise<PaymentConfirmation>;
  /** Removes what `mount()` rendered. */
  unmount(): void;
}

/** Options of the built-in adapters. */
export interface GatewayOptions {
  /** Stripe's publishable key (`pk_live_…`, `pk_test_…`). */
  publishableKey?: string | undefined;
}

/** The built-in adapter named `id` (`test` or `stripe`), loaded on demand. */
export async function loadGateway(id: string, options: GatewayOptions): Promise<PaymentGateway> {
  if (id === 'stripe') return new (await import('./gateways/stripe-gateway.js')).StripeGateway({ publishableKey: options.publishableKey ?? '' });
  if (id === 'test') return new (await import('./gateways/test-gateway.js')).TestGateway();
  throw new TypeError(`<ckit-checkout>: unknown gateway "${id}" (use "test" or "stripe", or set the gateway property).`);
}
