import { CkitCourseDetails } from './course-details.component.js';

export { CkitCourseDetails };

CkitCourseDetails.define('ckit-course-details');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-course-details': CkitCourseDetails;
  }
}
