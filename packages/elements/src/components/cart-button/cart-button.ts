import { CkitCartButton } from './cart-button.component.js';

export { CkitCartButton };

CkitCartButton.define('ckit-cart-button');

declare global {
  interface HTMLElementTagNameMap {
    'ckit-cart-button': CkitCartButton;
  }
}
