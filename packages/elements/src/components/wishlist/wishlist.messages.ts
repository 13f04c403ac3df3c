/**
 * The English messages of `<ckit-wishlist>`, registered by the element's `define()` (its `static
 * messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate them.
 *
 * @module
 */
export const wishlistMessages = {
  wishlistRemoveCourse: 'Remove {title} from your wishlist',
  wishlistTitle: 'Your wishlist',
  wishlistSignInToSee: 'Sign in to see your wishlist.',
  wishlistEmpty: 'Your wishlist is empty. Save courses you like to find them here.',
} as const;
