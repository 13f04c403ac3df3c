import type { Review } from '@coursekit/sdk';

/** The saved review. */
export interface CkitReviewSubmitEventDetail {
  /** The review as the server stored it; `is_approved` is `false` while it awaits moderation. */
  readonly review: Review;
  /** `create` for a new review, `update` for an edit. */
  readonly action: 'create' | 'update';
}

/**
 * Fired after the server saved a review written or edited in `<ckit-course-reviews>`.
 *
 * @example
 * ```ts
 * reviews.addEventListener('ckit-review-submit', (event) => console.log(event.detail.action, event.detail.review.rating));
 * ```
 */
export class CkitReviewSubmitEvent extends Event {
  /** The saved review. */
  readonly detail: CkitReviewSubmitEventDetail;

  constructor(detail: CkitReviewSubmitEventDetail) {
    super('ckit-review-submit', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-review-submit': CkitReviewSubmitEvent;
  }
}
