import { CkitEnrollButton } from './enroll-button.component.js';

export { CkitEnrollButton };

CkitEnrollButton.define('ckit-enroll-button');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-enroll-button': CkitEnrollButton;
  }
}
