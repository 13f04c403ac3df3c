/**
 * `@coursekit/elements`: drop-in custom elements for CourseKit course catalogs, course pages,
 * reviews and wishlists. Importing this module registers every element (`ckit-*` tags) and the
 * French and Arabic messages; import `components/<name>/<name>.js` instead to register only what you use.
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
export { CoursekitStore, type CoursekitStoreOptions } from './data/store.js';
export { WishlistState, type WishlistStatus, type WishlistSource } from './data/wishlist-state.js';
export { query, mutation, type Query, type Mutation, type QueryScope, type LoadContext } from './data/query.js';
export { exactly, startingWith, type QueryKey, type KeyPart, type KeyMatch } from './data/query-key.js';
export type { Theme } from './internal/host-theme.js';
export type { Action } from './internal/action.js';
export type { TaskContext, ActionContext, TaskOptions } from './internal/coursekit-element.js';
export { MissingCourseError, MissingProviderError } from './internal/errors.js';
export { coursekitContext } from './context/coursekit-context.js';

export { registerMessages, type Message, type Messages, type MessageValues, type PluralMessage } from './i18n/messages.js';
export type { MessageKey } from './i18n/en.js';
export { Localizer } from './i18n/localizer.js';

export { CkitCourseLoadEvent, type CkitCourseLoadEventDetail } from './events/course-load.js';
export { CkitErrorEvent, type CkitErrorEventDetail } from './events/error.js';
export { CkitFilterChangeEvent, type CkitFilterChangeEventDetail, type CatalogQuery } from './events/filter-change.js';
export { CkitNavigateRequestEvent, type CkitNavigateRequestEventDetail } from './events/navigate-request.js';
export { CkitReviewDeleteEvent, type CkitReviewDeleteEventDetail } from './events/review-delete.js';
export { CkitReviewSubmitEvent, type CkitReviewSubmitEventDetail } from './events/review-submit.js';
export { CkitSignInRequestEvent, type CkitSignInRequestEventDetail, type CkitIntent } from './events/sign-in-request.js';
export { CkitWishlistChangeEvent, type CkitWishlistChangeEventDetail } from './events/wishlist-change.js';
