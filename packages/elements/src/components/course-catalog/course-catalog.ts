import { CkitCourseCatalog } from './course-catalog.component.js';

export { CkitCourseCatalog };

CkitCourseCatalog.define('ckit-course-catalog');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-course-catalog': CkitCourseCatalog;
  }
}
