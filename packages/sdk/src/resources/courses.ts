import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { Course, CourseInstructor, Tag } from '../generated/validators.js';
import { anyBody, collection, resource } from '../core/validator.js';
import type {
  CourseCreateParams,
  CourseInstructorsParams,
  CourseListParams,
  CourseRetrieveParams,
  CourseTagsParams,
  CourseUpdateParams,
} from '../schemas/params.js';

const COURSE_FILTERS = ['search', 'category', 'tag', 'level', 'price', 'min_rating', 'featured', 'instructor'] as const;

/** Courses: the public catalog, and authoring for instructors and admins. */
export class Courses extends APIResource {
  /**
   * Lists published courses. `GET /courses`
   *
   * Filters are sent as `filter[name]`; `sort` and `include` as comma lists.
   *
   * @example
   * ```ts
   * const page = await ck.courses.list({ category: 'web-development', level: 'Beginner', sort: '-rating', include: ['instructors'] });
   * for await (const course of ck.courses.list({ price: 'free' })) console.log(course.title);
   * ```
   */
  list(params: CourseListParams = {}, options?: RequestOptions): PagePromise<Course> {
    return this._client.getPage('courses', Course, listQuery(params, COURSE_FILTERS), options);
  }

  /**
   * Retrieves a course by id or slug. `GET /courses/{id or slug}`
   *
   * @example
   * ```ts
   * const course = await ck.courses.retrieve('intro-to-typescript', { include: ['category', 'tags', 'instructors', 'media'] });
   * ```
   */
  retrieve(idOrSlug: number | string, params: CourseRetrieveParams = {}, options?: RequestOptions): Promise<Course> {
    return this._client.get(`courses/${segment(idOrSlug)}`, { ...options, query: listQuery(params, []), schema: resource(Course) });
  }

  /**
   * Creates a draft course (instructor or admin). `POST /courses`
   *
   * @example
   * ```ts
   * const draft = await ck.courses.create({ title: 'Rust for Web Developers', price: '49.00', level: 'Intermediate' });
   * ```
   */
  create(params: CourseCreateParams, options?: RequestOptions): Promise<Course> {
    return this._client.post('courses', { ...options, body: params, schema: resource(Course) });
  }

  /**
   * Updates a course (its instructor or an admin). `PATCH /courses/{id}`
   *
   * @example
   * ```ts
   * await ck.courses.update(42, { price: '39.00' });
   * ```
   */
  update(id: number, params: CourseUpdateParams, options?: RequestOptions): Promise<Course> {
    return this._client.patch(`courses/${segment(id)}`, { ...options, body: params, schema: resource(Course) });
  }

  /**
   * Soft-deletes a course. `DELETE /courses/{id}`
   *
   * @example
   * ```ts
   * await ck.courses.delete(42);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`courses/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }

  /**
   * Submits a draft for review: `draft` → `pending_review`. `POST /courses/{id}/submit`
   *
   * @example
   * ```ts
   * const course = await ck.courses.submit(42); // course.status === 'pending_review'
   * ```
   */
  submit(id: number, options?: RequestOptions): Promise<Course> {
    return this._client.post(`courses/${segment(id)}/submit`, { ...options, schema: resource(Course) });
  }

  /**
   * Publishes a course under review (admin only): `pending_review` → `published`. `POST /courses/{id}/publish`
   *
   * @example
   * ```ts
   * const course = await adminClient.courses.publish(42);
   * ```
   */
  publish(id: number, options?: RequestOptions): Promise<Course> {
    return this._client.post(`courses/${segment(id)}/publish`, { ...options, schema: resource(Course) });
  }

  /**
   * Replaces the course's instructors. `PUT /courses/{id}/instructors`
   *
   * @example
   * ```ts
   * await ck.courses.setInstructors(42, { instructors: [{ user_id: 7, is_primary: true }, { user_id: 9 }] });
   * ```
   */
  setInstructors(id: number, params: CourseInstructorsParams, options?: RequestOptions): Promise<CourseInstructor[]> {
    return this._client.put(`courses/${segment(id)}/instructors`, { ...options, body: params, schema: collection(CourseInstructor) });
  }

  /**
   * Replaces the course's tags. `PUT /courses/{id}/tags`
   *
   * @example
   * ```ts
   * await ck.courses.setTags(42, { tag_ids: [1, 4] });
   * ```
   */
  setTags(id: number, params: CourseTagsParams, options?: RequestOptions): Promise<Tag[]> {
    return this._client.put(`courses/${segment(id)}/tags`, { ...options, body: params, schema: collection(Tag) });
  }
}
