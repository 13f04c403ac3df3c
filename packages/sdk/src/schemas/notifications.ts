import * as z from 'zod/mini';
import { bool, id, jsonObject, timestamps } from './wire.js';

/** A notification (`course_enrolled`, `course_completed`, `certificate_issued`, ...). */
export const Notification = z.object({
  id,
  /** Id of the recipient. */
  user_id: id,
  /**
   * What happened: `course_enrolled`, `course_completed`, `certificate_issued`, ... Unknown types may appear;
   * show them generically.
   */
  type: z.string(),
  /** Details of the event (for example the course's `course_id` and `title`), as the server sent them. */
  data: z.nullable(jsonObject),
  /** Whether the user has marked it read. */
  read: bool,
  ...timestamps,
});
export type Notification = z.infer<typeof Notification>;

/** `POST /me/notifications/read-all`: how many were marked. */
export const NotificationsReadAll = z.object({
  /** How many notifications changed from unread to read. */
  updated: z.number(),
});
export type NotificationsReadAll = z.infer<typeof NotificationsReadAll>;
