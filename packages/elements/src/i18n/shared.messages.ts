/**
 * English messages said by a few elements that do not load each other's code: each of them lists
 * the table in its `static messages`, so a page gets the table once, with the first of them.
 *
 * @module
 */
/** Where a course stands in the cart: `<ckit-cart>`, `<ckit-cart-button>`, `<ckit-enroll-button>` and `<ckit-checkout>`. */
export const cartStatusMessages = {
  cartFailed: 'Your cart could not be updated. Please try again.',
  cartOwned: 'You already own this course.',
  cartInCart: 'This course is already in your cart.',
  cartFree: 'This course is free: enroll from its page.',
  cartNotFound: 'This course is no longer available.',
  cartCount: { zero: 'Your cart is empty', one: '{count} course in your cart', other: '{count} courses in your cart' },
  cartBrowse: 'Browse courses',
  cartSubtotal: 'Subtotal',
  cartCheckout: 'Checkout',
} as const;

/** A revoked or unknown certificate: `<ckit-certificate>` and `<ckit-certificate-verify>`. */
export const certificateCheckMessages = {
  certificateRevoked: 'This certificate is no longer valid.',
  certificateUnknown: 'No certificate has the number {number}. Check the number and try again.',
} as const;
