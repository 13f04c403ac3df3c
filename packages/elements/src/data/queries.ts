/**
 * Every query the elements read, by resource. Keys start with the resource (`course`,
 * `courses`, `reviews`, ...) and carry everything the answer depends on; the learner's own data
 * starts with `me` and has the `user` scope, so it goes when the session changes.
 *
 * @module
 */
import { isAuthenticationError, type Category, type Course, type CourseListParams, type CourseProgress, type Enrollment, type Page, type Review, type ReviewListParams, type ReviewSummary, type Section, type Tag, type User } from '@coursekit/sdk';
import { query, type Query } from './query.js';

/** Relations a course is loaded with, so a card and a course page share one request. */
const COURSE_INCLUDES = ['category', 'instructors', 'media', 'tags'] as const;

/**
 * How many items the elements walk through when they follow pagination on their own (the
 * learner's enrollments, the wishlist, reviews): a server whose pages never end cannot keep an
 * element loading forever.
 */
export const AUTO_PAGINATION_LIMIT = 500;

/** The first `limit` items of a paginated list. */
export async function collect<T>(items: AsyncIterable<T>, limit = AUTO_PAGINATION_LIMIT): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) if (all.push(item) >= limit) break;
  return all;
}

/** The signed-in user (`GET /me`), or `null` for a visitor. No request when nobody can be signed in. */
export const session: Query<User | null> = query(['me'], 'user', async ({ client, ambientSession }) => {
  if (!ambientSession && !client.http.hasToken()) return null;
  try {
    return await client.me.retrieve();
  } catch (error) {
    if (isAuthenticationError(error)) return null;
    throw error;
  }
});

/**
 * The signed-in learner's enrollments by course id (`GET /me/enrollments`, every page), every
 * status included; empty for a visitor. Asking whether a learner is enrolled reads this list
 * instead of probing `GET /courses/{id}/enrollment`, whose 404 means "not enrolled".
 */
export const enrollments: Query<ReadonlyMap<number, Enrollment>> = query(['me', 'enrollments'], 'user', async ({ client, read }) => {
  if (!(await read(session))) return new Map();
  const list = await collect(client.enrollments.list({ per_page: 100 }));
  return new Map(list.map((enrollment) => [enrollment.course_id, enrollment]));
});

/** Whether an enrollment still gives access to its course (refunded and cancelled ones do not). */
export function isActiveEnrollment(enrollment: Enrollment | undefined): enrollment is Enrollment {
  return enrollment?.status === 'active' || enrollment?.status === 'completed';
}

/** The signed-in learner's progress through a course they are enrolled in. */
export const progress = (courseId: number): Query<CourseProgress> => query(['me', 'progress', courseId], 'user', ({ client }) => client.progress.retrieve(courseId));

/** A course by id or slug, with its category, instructors, media and tags. Known by its id and its slug alike. */
export const course = (idOrSlug: number | string): Query<Course> =>
  query(
    ['course', idOrSlug],
    'public',
    ({ client }) => client.courses.retrieve(idOrSlug, { include: [...COURSE_INCLUDES] }),
    (loaded) => [['course', loaded.id], ['course', loaded.slug]],
  );

/** A page of the catalog. */
export const courseList = (params: CourseListParams): Query<Page<Course>> =>
  query(['courses', { ...params }], 'public', async ({ client }) => await client.courses.list(params));

/** Every category (for the catalog's filter). */
export const categories: Query<Category[]> = query(['categories'], 'public', ({ client }) => client.categories.list());

/** Every topic tag (for the catalog's filter). */
export const tags: Query<Tag[]> = query(['tags'], 'public', ({ client }) => client.tags.list());

/** Sections and lectures of a course; locked lectures depend on who is signed in. */
export const curriculum = (courseId: number): Query<Section[]> => query(['curriculum', courseId], 'user', ({ client }) => client.curriculum.retrieve(courseId));

/** The star summary of a course's reviews. */
export const reviewSummary = (courseId: number): Query<ReviewSummary> => query(['reviews', courseId, 'summary'], 'public', ({ client }) => client.reviews.summary(courseId));

/** A page of a course's reviews; the viewer's own pending review is among them, so it is the user's. */
export const reviewList = (courseId: number, params: ReviewListParams): Query<Page<Review>> =>
  query(['reviews', courseId, 'list', { ...params }], 'user', async ({ client }) => await client.reviews.list(courseId, params));
