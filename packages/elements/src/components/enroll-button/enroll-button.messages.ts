/**
 * The English messages of `<ckit-enroll-button>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const enrollButtonMessages = {
  enrollFree: 'Enroll for free',
  enrollStart: 'Start learning',
  enrollContinue: 'Continue learning',
  enrollEnrolled: 'You are enrolled in this course.',
  enrollDone: 'You are enrolled. Happy learning!',
  enrollSignIn: 'Sign in to enroll',
  enrollSignInHint: 'Sign in to enroll in this course.',
  enrollFailed: 'You could not be enrolled. Please try again.',
  enrollRefunded: 'Your purchase of this course was refunded. You can buy it again.',
  enrollCancelled: 'Your enrollment in this course was cancelled. You can buy it again.',
  addToCart: 'Add to cart',
  buyNow: 'Buy now',
  inCart: 'In your cart',
  cartAdded: 'Added to your cart',
} as const;
