/**
 * Reviews: public approved reviews (plus the viewer's own pending one), a star summary, one
 * review per learner per course (409 for a second), enrolled learners only (403 otherwise),
 * edits by the author, moderation by admins (`PATCH {is_approved}`). Every change recomputes
 * the course's `rating` from its approved reviews.
 *
 * @module
 */
import { REVIEW_FILTER_KEYS, REVIEW_SORT_KEYS, ReviewCreateParams, ReviewModerateParams, ReviewUpdateParams } from '@coursekit/sdk/schemas';
import { hasAccess } from '../domain/access.js';
import { averageRating, refreshRating } from '../domain/course-stats.js';
import { notify } from '../domain/notifications.js';
import { conflict, forbidden } from '../http/errors.js';
import { readFilters, readSort } from '../http/query.js';
import type { Router } from '../http/router.js';
import { validate } from '../http/validation.js';
import { review } from '../serializers/learning.js';
import { created, currentUser, findOrFail, noContent, ok, pageOf, visibleCourse } from './support.js';

export function reviewRoutes(router: Router): void {
  router.add('get', '/courses/:course/reviews', 'public', (ctx) => {
    const course = visibleCourse(ctx);
    const { rating } = readFilters(ctx.url, REVIEW_FILTER_KEYS);
    const sort = readSort(ctx.url, REVIEW_SORT_KEYS, '-created_at');
    const viewerId = ctx.user?.id;
    const rows = ctx.db.where('reviews', (row) => row.course_id === course.id && (row.is_approved || row.user_id === viewerId) && (rating === undefined || row.rating === Number(rating)));
    return pageOf(ctx, rows, sort, { created_at: (row) => row.created_at, rating: (row) => row.rating }, (row) => review(row, ctx.view));
  });

  router.add('get', '/courses/:course/reviews/summary', 'public', (ctx) => {
    const course = visibleCourse(ctx);
    const ratings = ctx.db.where('reviews', (row) => row.course_id === course.id && row.is_approved).map((row) => row.rating);
    const histogram = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<1 | 2 | 3 | 4 | 5, number>;
    for (const stars of ratings) histogram[stars as 1 | 2 | 3 | 4 | 5]++;
    return ok({ average: averageRating(ratings), count: ratings.length, histogram });
  });

  router.add('post', '/courses/:course/reviews', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const course = visibleCourse(ctx);
    if (!hasAccess(ctx.db, user, course.id)) throw forbidden('Only enrolled learners can review this course.');
    const input = validate(ReviewCreateParams, ctx.body);
    if (ctx.db.first('reviews', (row) => row.course_id === course.id && row.user_id === user.id)) throw conflict('You have already reviewed this course.', 'already_reviewed');
    const row = ctx.db.insert('reviews', { course_id: course.id, user_id: user.id, rating: input.rating, body: input.body ?? null });
    refreshRating(ctx.db, course.id);
    for (const pivot of ctx.db.where('course_instructors', (item) => item.course_id === course.id)) {
      notify(ctx.db, pivot.user_id, 'review_posted', { course_id: course.id, course_title: course.title, review_id: row.id, rating: row.rating });
    }
    return created(review(row, ctx.view));
  });

  router.add('patch', '/reviews/:review', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const row = findOrFail(ctx, 'reviews', 'review', 'Review');
    const moderating = typeof ctx.body === 'object' && ctx.body !== null && 'is_approved' in ctx.body;
    let updated;
    if (moderating) {
      if (user.role !== 'admin') throw forbidden('Only admins can moderate reviews.');
      updated = ctx.db.update('reviews', row.id, validate(ReviewModerateParams, ctx.body));
    } else {
      if (row.user_id !== user.id) throw forbidden('You can only edit your own review.');
      updated = ctx.db.update('reviews', row.id, validate(ReviewUpdateParams, ctx.body));
    }
    refreshRating(ctx.db, row.course_id);
    return ok(review(updated, ctx.view));
  });

  router.add('delete', '/reviews/:review', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const row = findOrFail(ctx, 'reviews', 'review', 'Review');
    if (row.user_id !== user.id && user.role !== 'admin') throw forbidden('You can only delete your own review.');
    ctx.db.delete('reviews', row.id);
    refreshRating(ctx.db, row.course_id);
    return noContent();
  });
}
