/**
 * English messages said by a few elements that do not load each other's code, and not on the
 * catalog page (which would carry them in `en.ts`): each of those elements lists the table in its
 * `static messages`, and a page bundles only the tables its elements list.
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

/** Course facts of the course page: `<ckit-course-details>`, `<ckit-course-reviews>` and `<ckit-course-curriculum>`. */
export const courseFactsMessages = {
  reviewsCount: { zero: 'No reviews yet', one: '{count} review', other: '{count} reviews' },
  curriculumLength: '{duration} total length',
} as const;

/** A list's remove button: `<ckit-cart>` and `<ckit-wishlist>`. */
export const removeMessages = {
  remove: 'Remove',
} as const;

/** A revoked or unknown certificate: `<ckit-certificate>` and `<ckit-certificate-verify>`. */
export const certificateCheckMessages = {
  certificateRevoked: 'This certificate is no longer valid.',
  certificateUnknown: 'No certificate has the number {number}. Check the number and try again.',
} as const;
