/**
 * Enrollment and progress rules:
 *
 * - Progress is monotonic: the server keeps the largest `watched_seconds` it has seen (capped at
 *   the lecture's duration).
 * - A lecture is complete when `watched_seconds >= 0.9 × duration_seconds`, or as soon as any
 *   progress is written for a lecture without a duration (text, file, quiz, assignment).
 * - When the last lecture of a course completes, the enrollment turns `completed`, a certificate
 *   is issued, and the learner is notified of both.
 *
 * @module
 */
import type { Database } from '../store/database.js';
import type { CourseRow, LectureRow, Row, UserRow } from '../store/schema.js';
import { toTimestamp } from '../store/time.js';
import { courseLectures, refreshStudentCount } from './course-stats.js';
import { certificateNumber, randomHex8 } from './identifiers.js';
import { notify } from './notifications.js';

/** The share of a timed lecture that counts as watched. */
export const COMPLETION_THRESHOLD = 0.9;

/** Whether a progress row completes its lecture. */
export function isLectureComplete(lecture: LectureRow, progress: Row<'lecture_progress'> | undefined): boolean {
  if (!progress) return false;
  if (lecture.duration_seconds === null || lecture.duration_seconds === 0) return true;
  return progress.watched_seconds >= COMPLETION_THRESHOLD * lecture.duration_seconds;
}

/**
 * Enrolls `user` in `course` (or reactivates a refunded or cancelled enrollment), updates the
 * course's student count and notifies the learner.
 */
export function enroll(db: Database, user: UserRow, course: CourseRow): Row<'enrollments'> {
  const now = toTimestamp(db.now());
  const existing = db.first('enrollments', (row) => row.course_id === course.id && row.user_id === user.id);
  const enrollment = existing
    ? db.update('enrollments', existing.id, { status: 'active', enrolled_at: now, completed_at: null })
    : db.insert('enrollments', { course_id: course.id, user_id: user.id, status: 'active', enrolled_at: now });
  refreshStudentCount(db, course.id);
  notify(db, user.id, 'course_enrolled', { course_id: course.id, course_title: course.title });
  return enrollment;
}

/** The course's progress for `user`: per lecture, and in total. */
export function courseProgress(db: Database, userId: number, courseId: number) {
  const lectures = courseLectures(db, courseId);
  // One pass over the progress table, not one per lecture: this runs on every progress write.
  const byLecture = new Map(db.where('lecture_progress', (row) => row.user_id === userId).map((row) => [row.lecture_id, row]));
  const rows = lectures.map((lecture) => {
    const progress = byLecture.get(lecture.id);
    return { lecture_id: lecture.id, watched_seconds: progress?.watched_seconds ?? 0, completed: isLectureComplete(lecture, progress) };
  });
  const completed = rows.filter((row) => row.completed).length;
  return {
    completed_lectures: completed,
    total_lectures: rows.length,
    percent: rows.length ? Math.round((completed / rows.length) * 10_000) / 100 : 0,
    lectures: rows,
  };
}

/** Records progress on a lecture, keeping the maximum, and completes the course when it was the last one. */
export function recordProgress(db: Database, user: UserRow, lecture: LectureRow, courseId: number, watchedSeconds: number) {
  const now = toTimestamp(db.now());
  const cap = lecture.duration_seconds ?? Number.MAX_SAFE_INTEGER;
  const existing = db.first('lecture_progress', (row) => row.lecture_id === lecture.id && row.user_id === user.id);
  const watched = Math.min(cap, Math.max(existing?.watched_seconds ?? 0, watchedSeconds));
  const progress = existing
    ? db.update('lecture_progress', existing.id, { watched_seconds: watched, last_watched_at: now })
    : db.insert('lecture_progress', { lecture_id: lecture.id, user_id: user.id, watched_seconds: watched, last_watched_at: now });
  completeIfFinished(db, user, courseId);
  return { progress, completed: isLectureComplete(lecture, progress) };
}

/** Completes an active enrollment whose every lecture is complete: status, certificate, notifications. */
export function completeIfFinished(db: Database, user: UserRow, courseId: number): void {
  const enrollment = db.first('enrollments', (row) => row.course_id === courseId && row.user_id === user.id && row.status === 'active');
  if (!enrollment) return;
  const summary = courseProgress(db, user.id, courseId);
  if (summary.total_lectures === 0 || summary.completed_lectures < summary.total_lectures) return;
  const now = db.now();
  db.update('enrollments', enrollment.id, { status: 'completed', completed_at: toTimestamp(now) });
  const course = db.find('courses', courseId, { withTrashed: true })!;
  notify(db, user.id, 'course_completed', { course_id: courseId, course_title: course.title });
  // One certificate per learner and course: finishing again after re-enrolling keeps the first.
  if (db.first('certificates', (row) => row.user_id === user.id && row.course_id === courseId)) return;
  let number = certificateNumber(now, randomHex8());
  while (db.first('certificates', (row) => row.certificate_number === number)) number = certificateNumber(now, randomHex8());
  const certificate = db.insert('certificates', { user_id: user.id, course_id: courseId, certificate_number: number, issued_at: toTimestamp(now) });
  notify(db, user.id, 'certificate_issued', { course_id: courseId, course_title: course.title, certificate_number: certificate.certificate_number });
}
