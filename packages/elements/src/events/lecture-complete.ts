/** A lecture the learner completed. */
export interface CkitLectureCompleteEventDetail {
  /** The course the lecture belongs to. */
  readonly courseId: number;
  /** The completed lecture. */
  readonly lectureId: number;
  /** How the learner completed it: `watched` (90 % of a video), `marked` ("Mark complete") or `quiz` (passed). */
  readonly reason: 'watched' | 'marked' | 'quiz';
}

/**
 * Fired by `<ckit-curriculum-player>` as soon as a lecture counts as complete on this device
 * (the write is then on its way to the server, or kept on the device while offline).
 *
 * @example
 * ```ts
 * player.addEventListener('ckit-lecture-complete', (event) => analytics.track('lecture_complete', event.detail));
 * ```
 */
export class CkitLectureCompleteEvent extends Event {
  /** A lecture the learner completed. */
  readonly detail: CkitLectureCompleteEventDetail;

  constructor(detail: CkitLectureCompleteEventDetail) {
    super('ckit-lecture-complete', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-lecture-complete': CkitLectureCompleteEvent;
  }
}
