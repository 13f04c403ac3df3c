/** The course to add. */
export interface CkitAddToCartEventDetail {
  /** Id of the course to add to the cart. */
  readonly courseId: number;
}

/**
 * Adds a course to the cart from the host page: dispatch it on the document (or on any element
 * of the page). Every cart of a connected `<ckit-cart>`, `<ckit-cart-button>` or
 * `<ckit-enroll-button>` listens while one is connected. A plain
 * `new CustomEvent('ckit-add-to-cart', { detail: { courseId } })` works as well as this class.
 * When the course was added, `ckit-cart-change` fires from the event's target; a refusal (already
 * owned, already in the cart, free, not found) is announced by the cart button.
 *
 * @example
 * ```ts
 * button.addEventListener('click', () => button.dispatchEvent(new CkitAddToCartEvent({ courseId: 42 })));
 * // or, without importing anything:
 * document.dispatchEvent(new CustomEvent('ckit-add-to-cart', { detail: { courseId: 42 } }));
 * ```
 */
export class CkitAddToCartEvent extends Event {
  /** The course to add. */
  readonly detail: CkitAddToCartEventDetail;

  constructor(detail: CkitAddToCartEventDetail) {
    super('ckit-add-to-cart', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-add-to-cart': CkitAddToCartEvent;
  }
}
