import * as z from 'zod/mini';
import { bool, decimal, id, jsonObject, nullableTimestamp, timestamps } from './wire.js';
import { PublicUser, Instructor } from './users.js';
import { bothDirections } from './sort-keys.js';

/** A category; the tree is built from `parent_id`, `children` present with `include=children`. */
export interface Category {
  id: number;
  name: string;
  slug: string;
  parent_id: number | null;
  description: string | null;
  created_at: string | null;
  updated_at: string | null;
  children?: Category[] | undefined;
  parent?: Category | null | undefined;
}
export const Category: z.ZodMiniType<Category> = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  parent_id: z.nullable(id),
  description: z.nullable(z.string()),
  ...timestamps,
  get children() {
    return z.optional(z.array(Category));
  },
  get parent() {
    return z.optional(z.nullable(Category));
  },
});

/** A tag. */
export const Tag = z.object({ id, name: z.string(), slug: z.string(), ...timestamps });
export type Tag = z.infer<typeof Tag>;

/** A row of `course_tag`. */
export const CourseTag = z.object({ course_id: id, tag_id: id });
export type CourseTag = z.infer<typeof CourseTag>;

/** A row of `course_instructors`. */
export const CourseInstructor = z.object({ id, course_id: id, user_id: id, is_primary: bool, ...timestamps });
export type CourseInstructor = z.infer<typeof CourseInstructor>;

/** A file in `media`, attached polymorphically through `model_type`/`model_id`. `url` is the resolved public URL when the server adds it. */
export const Media = z.object({
  id,
  disk: z.string(),
  path: z.string(),
  file_name: z.nullable(z.string()),
  mime_type: z.nullable(z.string()),
  size: z.nullable(z.number()),
  model_type: z.nullable(z.string()),
  model_id: z.nullable(id),
  meta: z.nullable(jsonObject),
  url: z.optional(z.nullable(z.string())),
  ...timestamps,
});
export type Media = z.infer<typeof Media>;

/** A course's instructor: the public user, with the pivot's `is_primary` and the profile when included. */
export const CourseInstructorUser = z.extend(PublicUser, {
  is_primary: z.optional(bool),
  pivot: z.optional(z.object({ is_primary: bool })),
  instructor: z.optional(z.nullable(Instructor)),
});
export type CourseInstructorUser = z.infer<typeof CourseInstructorUser>;

export const CourseLevel = z.enum(['Beginner', 'Intermediate', 'Advanced']);
export type CourseLevel = z.infer<typeof CourseLevel>;
export const CourseStatus = z.enum(['draft', 'pending_review', 'published', 'archived']);
export type CourseStatus = z.infer<typeof CourseStatus>;

/** The fields `GET /courses` sorts by; `CourseSort` holds them as sort keys in both directions. */
export const COURSE_SORT_KEYS = ['title', 'rating', 'price', 'student_count', 'created_at'] as const;
/**
 * Sort keys of `GET /courses`; prefix `-` for descending. `rating` ranks by a Bayesian average, not
 * the plain mean: each course counts as if it had 10 more ratings of 4.0 stars, so a 5.0 from three
 * ratings does not outrank a 4.8 from three hundred.
 */
export const CourseSort = z.enum(bothDirections(COURSE_SORT_KEYS));
export type CourseSort = z.infer<typeof CourseSort>;

/** A course. Relations are present only when asked for with `include`. `price` `"0.00"` means free. */
export const Course = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  short_description: z.nullable(z.string()),
  /** Untrusted HTML: sanitize before rendering. */
  description: z.nullable(z.string()),
  category_id: z.nullable(id),
  price: decimal,
  level: CourseLevel,
  status: CourseStatus,
  duration_minutes: z.nullable(z.number()),
  lecture_count: z.number(),
  student_count: z.number(),
  rating: decimal,
  is_featured: bool,
  ...timestamps,
  deleted_at: z.optional(nullableTimestamp),
  category: z.optional(z.nullable(Category)),
  tags: z.optional(z.array(Tag)),
  instructors: z.optional(z.array(CourseInstructorUser)),
  media: z.optional(z.array(Media)),
});
export type Course = z.infer<typeof Course>;
