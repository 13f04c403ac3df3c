/** What the learner is about to buy. */
export interface CkitCheckoutStartEventDetail {
  /** The course ids being checked out. */
  readonly courseIds: readonly number[];
  /** The undiscounted subtotal, a decimal string (`"129.98"`); the order's total comes from the server. */
  readonly subtotal: string;
  /** ISO 4217 currency of `subtotal`. */
  readonly currency: string;
}

/**
 * Fired by `<ckit-checkout>` once per checkout attempt, when the learner first sees what they
 * are buying (the review step with its prices).
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-checkout-start', (event) => analytics.track('checkout', { courses: event.detail.courseIds }));
 * ```
 */
export class CkitCheckoutStartEvent extends Event {
  /** What the learner is about to buy. */
  readonly detail: CkitCheckoutStartEventDetail;

  constructor(detail: CkitCheckoutStartEventDetail) {
    super('ckit-checkout-start', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-checkout-start': CkitCheckoutStartEvent;
  }
}
