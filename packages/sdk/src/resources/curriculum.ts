import { APIResource } from '../core/resource.js';
import { segment, type RequestOptions } from '../core/request.js';
import { Lecture, Section } from '../generated/validators.js';
import { anyBody, collection, resource } from '../core/validator.js';
import type {
  CurriculumReorderParams,
  LectureCreateParams,
  LectureUpdateParams,
  SectionCreateParams,
  SectionUpdateParams,
} from '../schemas/params.js';

/** A course's whole curriculum: its sections in order, each with its lectures. */
export class Curriculum extends APIResource {
  /**
   * Retrieves the curriculum of a course. `GET /courses/{id}/curriculum`
   *
   * Lecture `content` and `external_url` are `null` unless the user is enrolled or the lecture
   * is a preview, so the same call serves the public outline and the learner's player.
   *
   * @example
   * ```ts
   * const sections = await ck.curriculum.retrieve(42);
   * for (const section of sections) console.log(section.title, section.lectures?.length);
   * ```
   */
  retrieve(courseId: number, options?: RequestOptions): Promise<Section[]> {
    return this._client.get(`courses/${segment(courseId)}/curriculum`, { ...options, schema: collection(Section) });
  }

  /**
   * Reorders sections, and lectures within them, in one request (instructor or admin).
   * `POST /courses/{id}/curriculum/reorder`
   *
   * @example
   * ```ts
   * const sections = await ck.curriculum.reorder(42, {
   *   sections: [
   *     { id: 6, position: 1, lectures: [{ id: 12, position: 1 }, { id: 9, position: 2 }] },
   *     { id: 5, position: 2 },
   *   ],
   * });
   * ```
   */
  reorder(courseId: number, params: CurriculumReorderParams, options?: RequestOptions): Promise<Section[]> {
    return this._client.post(`courses/${segment(courseId)}/curriculum/reorder`, { ...options, body: params, schema: collection(Section) });
  }
}

/** Sections of a course (instructor and admin CRUD). */
export class Sections extends APIResource {
  /**
   * Lists the sections of a course, in position order. `GET /courses/{id}/sections`
   *
   * @example
   * ```ts
   * const sections = await ck.sections.list(42);
   * ```
   */
  list(courseId: number, options?: RequestOptions): Promise<Section[]> {
    return this._client.get(`courses/${segment(courseId)}/sections`, { ...options, schema: collection(Section) });
  }

  /**
   * Adds a section to a course. `POST /courses/{id}/sections`
   *
   * @example
   * ```ts
   * const section = await ck.sections.create(42, { title: 'Generics', position: 3 });
   * ```
   */
  create(courseId: number, params: SectionCreateParams, options?: RequestOptions): Promise<Section> {
    return this._client.post(`courses/${segment(courseId)}/sections`, { ...options, body: params, schema: resource(Section) });
  }

  /**
   * Retrieves a section. `GET /sections/{id}`
   *
   * @example
   * ```ts
   * const section = await ck.sections.retrieve(5);
   * ```
   */
  retrieve(id: number, options?: RequestOptions): Promise<Section> {
    return this._client.get(`sections/${segment(id)}`, { ...options, schema: resource(Section) });
  }

  /**
   * Renames or moves a section. `PATCH /sections/{id}`
   *
   * @example
   * ```ts
   * await ck.sections.update(5, { title: 'The basics' });
   * ```
   */
  update(id: number, params: SectionUpdateParams, options?: RequestOptions): Promise<Section> {
    return this._client.patch(`sections/${segment(id)}`, { ...options, body: params, schema: resource(Section) });
  }

  /**
   * Deletes a section and its lectures. `DELETE /sections/{id}`
   *
   * @example
   * ```ts
   * await ck.sections.delete(5);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`sections/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}

/** Lectures: opening one as a learner, and CRUD for instructors and admins. */
export class Lectures extends APIResource {
  /**
   * Retrieves a lecture with its content. `GET /lectures/{id}`
   *
   * @throws {PermissionDeniedError} 403 when the lecture is locked: the user is not enrolled
   * and the lecture is not a preview.
   *
   * @example
   * ```ts
   * try {
   *   const lecture = await ck.lectures.retrieve(9);
   * } catch (error) {
   *   if (isPermissionDeniedError(error)) showEnrollPrompt();
   * }
   * ```
   */
  retrieve(id: number, options?: RequestOptions): Promise<Lecture> {
    return this._client.get(`lectures/${segment(id)}`, { ...options, schema: resource(Lecture) });
  }

  /**
   * Lists the lectures of a section, in position order. `GET /sections/{id}/lectures`
   *
   * @example
   * ```ts
   * const lectures = await ck.lectures.list(5);
   * ```
   */
  list(sectionId: number, options?: RequestOptions): Promise<Lecture[]> {
    return this._client.get(`sections/${segment(sectionId)}/lectures`, { ...options, schema: collection(Lecture) });
  }

  /**
   * Adds a lecture to a section. `POST /sections/{id}/lectures`
   *
   * @example
   * ```ts
   * const lecture = await ck.lectures.create(5, { title: 'Union types', type: 'video', external_url: 'https://video.example/10', duration_seconds: 420 });
   * ```
   */
  create(sectionId: number, params: LectureCreateParams, options?: RequestOptions): Promise<Lecture> {
    return this._client.post(`sections/${segment(sectionId)}/lectures`, { ...options, body: params, schema: resource(Lecture) });
  }

  /**
   * Updates a lecture; `section_id` moves it to another section of the same course. `PATCH /lectures/{id}`
   *
   * @example
   * ```ts
   * await ck.lectures.update(9, { is_preview: true });
   * ```
   */
  update(id: number, params: LectureUpdateParams, options?: RequestOptions): Promise<Lecture> {
    return this._client.patch(`lectures/${segment(id)}`, { ...options, body: params, schema: resource(Lecture) });
  }

  /**
   * Deletes a lecture. `DELETE /lectures/{id}`
   *
   * @example
   * ```ts
   * await ck.lectures.delete(9);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`lectures/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }
}
