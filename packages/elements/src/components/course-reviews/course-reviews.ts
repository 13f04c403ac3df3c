import { CkitCourseReviews } from './course-reviews.component.js';

export { CkitCourseReviews };

CkitCourseReviews.define('ckit-course-reviews');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-course-reviews': CkitCourseReviews;
  }
}
