/** What failed, and why. */
export interface CkitErrorEventDetail {
  /** The failure: usually a `CourseKitError` from `@coursekit/sdk` (check it with the SDK's `is*Error` guards). */
  readonly error: unknown;
  /** The operation that failed, e.g. `course.retrieve`, `wishlist.add`, `reviews.create`. */
  readonly operation: string;
}

/**
 * Fired when an element could not load or save something. The element also renders the failure
 * itself, so listening is optional: use it for logging or a global toast. Never thrown at the page.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-error', (event) => console.warn(event.detail.operation, event.detail.error));
 * ```
 */
export class CkitErrorEvent extends Event {
  /** What failed, and why. */
  readonly detail: CkitErrorEventDetail;

  constructor(detail: CkitErrorEventDetail) {
    super('ckit-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-error': CkitErrorEvent;
  }
}
