/**
 * Enrollments, progress, certificates, notifications, wishlists and reviews.
 *
 * @module
 */
import type { Row } from '../store/schema.js';
import { course } from './catalog.js';
import { publicUser } from './users.js';
import type { View } from './view.js';

/** An enrollment, optionally with its course or its learner. */
export function enrollment(row: Row<'enrollments'>, view: View, relations: { course?: boolean; user?: boolean } = {}) {
  const courseRow = relations.course ? view.db.find('courses', row.course_id, { withTrashed: true }) : undefined;
  const userRow = relations.user ? view.db.find('users', row.user_id, { withTrashed: true }) : undefined;
  return {
    id: row.id,
    course_id: row.course_id,
    user_id: row.user_id,
    status: row.status,
    enrolled_at: row.enrolled_at,
    completed_at: row.completed_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(courseRow ? { course: course(courseRow, view) } : {}),
    ...(userRow ? { user: publicUser(userRow, view) } : {}),
  };
}

/** A lecture progress row with the server's `completed` verdict. */
export function lectureProgress(row: Row<'lecture_progress'>, completed: boolean) {
  return {
    id: row.id,
    lecture_id: row.lecture_id,
    user_id: row.user_id,
    watched_seconds: row.watched_seconds,
    last_watched_at: row.last_watched_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    completed,
  };
}

/** A certificate, with its course. */
export function certificate(row: Row<'certificates'>, view: View) {
  const courseRow = view.db.find('courses', row.course_id, { withTrashed: true });
  return {
    id: row.id,
    user_id: row.user_id,
    course_id: row.course_id,
    certificate_number: row.certificate_number,
    issued_at: row.issued_at,
    file_path: row.file_path,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(courseRow ? { course: course(courseRow, view) } : {}),
  };
}

/** A notification. */
export function notification(row: Row<'notifications'>) {
  return { id: row.id, user_id: row.user_id, type: row.type, data: row.data, read: row.read, created_at: row.created_at, updated_at: row.updated_at };
}

/** A wishlist entry with its course. */
export function wishlist(row: Row<'wishlists'>, view: View) {
  const courseRow = view.db.find('courses', row.course_id, { withTrashed: true });
  return {
    id: row.id,
    user_id: row.user_id,
    course_id: row.course_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(courseRow ? { course: course(courseRow, view) } : {}),
  };
}

/** A review with its author's public profile. */
export function review(row: Row<'reviews'>, view: View) {
  const author = view.db.find('users', row.user_id, { withTrashed: true });
  return {
    id: row.id,
    course_id: row.course_id,
    user_id: row.user_id,
    rating: row.rating,
    body: row.body,
    is_approved: row.is_approved,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(author ? { user: publicUser(author, view) } : {}),
  };
}
