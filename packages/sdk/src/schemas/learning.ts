import * as z from 'zod/mini';
import { bool, decimal, id, jsonObject, nullableTimestamp, timestamps } from './wire.js';
import { Course } from './catalog.js';
import { PublicUser } from './users.js';

export const EnrollmentStatus = z.enum(['active', 'completed', 'refunded', 'cancelled']);
export type EnrollmentStatus = z.infer<typeof EnrollmentStatus>;

/** An enrollment of a user in a course; `course` included on `GET /me/enrollments`. */
export const Enrollment = z.object({
  id,
  course_id: id,
  user_id: id,
  status: EnrollmentStatus,
  enrolled_at: nullableTimestamp,
  completed_at: nullableTimestamp,
  ...timestamps,
  course: z.optional(Course),
  user: z.optional(PublicUser),
});
export type Enrollment = z.infer<typeof Enrollment>;

/** A row of `lecture_progress`. `completed` is the server's verdict, when it sends one. */
export const LectureProgress = z.object({
  id,
  lecture_id: id,
  user_id: id,
  watched_seconds: z.number(),
  last_watched_at: nullableTimestamp,
  ...timestamps,
  completed: z.optional(bool),
});
export type LectureProgress = z.infer<typeof LectureProgress>;

/** `GET /courses/{id}/progress`: the learner's progress through a course. */
export const CourseProgress = z.object({
  completed_lectures: z.number(),
  total_lectures: z.number(),
  percent: z.number(),
  lectures: z.array(z.object({ lecture_id: id, watched_seconds: z.number(), completed: bool })),
});
export type CourseProgress = z.infer<typeof CourseProgress>;

/** A certificate of completion. */
export const Certificate = z.object({
  id,
  user_id: id,
  course_id: id,
  certificate_number: z.string(),
  issued_at: nullableTimestamp,
  file_path: z.nullable(z.string()),
  ...timestamps,
  course: z.optional(Course),
});
export type Certificate = z.infer<typeof Certificate>;

/** `GET /certificates/{number}`: public verification, no private learner data. */
export const CertificateVerification = z.object({
  valid: bool,
  certificate_number: z.string(),
  learner_name: z.nullable(z.string()),
  course_title: z.nullable(z.string()),
  issued_at: nullableTimestamp,
});
export type CertificateVerification = z.infer<typeof CertificateVerification>;

/** A notification (`course_enrolled`, `course_completed`, `certificate_issued`, ...). */
export const Notification = z.object({
  id,
  user_id: id,
  type: z.string(),
  data: z.nullable(jsonObject),
  read: bool,
  ...timestamps,
});
export type Notification = z.infer<typeof Notification>;

/** `POST /me/notifications/read-all`: how many were marked. */
export const NotificationsReadAll = z.object({ updated: z.number() });
export type NotificationsReadAll = z.infer<typeof NotificationsReadAll>;

/** A wishlist entry; `course` included on `GET /me/wishlist`. */
export const Wishlist = z.object({ id, user_id: id, course_id: id, ...timestamps, course: z.optional(Course) });
export type Wishlist = z.infer<typeof Wishlist>;

/** A review. `body` is untrusted HTML or text. Unapproved reviews are visible to their author only. */
export const Review = z.object({
  id,
  course_id: id,
  user_id: id,
  /** Stars, 1 to 5. */
  rating: z.number(),
  body: z.nullable(z.string()),
  is_approved: bool,
  ...timestamps,
  user: z.optional(PublicUser),
});
export type Review = z.infer<typeof Review>;

/** `GET /courses/{id}/reviews/summary`. `histogram` counts approved reviews per star. */
export const ReviewSummary = z.object({
  average: decimal,
  count: z.number(),
  histogram: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;
