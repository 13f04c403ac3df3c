import type { Lecture } from '@coursekit/sdk';

/** The lecture the player opened. */
export interface CkitLectureChangeEventDetail {
  /** The course the lecture belongs to. */
  readonly courseId: number;
  /** The lecture now shown (its outline entry: locked lectures have no content). */
  readonly lecture: Lecture;
  /** The lecture shown before, if any. */
  readonly previousLectureId: number | undefined;
}

/**
 * Fired by `<ckit-curriculum-player>` when it opens a lecture: on first load (resuming), from
 * the outline, previous / next, a deep link or back and forward.
 *
 * @example
 * ```ts
 * player.addEventListener('ckit-lecture-change', (event) => (document.title = event.detail.lecture.title));
 * ```
 */
export class CkitLectureChangeEvent extends Event {
  /** The lecture the player opened. */
  readonly detail: CkitLectureChangeEventDetail;

  constructor(detail: CkitLectureChangeEventDetail) {
    super('ckit-lecture-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-lecture-change': CkitLectureChangeEvent;
  }
}
