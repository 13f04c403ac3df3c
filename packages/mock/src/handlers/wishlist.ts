/**
 * The signed-in user's wishlist: `GET /me/wishlist` (with courses), `PUT /me/wishlist/{course_id}`
 * (adding twice is fine and returns the same entry), `DELETE /me/wishlist/{course_id}`.
 *
 * @module
 */
import { WISHLIST_SORT_KEYS } from '@coursekit/sdk/schemas';
import { notFound } from '../http/errors.js';
import { readSort } from '../http/query.js';
import type { Router } from '../http/router.js';
import { wishlist } from '../serializers/learning.js';
import { currentUser, idParam, noContent, ok, pageOf } from './support.js';

export function wishlistRoutes(router: Router): void {
  router.add('get', '/me/wishlist', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const sort = readSort(ctx.url, WISHLIST_SORT_KEYS, '-created_at');
    const rows = ctx.db.where('wishlists', (row) => row.user_id === user.id && ctx.db.find('courses', row.course_id) !== undefined);
    return pageOf(ctx, rows, sort, { created_at: (row) => row.created_at }, (row) => wishlist(row, ctx.view));
  });

  router.add('put', '/me/wishlist/:course', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const courseId = idParam(ctx, 'course', 'Course');
    const course = ctx.db.find('courses', courseId);
    if (!course || course.status !== 'published') throw notFound('Course', courseId);
    const row = ctx.db.first('wishlists', (entry) => entry.user_id === user.id && entry.course_id === courseId) ?? ctx.db.insert('wishlists', { user_id: user.id, course_id: courseId });
    return ok(wishlist(row, ctx.view));
  });

  router.add('delete', '/me/wishlist/:course', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const courseId = idParam(ctx, 'course', 'Course');
    if (!ctx.db.find('courses', courseId, { withTrashed: true })) throw notFound('Course', courseId);
    ctx.db.deleteWhere('wishlists', (entry) => entry.user_id === user.id && entry.course_id === courseId);
    return noContent();
  });
}
