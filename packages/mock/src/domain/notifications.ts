/**
 * Database notifications (Laravel's `notifications` channel, simplified to the seed's table).
 * Types the mock sends: `course_enrolled`, `course_completed`, `certificate_issued`,
 * `order_paid`, `order_refunded`, `course_published`, `review_posted`.
 *
 * @module
 */
import type { Database } from '../store/database.js';
import type { Row } from '../store/schema.js';

/** Stores an unread notification for `userId`. */
export function notify(db: Database, userId: number, type: string, data: Record<string, unknown>): Row<'notifications'> {
  return db.insert('notifications', { user_id: userId, type, data, read: false });
}
