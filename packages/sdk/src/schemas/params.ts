/**
 * Request schemas: what each create, update and list call accepts. The SDK types its method
 * arguments with them, the reference backend validates request bodies with them (answering 422
 * per field), and `docs/openapi.json` publishes them.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CourseLevel, CourseSort } from './catalog.js';
import { LectureType } from './curriculum.js';
import { QuestionType, QuizResponseValue } from './quizzes.js';
import { CouponType, OrderStatus } from './commerce.js';
import { EnrollmentStatus } from './learning.js';
import { UserRole } from './users.js';
import { bothDirections } from './sort-keys.js';

const pageNumber = z.number().check(z.int(), z.minimum(1));
const perPage = z.number().check(z.int(), z.minimum(1), z.maximum(100));
const money = z.union([z.string().check(z.regex(/^\d+(\.\d{1,2})?$/)), z.number().check(z.nonnegative())]);
const nonEmpty = (max = 255) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = z.optional(z.nullable(z.string()));
const isoDate = z.optional(z.nullable(z.string().check(z.iso.datetime({ offset: true }))));
const positiveId = z.number().check(z.int(), z.positive());

/** Page selection shared by every list: `page`/`per_page` (offset) or `cursor`. */
export const PageParams = z.object({
  /** Page number for offset pagination, from 1. */
  page: z.optional(pageNumber),
  /** Items per page, 1 to 100; the server's default (usually 15) when omitted. */
  per_page: z.optional(perPage),
  /** Opaque cursor from a previous page's `next_cursor`, for cursor pagination; use it instead of `page`. */
  cursor: z.optional(z.string()),
});
export type PageParams = z.infer<typeof PageParams>;

/** The fields of list params that are not filters: paging, `sort` and `include`. */
type NotAFilter = keyof PageParams | 'sort' | 'include';
const NOT_FILTERS: ReadonlySet<string> = new Set<NotAFilter>(['page', 'per_page', 'cursor', 'sort', 'include']);

/** The fields of a list's params that travel as `filter[name]`: all of them but paging, `sort` and `include`. */
function filterKeys<S extends z.ZodMiniObject>(schema: S): readonly Exclude<keyof S['shape'] & string, NotAFilter>[] {
  return Object.keys(schema.shape).filter((key) => !NOT_FILTERS.has(key)) as Exclude<keyof S['shape'] & string, NotAFilter>[];
}

/** Relations `GET /courses` and `GET /courses/{id}` can embed. */
export const CourseInclude = z.enum(['category', 'tags', 'instructors', 'media']);
export type CourseInclude = z.infer<typeof CourseInclude>;

/** `GET /courses`: filters, sorts and includes. Filters go out as `filter[name]`. */
export const CourseListParams = z.extend(PageParams, {
  /** Full-text search over title and descriptions. */
  search: z.optional(z.string()),
  /** Category slug or id; matches the category and its subcategories. */
  category: z.optional(z.union([z.string(), z.number()])),
  /** Tag slug. */
  tag: z.optional(z.string()),
  /** Only courses of this level. */
  level: z.optional(CourseLevel),
  /** `free` for price 0, `paid` for the rest. */
  price: z.optional(z.enum(['free', 'paid'])),
  /** Minimum average rating, 0 to 5. */
  min_rating: z.optional(z.number().check(z.minimum(0), z.maximum(5))),
  /** `true` for featured courses only. */
  featured: z.optional(z.boolean()),
  /** Instructor slug. */
  instructor: z.optional(z.string()),
  /**
   * One key or several, applied in order; default `-created_at`. `rating` ranks by a Bayesian
   * average of the approved reviews, `(10 × 4.0 + sum of the ratings) / (10 + number of ratings)`:
   * each course counts as if it had 10 more ratings of 4.0 stars, so a 5.0 from three ratings does
   * not outrank a 4.8 from three hundred. Equal averages go to the course with more ratings. The
   * `rating` field of a course stays the plain average.
   */
  sort: z.optional(z.union([CourseSort, z.array(CourseSort)])),
  /** Relations to embed in each course. */
  include: z.optional(z.array(CourseInclude)),
});
export type CourseListParams = z.infer<typeof CourseListParams>;
/** The `filter[...]` names of `GET /courses`. */
export const COURSE_FILTER_KEYS = filterKeys(CourseListParams);

/** `GET /courses/{id}`. */
export const CourseRetrieveParams = z.object({
  /** Relations to embed in the course. */
  include: z.optional(z.array(CourseInclude)),
});
export type CourseRetrieveParams = z.infer<typeof CourseRetrieveParams>;

/** `POST /courses`. The new course is a `draft`. */
export const CourseCreateParams = z.object({
  /** Course title, 1 to 255 characters after trimming. */
  title: nonEmpty(),
  /**
   * URL key (lowercase words joined by `-`); derived from the title when omitted. Must be unique (422
   * otherwise).
   */
  slug: z.optional(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))),
  /** One or two plain-text sentences for cards. */
  short_description: optionalText,
  /** Full description; HTML is kept, and sanitized by the elements when shown. */
  description: optionalText,
  /** Id of an existing category, `null` for none. */
  category_id: z.optional(z.nullable(positiveId)),
  /** Price as a decimal string or number with at most 2 decimals (`"19.99"`); `0` for a free course. */
  price: z.optional(money),
  /** `Beginner`, `Intermediate` or `Advanced`. */
  level: z.optional(CourseLevel),
  /** Total length in whole minutes. */
  duration_minutes: z.optional(z.nullable(z.number().check(z.int(), z.nonnegative()))),
  /** Whether to feature the course (admins only). */
  is_featured: z.optional(z.boolean()),
});
export type CourseCreateParams = z.infer<typeof CourseCreateParams>;

/** `PATCH /courses/{id}`. `status` may only move to `archived` here; use `submit()`/`publish()` for the rest. */
export const CourseUpdateParams = z.extend(z.partial(CourseCreateParams), {
  /** `archived` takes the course out of the catalog; `draft` brings it back for editing. */
  status: z.optional(z.enum(['draft', 'archived'])),
});
export type CourseUpdateParams = z.infer<typeof CourseUpdateParams>;

/** `PUT /courses/{id}/instructors`: the full list, replacing the old one. Exactly one should be primary. */
export const CourseInstructorsParams = z.object({
  /** Every instructor of the course, at least one. */
  instructors: z
    .array(
      z.object({
        /** The instructor's user id. */
        user_id: positiveId,
        /** Whether they are the primary instructor; `false` when omitted. */
        is_primary: z.optional(z.boolean()),
      }),
    )
    .check(z.minLength(1)),
});
export type CourseInstructorsParams = z.infer<typeof CourseInstructorsParams>;

/** `PUT /courses/{id}/tags`: the full set of tag ids, replacing the old one. */
export const CourseTagsParams = z.object({
  /** Ids of existing tags; an empty array removes every tag. */
  tag_ids: z.array(positiveId),
});
export type CourseTagsParams = z.infer<typeof CourseTagsParams>;

/** `POST /courses/{id}/sections`. */
export const SectionCreateParams = z.object({
  /** Section title, 1 to 255 characters after trimming. */
  title: nonEmpty(),
  /** Order within the course, from 0; appended at the end when omitted. */
  position: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type SectionCreateParams = z.infer<typeof SectionCreateParams>;
/** `PATCH /sections/{id}`. */
export const SectionUpdateParams = z.partial(SectionCreateParams);
export type SectionUpdateParams = z.infer<typeof SectionUpdateParams>;

/** `POST /sections/{id}/lectures`. */
export const LectureCreateParams = z.object({
  /** Lecture title, 1 to 255 characters after trimming. */
  title: nonEmpty(),
  /** What the lecture holds; `video` when omitted. */
  type: z.optional(LectureType),
  /** URL of a video hosted elsewhere (YouTube, Vimeo or a direct file). */
  external_url: z.optional(z.nullable(z.url())),
  /** Length in whole seconds. */
  duration_seconds: z.optional(z.nullable(z.number().check(z.int(), z.nonnegative()))),
  /** Body of a `text` lecture, HTML. */
  content: optionalText,
  /** Whether anyone may open it without enrolling. */
  is_preview: z.optional(z.boolean()),
  /** Order within the section, from 0; appended at the end when omitted. */
  position: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type LectureCreateParams = z.infer<typeof LectureCreateParams>;
/** `PATCH /lectures/{id}`; `section_id` moves the lecture to another section of the same course. */
export const LectureUpdateParams = z.extend(z.partial(LectureCreateParams), {
  /** Id of the section to move the lecture to. */
  section_id: z.optional(positiveId),
});
export type LectureUpdateParams = z.infer<typeof LectureUpdateParams>;

/** `POST /courses/{id}/curriculum/reorder`: new positions for sections and their lectures. */
export const CurriculumReorderParams = z.object({
  /** Every section to move, with its new position and optionally its lectures'. */
  sections: z.array(
    z.object({
      /** Id of the section. */
      id: positiveId,
      /** The section's new position, from 0. */
      position: z.number().check(z.int(), z.nonnegative()),
      /** Lectures to move within this section, with their new positions. */
      lectures: z.optional(
        z.array(
          z.object({
            /** Id of the lecture. */
            id: positiveId,
            /** The lecture's new position, from 0. */
            position: z.number().check(z.int(), z.nonnegative()),
          }),
        ),
      ),
    }),
  ),
});
export type CurriculumReorderParams = z.infer<typeof CurriculumReorderParams>;

/** `PUT /lectures/{id}/progress`. The server keeps the maximum it has seen. */
export const LectureProgressParams = z.object({
  /** Furthest point watched, in whole seconds. */
  watched_seconds: z.number().check(z.int(), z.nonnegative()),
});
export type LectureProgressParams = z.infer<typeof LectureProgressParams>;

/** `POST /courses/{id}/quizzes`. */
export const QuizCreateParams = z.object({
  /** Quiz title, at most 255 characters; `null` for none. */
  title: z.optional(z.nullable(z.string().check(z.maxLength(255)))),
});
export type QuizCreateParams = z.infer<typeof QuizCreateParams>;
/** `PATCH /quizzes/{id}`. */
export const QuizUpdateParams = QuizCreateParams;
export type QuizUpdateParams = z.infer<typeof QuizUpdateParams>;

/** `POST /quizzes/{id}/questions`. `options` for `single`/`multiple`; `answer` matches the type. */
export const QuizQuestionCreateParams = z.object({
  /** Question text, 1 to 5000 characters after trimming. */
  question: nonEmpty(5000),
  /** How it is answered. */
  type: QuestionType,
  /** The choices of a `single` or `multiple` question. */
  options: z.optional(z.nullable(z.array(nonEmpty()))),
  /**
   * The canonical answer: an option for `single`, options for `multiple`, a boolean for `true_false`, text
   * for `short_answer`.
   */
  answer: QuizResponseValue,
});
export type QuizQuestionCreateParams = z.infer<typeof QuizQuestionCreateParams>;
/** `PATCH /questions/{id}`. */
export const QuizQuestionUpdateParams = z.partial(QuizQuestionCreateParams);
export type QuizQuestionUpdateParams = z.infer<typeof QuizQuestionUpdateParams>;

/** `POST /quizzes/{id}/attempts`: question id → response. Graded on the server only. */
export const QuizAttemptCreateParams = z.object({
  /** The learner's response per question id (as a string key). */
  responses: z.record(z.string(), QuizResponseValue),
});
export type QuizAttemptCreateParams = z.infer<typeof QuizAttemptCreateParams>;

/** `GET /categories`. */
export const CategoryListParams = z.object({
  /** Relations to embed in each category. */
  include: z.optional(z.array(z.enum(['children', 'parent']))),
  /** Only the children of this parent id; `null` for the roots. */
  parent_id: z.optional(z.nullable(z.number())),
});
export type CategoryListParams = z.infer<typeof CategoryListParams>;
/** The `filter[...]` names of `GET /categories`. */
export const CATEGORY_FILTER_KEYS = filterKeys(CategoryListParams);
/** `GET /categories/{slug}`. */
export const CategoryRetrieveParams = z.object({
  /** Relations to embed: `children`, `parent`. */
  include: z.optional(z.array(z.enum(['children', 'parent']))),
});
export type CategoryRetrieveParams = z.infer<typeof CategoryRetrieveParams>;
/** `POST /categories`. */
export const CategoryCreateParams = z.object({
  /** Display name, 1 to 255 characters after trimming. */
  name: nonEmpty(),
  /** URL key (lowercase words joined by `-`); derived from the name when omitted. */
  slug: z.optional(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))),
  /** Id of the parent category, `null` for a top-level one. */
  parent_id: z.optional(z.nullable(positiveId)),
  /** Longer description. */
  description: optionalText,
});
export type CategoryCreateParams = z.infer<typeof CategoryCreateParams>;
/** `PATCH /categories/{slug}`. */
export const CategoryUpdateParams = z.partial(CategoryCreateParams);
export type CategoryUpdateParams = z.infer<typeof CategoryUpdateParams>;

/** `POST /tags`. */
export const TagCreateParams = z.object({
  /** Display name, 1 to 255 characters after trimming. */
  name: nonEmpty(),
  /** URL key (lowercase words joined by `-`); derived from the name when omitted. */
  slug: z.optional(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))),
});
export type TagCreateParams = z.infer<typeof TagCreateParams>;
/** `PATCH /tags/{id}`. */
export const TagUpdateParams = z.partial(TagCreateParams);
export type TagUpdateParams = z.infer<typeof TagUpdateParams>;

/** `POST /auth/register`. */
export const RegisterParams = z.object({
  /** Display name, 1 to 255 characters after trimming. */
  name: nonEmpty(),
  /** Email address to sign in with; must not be registered yet (422 otherwise). */
  email: z.email(),
  /** At least 8 characters. */
  password: z.string().check(z.minLength(8)),
  /** The same password again, as Laravel's `confirmed` rule requires. */
  password_confirmation: z.string(),
  /** Public handle: 3 to 30 letters, digits, `_`, `.` or `-`. */
  username: z.optional(z.string().check(z.regex(/^[a-zA-Z0-9_.-]{3,30}$/))),
});
export type RegisterParams = z.infer<typeof RegisterParams>;

/** `POST /auth/login`. */
export const LoginParams = z.object({
  /** The account's email address. */
  email: z.email(),
  /** The account's password. */
  password: z.string().check(z.minLength(1)),
  /** Names the Sanctum token, shown in the user's session list. */
  device_name: z.optional(z.string()),
});
export type LoginParams = z.infer<typeof LoginParams>;

/** `PATCH /me`. */
export const MeUpdateParams = z.object({
  /** New display name. */
  name: z.optional(nonEmpty()),
  /** New public handle (3 to 30 letters, digits, `_`, `.` or `-`), `null` to remove it. */
  username: z.optional(z.nullable(z.string().check(z.regex(/^[a-zA-Z0-9_.-]{3,30}$/)))),
  /** URL of a profile picture, `null` to remove it. */
  avatar: z.optional(z.nullable(z.url())),
  /** One-line title, at most 255 characters. */
  headline: z.optional(z.nullable(z.string().check(z.maxLength(255)))),
  /** About text. */
  bio: optionalText,
  /** Free-form preferences; replaces the stored object. */
  settings: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});
export type MeUpdateParams = z.infer<typeof MeUpdateParams>;

/** `PUT /me/instructor-profile`: creates or replaces the signed-in user's instructor profile. */
export const InstructorProfileParams = z.object({
  /** URL key of the public profile (lowercase words joined by `-`). */
  slug: z.optional(z.nullable(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)))),
  /** Employer or organisation. */
  company: optionalText,
  /** Website URL. */
  website: z.optional(z.nullable(z.url())),
  /** Instructor biography. */
  bio: optionalText,
});
export type InstructorProfileParams = z.infer<typeof InstructorProfileParams>;

/** `GET /instructors/{slug}/courses`. */
export const InstructorCourseListParams = z.extend(PageParams, {
  /** One key or several, applied in order; default `-created_at`. `rating` ranks by the same Bayesian average as `GET /courses`. */
  sort: z.optional(z.union([CourseSort, z.array(CourseSort)])),
});
export type InstructorCourseListParams = z.infer<typeof InstructorCourseListParams>;

/** The fields `GET /courses/{id}/reviews` sorts by. */
export const REVIEW_SORT_KEYS = ['created_at', 'rating'] as const;
/** Sort keys of `GET /courses/{id}/reviews`; prefix `-` for descending. */
export const ReviewSort = z.enum(bothDirections(REVIEW_SORT_KEYS));
export type ReviewSort = z.infer<typeof ReviewSort>;

/** `GET /courses/{id}/reviews`. */
export const ReviewListParams = z.extend(PageParams, {
  /** Only reviews with this many stars. */
  rating: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
  /** Default `-created_at`. */
  sort: z.optional(ReviewSort),
});
export type ReviewListParams = z.infer<typeof ReviewListParams>;
/** The `filter[...]` names of `GET /courses/{id}/reviews`. */
export const REVIEW_FILTER_KEYS = filterKeys(ReviewListParams);

/** `POST /courses/{id}/reviews`. */
export const ReviewCreateParams = z.object({
  /** Stars, a whole number from 1 to 5. */
  rating: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
  /** Review text, at most 5000 characters. */
  body: z.optional(z.nullable(z.string().check(z.maxLength(5000)))),
});
export type ReviewCreateParams = z.infer<typeof ReviewCreateParams>;
/** `PATCH /reviews/{id}` by its author. */
export const ReviewUpdateParams = z.partial(ReviewCreateParams);
export type ReviewUpdateParams = z.infer<typeof ReviewUpdateParams>;
/** `PATCH /reviews/{id}` by an admin. */
export const ReviewModerateParams = z.object({
  /** `true` publishes the review, `false` hides it from everyone but its author. */
  is_approved: z.boolean(),
});
export type ReviewModerateParams = z.infer<typeof ReviewModerateParams>;

/** `POST /coupons/validate`. */
export const CouponValidateParams = z.object({
  /** The code the buyer typed. */
  code: nonEmpty(64),
  /** The courses in the cart, at least one. */
  course_ids: z.array(positiveId).check(z.minLength(1)),
});
export type CouponValidateParams = z.infer<typeof CouponValidateParams>;

/** `POST /coupons` (admin). `value` is a percentage (0–100) or a fixed amount. */
export const CouponCreateParams = z.object({
  /** 3 to 64 letters, digits, `_` or `-`; matched case-insensitively. */
  code: z.string().check(z.regex(/^[A-Z0-9_-]{3,64}$/i)),
  /** `percentage` or `fixed`. */
  type: CouponType,
  /** Percent off (0 to 100) for `percentage`, amount off for `fixed`. */
  value: money,
  /** From when it applies (ISO 8601 with offset); at once when omitted. */
  starts_at: isoDate,
  /** Until when it applies (ISO 8601 with offset); never expires when omitted. */
  expires_at: isoDate,
  /** How many redemptions in all; unlimited when omitted. */
  usage_limit: z.optional(z.nullable(z.number().check(z.int(), z.positive()))),
  /** Restrictions; the coupon applies everywhere when omitted. */
  meta: z.optional(
    z.nullable(
      z.object({
        /** Only these courses are discounted. */
        course_ids: z.optional(z.array(positiveId)),
        /** Only courses taught by these instructor user ids are discounted. */
        instructor_ids: z.optional(z.array(positiveId)),
        /** Minimum subtotal for the coupon to apply. */
        min_purchase: z.optional(money),
      }),
    ),
  ),
});
export type CouponCreateParams = z.infer<typeof CouponCreateParams>;
/** `PATCH /coupons/{id}`. */
export const CouponUpdateParams = z.partial(CouponCreateParams);
export type CouponUpdateParams = z.infer<typeof CouponUpdateParams>;

/** `POST /orders`. Prices come from the server, never from the client. */
export const OrderCreateParams = z.object({
  /** The courses to buy, at least one. */
  items: z
    .array(
      z.object({
        /** Id of a course to buy. */
        course_id: positiveId,
      }),
    )
    .check(z.minLength(1)),
  /** A coupon to apply; the order is refused (422) when it does not apply. */
  coupon_code: z.optional(z.nullable(z.string())),
});
export type OrderCreateParams = z.infer<typeof OrderCreateParams>;

/** The fields `GET /me/orders` and `GET /orders` sort by. */
export const ORDER_SORT_KEYS = ['created_at', 'total_amount'] as const;
/** Sort keys of `GET /me/orders` and `GET /orders`; prefix `-` for descending. */
export const OrderSort = z.enum(bothDirections(ORDER_SORT_KEYS));
export type OrderSort = z.infer<typeof OrderSort>;

/** `GET /me/orders` and `GET /orders` (admin). */
export const OrderListParams = z.extend(PageParams, {
  /** Only orders in this status. */
  status: z.optional(OrderStatus),
  /** Admin only: orders of this user. */
  user_id: z.optional(positiveId),
  /** One key or several, applied in order; default `-created_at`. */
  sort: z.optional(z.union([OrderSort, z.array(OrderSort)])),
});
export type OrderListParams = z.infer<typeof OrderListParams>;
/** The `filter[...]` names of `GET /me/orders` and `GET /orders` (`user_id` on `GET /orders` only). */
export const ORDER_FILTER_KEYS = filterKeys(OrderListParams);

/** `POST /orders/{id}/payments`. `test` is the reference backend's gateway. */
export const PaymentCreateParams = z.object({
  /** Which payment gateway to pay through. */
  gateway: nonEmpty(64),
  /** Where a redirect gateway sends the buyer back. */
  return_url: z.optional(z.url()),
});
export type PaymentCreateParams = z.infer<typeof PaymentCreateParams>;

/** `POST /orders/{id}/refund` (admin). */
export const RefundParams = z.object({
  /** Why the order is refunded, at most 1000 characters; kept with the order. */
  reason: z.optional(z.string().check(z.maxLength(1000))),
});
export type RefundParams = z.infer<typeof RefundParams>;

/** The fields `GET /me/enrollments` and `GET /courses/{id}/enrollments` sort by. */
export const ENROLLMENT_SORT_KEYS = ['enrolled_at', 'created_at'] as const;
/** Sort keys of enrollment lists; prefix `-` for descending. */
export const EnrollmentSort = z.enum(bothDirections(ENROLLMENT_SORT_KEYS));
export type EnrollmentSort = z.infer<typeof EnrollmentSort>;

/** `GET /me/enrollments` and `GET /courses/{id}/enrollments`. */
export const EnrollmentListParams = z.extend(PageParams, {
  /** Only enrollments in this status. */
  status: z.optional(EnrollmentStatus),
  /** One key or several, applied in order; default `-enrolled_at`. */
  sort: z.optional(z.union([EnrollmentSort, z.array(EnrollmentSort)])),
});
export type EnrollmentListParams = z.infer<typeof EnrollmentListParams>;
/** The `filter[...]` names of enrollment lists. */
export const ENROLLMENT_FILTER_KEYS = filterKeys(EnrollmentListParams);

/** The fields `GET /me/notifications` sorts by. */
export const NOTIFICATION_SORT_KEYS = ['created_at'] as const;
/** Sort keys of `GET /me/notifications`; prefix `-` for descending. */
export const NotificationSort = z.enum(bothDirections(NOTIFICATION_SORT_KEYS));
export type NotificationSort = z.infer<typeof NotificationSort>;

/** `GET /me/notifications`. */
export const NotificationListParams = z.extend(PageParams, {
  /** `true` for read notifications only, `false` for unread only. */
  read: z.optional(z.boolean()),
  /** Default `-created_at` (newest first). */
  sort: z.optional(NotificationSort),
});
export type NotificationListParams = z.infer<typeof NotificationListParams>;
/** The `filter[...]` names of `GET /me/notifications`. */
export const NOTIFICATION_FILTER_KEYS = filterKeys(NotificationListParams);

/** The fields `GET /users` sorts by. */
export const USER_SORT_KEYS = ['name', 'email', 'created_at'] as const;
/** Sort keys of `GET /users`; prefix `-` for descending. */
export const UserSort = z.enum(bothDirections(USER_SORT_KEYS));
export type UserSort = z.infer<typeof UserSort>;

/** `GET /users` (admin). */
export const UserListParams = z.extend(PageParams, {
  /** Matches names and email addresses. */
  search: z.optional(z.string()),
  /** Only users with this role. */
  role: z.optional(UserRole),
  /** One key or several, applied in order; default `-created_at`. */
  sort: z.optional(z.union([UserSort, z.array(UserSort)])),
});
export type UserListParams = z.infer<typeof UserListParams>;
/** The `filter[...]` names of `GET /users`. */
export const USER_FILTER_KEYS = filterKeys(UserListParams);

/** The fields `GET /me/wishlist` sorts by. */
export const WISHLIST_SORT_KEYS = ['created_at'] as const;
/** Sort keys of `GET /me/wishlist`; prefix `-` for descending. */
export const WishlistSort = z.enum(bothDirections(WISHLIST_SORT_KEYS));
export type WishlistSort = z.infer<typeof WishlistSort>;

/** `GET /me/wishlist`. */
export const WishlistListParams = z.extend(PageParams, {
  /** Default `-created_at` (latest added first). */
  sort: z.optional(WishlistSort),
});
export type WishlistListParams = z.infer<typeof WishlistListParams>;

/** The fields `GET /coupons` sorts by. */
export const COUPON_SORT_KEYS = ['code', 'created_at', 'usage_count'] as const;
/** Sort keys of `GET /coupons`; prefix `-` for descending. */
export const CouponSort = z.enum(bothDirections(COUPON_SORT_KEYS));
export type CouponSort = z.infer<typeof CouponSort>;

/** `GET /coupons` (admin). */
export const CouponListParams = z.extend(PageParams, {
  /** One key or several, applied in order; default `-created_at`. */
  sort: z.optional(z.union([CouponSort, z.array(CouponSort)])),
});
export type CouponListParams = z.infer<typeof CouponListParams>;

/** `POST /media` (multipart). */
export interface MediaUploadParams {
  /** The file to upload. */
  file: Blob;
  /** Overrides the uploaded file's name. */
  file_name?: string;
  /** The model the file belongs to, e.g. `App\\Models\\Course`. */
  model_type?: string;
  /** Id of the model the file belongs to. */
  model_id?: number;
  /** Stored as the media's JSON `meta` (e.g. `alt` text). */
  meta?: Record<string, unknown>;
}
