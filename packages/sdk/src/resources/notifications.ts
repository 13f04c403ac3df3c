import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { Notification, NotificationsReadAll } from '../generated/validators.js';
import { resource } from '../core/validator.js';
import type { NotificationListParams } from '../schemas/params.js';

const NOTIFICATION_FILTERS = ['read'] as const;

/** The signed-in user's notifications (`course_enrolled`, `certificate_issued`, ...). */
export class Notifications extends APIResource {
  /**
   * Lists notifications, newest first. `GET /me/notifications`
   *
   * `read` is sent as `filter[read]`: `false` for the unread ones.
   *
   * @example
   * ```ts
   * const { data: unread } = await ck.notifications.list({ read: false });
   * ```
   */
  list(params: NotificationListParams = {}, options?: RequestOptions): PagePromise<Notification> {
    return this._client.getPage('me/notifications', Notification, listQuery(params, NOTIFICATION_FILTERS), options);
  }

  /**
   * Marks one notification read. `POST /me/notifications/{id}/read`
   *
   * @example
   * ```ts
   * const notification = await ck.notifications.markRead(95); // notification.read === true
   * ```
   */
  markRead(id: number, options?: RequestOptions): Promise<Notification> {
    return this._client.post(`me/notifications/${segment(id)}/read`, { ...options, schema: resource(Notification) });
  }

  /**
   * Marks every notification read and says how many changed. `POST /me/notifications/read-all`
   *
   * @example
   * ```ts
   * const { updated } = await ck.notifications.markAllRead();
   * ```
   */
  markAllRead(options?: RequestOptions): Promise<NotificationsReadAll> {
    return this._client.post('me/notifications/read-all', { ...options, schema: resource(NotificationsReadAll) });
  }
}
