/** What the learner wants to buy. */
export interface CkitCheckoutRequestEventDetail {
  /** The course ids to check out (the cart's items). */
  readonly courseIds: readonly number[];
}

/**
 * Fired when the learner asks to check out ("Checkout" in `<ckit-cart>`, "Buy now" on
 * `<ckit-enroll-button>`). Cancelable: call `preventDefault()` to show your own checkout (a
 * single-page app's route, a dialog); otherwise the element goes to its `checkout-href`.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-checkout-request', (event) => {
 *   event.preventDefault();
 *   router.push('/checkout');
 * });
 * ```
 */
export class CkitCheckoutRequestEvent extends Event {
  /** What the learner wants to buy. */
  readonly detail: CkitCheckoutRequestEventDetail;

  constructor(detail: CkitCheckoutRequestEventDetail) {
    super('ckit-checkout-request', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-checkout-request': CkitCheckoutRequestEvent;
  }
}
