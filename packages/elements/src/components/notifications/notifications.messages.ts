/**
 * The English messages of `<ckit-notifications>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const notificationsMessages = {
  notificationsLabel: { zero: 'Notifications', other: 'Notifications, {count} unread' },
  notificationsTitle: 'Notifications',
  notificationsMarkAll: 'Mark all as read',
  notificationsMarkRead: 'Mark as read',
  notificationsUnread: 'Unread:',
  notificationsEmpty: 'You have no notifications.',
  notificationsNew: { one: '{count} new notification', other: '{count} new notifications' },
  notificationsAllRead: 'All notifications are marked as read.',
  notificationsMarkedRead: 'Marked as read.',
  notification_course_enrolled: 'You enrolled in {course}.',
  notification_course_completed: 'You completed {course}. Congratulations!',
  notification_certificate_issued: 'Your certificate for {course} is ready.',
  notification_order_paid: 'Your payment of {amount} for order {number} was received.',
  notification_order_refunded: 'Order {number} was refunded ({amount}).',
  notification_course_published: '{course} is now published.',
  notification_review_posted: 'A new {rating}-star review was posted on {course}.',
  notification_other: 'You have a new notification.',
} as const;
