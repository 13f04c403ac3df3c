import { CkitWishlist } from './wishlist.component.js';

export { CkitWishlist };

CkitWishlist.define('ckit-wishlist');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-wishlist': CkitWishlist;
  }
}
