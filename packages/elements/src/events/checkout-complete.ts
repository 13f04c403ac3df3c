import type { Enrollment, Order } from '@coursekit/sdk';

/** The paid order and what it gave the learner. */
export interface CkitCheckoutCompleteEventDetail {
  /** The order, as the server reports it: `paid`. */
  readonly order: Order;
  /** The learner's enrollments in the order's courses. */
  readonly enrollments: readonly Enrollment[];
}

/**
 * Fired by `<ckit-checkout>` once the server says the order is paid (after its gateway's
 * webhook, or at once for a $0 order), never merely because the browser finished paying.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-checkout-complete', (event) => {
 *   location.assign(`/learn.html?course=${event.detail.enrollments[0].course_id}`);
 * });
 * ```
 */
export class CkitCheckoutCompleteEvent extends Event {
  /** The paid order and what it gave the learner. */
  readonly detail: CkitCheckoutCompleteEventDetail;

  constructor(detail: CkitCheckoutCompleteEventDetail) {
    super('ckit-checkout-complete', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-checkout-complete': CkitCheckoutCompleteEvent;
  }
}
