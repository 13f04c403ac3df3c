import { CkitOrderHistory } from './order-history.component.js';

export { CkitOrderHistory };

CkitOrderHistory.define('ckit-order-history');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-order-history': CkitOrderHistory;
  }
}
