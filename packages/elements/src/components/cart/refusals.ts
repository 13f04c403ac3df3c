import type { CartAddResult } from '../../data/cart.js';
import type { MessageKey } from '../../i18n/en.js';

/** Why `Cart.add()` refused a course, in words (the messages of the enroll button, the cart button and the drawer). */
export const REFUSALS: Record<Exclude<CartAddResult, { added: true }>['reason'], MessageKey> = {
  owned: 'cartOwned',
  'in-cart': 'cartInCart',
  free: 'cartFree',
  'not-found': 'cartNotFound',
};
