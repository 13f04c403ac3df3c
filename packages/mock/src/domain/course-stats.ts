/**
 * The denormalized counters of `courses` (`lecture_count`, `duration_minutes`, `student_count`,
 * `rating`), recomputed from their source tables whenever those change, as model observers
 * would in the Laravel app.
 *
 * @module
 */
import type { Database } from '../store/database.js';
import type { LectureRow, SectionRow } from '../store/schema.js';
import { money } from './pricing.js';

/** The course's sections, by `position` then id. */
export function courseSections(db: Database, courseId: number): SectionRow[] {
  return db.where('sections', (section) => section.course_id === courseId).sort((a, b) => a.position - b.position || a.id - b.id);
}

/** The lectures of one section, by `position` then id. */
export function sectionLectures(db: Database, sectionId: number): LectureRow[] {
  return db.where('lectures', (lecture) => lecture.section_id === sectionId).sort((a, b) => a.position - b.position || a.id - b.id);
}

/** Every lecture of the course in curriculum order. */
export function courseLectures(db: Database, courseId: number): LectureRow[] {
  return courseSections(db, courseId).flatMap((section) => sectionLectures(db, section.id));
}

/** Recomputes `lecture_count` and `duration_minutes` (null when no lecture has a duration). */
export function refreshCurriculumStats(db: Database, courseId: number): void {
  const lectures = courseLectures(db, courseId);
  const timed = lectures.filter((lecture) => lecture.duration_seconds !== null);
  const seconds = timed.reduce((sum, lecture) => sum + lecture.duration_seconds!, 0);
  db.update('courses', courseId, { lecture_count: lectures.length, duration_minutes: timed.length ? Math.round(seconds / 60) : null });
}

/** Recomputes `student_count`: active and completed enrollments (refunded and cancelled ones do not count). */
export function refreshStudentCount(db: Database, courseId: number): void {
  const count = db.count('enrollments', (row) => row.course_id === courseId && (row.status === 'active' || row.status === 'completed'));
  db.update('courses', courseId, { student_count: count });
}

/** Recomputes `rating`: the mean of approved reviews, rounded half up to two decimals, `0.00` without any. */
export function refreshRating(db: Database, courseId: number): void {
  const ratings = db.where('reviews', (review) => review.course_id === courseId && review.is_approved).map((review) => review.rating);
  db.update('courses', courseId, { rating: averageRating(ratings) });
}

/** The mean of star ratings as a decimal string (`[5, 4, 4]` → `"4.33"`), in integer arithmetic. */
export function averageRating(ratings: readonly number[]): string {
  if (!ratings.length) return '0.00';
  const sum = ratings.reduce((a, b) => a + b, 0);
  return money(Math.floor((sum * 200 + ratings.length) / (2 * ratings.length)));
}

/** Recomputes every counter of the course. */
export function refreshCourseStats(db: Database, courseId: number): void {
  refreshCurriculumStats(db, courseId);
  refreshStudentCount(db, courseId);
  refreshRating(db, courseId);
}
