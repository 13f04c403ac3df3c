import { CkitWishlistButton } from './wishlist-button.component.js';

export { CkitWishlistButton };

CkitWishlistButton.define('ckit-wishlist-button');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-wishlist-button': CkitWishlistButton;
  }
}
