import { CkitInstructorProfile } from './instructor-profile.component.js';

export { CkitInstructorProfile };

CkitInstructorProfile.define('ckit-instructor-profile');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-instructor-profile': CkitInstructorProfile;
  }
}
