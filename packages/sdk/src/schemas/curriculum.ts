import * as z from 'zod/mini';
import { bool, id, timestamps } from './wire.js';
import { Media } from './catalog.js';

/**
 * What a lecture holds: a `video`, `text` (HTML `content`), a downloadable `file`, a `quiz` (see `quiz_id`)
 * or an `assignment`.
 */
export const LectureType = z.enum(['video', 'text', 'file', 'quiz', 'assignment']);
export type LectureType = z.infer<typeof LectureType>;

/**
 * A lecture. `content` and `external_url` are `null` unless the user is enrolled or the lecture
 * is a preview; `content` is untrusted HTML.
 */
export const Lecture = z.object({
  id,
  /** Id of the section the lecture belongs to. */
  section_id: id,
  /** Lecture title. */
  title: z.string(),
  /** What the lecture holds; decides how a player renders it. */
  type: LectureType,
  /** A video hosted elsewhere (YouTube, Vimeo or a direct file URL); `null` when locked or not applicable. */
  external_url: z.nullable(z.string()),
  /** Length in seconds, `null` when unknown or not a timed lecture. */
  duration_seconds: z.nullable(z.number()),
  /** Body of a `text` lecture (untrusted HTML: sanitize before rendering); `null` when locked. */
  content: z.nullable(z.string()),
  /** Whether anyone may open the lecture without enrolling (a free preview). */
  is_preview: bool,
  /** Order within its section, ascending from 0. */
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
  /** Id of the course the section belongs to. */
  course_id: id,
  /** Section title. */
  title: z.string(),
  /** Order within the course, ascending from 0. */
  position: z.number(),
  ...timestamps,
  /** The section's lectures in `position` order. */
  lectures: z.optional(z.array(Lecture)),
});
export type Section = z.infer<typeof Section>;
