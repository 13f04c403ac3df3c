import type { Lecture } from '@coursekit/sdk';

/** The preview the visitor asked for. */
export interface CkitPreviewRequestEventDetail {
  /** The course the lecture belongs to. */
  readonly courseId: number;
  /** The preview lecture, as the curriculum returned it (with its `content`, `external_url` and `media`). */
  readonly lecture: Lecture;
}

/**
 * Fired when a visitor presses "Preview" on a free preview lecture of the syllabus. Cancelable:
 * call `preventDefault()` to play it in your own player; otherwise the syllabus plays it in a
 * dialog.
 *
 * @example
 * ```ts
 * syllabus.addEventListener('ckit-preview-request', (event) => {
 *   event.preventDefault();
 *   myPlayer.open(event.detail.lecture);
 * });
 * ```
 */
export class CkitPreviewRequestEvent extends Event {
  /** The preview the visitor asked for. */
  readonly detail: CkitPreviewRequestEventDetail;

  constructor(detail: CkitPreviewRequestEventDetail) {
    super('ckit-preview-request', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-preview-request': CkitPreviewRequestEvent;
  }
}
