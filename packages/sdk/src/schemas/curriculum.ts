import * as z from 'zod/mini';
import { bool, id, timestamps } from './wire.js';
import { Media } from './catalog.js';

export const LectureType = z.enum(['video', 'text', 'file', 'quiz', 'assignment']);
export type LectureType = z.infer<typeof LectureType>;

/**
 * A lecture. `content` and `external_url` are `null` unless the user is enrolled or the lecture
 * is a preview; `content` is untrusted HTML.
 */
export const Lecture = z.object({
  id,
  section_id: id,
  title: z.string(),
  type: LectureType,
  external_url: z.nullable(z.string()),
  duration_seconds: z.nullable(z.number()),
  content: z.nullable(z.string()),
  is_preview: bool,
  position: z.number(),
  ...timestamps,
  /** Whether the current user may open it; added by the server for learners. */
  is_locked: z.optional(bool),
  /** The quiz a `quiz` lecture opens, when the server links it. */
  quiz_id: z.optional(z.nullable(id)),
  /**
   * The lecture's files (`media` rows with `model_type` `App\Models\Lecture`), sent where
   * `content` and `external_url` are (to learners with access, to staff, for previews), never
   * for a locked lecture. A video lecture hosted by the school has its video (`mime_type`
   * `video/*`) and caption tracks (`text/vtt`, `meta: {kind: 'captions', srclang, label}`); a
   * `file` lecture its download. A lecture on YouTube or Vimeo has an `external_url` instead.
   * `url` may be signed: use it as given, it opens the file without the bearer token.
   */
  media: z.optional(z.array(Media)),
});
export type Lecture = z.infer<typeof Lecture>;

/** A section; `lectures` present in the curriculum or with `include=lectures`. */
export const Section = z.object({
  id,
  course_id: id,
  title: z.string(),
  position: z.number(),
  ...timestamps,
  lectures: z.optional(z.array(Lecture)),
});
export type Section = z.infer<typeof Section>;
