import { CkitNotifications } from './notifications.component.js';

export { CkitNotifications };

CkitNotifications.define('ckit-notifications');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-notifications': CkitNotifications;
  }
}
