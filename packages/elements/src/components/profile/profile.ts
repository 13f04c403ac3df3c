import { CkitProfile } from './profile.component.js';

export { CkitProfile };

CkitProfile.define('ckit-profile');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-profile': CkitProfile;
  }
}
