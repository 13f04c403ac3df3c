/** The cart after the change. */
export interface CkitCartChangeEventDetail {
  /** The course ids in the cart, in the order they were added. */
  readonly items: readonly number[];
}

/**
 * Fired when the learner changed the cart through an element: a course added by
 * `<ckit-enroll-button>` or by a `ckit-add-to-cart` event (fired from that event's target), or
 * removed in `<ckit-cart>`. Changes made in another tab or by code calling the cart directly
 * only dispatch the cart's own `change` event.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-cart-change', (event) => badge.textContent = String(event.detail.items.length));
 * ```
 */
export class CkitCartChangeEvent extends Event {
  /** The cart after the change. */
  readonly detail: CkitCartChangeEventDetail;

  constructor(detail: CkitCartChangeEventDetail) {
    super('ckit-cart-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-cart-change': CkitCartChangeEvent;
  }
}
