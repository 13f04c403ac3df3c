/** How far the learner got in a video lecture. */
export interface CkitProgressEventDetail {
  /** The course the lecture belongs to. */
  readonly courseId: number;
  /** The lecture being watched. */
  readonly lectureId: number;
  /** The position written, in whole seconds. */
  readonly watchedSeconds: number;
  /** The media's duration in seconds (`null` while unknown). */
  readonly durationSeconds: number | null;
}

/**
 * Fired by `<ckit-curriculum-player>` each time it records a video position: at most every
 * 15 seconds while playing, and on pause, at the end of a seek and when the page is hidden.
 *
 * @example
 * ```ts
 * player.addEventListener('ckit-progress', (event) => console.log(event.detail.watchedSeconds));
 * ```
 */
export class CkitProgressEvent extends Event {
  /** How far the learner got in a video lecture. */
  readonly detail: CkitProgressEventDetail;

  constructor(detail: CkitProgressEventDetail) {
    super('ckit-progress', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-progress': CkitProgressEvent;
  }
}
