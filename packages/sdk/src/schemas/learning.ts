import * as z from 'zod/mini';
import { bool, decimal, id, nullableTimestamp, timestamps } from './wire.js';
import { Course } from './catalog.js';
import { PublicUser } from './users.js';

/**
 * Where an enrollment stands: `active` (learning), `completed` (every lecture done), `refunded` or
 * `cancelled` (access revoked).
 */
export const EnrollmentStatus = z.enum(['active', 'completed', 'refunded', 'cancelled']);
export type EnrollmentStatus = z.infer<typeof EnrollmentStatus>;

/** An enrollment of a user in a course; `course` included on `GET /me/enrollments`. */
export const Enrollment = z.object({
  id,
  /** Id of the course. */
  course_id: id,
  /** Id of the enrolled learner. */
  user_id: id,
  /** `active`, `completed`, `refunded` or `cancelled`; only `active` and `completed` give access. */
  status: EnrollmentStatus,
  /** When access began. */
  enrolled_at: nullableTimestamp,
  /** When the learner completed the course; `null` until then. */
  completed_at: nullableTimestamp,
  ...timestamps,
  /** The course, when included. */
  course: z.optional(Course),
  /** The learner's public user, on instructors' and admins' lists. */
  user: z.optional(PublicUser),
});
export type Enrollment = z.infer<typeof Enrollment>;

/** A row of `lecture_progress`. `completed` is the server's verdict, when it sends one. */
export const LectureProgress = z.object({
  id,
  /** Id of the lecture. */
  lecture_id: id,
  /** Id of the learner. */
  user_id: id,
  /** Furthest point watched, in seconds; the server keeps the maximum it has seen. */
  watched_seconds: z.number(),
  /** When progress was last reported; `null` when never. */
  last_watched_at: nullableTimestamp,
  ...timestamps,
  /** Whether the server counts the lecture as done (absent from backends that do not say). */
  completed: z.optional(bool),
});
export type LectureProgress = z.infer<typeof LectureProgress>;

/** `GET /courses/{id}/progress`: the learner's progress through a course. */
export const CourseProgress = z.object({
  /** How many of the course's lectures the learner has completed. */
  completed_lectures: z.number(),
  /** How many lectures the course has. */
  total_lectures: z.number(),
  /** `completed_lectures / total_lectures` as a whole percentage, 0 to 100. */
  percent: z.number(),
  /** Progress per lecture the learner has started. */
  lectures: z.array(
    z.object({
      /** Id of the lecture. */
      lecture_id: id,
      /** Furthest point watched, in seconds. */
      watched_seconds: z.number(),
      /** Whether the server counts the lecture as done. */
      completed: bool,
    }),
  ),
});
export type CourseProgress = z.infer<typeof CourseProgress>;

/** A wishlist entry; `course` included on `GET /me/wishlist`. */
export const Wishlist = z.object({
  id,
  /** Id of the user whose wishlist it is. */
  user_id: id,
  /** Id of the wished-for course. */
  course_id: id,
  ...timestamps,
  /** The course, when included. */
  course: z.optional(Course),
});
export type Wishlist = z.infer<typeof Wishlist>;

/** A review. `body` is untrusted HTML or text. Unapproved reviews are visible to their author only. */
export const Review = z.object({
  id,
  /** Id of the reviewed course. */
  course_id: id,
  /** Id of the author. */
  user_id: id,
  /** Stars, 1 to 5. */
  rating: z.number(),
  /** Review text, `null` for a rating without words. Untrusted HTML or text: sanitize before rendering. */
  body: z.nullable(z.string()),
  /** Whether a moderator approved it; unapproved reviews are shown to their author only. */
  is_approved: bool,
  ...timestamps,
  /** The author's public user, when included. */
  user: z.optional(PublicUser),
});
export type Review = z.infer<typeof Review>;

/** `GET /courses/{id}/reviews/summary`. `histogram` counts approved reviews per star. */
export const ReviewSummary = z.object({
  /** Mean of the approved ratings as a decimal string (`"4.50"`), `"0.00"` without reviews. */
  average: decimal,
  /** How many approved reviews there are. */
  count: z.number(),
  /** Approved reviews per star: keys `1` to `5`, each a count. */
  histogram: z.object({
    /** Approved one-star reviews. */
    1: z.number(),
    /** Approved two-star reviews. */
    2: z.number(),
    /** Approved three-star reviews. */
    3: z.number(),
    /** Approved four-star reviews. */
    4: z.number(),
    /** Approved five-star reviews. */
    5: z.number(),
  }),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;
