/**
 * Laravel's morph class names, as stored in `media.model_type` (`nullableMorphs('model')`).
 *
 * @module
 */

/** The models a media file can belong to, by morph class. */
export const MORPH_TYPES = {
  course: 'App\\Models\\Course',
  lecture: 'App\\Models\\Lecture',
  user: 'App\\Models\\User',
} as const;

/** A morph class the mock knows. */
export type MorphType = (typeof MORPH_TYPES)[keyof typeof MORPH_TYPES];
