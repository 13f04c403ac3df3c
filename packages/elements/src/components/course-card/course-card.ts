import { CkitCourseCard } from './course-card.component.js';

export { CkitCourseCard };

CkitCourseCard.define('ckit-course-card');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-course-card': CkitCourseCard;
  }
}
