import { CkitCourseCurriculum } from './course-curriculum.component.js';

export { CkitCourseCurriculum };

CkitCourseCurriculum.define('ckit-course-curriculum');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-course-curriculum': CkitCourseCurriculum;
  }
}
