/**
 * Enrollments, progress, certificates, notifications, wishlists and reviews.
 *
 * @module
 */
import type { Row } from '../store/schema.js';
import { courseRelation, type CourseInclude } from './catalog.js';
import { userRelation } from './users.js';
import type { View } from './view.js';

/** An enrollment, optionally with its course or its learner. */
export function enrollment(row: Row<'enrollments'>, view: View, relations: { course?: boolean; user?: boolean } = {}) {
  return {
    id: row.id,
    course_id: row.course_id,
    user_id: row.user_id,
    status: row.status,
    enrolled_at: row.enrolled_at,
    completed_at: row.completed_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(relations.course ? courseRelation(row.course_id, view) : {}),
    ...(relations.user ? userRelation(row.user_id, view) : {}),
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
  return {
    id: row.id,
    user_id: row.user_id,
    course_id: row.course_id,
    certificate_number: row.certificate_number,
    issued_at: row.issued_at,
    file_path: row.file_path,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...courseRelation(row.course_id, view),
  };
}

/** A notification. */
export function notification(row: Row<'notifications'>) {
  return { id: row.id, user_id: row.user_id, type: row.type, data: row.data, read: row.read, created_at: row.created_at, updated_at: row.updated_at };
}

/** Like Laravel's `with('course.media')`: a wishlist shows each course with its cover. */
const WISHLIST_COURSE_INCLUDES: ReadonlySet<CourseInclude> = new Set(['media']);

/** A wishlist entry with its course and the course's media. */
export function wishlist(row: Row<'wishlists'>, view: View) {
  return {
    id: row.id,
    user_id: row.user_id,
    course_id: row.course_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...courseRelation(row.course_id, view, WISHLIST_COURSE_INCLUDES),
  };
}

/** A review with its author's public profile. */
export function review(row: Row<'reviews'>, view: View) {
  return {
    id: row.id,
    course_id: row.course_id,
    user_id: row.user_id,
    rating: row.rating,
    body: row.body,
    is_approved: row.is_approved,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...userRelation(row.user_id, view),
  };
}
