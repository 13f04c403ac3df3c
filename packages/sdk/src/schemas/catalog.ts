import * as z from 'zod/mini';
import { bool, decimal, id, jsonObject, nullableTimestamp, timestamps } from './wire.js';
import { PublicUser, Instructor } from './users.js';
import { bothDirections } from './sort-keys.js';

/** A category; the tree is built from `parent_id`, `children` present with `include=children`. */
export interface Category {
  /** Category id. */
  id: number;
  /** Display name. */
  name: string;
  /** URL key, unique: `GET /categories/{slug}` and the catalog's `category` filter take it. */
  slug: string;
  /** Id of the parent category; `null` for a top-level category. */
  parent_id: number | null;
  /** Longer description, `null` when there is none. */
  description: string | null;
  /** When the category was created (ISO 8601), `null` when unknown. */
  created_at: string | null;
  /** When it last changed (ISO 8601), `null` when unknown. */
  updated_at: string | null;
  /** Direct subcategories, present with `include=children`. */
  children?: Category[] | undefined;
  /** The parent category, present with `include=parent`; `null` at the top level. */
  parent?: Category | null | undefined;
}
/** Schema of a `Category`; recursive through `children` and `parent`, hence the explicit type. */
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
export const Tag = z.object({
  id,
  /** Display name. */
  name: z.string(),
  /** URL key, unique: the catalog's `tag` filter takes it. */
  slug: z.string(),
  ...timestamps,
});
export type Tag = z.infer<typeof Tag>;

/** A row of `course_tag`. */
export const CourseTag = z.object({
  /** Id of the tagged course. */
  course_id: id,
  /** Id of the tag. */
  tag_id: id,
});
export type CourseTag = z.infer<typeof CourseTag>;

/** A row of `course_instructors`. */
export const CourseInstructor = z.object({
  id,
  /** Id of the course. */
  course_id: id,
  /** Id of the instructor's user. */
  user_id: id,
  /** Whether this is the course's primary instructor (exactly one per course). */
  is_primary: bool,
  ...timestamps,
});
export type CourseInstructor = z.infer<typeof CourseInstructor>;

/** A file in `media`, attached polymorphically through `model_type`/`model_id`. `url` is the resolved public URL when the server adds it. */
export const Media = z.object({
  id,
  /** Laravel filesystem disk the file is stored on (`public`, `s3`, ...). */
  disk: z.string(),
  /** Path of the file on its disk. */
  path: z.string(),
  /** Original file name, `null` when unknown. */
  file_name: z.nullable(z.string()),
  /** MIME type (`video/mp4`, `text/vtt`, `image/png`, ...), `null` when unknown. */
  mime_type: z.nullable(z.string()),
  /** Size in bytes, `null` when unknown. */
  size: z.nullable(z.number()),
  /**
   * Class of the owning model, such as `App\Models\Course` or `App\Models\Lecture`; `null` when unattached.
   */
  model_type: z.nullable(z.string()),
  /** Id of the owning model; `null` when unattached. */
  model_id: z.nullable(id),
  /**
   * Extra facts about the file (a caption track's `kind`, `srclang` and `label`, an image's `alt`), `null`
   * when none.
   */
  meta: z.nullable(jsonObject),
  /** Public (possibly signed) URL to load the file from; use as given. */
  url: z.optional(z.nullable(z.string())),
  ...timestamps,
});
export type Media = z.infer<typeof Media>;

/** A course's instructor: the public user, with the pivot's `is_primary` and the profile when included. */
export const CourseInstructorUser = z.object({
  ...PublicUser.shape,
  /** Whether this is the course's primary instructor (flattened from the pivot by some backends). */
  is_primary: z.optional(bool),
  /** The `course_instructors` pivot row as Laravel serializes it. */
  pivot: z.optional(
    z.object({
      /** Whether this is the course's primary instructor. */
      is_primary: bool,
    }),
  ),
  /** The instructor profile, when included. */
  instructor: z.optional(z.nullable(Instructor)),
});
export type CourseInstructorUser = z.infer<typeof CourseInstructorUser>;

/** Who a course is for: `Beginner`, `Intermediate` or `Advanced`. */
export const CourseLevel = z.enum(['Beginner', 'Intermediate', 'Advanced']);
export type CourseLevel = z.infer<typeof CourseLevel>;
/**
 * Publication state: `draft`, `pending_review` (submitted), `published` (visible in the catalog) or
 * `archived`.
 */
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
  /** Course title. */
  title: z.string(),
  /** URL key, unique; `courses.retrieve()` accepts it as well as the id. */
  slug: z.string(),
  /** One or two plain-text sentences for cards and search results; `null` when not written. */
  short_description: z.nullable(z.string()),
  /** Untrusted HTML: sanitize before rendering. */
  description: z.nullable(z.string()),
  /** Id of the course's category, `null` when uncategorized. */
  category_id: z.nullable(id),
  /** Price as a decimal string in the school's currency (`"19.99"`); `"0.00"` means free. */
  price: decimal,
  /** `Beginner`, `Intermediate` or `Advanced`. */
  level: CourseLevel,
  /**
   * `draft`, `pending_review`, `published` or `archived`; the public catalog lists `published` courses only.
   */
  status: CourseStatus,
  /** Total length in minutes, `null` when unknown. */
  duration_minutes: z.nullable(z.number()),
  /** Number of lectures in the curriculum. */
  lecture_count: z.number(),
  /** Number of enrolled learners. */
  student_count: z.number(),
  /**
   * Plain average of the approved reviews' stars as a decimal string (`"4.60"`), `"0.00"` without reviews.
   */
  rating: decimal,
  /** Whether the school features the course (the catalog's `featured` filter). */
  is_featured: bool,
  ...timestamps,
  /** When the course was soft-deleted; admin and owner views only. */
  deleted_at: z.optional(nullableTimestamp),
  /** The category, with `include=category`. */
  category: z.optional(z.nullable(Category)),
  /** The tags, with `include=tags`. */
  tags: z.optional(z.array(Tag)),
  /** The instructors, primary first, with `include=instructors`. */
  instructors: z.optional(z.array(CourseInstructorUser)),
  /** Attached files (cover image, promo video), with `include=media`. */
  media: z.optional(z.array(Media)),
});
export type Course = z.infer<typeof Course>;
