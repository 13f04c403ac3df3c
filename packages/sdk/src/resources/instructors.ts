import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { Course } from '../generated/validators.js';
import { Instructor } from '../generated/validators.js';
import { resource } from '../core/validator.js';
import type { InstructorCourseListParams } from '../schemas/params.js';

/** Public instructor profiles and the courses they teach. */
export class Instructors extends APIResource {
  /**
   * Retrieves an instructor's public profile, with the public fields of its user. `GET /instructors/{slug}`
   *
   * @example
   * ```ts
   * const instructor = await ck.instructors.retrieve('ada-lovelace');
   * console.log(instructor.user?.name, instructor.company);
   * ```
   */
  retrieve(slug: string, options?: RequestOptions): Promise<Instructor> {
    return this._client.get(`instructors/${segment(slug)}`, { ...options, schema: resource(Instructor) });
  }

  /**
   * Lists the published courses an instructor teaches. `GET /instructors/{slug}/courses`
   *
   * @example
   * ```ts
   * for await (const course of ck.instructors.listCourses('ada-lovelace', { sort: '-student_count' })) console.log(course.title);
   * ```
   */
  listCourses(slug: string, params: InstructorCourseListParams = {}, options?: RequestOptions): PagePromise<Course> {
    return this._client.getPage(`instructors/${segment(slug)}/courses`, Course, listQuery(params, []), options);
  }
}
