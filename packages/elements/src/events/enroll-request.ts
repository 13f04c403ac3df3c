/** Where a visitor asked to enroll. */
export interface CkitEnrollRequestEventDetail {
  /** The course to enroll in. */
  readonly courseId: number;
  /** The locked lecture the visitor tried to open. */
  readonly lectureId: number;
  /** Whether somebody is signed in (otherwise the visitor needs an account first). */
  readonly signedIn: boolean;
}

/**
 * Fired by `<ckit-curriculum-player>` when a visitor or a learner who is not enrolled chooses
 * "Enroll" on a locked lecture. Cancelable: call `preventDefault()` to run your own enrollment
 * or checkout; otherwise the player follows its `enroll-href`, if it has one.
 *
 * @example
 * ```ts
 * player.addEventListener('ckit-enroll-request', (event) => {
 *   event.preventDefault();
 *   openCheckout(event.detail.courseId);
 * });
 * ```
 */
export class CkitEnrollRequestEvent extends Event {
  /** Where a visitor asked to enroll. */
  readonly detail: CkitEnrollRequestEventDetail;

  constructor(detail: CkitEnrollRequestEventDetail) {
    super('ckit-enroll-request', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-enroll-request': CkitEnrollRequestEvent;
  }
}
