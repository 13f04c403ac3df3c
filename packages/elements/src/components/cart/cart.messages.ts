/**
 * The English messages of `<ckit-cart>` (the drawer), registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const cartMessages = {
  cartTitle: 'Your cart',
  cartClose: 'Close the cart',
  cartEmpty: 'Your cart is empty.',
  cartRemove: 'Remove {title} from your cart',
  cartRemoved: '{title} was removed from your cart.',
  cartSubtotalHint: 'Coupons and the final total are applied at checkout.',
} as const;
