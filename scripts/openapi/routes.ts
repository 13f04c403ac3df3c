/**
 * Every route of the CourseKit contract, as data: what `scripts/build-openapi.ts` turns into
 * `docs/openapi.json`. Request and response shapes are the SDK's own zod schemas; this table
 * only says which schema goes where, who may call the route and how it can fail.
 *
 * Conventions the builder applies to every row, so they are not repeated here:
 * - every route can answer 429 (Laravel's `api` middleware group throttles them all);
 * - every POST/PUT/PATCH/DELETE takes the `Idempotency-Key` header;
 * - `single` responses are `{data: X}` or a bare `X`, `collection` ones `{data: X[]}` or `X[]`,
 *   `page` ones any of Laravel's three paginator shapes.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { CourseKit } from '@coursekit/sdk';
import * as S from '@coursekit/sdk/schemas';
import { MediaUploadForm } from './multipart.js';

/** Who may call a route. `learner` means any signed-in user; `instructor` also admits admins. */
export type Audience = 'public' | 'learner' | 'instructor' | 'admin';

/** Error statuses a route names explicitly (429 applies to all of them). */
export type ErrorStatus = 401 | 402 | 403 | 404 | 409 | 422;

/** A resource of the SDK client: `ck.courses`, `ck.quizAttempts`, ... */
export type SdkResource = Exclude<keyof CourseKit, 'http' | 'setToken'>;

/** An SDK method, `resource.method`, e.g. `'courses.list'`. Checked against the client's type. */
export type SdkMethod = { [R in SdkResource]: `${R}.${Extract<keyof CourseKit[R], string>}` }[SdkResource];

/** What a route answers with on success. */
export type ResponseShape =
  | { kind: 'single'; schema: z.ZodMiniType }
  | { kind: 'collection'; schema: z.ZodMiniType }
  | { kind: 'page'; schema: z.ZodMiniType }
  | { kind: 'empty' };

/** A query string: the SDK's params schema, and which of its keys travel as `filter[key]` (the SDK's `*_FILTER_KEYS`). */
export interface QueryShape {
  schema: z.ZodMiniObject;
  filters?: readonly string[];
}

/** A request body: JSON unless `multipart`. */
export interface BodyShape {
  schema: z.ZodMiniType;
  multipart?: boolean;
}

/** A path parameter's schema and meaning. */
export interface PathParam {
  schema: z.ZodMiniType;
  description: string;
}

/** One row of the table: one HTTP method on one path. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI template, relative to the API base URL: `/courses/{id}`. */
  path: string;
  /** The SDK methods that call this route; the first names the operation (`operationId`). */
  sdk: readonly [SdkMethod, ...SdkMethod[]];
  summary: string;
  /** Contract rules worth knowing beyond the schemas. */
  description?: string;
  tag: TagName;
  auth: Audience;
  /** Path parameters whose meaning differs from the defaults in `PATH_PARAMS`. */
  params?: Record<string, PathParam>;
  query?: QueryShape;
  body?: BodyShape;
  response: ResponseShape;
  /** Success status when it is not 200 (or 204 for `empty`). */
  status?: 201;
  errors: readonly ErrorStatus[];
}

/** Tags group operations the way the SDK groups methods: one tag per client resource. */
export const TAGS = {
  Auth: 'auth',
  Me: 'me',
  Courses: 'courses',
  Curriculum: 'curriculum',
  Sections: 'sections',
  Lectures: 'lectures',
  Categories: 'categories',
  Tags: 'tags',
  Instructors: 'instructors',
  Enrollments: 'enrollments',
  Progress: 'progress',
  Quizzes: 'quizzes',
  'Quiz questions': 'quizQuestions',
  'Quiz attempts': 'quizAttempts',
  Wishlist: 'wishlist',
  Reviews: 'reviews',
  Coupons: 'coupons',
  Orders: 'orders',
  Payments: 'payments',
  Certificates: 'certificates',
  Notifications: 'notifications',
  Media: 'media',
  Users: 'users',
} as const satisfies Record<string, SdkResource>;

export type TagName = keyof typeof TAGS;

const recordId = z.number().check(z.int(), z.positive());

/** Path parameters by name, unless a route overrides one. */
export const PATH_PARAMS: Record<string, PathParam> = {
  id: { schema: recordId, description: 'The record id.' },
  course_id: { schema: recordId, description: 'The course id.' },
  slug: { schema: z.string(), description: 'The record slug.' },
  certificate_number: { schema: z.string(), description: 'The number printed on the certificate.' },
};

const courseIdOrSlug: PathParam = { schema: z.union([recordId, z.string()]), description: 'The course id or slug.' };

const single = (schema: z.ZodMiniType): ResponseShape => ({ kind: 'single', schema });
const collection = (schema: z.ZodMiniType): ResponseShape => ({ kind: 'collection', schema });
const page = (schema: z.ZodMiniType): ResponseShape => ({ kind: 'page', schema });
const empty: ResponseShape = { kind: 'empty' };
const json = (schema: z.ZodMiniType): BodyShape => ({ schema });

/** The table. Order follows the contract; the document sorts paths itself. */
export const ROUTES: readonly Route[] = [
  // Catalog
  {
    method: 'GET', path: '/courses', sdk: ['courses.list'], tag: 'Courses', auth: 'public',
    summary: 'List published courses',
    query: { schema: S.CourseListParams, filters: S.COURSE_FILTER_KEYS },
    response: page(S.Course), errors: [],
  },
  {
    method: 'GET', path: '/courses/{id}', sdk: ['courses.retrieve'], tag: 'Courses', auth: 'public',
    summary: 'Retrieve a course by id or slug', params: { id: courseIdOrSlug },
    query: { schema: S.CourseRetrieveParams }, response: single(S.Course), errors: [404],
  },
  {
    method: 'POST', path: '/courses', sdk: ['courses.create'], tag: 'Courses', auth: 'instructor',
    summary: 'Create a draft course', body: json(S.CourseCreateParams), response: single(S.Course), status: 201, errors: [401, 403, 422],
  },
  {
    method: 'PATCH', path: '/courses/{id}', sdk: ['courses.update'], tag: 'Courses', auth: 'instructor',
    summary: 'Update a course', body: json(S.CourseUpdateParams), response: single(S.Course), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/courses/{id}', sdk: ['courses.delete'], tag: 'Courses', auth: 'instructor',
    summary: 'Soft-delete a course', response: empty, errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/courses/{id}/submit', sdk: ['courses.submit'], tag: 'Courses', auth: 'instructor',
    summary: 'Submit a draft for review', description: 'Status flow: `draft` → `pending_review`; 409 from any other status.',
    response: single(S.Course), errors: [401, 403, 404, 409],
  },
  {
    method: 'POST', path: '/courses/{id}/publish', sdk: ['courses.publish'], tag: 'Courses', auth: 'admin',
    summary: 'Publish a course under review', description: 'Status flow: `pending_review` → `published`; 409 from any other status.',
    response: single(S.Course), errors: [401, 403, 404, 409],
  },
  {
    method: 'PUT', path: '/courses/{id}/instructors', sdk: ['courses.setInstructors'], tag: 'Courses', auth: 'instructor',
    summary: "Replace a course's instructors", body: json(S.CourseInstructorsParams), response: collection(S.CourseInstructor), errors: [401, 403, 404, 422],
  },
  {
    method: 'PUT', path: '/courses/{id}/tags', sdk: ['courses.setTags'], tag: 'Courses', auth: 'instructor',
    summary: "Replace a course's tags", body: json(S.CourseTagsParams), response: collection(S.Tag), errors: [401, 403, 404, 422],
  },
  {
    method: 'GET', path: '/courses/{id}/curriculum', sdk: ['curriculum.retrieve'], tag: 'Curriculum', auth: 'public',
    summary: "Retrieve a course's sections and lectures",
    description: 'Lecture `content` and `external_url` are filled only for enrolled users and preview lectures.',
    response: collection(S.Section), errors: [404],
  },
  {
    method: 'POST', path: '/courses/{id}/curriculum/reorder', sdk: ['curriculum.reorder'], tag: 'Curriculum', auth: 'instructor',
    summary: 'Reorder sections and lectures', body: json(S.CurriculumReorderParams), response: collection(S.Section), errors: [401, 403, 404, 422],
  },
  {
    method: 'GET', path: '/courses/{id}/sections', sdk: ['sections.list'], tag: 'Sections', auth: 'instructor',
    summary: "List a course's sections", response: collection(S.Section), errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/courses/{id}/sections', sdk: ['sections.create'], tag: 'Sections', auth: 'instructor',
    summary: 'Create a section', body: json(S.SectionCreateParams), response: single(S.Section), status: 201, errors: [401, 403, 404, 422],
  },
  {
    method: 'GET', path: '/sections/{id}', sdk: ['sections.retrieve'], tag: 'Sections', auth: 'instructor',
    summary: 'Retrieve a section', response: single(S.Section), errors: [401, 403, 404],
  },
  {
    method: 'PATCH', path: '/sections/{id}', sdk: ['sections.update'], tag: 'Sections', auth: 'instructor',
    summary: 'Update a section', body: json(S.SectionUpdateParams), response: single(S.Section), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/sections/{id}', sdk: ['sections.delete'], tag: 'Sections', auth: 'instructor',
    summary: 'Delete a section', response: empty, errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/lectures/{id}', sdk: ['lectures.retrieve'], tag: 'Lectures', auth: 'learner',
    summary: 'Retrieve a lecture', description: '403 when the lecture is locked: the user is not enrolled and it is not a preview.',
    response: single(S.Lecture), errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/sections/{id}/lectures', sdk: ['lectures.list'], tag: 'Lectures', auth: 'instructor',
    summary: "List a section's lectures", response: collection(S.Lecture), errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/sections/{id}/lectures', sdk: ['lectures.create'], tag: 'Lectures', auth: 'instructor',
    summary: 'Create a lecture', body: json(S.LectureCreateParams), response: single(S.Lecture), status: 201, errors: [401, 403, 404, 422],
  },
  {
    method: 'PATCH', path: '/lectures/{id}', sdk: ['lectures.update'], tag: 'Lectures', auth: 'instructor',
    summary: 'Update a lecture', body: json(S.LectureUpdateParams), response: single(S.Lecture), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/lectures/{id}', sdk: ['lectures.delete'], tag: 'Lectures', auth: 'instructor',
    summary: 'Delete a lecture', response: empty, errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/categories', sdk: ['categories.list'], tag: 'Categories', auth: 'public',
    summary: 'List categories', description: 'An empty `filter[parent_id]` selects the root categories.',
    query: { schema: S.CategoryListParams, filters: S.CATEGORY_FILTER_KEYS }, response: collection(S.Category), errors: [],
  },
  {
    method: 'GET', path: '/categories/{slug}', sdk: ['categories.retrieve'], tag: 'Categories', auth: 'public',
    summary: 'Retrieve a category', query: { schema: S.CategoryRetrieveParams }, response: single(S.Category), errors: [404],
  },
  {
    method: 'POST', path: '/categories', sdk: ['categories.create'], tag: 'Categories', auth: 'admin',
    summary: 'Create a category', body: json(S.CategoryCreateParams), response: single(S.Category), status: 201, errors: [401, 403, 422],
  },
  {
    method: 'PATCH', path: '/categories/{slug}', sdk: ['categories.update'], tag: 'Categories', auth: 'admin',
    summary: 'Update a category', body: json(S.CategoryUpdateParams), response: single(S.Category), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/categories/{slug}', sdk: ['categories.delete'], tag: 'Categories', auth: 'admin',
    summary: 'Delete a category', response: empty, errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/tags', sdk: ['tags.list'], tag: 'Tags', auth: 'public',
    summary: 'List tags', response: collection(S.Tag), errors: [],
  },
  {
    method: 'GET', path: '/tags/{id}', sdk: ['tags.retrieve'], tag: 'Tags', auth: 'public',
    summary: 'Retrieve a tag', response: single(S.Tag), errors: [404],
  },
  {
    method: 'POST', path: '/tags', sdk: ['tags.create'], tag: 'Tags', auth: 'admin',
    summary: 'Create a tag', body: json(S.TagCreateParams), response: single(S.Tag), status: 201, errors: [401, 403, 422],
  },
  {
    method: 'PATCH', path: '/tags/{id}', sdk: ['tags.update'], tag: 'Tags', auth: 'admin',
    summary: 'Update a tag', body: json(S.TagUpdateParams), response: single(S.Tag), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/tags/{id}', sdk: ['tags.delete'], tag: 'Tags', auth: 'admin',
    summary: 'Delete a tag', response: empty, errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/instructors/{slug}', sdk: ['instructors.retrieve'], tag: 'Instructors', auth: 'public',
    summary: 'Retrieve an instructor profile', response: single(S.Instructor), errors: [404],
  },
  {
    method: 'GET', path: '/instructors/{slug}/courses', sdk: ['instructors.listCourses'], tag: 'Instructors', auth: 'public',
    summary: "List an instructor's published courses", query: { schema: S.InstructorCourseListParams }, response: page(S.Course), errors: [404],
  },
  {
    method: 'GET', path: '/certificates/{certificate_number}', sdk: ['certificates.verify'], tag: 'Certificates', auth: 'public',
    summary: 'Verify a certificate', description: 'Public: tells whether the number is genuine, with no private learner data.',
    response: single(S.CertificateVerification), errors: [404],
  },

  // Accounts
  {
    method: 'POST', path: '/auth/register', sdk: ['auth.register'], tag: 'Auth', auth: 'public',
    summary: 'Create an account', body: json(S.RegisterParams), response: single(S.AuthToken), status: 201, errors: [422],
  },
  {
    method: 'POST', path: '/auth/login', sdk: ['auth.login'], tag: 'Auth', auth: 'public',
    summary: 'Sign in', description: 'Wrong credentials answer 422 with the message on `email`, as Laravel does.',
    body: json(S.LoginParams), response: single(S.AuthToken), errors: [422],
  },
  {
    method: 'POST', path: '/auth/logout', sdk: ['auth.logout'], tag: 'Auth', auth: 'learner',
    summary: 'Revoke the current token', response: empty, errors: [401],
  },
  {
    method: 'GET', path: '/me', sdk: ['me.retrieve'], tag: 'Me', auth: 'learner',
    summary: 'Retrieve the signed-in user', response: single(S.User), errors: [401],
  },
  {
    method: 'PATCH', path: '/me', sdk: ['me.update'], tag: 'Me', auth: 'learner',
    summary: 'Update the signed-in user', body: json(S.MeUpdateParams), response: single(S.User), errors: [401, 422],
  },
  {
    method: 'PUT', path: '/me/instructor-profile', sdk: ['me.updateInstructorProfile'], tag: 'Me', auth: 'instructor',
    summary: "Create or replace the signed-in user's instructor profile", body: json(S.InstructorProfileParams), response: single(S.Instructor), errors: [401, 403, 422],
  },
  {
    method: 'GET', path: '/users', sdk: ['users.list'], tag: 'Users', auth: 'admin',
    summary: 'List users', query: { schema: S.UserListParams, filters: S.USER_FILTER_KEYS }, response: page(S.User), errors: [401, 403],
  },

  // Learning
  {
    method: 'GET', path: '/me/enrollments', sdk: ['enrollments.list'], tag: 'Enrollments', auth: 'learner',
    summary: "List the signed-in user's enrollments", query: { schema: S.EnrollmentListParams, filters: S.ENROLLMENT_FILTER_KEYS }, response: page(S.Enrollment), errors: [401],
  },
  {
    method: 'GET', path: '/courses/{id}/enrollment', sdk: ['enrollments.retrieve'], tag: 'Enrollments', auth: 'learner',
    summary: "Retrieve the signed-in user's enrollment in a course", description: '404 when the user is not enrolled.',
    response: single(S.Enrollment), errors: [401, 404],
  },
  {
    method: 'POST', path: '/courses/{id}/enroll', sdk: ['enrollments.enroll'], tag: 'Enrollments', auth: 'learner',
    summary: 'Enroll in a free course', description: 'A paid course answers 402 `payment_required`: buy it with `POST /orders`.',
    response: single(S.Enrollment), status: 201, errors: [401, 402, 404],
  },
  {
    method: 'GET', path: '/courses/{id}/enrollments', sdk: ['enrollments.listForCourse'], tag: 'Enrollments', auth: 'instructor',
    summary: "List a course's enrollments", query: { schema: S.EnrollmentListParams, filters: S.ENROLLMENT_FILTER_KEYS }, response: page(S.Enrollment), errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/courses/{id}/progress', sdk: ['progress.retrieve'], tag: 'Progress', auth: 'learner',
    summary: "Retrieve the signed-in user's progress through a course", response: single(S.CourseProgress), errors: [401, 403, 404],
  },
  {
    method: 'PUT', path: '/lectures/{id}/progress', sdk: ['progress.update'], tag: 'Progress', auth: 'learner',
    summary: 'Record watch progress on a lecture',
    description: 'Monotonic: the server keeps the maximum. A lecture completes at 90 % of its duration, or on any write when it has none.',
    body: json(S.LectureProgressParams), response: single(S.LectureProgress), errors: [401, 403, 404, 422],
  },
  {
    method: 'GET', path: '/quizzes/{id}', sdk: ['quizzes.retrieve'], tag: 'Quizzes', auth: 'learner',
    summary: 'Retrieve a quiz (learner view, without answers)', response: single(S.Quiz), errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/courses/{id}/quizzes', sdk: ['quizzes.list'], tag: 'Quizzes', auth: 'instructor',
    summary: "List a course's quizzes", response: collection(S.Quiz), errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/courses/{id}/quizzes', sdk: ['quizzes.create'], tag: 'Quizzes', auth: 'instructor',
    summary: 'Create a quiz', body: json(S.QuizCreateParams), response: single(S.Quiz), status: 201, errors: [401, 403, 404, 422],
  },
  {
    method: 'PATCH', path: '/quizzes/{id}', sdk: ['quizzes.update'], tag: 'Quizzes', auth: 'instructor',
    summary: 'Update a quiz', body: json(S.QuizUpdateParams), response: single(S.Quiz), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/quizzes/{id}', sdk: ['quizzes.delete'], tag: 'Quizzes', auth: 'instructor',
    summary: 'Delete a quiz', response: empty, errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/quizzes/{id}/questions', sdk: ['quizQuestions.list'], tag: 'Quiz questions', auth: 'instructor',
    summary: "List a quiz's questions with their answers", response: collection(S.QuizQuestionWithAnswer), errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/quizzes/{id}/questions', sdk: ['quizQuestions.create'], tag: 'Quiz questions', auth: 'instructor',
    summary: 'Create a question', body: json(S.QuizQuestionCreateParams), response: single(S.QuizQuestionWithAnswer), status: 201, errors: [401, 403, 404, 422],
  },
  {
    method: 'GET', path: '/questions/{id}', sdk: ['quizQuestions.retrieve'], tag: 'Quiz questions', auth: 'instructor',
    summary: 'Retrieve a question with its answer', response: single(S.QuizQuestionWithAnswer), errors: [401, 403, 404],
  },
  {
    method: 'PATCH', path: '/questions/{id}', sdk: ['quizQuestions.update'], tag: 'Quiz questions', auth: 'instructor',
    summary: 'Update a question', body: json(S.QuizQuestionUpdateParams), response: single(S.QuizQuestionWithAnswer), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/questions/{id}', sdk: ['quizQuestions.delete'], tag: 'Quiz questions', auth: 'instructor',
    summary: 'Delete a question', response: empty, errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/quizzes/{id}/attempts', sdk: ['quizAttempts.create'], tag: 'Quiz attempts', auth: 'learner',
    summary: 'Submit a quiz attempt', description: 'Graded by the server only. A learner\'s attempt carries its score, and a result per question only when it passed: with unlimited attempts, per-question results of a failed attempt would reveal the answers. Instructors and admins get the results of every attempt.',
    body: json(S.QuizAttemptCreateParams), response: single(S.QuizAttempt), status: 201, errors: [401, 403, 404, 422],
  },
  {
    method: 'GET', path: '/quizzes/{id}/attempts', sdk: ['quizAttempts.list'], tag: 'Quiz attempts', auth: 'learner',
    summary: "List the signed-in user's attempts at a quiz", response: collection(S.QuizAttempt), errors: [401, 403, 404],
  },
  {
    method: 'GET', path: '/me/certificates', sdk: ['certificates.list'], tag: 'Certificates', auth: 'learner',
    summary: "List the signed-in user's certificates", response: collection(S.Certificate), errors: [401],
  },
  {
    method: 'GET', path: '/me/notifications', sdk: ['notifications.list'], tag: 'Notifications', auth: 'learner',
    summary: "List the signed-in user's notifications", query: { schema: S.NotificationListParams, filters: S.NOTIFICATION_FILTER_KEYS }, response: page(S.Notification), errors: [401],
  },
  {
    method: 'POST', path: '/me/notifications/{id}/read', sdk: ['notifications.markRead'], tag: 'Notifications', auth: 'learner',
    summary: 'Mark a notification read', response: single(S.Notification), errors: [401, 404],
  },
  {
    method: 'POST', path: '/me/notifications/read-all', sdk: ['notifications.markAllRead'], tag: 'Notifications', auth: 'learner',
    summary: 'Mark every notification read', response: single(S.NotificationsReadAll), errors: [401],
  },
  {
    method: 'GET', path: '/me/wishlist', sdk: ['wishlist.list'], tag: 'Wishlist', auth: 'learner',
    summary: "List the signed-in user's wishlist", query: { schema: S.WishlistListParams }, response: page(S.Wishlist), errors: [401],
  },
  {
    method: 'PUT', path: '/me/wishlist/{course_id}', sdk: ['wishlist.add'], tag: 'Wishlist', auth: 'learner',
    summary: 'Add a course to the wishlist', description: 'Idempotent: adding a course twice is not an error.',
    response: single(S.Wishlist), errors: [401, 404],
  },
  {
    method: 'DELETE', path: '/me/wishlist/{course_id}', sdk: ['wishlist.remove'], tag: 'Wishlist', auth: 'learner',
    summary: 'Remove a course from the wishlist', response: empty, errors: [401, 404],
  },
  {
    method: 'GET', path: '/courses/{id}/reviews', sdk: ['reviews.list'], tag: 'Reviews', auth: 'public',
    summary: "List a course's approved reviews", query: { schema: S.ReviewListParams, filters: S.REVIEW_FILTER_KEYS }, response: page(S.Review), errors: [404],
  },
  {
    method: 'GET', path: '/courses/{id}/reviews/summary', sdk: ['reviews.summary'], tag: 'Reviews', auth: 'public',
    summary: "Summarize a course's ratings", response: single(S.ReviewSummary), errors: [404],
  },
  {
    method: 'POST', path: '/courses/{id}/reviews', sdk: ['reviews.create'], tag: 'Reviews', auth: 'learner',
    summary: 'Review a course', description: 'Enrolled users only (403), one review per user and course (409).',
    body: json(S.ReviewCreateParams), response: single(S.Review), status: 201, errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'PATCH', path: '/reviews/{id}', sdk: ['reviews.update', 'reviews.moderate'], tag: 'Reviews', auth: 'learner',
    summary: 'Edit or moderate a review', description: 'Its author may change `rating` and `body`; an admin may set `is_approved`.',
    body: json(z.union([S.ReviewUpdateParams, S.ReviewModerateParams])), response: single(S.Review), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/reviews/{id}', sdk: ['reviews.delete'], tag: 'Reviews', auth: 'learner',
    summary: 'Delete a review', response: empty, errors: [401, 403, 404],
  },

  // Commerce
  {
    method: 'POST', path: '/coupons/validate', sdk: ['coupons.validate'], tag: 'Coupons', auth: 'learner',
    summary: 'Check what a coupon does to a set of courses', description: 'An unusable coupon is a 200 with `valid: false` and a `reason`.',
    body: json(S.CouponValidateParams), response: single(S.CouponValidation), errors: [401, 422],
  },
  {
    method: 'GET', path: '/coupons', sdk: ['coupons.list'], tag: 'Coupons', auth: 'admin',
    summary: 'List coupons', query: { schema: S.CouponListParams }, response: page(S.Coupon), errors: [401, 403],
  },
  {
    method: 'GET', path: '/coupons/{id}', sdk: ['coupons.retrieve'], tag: 'Coupons', auth: 'admin',
    summary: 'Retrieve a coupon', response: single(S.Coupon), errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/coupons', sdk: ['coupons.create'], tag: 'Coupons', auth: 'admin',
    summary: 'Create a coupon', body: json(S.CouponCreateParams), response: single(S.Coupon), status: 201, errors: [401, 403, 422],
  },
  {
    method: 'PATCH', path: '/coupons/{id}', sdk: ['coupons.update'], tag: 'Coupons', auth: 'admin',
    summary: 'Update a coupon', body: json(S.CouponUpdateParams), response: single(S.Coupon), errors: [401, 403, 404, 422],
  },
  {
    method: 'DELETE', path: '/coupons/{id}', sdk: ['coupons.delete'], tag: 'Coupons', auth: 'admin',
    summary: 'Delete a coupon', response: empty, errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/orders', sdk: ['orders.create'], tag: 'Orders', auth: 'learner',
    summary: 'Place an order', description: 'Prices come from the server. A $0 order is `paid` at once and enrolls; any other starts `pending`.',
    body: json(S.OrderCreateParams), response: single(S.Order), status: 201, errors: [401, 409, 422],
  },
  {
    method: 'GET', path: '/me/orders', sdk: ['orders.list'], tag: 'Orders', auth: 'learner',
    summary: "List the signed-in user's orders", query: { schema: S.OrderListParams, filters: S.ORDER_FILTER_KEYS }, response: page(S.Order), errors: [401],
  },
  {
    method: 'GET', path: '/orders/{id}', sdk: ['orders.retrieve'], tag: 'Orders', auth: 'learner',
    summary: 'Retrieve an order', response: single(S.Order), errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/orders/{id}/cancel', sdk: ['orders.cancel'], tag: 'Orders', auth: 'learner',
    summary: 'Cancel a pending order', response: single(S.Order), errors: [401, 403, 404, 409],
  },
  {
    method: 'GET', path: '/orders', sdk: ['orders.listAll'], tag: 'Orders', auth: 'admin',
    summary: 'List every order', query: { schema: S.OrderListParams, filters: S.ORDER_FILTER_KEYS }, response: page(S.Order), errors: [401, 403],
  },
  {
    method: 'POST', path: '/orders/{id}/refund', sdk: ['orders.refund'], tag: 'Orders', auth: 'admin',
    summary: 'Refund a paid order', description: 'The order, its enrollments and its transaction all become `refunded`.',
    body: json(S.RefundParams), response: single(S.Order), errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'GET', path: '/orders/{id}/transactions', sdk: ['orders.listTransactions'], tag: 'Orders', auth: 'admin',
    summary: "List an order's payment transactions", response: collection(S.Transaction), errors: [401, 403, 404],
  },
  {
    method: 'POST', path: '/orders/{id}/payments', sdk: ['payments.create'], tag: 'Payments', auth: 'learner',
    summary: 'Start paying for an order through a gateway',
    description: 'Answers the pending transaction with a `client_secret` or a `redirect_url`. Only the gateway webhook turns the order `paid`.',
    body: json(S.PaymentCreateParams), response: single(S.Payment), status: 201, errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'POST', path: '/media', sdk: ['media.upload'], tag: 'Media', auth: 'instructor',
    summary: 'Upload a file', body: { schema: MediaUploadForm, multipart: true }, response: single(S.Media), status: 201, errors: [401, 403, 422],
  },
  {
    method: 'DELETE', path: '/media/{id}', sdk: ['media.delete'], tag: 'Media', auth: 'instructor',
    summary: 'Delete a file', response: empty, errors: [401, 403, 404],
  },
];
