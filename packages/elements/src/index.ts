/**
 * `@coursekit/elements`: drop-in custom elements for CourseKit course catalogs, course pages,
 * reviews, wishlists, the cart and checkout, the curriculum player and quizzes, and the learner's
 * account (sign-in, my learning, certificates and their verification, notifications, orders). Importing this module registers every element (`ckit-*` tags) and loads
 * the French and Arabic messages when an element first speaks either; import `components/<name>/<name>.js` instead to register only what you use.
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
import { registerLocaleLoader } from './i18n/messages.js';

// French and Arabic load when an element first speaks them (English shows until they land).
registerLocaleLoader('fr', () => import('./i18n/fr.js'));
registerLocaleLoader('ar', () => import('./i18n/ar.js'));

export { CkitProvider } from './components/provider/provider.js';
export { CkitCourseCard } from './components/course-card/course-card.js';
export { CkitCourseCatalog } from './components/course-catalog/course-catalog.js';
export { CkitCourseReviews } from './components/course-reviews/course-reviews.js';
export { CkitWishlistButton } from './components/wishlist-button/wishlist-button.js';
export { CkitWishlist } from './components/wishlist/wishlist.js';
export { CkitCourseDetails } from './components/course-details/course-details.js';
export { CkitCourseCurriculum } from './components/course-curriculum/course-curriculum.js';
export { CkitInstructorProfile } from './components/instructor-profile/instructor-profile.js';
export { CkitEnrollButton } from './components/enroll-button/enroll-button.js';
export { CkitCart } from './components/cart/cart.js';
export { CkitCartButton } from './components/cart-button/cart-button.js';
export { CkitCheckout } from './components/checkout/checkout.js';
export type { PaymentGateway, PaymentGatewayContext, PaymentConfirmation, GatewayOptions } from './components/checkout/gateway.js';
export { CkitCurriculumPlayer } from './components/curriculum-player/curriculum-player.js';
export { CkitQuiz } from './components/quiz/quiz.js';
export { CkitLogin } from './components/login/login.js';
export { CkitNotifications } from './components/notifications/notifications.js';
export { CkitOrderHistory } from './components/order-history/order-history.js';
export { CkitMyLearning } from './components/my-learning/my-learning.js';
export type { MyLearningFilter } from './components/my-learning/my-learning.component.js';
export { CkitCertificate } from './components/certificate/certificate.js';
export { CkitCertificateVerify } from './components/certificate-verify/certificate-verify.js';
export { CkitProfile } from './components/profile/profile.js';

export { CoursekitElement } from './internal/coursekit-element.js';
export { CoursekitStore, type CoursekitStoreOptions } from './data/store.js';
export { WishlistState, type WishlistStatus, type WishlistSource } from './data/wishlist-state.js';
export { cartOf, type Cart, type CartAddResult } from './data/cart.js';
export { outboxOf, Outbox, type OutboxEntry, type OutboxStatus, type OutboxOptions } from './data/outbox.js';
export { query, mutation, type Query, type Mutation, type QueryScope, type LoadContext } from './data/query.js';
export { exactly, startingWith, type QueryKey, type KeyPart, type KeyMatch } from './data/query-key.js';
export type { Theme } from './internal/host-theme.js';
export type { Action } from './internal/action.js';
export type { TaskContext, ActionContext, TaskOptions } from './internal/coursekit-element.js';
export { MissingCourseError, MissingProviderError } from './internal/errors.js';
export { coursekitContext } from './context/coursekit-context.js';

export { registerMessages, registerLocaleLoader, type Message, type Messages, type MessageValues, type PluralMessage } from './i18n/messages.js';
export type { MessageKey } from './i18n/en.js';
export { Localizer } from './i18n/localizer.js';

export { CkitAddToCartEvent, type CkitAddToCartEventDetail } from './events/add-to-cart.js';
export { CkitCartChangeEvent, type CkitCartChangeEventDetail } from './events/cart-change.js';
export { CkitCheckoutCompleteEvent, type CkitCheckoutCompleteEventDetail } from './events/checkout-complete.js';
export { CkitCheckoutErrorEvent, type CkitCheckoutErrorEventDetail } from './events/checkout-error.js';
export { CkitCheckoutRequestEvent, type CkitCheckoutRequestEventDetail } from './events/checkout-request.js';
export { CkitCheckoutStartEvent, type CkitCheckoutStartEventDetail } from './events/checkout-start.js';
export { CkitCourseCompleteEvent, type CkitCourseCompleteEventDetail } from './events/course-complete.js';
export { CkitCourseLoadEvent, type CkitCourseLoadEventDetail } from './events/course-load.js';
export { CkitEnrollRequestEvent, type CkitEnrollRequestEventDetail } from './events/enroll-request.js';
export { CkitEnrollEvent, type CkitEnrollEventDetail } from './events/enroll.js';
export { CkitErrorEvent, type CkitErrorEventDetail } from './events/error.js';
export { CkitFilterChangeEvent, type CkitFilterChangeEventDetail, type CatalogQuery } from './events/filter-change.js';
export { CkitLectureChangeEvent, type CkitLectureChangeEventDetail } from './events/lecture-change.js';
export { CkitLectureCompleteEvent, type CkitLectureCompleteEventDetail } from './events/lecture-complete.js';
export { CkitNavigateRequestEvent, type CkitNavigateRequestEventDetail } from './events/navigate-request.js';
export { CkitPreviewRequestEvent, type CkitPreviewRequestEventDetail } from './events/preview-request.js';
export { CkitProfileUpdateEvent, type CkitProfileUpdateEventDetail } from './events/profile-update.js';
export { CkitProgressEvent, type CkitProgressEventDetail } from './events/progress.js';
export { CkitQuizGradedEvent, type CkitQuizGradedEventDetail } from './events/quiz-graded.js';
export { CkitQuizStartEvent, type CkitQuizStartEventDetail } from './events/quiz-start.js';
export { CkitQuizSubmitEvent, type CkitQuizSubmitEventDetail } from './events/quiz-submit.js';
export { CkitReviewDeleteEvent, type CkitReviewDeleteEventDetail } from './events/review-delete.js';
export { CkitReviewSubmitEvent, type CkitReviewSubmitEventDetail } from './events/review-submit.js';
export { CkitSignInEvent, type CkitSignInEventDetail } from './events/sign-in.js';
export { CkitSignInRequestEvent, type CkitSignInRequestEventDetail, type CkitIntent } from './events/sign-in-request.js';
export { CkitSignOutEvent } from './events/sign-out.js';
export { CkitWishlistChangeEvent, type CkitWishlistChangeEventDetail } from './events/wishlist-change.js';
