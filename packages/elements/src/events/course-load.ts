import type { Course } from '@coursekit/sdk';

/** The course that was loaded. */
export interface CkitCourseLoadEventDetail {
  /** The course as the API returned it, with its category, instructors, media and tags. */
  readonly course: Course;
}

/**
 * Fired when `<ckit-course-card>` has loaded its course from the API (by `course-id` or
 * `course-slug`), e.g. to set the page title without a second request.
 *
 * @example
 * ```ts
 * card.addEventListener('ckit-course-load', (event) => (document.title = event.detail.course.title));
 * ```
 */
export class CkitCourseLoadEvent extends Event {
  /** The course that was loaded. */
  readonly detail: CkitCourseLoadEventDetail;

  constructor(detail: CkitCourseLoadEventDetail) {
    super('ckit-course-load', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ckit-course-load': CkitCourseLoadEvent;
  }
}
