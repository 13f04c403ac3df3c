import { CkitCart } from './cart.component.js';

export { CkitCart };

CkitCart.define('ckit-cart');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-cart': CkitCart;
  }
}
