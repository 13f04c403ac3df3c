/**
 * Sections and lectures. A locked lecture keeps its outline (title, type, duration) but loses
 * `content`, `external_url` and `media`, and says so with `is_locked: true`.
 *
 * @module
 */
import { MORPH_TYPES } from '../domain/morphs.js';
import type { LectureRow, SectionRow } from '../store/schema.js';
import { media } from './catalog.js';
import type { View } from './view.js';

/**
 * A lecture. `unlocked` decides whether its content is included: `content`, `external_url` and
 * `media` (its files, with signed URLs: the video, its caption tracks, a download). A `quiz`
 * lecture links its quiz through `quiz_id`: the course's quiz with the same title.
 */
export function lecture(row: LectureRow, view: View, courseId: number, unlocked: boolean) {
  const quiz = row.type === 'quiz' ? view.db.first('quizzes', (candidate) => candidate.course_id === courseId && candidate.title === row.title) : undefined;
  return {
    id: row.id,
    section_id: row.section_id,
    title: row.title,
    type: row.type,
    external_url: unlocked && row.external_url !== null ? view.fileUrl(row.external_url) : null,
    duration_seconds: row.duration_seconds,
    content: unlocked ? row.content : null,
    is_preview: row.is_preview,
    position: row.position,
    created_at: row.created_at,
    updated_at: row.updated_at,
    is_locked: !unlocked,
    ...(row.type === 'quiz' ? { quiz_id: quiz?.id ?? null } : {}),
    ...(unlocked ? { media: view.db.where('media', (file) => file.model_type === MORPH_TYPES.lecture && file.model_id === row.id).map((file) => media(file, view)) } : {}),
  };
}

/** A section, with its (already serialized) lectures when given. */
export function section(row: SectionRow, lectures?: unknown[]) {
  return {
    id: row.id,
    course_id: row.course_id,
    title: row.title,
    position: row.position,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(lectures ? { lectures } : {}),
  };
}
