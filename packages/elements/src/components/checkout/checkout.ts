import { CkitCheckout } from './checkout.component.js';

export { CkitCheckout };

CkitCheckout.define('ckit-checkout');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-checkout': CkitCheckout;
  }
}
