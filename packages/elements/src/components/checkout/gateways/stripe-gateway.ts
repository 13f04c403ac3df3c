/**
 * The Stripe adapter of `<ckit-checkout>`: Stripe.js loaded from Stripe at run time, never
 * bundled, and the Payment Element mounted in the page's light DOM.
 *
 * @module
 */
import type { PaymentConfirmation, PaymentGateway, PaymentGatewayContext } from '../gateway.js';

/** Where Stripe.js is served from; Stripe requires loading it from there. */
export const STRIPE_JS_URL = 'https://js.stripe.com/v3/';

/** The Trusted Types policy that turns exactly `STRIPE_JS_URL` into a script URL. */
export const STRIPE_POLICY_NAME = 'coursekit-stripe';

/** The parts of Stripe.js the adapter uses. */
export interface StripeElement {
  mount(target: HTMLElement): void;
  destroy(): void;
}
export interface StripeElements {
  create(type: 'payment', options?: object): StripeElement;
}
export interface StripeInstance {
  elements(options: { clientSecret: string; appearance?: object; locale?: string }): StripeElements;
  confirmPayment(options: { elements: StripeElements; redirect: 'if_required'; confirmParams?: { return_url?: string } }): Promise<{ error?: { message?: string; code?: string; decline_code?: string }; paymentIntent?: { status: string } }>;
}
export type StripeFactory = (publishableKey: string, options?: { locale?: string }) => StripeInstance;

let loading: Promise<StripeFactory> | undefined;
let policy: { createScriptURL(url: string): unknown } | undefined;

/** Stripe.js's `Stripe` function: the page's own when it already loaded Stripe.js, else loaded now. */
export function loadStripe(): Promise<StripeFactory> {
  const existing = (window as { Stripe?: StripeFactory }).Stripe;
  if (existing) return Promise.resolve(existing);
  loading ??= new Promise<StripeFactory>((resolve, reject) => {
    const script = document.createElement('script');
    const types = (window as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): typeof policy } }).trustedTypes;
    policy ??= types?.createPolicy(STRIPE_POLICY_NAME, {
      createScriptURL: (url) => {
        if (url !== STRIPE_JS_URL) throw new TypeError(`${STRIPE_POLICY_NAME} loads Stripe.js only.`);
        return url;
      },
    });
    script.src = (policy ? policy.createScriptURL(STRIPE_JS_URL) : STRIPE_JS_URL) as string;
    script.async = true;
    script.onload = () => {
      const loaded = (window as { Stripe?: StripeFactory }).Stripe;
      if (loaded) resolve(loaded);
      else reject(new Error('Stripe.js loaded without defining Stripe.'));
    };
    script.onerror = () => {
      loading = undefined;
      script.remove();
      reject(new Error('Stripe.js could not be loaded.'));
    };
    document.head.append(script);
  });
  return loading;
}

/** Options of the Stripe adapter. */
export interface StripeGatewayOptions {
  /** Your publishable key (`pk_test_…` or `pk_live_…`). */
  publishableKey: string;
  /** Where Stripe sends the buyer back after a payment method that redirects. @default location.href */
  returnUrl?: string | undefined;
  /** Stripe's Appearance API options, merged over a theme following the checkout's. */
  appearance?: object | undefined;
}

/**
 * Pays through Stripe's Payment Element. Use it with `<ckit-checkout gateway="stripe"
 * publishable-key="pk_live_…">`, or build it yourself: `checkout.gateway = new StripeGateway({ publishableKey })`.
 *
 * The real setup:
 * - The backend creates a PaymentIntent for the order when the checkout calls
 *   `POST /orders/{id}/payments {gateway: "stripe"}` and answers with its `client_secret`.
 * - Stripe.js is loaded from `https://js.stripe.com/v3/` when the payment step opens (never
 *   bundled: Stripe requires it). A strict CSP allows `https://js.stripe.com` in `script-src` and
 *   `frame-src` and `https://api.stripe.com` in `connect-src`; with Trusted Types, the
 *   `trusted-types` directive allows `coursekit-stripe`, the policy that accepts that one URL.
 * - The Payment Element is an iframe Stripe cannot mount inside a shadow root: the checkout
 *   gives the adapter a `<div slot="payment">` of its own light DOM.
 * - `confirmPayment({ redirect: 'if_required' })` pays; methods that must leave the page come
 *   back to `returnUrl`, where the checkout resumes from `sessionStorage`.
 * - Stripe's `payment_intent.succeeded` webhook reaches the backend, which marks the order
 *   paid; the checkout polls the order and shows success only then.
 */
export class StripeGateway implements PaymentGateway {
  readonly id = 'stripe';
  readonly lightDom = true;
  readonly #options: StripeGatewayOptions;
  #stripe: StripeInstance | undefined;
  #elements: StripeElements | undefined;
  #element: StripeElement | undefined;
  #context: PaymentGatewayContext | undefined;

  constructor(options: StripeGatewayOptions) {
    this.#options = options;
  }

  async mount(slot: HTMLElement, context: PaymentGatewayContext): Promise<void> {
    this.unmount();
    this.#context = context;
    const Stripe = await loadStripe();
    const locale = context.locale.split('-')[0];
    this.#stripe = Stripe(this.#options.publishableKey, locale ? { locale } : {});
    this.#elements = this.#stripe.elements({
      clientSecret: context.clientSecret,
      appearance: { theme: context.theme === 'dark' ? 'night' : 'stripe', ...this.#options.appearance },
    });
    this.#element = this.#elements.create('payment');
    this.#element.mount(slot);
  }

  async confirm(): Promise<PaymentConfirmation> {
    const i18n = this.#context?.i18n;
    if (!this.#stripe || !this.#elements || !i18n) return { ok: false, message: '', code: 'not_mounted' };
    try {
      const { error } = await this.#stripe.confirmPayment({ elements: this.#elements, redirect: 'if_required', confirmParams: { return_url: this.#options.returnUrl ?? location.href } });
      if (!error) return { ok: true };
      // Stripe's messages are localized already; validation errors are shown at the fields too.
      const code = error.decline_code ?? error.code ?? 'card_declined';
      return { ok: false, message: error.message ?? i18n.t('checkoutDeclined'), code: error.code === 'incomplete' || /^incomplete|^invalid/.test(error.code ?? '') ? 'incomplete' : code };
    } catch {
      return { ok: false, message: i18n.t('checkoutGatewayUnreachable'), code: 'error' };
    }
  }

  unmount(): void {
    this.#element?.destroy();
    this.#element = this.#elements = this.#stripe = undefined;
  }
}
