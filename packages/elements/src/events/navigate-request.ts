import type { Course } from '@coursekit/sdk';

/** Where the user is about to go. */
export interface CkitNavigateRequestEventDetail {
  /** The resolved link, e.g. `/courses/typescript-from-zero`. */
  readonly href: string;
  /** The course the link leads to. */
  readonly course: Course;
}

/**
 * Fired when the user follows a course link (a plain click, not a modified or middle click).
 * Cancelable: call `preventDefault()` to route with your own router instead of a page load.
 *
 * @example
 * ```ts
 * catalog.addEventListener('ckit-navigate-request', (event) => {
 *   event.preventDefault();
 *   router.push(event.detail.href);
 * });
 * ```
 */
export class CkitNavigateRequestEvent extends Event {
  /** Where the user is about to go. */
  readonly detail: CkitNavigateRequestEventDetail;

  constructor(detail: CkitNavigateRequestEventDetail) {
    super('ckit-navigate-request', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-navigate-request': CkitNavigateRequestEvent;
  }
}
