/**
 * The English messages of `<ckit-cart-button>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const cartButtonMessages = {
  cartButton: { zero: 'Cart, empty', one: 'Cart, {count} course', other: 'Cart, {count} courses' },
} as const;
