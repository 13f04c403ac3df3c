/**
 * Who may see and do what: the policies of the Laravel app, in one place so every handler
 * applies the same rules.
 *
 * @module
 */
import type { Database } from '../store/database.js';
import type { CourseRow, LectureRow, UserRow } from '../store/schema.js';

/** Whether `user` teaches `course` (a row in `course_instructors`) or is an admin. */
export function isCourseStaff(db: Database, user: UserRow | null, courseId: number): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return db.first('course_instructors', (row) => row.course_id === courseId && row.user_id === user.id) !== undefined;
}

/** Whether `user` holds an enrollment that grants access (active or completed; refunded and cancelled do not). */
export function hasAccess(db: Database, user: UserRow | null, courseId: number): boolean {
  if (!user) return false;
  return db.first('enrollments', (row) => row.course_id === courseId && row.user_id === user.id && (row.status === 'active' || row.status === 'completed')) !== undefined;
}

/**
 * Whether `user` may see the course at all: published courses are public, archived ones stay
 * visible to their learners, drafts and courses under review only to their staff.
 */
export function canViewCourse(db: Database, user: UserRow | null, course: CourseRow): boolean {
  if (course.status === 'published') return true;
  if (isCourseStaff(db, user, course.id)) return true;
  return course.status === 'archived' && hasAccess(db, user, course.id);
}

/** Whether a lecture's content is open to `user`: previews to all, the rest to learners with access and to staff. */
export function canOpenLecture(db: Database, user: UserRow | null, lecture: LectureRow, courseId: number): boolean {
  return lecture.is_preview || hasAccess(db, user, courseId) || isCourseStaff(db, user, courseId);
}
