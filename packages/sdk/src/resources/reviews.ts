import { APIResource } from '../core/resource.js';
import { listQuery } from '../core/query.js';
import { segment, type RequestOptions } from '../core/request.js';
import type { PagePromise } from '../core/pagination.js';
import { Review, ReviewSummary } from '../generated/validators.js';
import { anyBody, resource } from '../core/validator.js';
import type { ReviewCreateParams, ReviewListParams, ReviewModerateParams, ReviewUpdateParams } from '../schemas/params.js';

const REVIEW_FILTERS = ['rating'] as const;

/** Course reviews: public reading, one review per enrolled learner, admin moderation. */
export class Reviews extends APIResource {
  /**
   * Lists a course's approved reviews, each with its author's public profile. `GET /courses/{id}/reviews`
   *
   * `rating` is sent as `filter[rating]`.
   *
   * @example
   * ```ts
   * const { data } = await ck.reviews.list(42, { rating: 5, sort: '-created_at', per_page: 10 });
   * ```
   */
  list(courseId: number, params: ReviewListParams = {}, options?: RequestOptions): PagePromise<Review> {
    return this._client.getPage(`courses/${segment(courseId)}/reviews`, Review, listQuery(params, REVIEW_FILTERS), options);
  }

  /**
   * Retrieves a course's average rating and the count of approved reviews per star.
   * `GET /courses/{id}/reviews/summary`
   *
   * @example
   * ```ts
   * const { average, count, histogram } = await ck.reviews.summary(42);
   * ```
   */
  summary(courseId: number, options?: RequestOptions): Promise<ReviewSummary> {
    return this._client.get(`courses/${segment(courseId)}/reviews/summary`, { ...options, schema: resource(ReviewSummary) });
  }

  /**
   * Reviews a course as the signed-in learner. `POST /courses/{id}/reviews`
   *
   * @throws {PermissionDeniedError} 403 when the user is not enrolled in the course.
   * @throws {ConflictError} 409 when the user has already reviewed it: `update()` that review instead.
   *
   * @example
   * ```ts
   * const review = await ck.reviews.create(42, { rating: 5, body: 'Clear and practical.' });
   * ```
   */
  create(courseId: number, params: ReviewCreateParams, options?: RequestOptions): Promise<Review> {
    return this._client.post(`courses/${segment(courseId)}/reviews`, { ...options, body: params, schema: resource(Review) });
  }

  /**
   * Edits the signed-in user's own review. `PATCH /reviews/{id}`
   *
   * @throws {PermissionDeniedError} 403 when the review belongs to someone else.
   *
   * @example
   * ```ts
   * await ck.reviews.update(50, { rating: 4 });
   * ```
   */
  update(id: number, params: ReviewUpdateParams, options?: RequestOptions): Promise<Review> {
    return this._client.patch(`reviews/${segment(id)}`, { ...options, body: params, schema: resource(Review) });
  }

  /**
   * Deletes a review (its author or an admin). `DELETE /reviews/{id}`
   *
   * @example
   * ```ts
   * await ck.reviews.delete(50);
   * ```
   */
  delete(id: number, options?: RequestOptions): Promise<void> {
    return this._client.delete(`reviews/${segment(id)}`, { ...options, schema: anyBody }).then(() => undefined);
  }

  /**
   * Approves or hides a review (admin). Same route as `update()`, kept apart so the author's
   * edits and moderation have distinct types. `PATCH /reviews/{id}`
   *
   * @throws {PermissionDeniedError} 403 when the signed-in user is not an admin.
   *
   * @example
   * ```ts
   * await adminClient.reviews.moderate(50, { is_approved: false });
   * ```
   */
  moderate(id: number, params: ReviewModerateParams, options?: RequestOptions): Promise<Review> {
    return this._client.patch(`reviews/${segment(id)}`, { ...options, body: params, schema: resource(Review) });
  }
}
