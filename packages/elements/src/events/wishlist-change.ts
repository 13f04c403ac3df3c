/** Which course changed, and its new state. */
export interface CkitWishlistChangeEventDetail {
  /** The course added or removed. */
  readonly courseId: number;
  /** `true` when the course is now on the wishlist. */
  readonly wishlisted: boolean;
}

/**
 * Fired after the server confirmed a wishlist change made by the user. The UI changed
 * optimistically before; when the server refuses, the change is rolled back and `ckit-error`
 * fires instead of this event.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-wishlist-change', (event) => analytics.track('wishlist', event.detail));
 * ```
 */
export class CkitWishlistChangeEvent extends Event {
  /** Which course changed, and its new state. */
  readonly detail: CkitWishlistChangeEventDetail;

  constructor(detail: CkitWishlistChangeEventDetail) {
    super('ckit-wishlist-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-wishlist-change': CkitWishlistChangeEvent;
  }
}
