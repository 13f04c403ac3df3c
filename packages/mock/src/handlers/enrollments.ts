/**
 * Enrollments and progress.
 *
 * - `POST /courses/{id}/enroll`: free courses only; a paid course answers 402 `payment_required`
 *   (buy it with `POST /orders`). Enrolling again in a course one already has returns the
 *   existing enrollment; a refunded or cancelled enrollment in a free course is reactivated.
 * - `PUT /lectures/{id}/progress`: learners with access only (403 otherwise); the rules of
 *   monotonic progress and completion are in `domain/learning.ts`.
 *
 * @module
 */
import { ENROLLMENT_FILTER_KEYS, ENROLLMENT_SORT_KEYS, LectureProgressParams } from '@coursekit/sdk/schemas';
import type { Row } from '../store/schema.js';
import { canViewCourse, hasAccess } from '../domain/access.js';
import { courseProgress, enroll, recordProgress } from '../domain/learning.js';
import { forbidden, notFound, paymentRequired } from '../http/errors.js';
import { readFilters, readSort } from '../http/query.js';
import type { Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { enrollment, lectureProgress } from '../serializers/learning.js';
import { courseOfLecture, created, currentUser, findOrFail, ok, pageOf, staffCourse, visibleCourse } from './support.js';

/** Sort columns of enrollment lists. */
const ENROLLMENT_SORT_COLUMNS: Record<(typeof ENROLLMENT_SORT_KEYS)[number], (row: Row<'enrollments'>) => string | null> = {
  enrolled_at: (row) => row.enrolled_at,
  created_at: (row) => row.created_at,
};

export function enrollmentRoutes(router: Router): void {
  router.add('get', '/me/enrollments', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const { status } = readFilters(ctx.url, ENROLLMENT_FILTER_KEYS);
    const sort = readSort(ctx.url, ENROLLMENT_SORT_KEYS, '-enrolled_at');
    const rows = ctx.db.where('enrollments', (row) => row.user_id === user.id && (!status || row.status === status));
    return pageOf(ctx, rows, sort, ENROLLMENT_SORT_COLUMNS, (row) => enrollment(row, ctx.view, { course: true }));
  });

  router.add('get', '/courses/:course/enrollment', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const course = visibleCourse(ctx);
    const row = ctx.db.first('enrollments', (candidate) => candidate.course_id === course.id && candidate.user_id === user.id);
    if (!row) throw notFound('Enrollment', course.id);
    return ok(enrollment(row, ctx.view, { course: true }));
  });

  router.add('post', '/courses/:course/enroll', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const course = visibleCourse(ctx);
    if (course.status !== 'published') throw notFound('Course', course.id);
    const existing = ctx.db.first('enrollments', (row) => row.course_id === course.id && row.user_id === user.id);
    if (existing && hasAccess(ctx.db, user, course.id)) return ok(enrollment(existing, ctx.view, { course: true }));
    if (course.price !== '0.00') throw paymentRequired(`This course costs $${course.price}: buy it through an order to enroll.`);
    return created(enrollment(enroll(ctx.db, user, course), ctx.view, { course: true }));
  });

  router.add('get', '/courses/:course/enrollments', 'instructor', (ctx) => {
    const course = staffCourse(ctx);
    const { status } = readFilters(ctx.url, ENROLLMENT_FILTER_KEYS);
    const sort = readSort(ctx.url, ENROLLMENT_SORT_KEYS, '-enrolled_at');
    const rows = ctx.db.where('enrollments', (row) => row.course_id === course.id && (!status || row.status === status));
    return pageOf(ctx, rows, sort, ENROLLMENT_SORT_COLUMNS, (row) => enrollment(row, ctx.view, { user: true }));
  });

  router.add('get', '/courses/:course/progress', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const course = visibleCourse(ctx);
    if (!hasAccess(ctx.db, user, course.id)) throw forbidden('You are not enrolled in this course.');
    return ok(courseProgress(ctx.db, user.id, course.id));
  });

  router.add('put', '/lectures/:lecture/progress', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const lecture = findOrFail(ctx, 'lectures', 'lecture', 'Lecture');
    const course = courseOfLecture(ctx, lecture);
    if (course.deleted_at !== null || !canViewCourse(ctx.db, user, course)) throw notFound('Lecture', lecture.id);
    if (!hasAccess(ctx.db, user, course.id)) throw forbidden('You are not enrolled in this course.');
    const input = validate(LectureProgressParams, ctx.body);
    const result = recordProgress(ctx.db, user, lecture, course.id, input.watched_seconds);
    return ok(lectureProgress(result.progress, result.completed));
  });
}
