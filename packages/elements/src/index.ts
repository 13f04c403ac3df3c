/**
 * `@coursekit/elements`: drop-in custom elements for CourseKit course catalogs, course pages,
 * reviews and wishlists. Importing this module registers every element (`ckit-*` tags) and the
 * French messages; import `components/<name>/<name>.js` instead to register only what you use.
 *
 * @example
 * ```html
 * <script type="module">import '@coursekit/elements';</script>
 * <ckit-provider base-url="https://school.example/api/v1">
 *   <ckit-course-catalog href-template="/courses/{slug}" sync-url></ckit-course-catalog>
 * </ckit-provider>
 * ```
 * @packageDocumentation
 */
import './i18n/fr.js';
import './i18n/ar.js';

export { CkitProvider } from './components/provider/provider.js';
export { CkitCourseCard } from './components/course-card/course-card.js';
export { CkitCourseCatalog } from './components/course-catalog/course-catalog.js';
export { CkitCourseReviews } from './components/course-reviews/course-reviews.js';
export { CkitWishlistButton } from './components/wishlist-button/wishlist-button.js';
export { CkitWishlist } from './components/wishlist/wishlist.js';

export { CoursekitElement } from './internal/coursekit-element.js';
export { CoursekitStore, type CoursekitStoreOptions, type Theme } from './internal/store.js';
export { WishlistState, type WishlistStatus } from './internal/wishlist-state.js';
export { MissingProviderError } from './internal/errors.js';
export type { CatalogQuery } from './internal/catalog-query.js';
export { coursekitContext } from './context/coursekit-context.js';

export { registerMessages, type Message, type Messages, type MessageValues, type PluralMessage } from './i18n/messages.js';
export type { MessageKey } from './i18n/en.js';
export { Localizer } from './i18n/localizer.js';

export { CkitCourseLoadEvent, type CkitCourseLoadEventDetail } from './events/course-load.js';
export { CkitErrorEvent, type CkitErrorEventDetail } from './events/error.js';
export { CkitFilterChangeEvent, type CkitFilterChangeEventDetail } from './events/filter-change.js';
export { CkitNavigateRequestEvent, type CkitNavigateRequestEventDetail } from './events/navigate-request.js';
export { CkitReviewDeleteEvent, type CkitReviewDeleteEventDetail } from './events/review-delete.js';
export { CkitReviewSubmitEvent, type CkitReviewSubmitEventDetail } from './events/review-submit.js';
export { CkitSignInRequestEvent, type CkitSignInRequestEventDetail } from './events/sign-in-request.js';
export { CkitWishlistChangeEvent, type CkitWishlistChangeEventDetail } from './events/wishlist-change.js';
