/** The deleted review. */
export interface CkitReviewDeleteEventDetail {
  /** Id of the review the server deleted. */
  readonly reviewId: number;
  /** The course it belonged to. */
  readonly courseId: number;
}

/**
 * Fired after the server deleted the signed-in learner's review in `<ckit-course-reviews>`.
 *
 * @example
 * ```ts
 * reviews.addEventListener('ckit-review-delete', (event) => console.log('deleted', event.detail.reviewId));
 * ```
 */
export class CkitReviewDeleteEvent extends Event {
  /** The deleted review. */
  readonly detail: CkitReviewDeleteEventDetail;

  constructor(detail: CkitReviewDeleteEventDetail) {
    super('ckit-review-delete', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-review-delete': CkitReviewDeleteEvent;
  }
}
