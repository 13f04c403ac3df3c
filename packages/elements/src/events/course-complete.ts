/** A course the learner completed. */
export interface CkitCourseCompleteEventDetail {
  /** The completed course. */
  readonly courseId: number;
  /** The certificate's number, once the server issued it (`undefined` while it is not known yet). */
  readonly certificateNumber: string | undefined;
}

/**
 * Fired by `<ckit-curriculum-player>` once when the learner's last lecture of a course is
 * complete; the player then shows its celebration panel with the certificate link.
 *
 * @example
 * ```ts
 * player.addEventListener('ckit-course-complete', () => confetti());
 * ```
 */
export class CkitCourseCompleteEvent extends Event {
  /** A course the learner completed. */
  readonly detail: CkitCourseCompleteEventDetail;

  constructor(detail: CkitCourseCompleteEventDetail) {
    super('ckit-course-complete', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-course-complete': CkitCourseCompleteEvent;
  }
}
