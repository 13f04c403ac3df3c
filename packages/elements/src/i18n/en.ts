/**
 * English, the built-in locale and the fallback for every missing message. `{name}` is replaced
 * with a value; objects pick a plural form with `Intl.PluralRules` (`other` is required).
 *
 * This table holds only what every page needs: the shared states, pagination and what the
 * course card shows. Every other element keeps its English next to its code
 * (`components/<name>/<name>.messages.ts`) and registers it when it is defined, so a page loads
 * only the text of the elements it uses. `MessageKey` still names every key of every element.
 *
 * @module
 */
import type { cartButtonMessages } from '../components/cart-button/cart-button.messages.js';
import type { cartMessages } from '../components/cart/cart.messages.js';
import type { certificateVerifyMessages } from '../components/certificate-verify/certificate-verify.messages.js';
import type { certificateMessages } from '../components/certificate/certificate.messages.js';
import type { checkoutMessages } from '../components/checkout/checkout.messages.js';
import type { testGatewayMessages } from '../components/checkout/gateways/test-gateway.messages.js';
import type { courseCatalogMessages } from '../components/course-catalog/course-catalog.messages.js';
import type { courseCurriculumMessages } from '../components/course-curriculum/course-curriculum.messages.js';
import type { courseDetailsMessages } from '../components/course-details/course-details.messages.js';
import type { courseReviewsMessages } from '../components/course-reviews/course-reviews.messages.js';
import type { curriculumPlayerMessages } from '../components/curriculum-player/curriculum-player.messages.js';
import type { enrollButtonMessages } from '../components/enroll-button/enroll-button.messages.js';
import type { instructorProfileMessages } from '../components/instructor-profile/instructor-profile.messages.js';
import type { loginMessages } from '../components/login/login.messages.js';
import type { myLearningMessages } from '../components/my-learning/my-learning.messages.js';
import type { notificationsMessages } from '../components/notifications/notifications.messages.js';
import type { orderHistoryMessages } from '../components/order-history/order-history.messages.js';
import type { profileMessages } from '../components/profile/profile.messages.js';
import type { quizMessages } from '../components/quiz/quiz.messages.js';
import type { wishlistMessages } from '../components/wishlist/wishlist.messages.js';
import type { cartStatusMessages, certificateCheckMessages, courseFactsMessages, removeMessages } from './shared.messages.js';

export const en = {
  // Shared states
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
  errorNetwork: 'We could not reach the course server. Check your connection and try again.',
  errorNotFoundTitle: 'This course was not found',
  errorNotFound: 'It may have been unpublished, or the link may be out of date.',
  errorNoCourseTitle: 'No course selected',
  errorNoCourse: 'This page does not say which course to show.',
  errorForbidden: 'You do not have access to this.',
  errorRateLimited: 'Too many requests. Please wait a moment and try again.',
  errorGeneric: 'The request failed. Please try again.',
  errorNoProvider: 'This element needs a <ckit-provider base-url="…"> around it.',
  previous: 'Previous',
  next: 'Next',

  // Course card
  free: 'Free',
  cardAddToCart: 'Add to cart',
  priceWas: 'Was {price}',
  featured: 'Featured',
  previewAvailable: 'Preview available',
  lectures: { one: '{count} lecture', other: '{count} lectures' },
  students: { one: '{count} student', other: '{count} students' },
  ratingLabel: 'Rated {rating} out of 5',
  byInstructors: 'By {names}',
  level_Beginner: 'Beginner',
  level_Intermediate: 'Intermediate',
  level_Advanced: 'Advanced',
  progress: '{percent} complete',
  progressLabel: 'Course progress',

  // Wishlist
  wishlistToggle: 'Save to wishlist',
  wishlistSaved: 'Saved to your wishlist',
  wishlistRemoved: 'Removed from your wishlist',
  wishlistFailed: 'Your wishlist could not be updated.',
  wishlistSignIn: 'Sign in to save courses to your wishlist.',
  wishlistUnsave: 'Remove from wishlist',

  // Pagination (the catalog, the reviews, the order history)
  pagination: 'Pagination',
  goToPage: 'Page {page}',
  pageOfTotal: 'Page {page} of {total}',
} as const;

/** The English tables of the elements, each registered when its element is defined. */
type ElementMessages =
  | typeof cartButtonMessages
  | typeof cartMessages
  | typeof cartStatusMessages
  | typeof certificateCheckMessages
  | typeof certificateMessages
  | typeof certificateVerifyMessages
  | typeof checkoutMessages
  | typeof courseCatalogMessages
  | typeof courseCurriculumMessages
  | typeof courseDetailsMessages
  | typeof courseFactsMessages
  | typeof courseReviewsMessages
  | typeof curriculumPlayerMessages
  | typeof enrollButtonMessages
  | typeof instructorProfileMessages
  | typeof loginMessages
  | typeof myLearningMessages
  | typeof notificationsMessages
  | typeof orderHistoryMessages
  | typeof profileMessages
  | typeof quizMessages
  | typeof removeMessages
  | typeof testGatewayMessages
  | typeof wishlistMessages;

/** The keys of each member of a union of tables. */
type KeysOf<T> = T extends unknown ? keyof T : never;

/** The keys of every user-visible string: the shared ones and every element's. */
export type MessageKey = keyof typeof en | KeysOf<ElementMessages>;
