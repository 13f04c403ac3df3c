/**
 * The signed-in user's notifications: newest first, `filter[read]=true|false`, mark one or all
 * as read. Someone else's notification answers 404.
 *
 * @module
 */
import { NOTIFICATION_FILTER_KEYS, NOTIFICATION_SORT_KEYS } from '@coursekit/sdk/schemas';
import { notFound } from '../http/errors.js';
import { parseBoolean, readFilters, readSort } from '../http/query.js';
import type { Router } from '../http/router.js';
import { notification } from '../serializers/learning.js';
import { currentUser, findOrFail, ok, pageOf } from './support.js';

export function notificationRoutes(router: Router): void {
  router.add('get', '/me/notifications', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const read = parseBoolean(readFilters(ctx.url, NOTIFICATION_FILTER_KEYS).read);
    const sort = readSort(ctx.url, NOTIFICATION_SORT_KEYS, '-created_at');
    const rows = ctx.db.where('notifications', (row) => row.user_id === user.id && (read === undefined || row.read === read));
    return pageOf(ctx, rows, sort, { created_at: (row) => row.created_at }, notification);
  });

  router.add('post', '/me/notifications/read-all', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const unread = ctx.db.where('notifications', (row) => row.user_id === user.id && !row.read);
    for (const row of unread) ctx.db.update('notifications', row.id, { read: true });
    return ok({ updated: unread.length });
  });

  router.add('post', '/me/notifications/:notification/read', 'learner', (ctx) => {
    const user = currentUser(ctx);
    const row = findOrFail(ctx, 'notifications', 'notification', 'Notification');
    // Someone else's notification does not exist, as far as this user can tell.
    if (row.user_id !== user.id) throw notFound('Notification', row.id);
    return ok(notification(row.read ? row : ctx.db.update('notifications', row.id, { read: true })));
  });
}
