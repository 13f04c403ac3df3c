/**
 * What `<ckit-notifications>` reads and changes: the signed-in user's newest notifications and
 * the number of unread ones.
 *
 * @module
 */
import { Notifications, type Notification } from '@coursekit/sdk';
import { mutation, query, type Query } from '../../data/query.js';
import { startingWith } from '../../data/query-key.js';
import { session } from '../../data/queries.js';

/** The newest notifications and how many are unread; `null` for a visitor. */
export interface NotificationFeed {
  readonly items: Notification[];
  readonly unread: number;
}

/** The newest `size` notifications and the unread count (two requests, one cache entry). */
export const feedQuery = (size: number): Query<NotificationFeed | null> =>
  query(['me', 'notifications', size], 'user', async ({ client, read }) => {
    if (!(await read(session))) return null;
    const resource = new Notifications(client.http);
    const [latest, unread] = await Promise.all([resource.list({ per_page: size }), resource.list({ read: false, per_page: 1 })]);
    return { items: latest.data, unread: unread.meta.total ?? unread.data.length };
  });

/** Marks one notification read, or every one (`undefined`). */
export const markRead = mutation<[id: number | undefined], void>(
  async (client, id) => {
    const resource = new Notifications(client.http);
    await (id === undefined ? resource.markAllRead() : resource.markRead(id));
  },
  () => [startingWith('me', 'notifications')],
);
