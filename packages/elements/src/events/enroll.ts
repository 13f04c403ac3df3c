import type { Enrollment } from '@coursekit/sdk';

/** The new enrollment. */
export interface CkitEnrollEventDetail {
  /** The enrollment the server created (or reactivated). */
  readonly enrollment: Enrollment;
}

/**
 * Fired by `<ckit-enroll-button>` after the server enrolled the learner in a free course.
 *
 * @example
 * ```ts
 * document.addEventListener('ckit-enroll', (event) => analytics.track('enroll', { course: event.detail.enrollment.course_id }));
 * ```
 */
export class CkitEnrollEvent extends Event {
  /** The new enrollment. */
  readonly detail: CkitEnrollEventDetail;

  constructor(detail: CkitEnrollEventDetail) {
    super('ckit-enroll', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-enroll': CkitEnrollEvent;
  }
}
