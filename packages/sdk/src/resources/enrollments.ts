import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { Enrollment } from '../generated/validators.js';
import { resource } from '../core/validator.js';
import type { EnrollmentListParams } from '../schemas/params.js';

const ENROLLMENT_FILTERS = ['status'] as const;

/** Enrollments: the signed-in learner's, enrolling in free courses, and a course's roster. */
export class Enrollments extends APIResource {
  /**
   * Lists the signed-in user's enrollments, each with its course. `GET /me/enrollments`
   *
   * `status` is sent as `filter[status]`.
   *
   * @example
   * ```ts
   * const { data } = await ck.enrollments.list({ status: 'active' });
   * for (const enrollment of data) console.log(enrollment.course?.title);
   * ```
   */
  list(params: EnrollmentListParams = {}, options?: RequestOptions): PagePromise<Enrollment> {
    return this._client.getPage('me/enrollments', Enrollment, listQuery(params, ENROLLMENT_FILTERS), options);
  }

  /**
   * Retrieves the signed-in user's enrollment in a course. `GET /courses/{id}/enrollment`
   *
   * @throws {NotFoundError} 404 when the user is not enrolled in the course.
   *
   * @example
   * ```ts
   * try {
   *   const enrollment = await ck.enrollments.retrieve(42);
   *   console.log(enrollment.status);
   * } catch (error) {
   *   if (isNotFoundError(error)) showEnrollButton();
   *   else throw error;
   * }
   * ```
   */
  retrieve(courseId: number, options?: RequestOptions): Promise<Enrollment> {
    return this._client.get(`courses/${segment(courseId)}/enrollment`, { ...options, schema: resource(Enrollment) });
  }

  /**
   * Enrolls the signed-in user in a free course. `POST /courses/{id}/enroll`
   *
   * @throws {PaymentRequiredError} 402 when the course is paid: buy it with `orders.create()`
   * instead (a $0 order also enrolls).
   *
   * @example
   * ```ts
   * try {
   *   await ck.enrollments.enroll(42);
   * } catch (error) {
   *   if (isPaymentRequiredError(error)) await ck.orders.create({ items: [{ course_id: 42 }] });
   *   else throw error;
   * }
   * ```
   */
  enroll(courseId: number, options?: RequestOptions): Promise<Enrollment> {
    return this._client.post(`courses/${segment(courseId)}/enroll`, { ...options, schema: resource(Enrollment) });
  }

  /**
   * Lists a course's enrollments, each with its learner (the course's instructors and admins).
   * `GET /courses/{id}/enrollments`
   *
   * @throws {PermissionDeniedError} 403 when the signed-in user neither teaches the course nor is an admin.
   *
   * @example
   * ```ts
   * for await (const enrollment of ck.enrollments.listForCourse(42, { status: 'completed' })) console.log(enrollment.user?.name);
   * ```
   */
  listForCourse(courseId: number, params: EnrollmentListParams = {}, options?: RequestOptions): PagePromise<Enrollment> {
    return this._client.getPage(`courses/${segment(courseId)}/enrollments`, Enrollment, listQuery(params, ENROLLMENT_FILTERS), options);
  }
}
