/** What went wrong during checkout. */
export interface CkitCheckoutErrorEventDetail {
  /**
   * `declined`: the gateway refused the payment (the order stays payable); `coupon`: the coupon
   * could not be applied to the order; `order`, `payment`, `confirmation`: placing the order,
   * starting the payment or confirming it with the server failed.
   */
  readonly reason: 'declined' | 'coupon' | 'order' | 'payment' | 'confirmation';
  /** The message shown to the learner. */
  readonly message: string;
  /** The order, when one was placed. */
  readonly orderId?: number | undefined;
  /** The underlying failure, when there is one (an SDK error). */
  readonly error?: unknown;
}

/**
 * Fired by `<ckit-checkout>` when a step fails in a way the learner is told about: a declined
 * card, a coupon refused when the order is placed, an order or payment that could not be
 * created or confirmed. The element shows the message itself; listen for logging.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-checkout-error', (event) => console.warn(event.detail.reason, event.detail.message));
 * ```
 */
export class CkitCheckoutErrorEvent extends Event {
  /** What went wrong during checkout. */
  readonly detail: CkitCheckoutErrorEventDetail;

  constructor(detail: CkitCheckoutErrorEventDetail) {
    super('ckit-checkout-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-checkout-error': CkitCheckoutErrorEvent;
  }
}
